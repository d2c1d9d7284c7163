/** Ticket filters (SQL in search.ts) and ranked search results. */
import type { GraphQLResolveInfo } from "graphql";
import { maxLength, SEARCH_TEXT_MAX_LENGTH } from "../../../shared/input-limits.js";
import { selectedFieldNames } from "../../../shared/selected-fields.js";
import type { KeysetPage } from "../../../shared/pagination.js";
import { RANKED_SEARCH_PAGING } from "../../../shared/pagination-descriptions.js";
import { isStaff } from "../../../shared/identity.js";
import type { TicketsContext } from "../context.js";
import { matchingTickets, searchTickets, type SearchAudience, type TicketSearchEdge, type TicketSearchPage } from "../search.js";
import { ticketColumnsFor } from "../ticket-row.js";
import { builder } from "./builder.js";
import { TicketPriority, TicketStatus } from "./enums.js";
import { TicketMessage } from "./ticket-messages.js";
import { Ticket } from "./tickets.js";

export const TicketFilter = builder.inputType("TicketFilter", {
  description: "Conditions a ticket must all meet; omitted fields do not filter.",
  fields: (t) => ({
    status: t.field({ description: "Any of these statuses.", type: [TicketStatus], required: false }),
    category: t.string({ required: false, description: "Category or subcategory key." }),
    priority: t.field({ description: "Any of these priorities.", type: [TicketPriority], required: false }),
    assignedAgentId: t.id({ description: "Assigned to this agent.", required: false }),
    unassigned: t.boolean({ description: "true: only unassigned tickets.", required: false }),
    customerId: t.id({ description: "Opened by this customer (staff; a customer only ever sees their own).", required: false }),
    language: t.string({ description: "In this language (en, ar, hi, ur).", required: false }),
    breachedSla: t.boolean({ required: false, description: "Tickets with (true) or without (false) a breached SLA target." }),
    triage: t.boolean({ required: false, description: "Tickets waiting in the triage queue." }),
    tag: t.string({ description: "Carrying this tag.", required: false }),
    text: t.string({
      required: false,
      ...maxLength(SEARCH_TEXT_MAX_LENGTH),
      description:
        "Full-text filter: every word, anywhere in the subject, tags, description and conversation (internal notes for staff only); Arabic-aware normalisation, English/Arabic stemming by ticket language. Long texts are truncated (see searchTickets).",
    }),
  }),
});

export type TicketFilterValue = typeof TicketFilter.$inferInput;

/** Staff and services search internal notes too; customers never (search.ts). */
const audienceOf = (ctx: TicketsContext): SearchAudience => (isStaff(ctx.identity) || ctx.identity.role === "service" ? "staff" : "customer");

/**
 * A filtered list: the filter runs in SQL (search.ts `ticketFilterSql`, the one place it is
 * written; a `text` filter matches the audience's GIN-indexed vector), one keyset page in one
 * statement. It reads only the columns the query's ticket fields need (`info`: the connection
 * field's); whole rows, when a field needs one, also prime the ticket loader.
 */
export const pageOfFilteredTickets =
  (ctx: TicketsContext, filter: TicketFilterValue, customerId: string | null, info: GraphQLResolveInfo) =>
  async (page: KeysetPage) => {
    const columns = ticketColumnsFor([...selectedFieldNames(info, ["edges", "node"]), ...selectedFieldNames(info, ["nodes"])]);
    const rows = await matchingTickets(ctx.db.sql, { filter, audience: audienceOf(ctx), customerId, page, columns });
    // Fields that load a ticket by id (references, nested lists) reuse whole rows; a pruned one must never answer them.
    if (!columns) for (const row of rows) ctx.loaders.ticket.prime(row.id, row);
    return rows;
  };

const TicketSearchEdgeRef = builder.objectRef<TicketSearchEdge>("TicketSearchEdge").implement({
  description: "One search hit with its relevance and highlighted excerpts.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", { description: "Pass as `after` to continue after this hit." }),
    node: t.field({ description: "The matching ticket.", type: Ticket, resolve: (e) => e.node }),
    score: t.exposeFloat("score", { description: "Relevance (0..1, subject > tags > description and conversation) × recency of the last update (docs/tickets.md#search)." }),
    snippet: t.exposeString("snippet", {
      description: "Excerpt around the matches from the description, else from the newest matching message (see snippetMessage); HTML-escaped, matches in <mark>.",
    }),
    snippetMessage: t.field({
      type: TicketMessage,
      nullable: true,
      description: "The message the snippet comes from; null when it comes from the description. Customers never get an internal note.",
      resolve: (e) => e.snippetMessage,
    }),
    subjectHighlighted: t.exposeString("subjectHighlighted", { description: "Subject, HTML-escaped, matches in <mark>." }),
    highlights: t.exposeStringList("highlights", { description: "The words highlighted in the subject and snippet." }),
  }),
});

export const TicketSearchConnection = builder.objectRef<TicketSearchPage>("TicketSearchConnection").implement({
  description: `A page of ticket search hits, best first. ${RANKED_SEARCH_PAGING}`,
  fields: (t) => ({
    edges: t.field({ description: "The hits of this page.", type: [TicketSearchEdgeRef], resolve: (p) => p.edges }),
    pageInfo: t.field({ description: "Cursors for the next page.", type: builder.pageInfoRef(), resolve: (p) => p.pageInfo }),
    totalCount: t.exposeInt("totalCount", { description: "Matches: exact up to 1000; above that PostgreSQL's estimate, and totalCountIsExact is false." }),
    totalCountIsExact: t.exposeBoolean("totalCountExact", { description: "Whether totalCount is exact (false above 1000 matches)." }),
    matchedEveryWord: t.boolean({ description: "False when no ticket had every word and tickets with any of them are shown.", resolve: (p) => p.mode === "and" }),
    queryTruncated: t.boolean({ description: "The query was longer than the limit and was cut.", resolve: (p) => p.parsed.truncated }),
  }),
});

export function runSearch(ctx: TicketsContext, args: { query: string; filter?: TicketFilterValue | null; first?: number | null; after?: string | null }, customerId: string | null) {
  return searchTickets(
    {
      sql: ctx.db.sql,
      audience: customerId ? "customer" : audienceOf(ctx),
      customerId,
      loadTickets: (ids) => ctx.loaders.ticket.loadMany(ids).then((rows) => rows.map((r) => (r instanceof Error ? null : r))),
      loadMessages: (ids) => ctx.loaders.messages.loadMany(ids).then((rows) => rows.map((r) => (r instanceof Error ? [] : r))),
      typoSimilarity: ctx.config.SEARCH_TYPO_SIMILARITY,
    },
    args,
  );
}

