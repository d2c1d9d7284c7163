/**
 * Relay cursor connections over keyset pagination: a cursor is the sort key of the last row
 * (opaque base64url JSON), so pages stay stable while rows are inserted and cost one indexed
 * query however deep the client pages.
 */
import { parseCursorConnectionArgs } from "@pothos/core";
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import { badInput } from "./errors.js";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export type SortKey = readonly [string | number, string];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string): SortKey {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === "string" || typeof value[0] === "number") &&
      typeof value[1] === "string"
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw badInput("Invalid pagination cursor");
}

export interface KeysetPage {
  /** Rows strictly beyond this key, in the requested direction (already accounts for `before`). */
  beyond: SortKey | null;
  /** Whether to walk the ordering backwards (for `last`/`before`). */
  inverted: boolean;
  limit: number;
}

function validateArgs(args: DefaultConnectionArguments) {
  for (const name of ["first", "last"] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE))
      throw badInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
}

export interface Connection<Row> {
  edges: { cursor: string; node: Row }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

/**
 * Resolves a connection ordered by a two-part key (e.g. [createdAt, id]). `fetch` receives the
 * key to continue beyond and the direction, and returns up to `limit` rows.
 */
export async function keysetConnection<Row>(
  args: DefaultConnectionArguments,
  sortKey: (row: Row) => SortKey,
  fetch: (page: KeysetPage) => Promise<Row[]>,
): Promise<Connection<Row>> {
  validateArgs(args);
  const { before, after, limit, inverted, expectedSize, hasNextPage, hasPreviousPage } = parseCursorConnectionArgs({
    args,
    defaultSize: DEFAULT_PAGE_SIZE,
    maxSize: MAX_PAGE_SIZE,
  });
  const cursor = inverted ? before : after;
  const rows = await fetch({ beyond: cursor ? decodeCursor(cursor) : null, inverted, limit });
  const page = rows.slice(0, expectedSize);
  if (inverted) page.reverse();
  // Cursors are encoded when asked for: most lists are read without them.
  const edges = page.map((node) => {
    let cursor: string | undefined;
    return {
      node,
      get cursor() {
        return (cursor ??= encodeCursor(sortKey(node)));
      },
    };
  });
  return {
    edges,
    pageInfo: {
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
      hasNextPage: hasNextPage(rows.length),
      hasPreviousPage: hasPreviousPage(rows.length),
    },
  };
}

/**
 * Prisma `where` for rows beyond a [primary, id] key in the given order.
 * `descending` is the natural order of the list; `inverted` walks it backwards.
 * Prisma cannot write the row comparison `(primary, id) < (…)`, and PostgreSQL cannot start an
 * index scan at an OR of its two halves: the scan would walk from the list's start to the cursor,
 * every page reading all the pages before it. The bound on the primary field alone (`lte`/`gte`,
 * implied by the OR) is an index condition, so a page starts where the last one ended.
 */
export function beyondKeyWhere(
  fields: readonly [string, string],
  page: KeysetPage,
  descending: boolean,
  toPrimary: (v: string | number) => unknown = (v) => v,
) {
  if (!page.beyond) return {};
  const [primaryField, idField] = fields;
  const comparator = descending !== page.inverted ? "lt" : "gt";
  const primary = toPrimary(page.beyond[0]);
  return {
    AND: [
      { [primaryField]: { [`${comparator}e`]: primary } },
      {
        OR: [
          { [primaryField]: { [comparator]: primary } },
          { [primaryField]: primary, [idField]: { [comparator]: page.beyond[1] } },
        ],
      },
    ],
  };
}

/** Prisma `orderBy` for the same ordering. */
export function keysetOrder(fields: readonly [string, string], page: KeysetPage, descending: boolean) {
  const direction = descending !== page.inverted ? "desc" : "asc";
  return [{ [fields[0]]: direction }, { [fields[1]]: direction }];
}

/** pageInfo of an offset-paged list (search results): cursors of the first and last edge. */
export function offsetPageInfo(edges: readonly { cursor: string }[], hasNextPage: boolean, offset: number) {
  return {
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
    hasNextPage,
    hasPreviousPage: offset > 0,
  };
}
