/**
 * Descriptions of the fields and arguments every Relay cursor connection shares (pageInfo,
 * edges, cursors, first/last/after/before), so each connection in the schema documents its
 * paging rules the same way. The limits are those `keysetConnection` enforces.
 */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination.js";

export const CONNECTION_DESCRIPTIONS = {
  defaultConnectionTypeOptions: {
    description:
      "One page of a list, as a Relay cursor connection: `edges` in list order and `pageInfo` to fetch the next or previous page.",
  },
  defaultEdgeTypeOptions: { description: "One item of a connection page with the cursor that marks its position." },
  edgesFieldOptions: { description: "The items of this page, in list order." },
  nodeFieldOptions: { description: "The item." },
  cursorFieldOptions: {
    description:
      "Opaque cursor of this item: pass it as `after` (or `before`) to continue after (or before) it. Cursors stay valid while items are added.",
  },
  pageInfoFieldOptions: { description: "Cursors and flags for fetching the neighbouring pages." },
  hasNextPageFieldOptions: {
    description: "True when more items follow this page (fetch them with `after: endCursor`).",
  },
  hasPreviousPageFieldOptions: {
    description: "True when items precede this page (fetch them with `before: startCursor`).",
  },
  startCursorFieldOptions: { description: "Cursor of the first item of this page; null when the page is empty." },
  endCursorFieldOptions: { description: "Cursor of the last item of this page; null when the page is empty." },
  firstArgOptions: {
    description: `Page size counted from the start (or from \`after\`): 0–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}. Outside that range: BAD_USER_INPUT.`,
  },
  lastArgOptions: {
    description: `Page size counted from the end (or from \`before\`): 0–${MAX_PAGE_SIZE}. Outside that range: BAD_USER_INPUT.`,
  },
  afterArgOptions: {
    description:
      "Return items after this cursor (an `endCursor` or edge `cursor` of an earlier page). A malformed cursor: BAD_USER_INPUT.",
  },
  beforeArgOptions: {
    description:
      "Return items before this cursor (a `startCursor` or edge `cursor`). A malformed cursor: BAD_USER_INPUT.",
  },
} as const;

/**
 * Why ranked search connections take only first/after: their order is a relevance ranking
 * computed for the query at hand, and a client paging back already holds the earlier pages.
 */
export const RANKED_SEARCH_PAGING =
  "Pages forward only (first/after, no last/before): hits are ranked by relevance to this query, so a page is only meaningful after the better ones; a client going back re-shows the pages it already read (Relay: usePaginationFragment with loadNext only).";
