/**
 * One keyset page of child rows per parent, for many parents in one statement: a window
 * (`row_number() OVER (PARTITION BY parent …)`) ranks each parent's children in page order and
 * keeps the first `limit`. An entity's list or connection field (`Agent.openTickets`,
 * `ChatSession.messages`, `Article.feedback`) resolved for a batch of representations then costs
 * the same few statements whatever the batch size.
 */
import type { Database } from "./db.js";
import type { KeysetPage } from "./pagination.js";

/** SQL type of a sort column, used to cast cursor values back. */
export type KeyColumnType = "uuid" | "text" | "bigint" | "timestamp";

export interface WindowPageSpec {
  /** Qualified, quoted table name, e.g. `"chat"."messages"`. */
  table: string;
  /** Column holding the parent's id (uuid). */
  parentColumn: string;
  /** The two-part sort key (primary, tie-break) and their SQL types. */
  keyColumns: readonly [{ name: string; type: KeyColumnType }, { name: string; type: KeyColumnType }];
  /** Whether the natural page order is descending (newest first). */
  descending: boolean;
  /** Columns to return for each ranked row (besides the parent column). */
  select: readonly string[];
  /** Extra conditions; `param` adds a bound value and returns its placeholder. */
  where?: (param: (value: unknown) => string) => string;
}

const castOf = (placeholder: string, type: KeyColumnType) =>
  type === "timestamp" ? `(${placeholder}::timestamptz AT TIME ZONE 'UTC')` : `${placeholder}::${type}`;

const quote = (column: string) => `"${column}"`;

/**
 * Each parent's page of rows (only the `select` columns plus the parent column), in page order,
 * keyed by parent id. Parents without rows are absent from the map.
 */
export async function windowPagesByParent<Row extends Record<string, unknown>>(
  db: Database,
  spec: WindowPageSpec,
  parentIds: readonly string[],
  page: KeysetPage,
): Promise<Map<string, Row[]>> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parents = param(parentIds);
  const limit = param(page.limit);
  const backwards = spec.descending !== page.inverted;
  const direction = backwards ? "DESC" : "ASC";
  const [primary, tieBreak] = spec.keyColumns;
  const conditions = [`${quote(spec.parentColumn)} = ANY(${parents}::uuid[])`];
  if (page.beyond) {
    const primaryValue = castOf(param(String(page.beyond[0])), primary.type);
    const tieBreakValue = castOf(param(String(page.beyond[1])), tieBreak.type);
    conditions.push(
      `(${quote(primary.name)}, ${quote(tieBreak.name)}) ${backwards ? "<" : ">"} (${primaryValue}, ${tieBreakValue})`,
    );
  }
  if (spec.where) conditions.push(`(${spec.where(param)})`);
  const columns = [...new Set([spec.parentColumn, ...spec.select])].map(quote).join(", ");
  const rows = await db.sql.query<Row & { rank: number }>(
    `SELECT ${columns} FROM (
       SELECT ${columns}, row_number() OVER (PARTITION BY ${quote(spec.parentColumn)} ORDER BY ${quote(primary.name)} ${direction}, ${quote(tieBreak.name)} ${direction}) AS "rank"
       FROM ${spec.table}
       WHERE ${conditions.join(" AND ")}
     ) ranked WHERE "rank" <= ${limit}
     ORDER BY ${quote(spec.parentColumn)}, "rank"`,
    params,
  );
  const pages = new Map<string, Row[]>();
  for (const row of rows) {
    const parentId = String(row[spec.parentColumn]);
    const list = pages.get(parentId);
    if (list) list.push(row);
    else pages.set(parentId, [row]);
  }
  return pages;
}

/**
 * Orders full rows (fetched by the ids a window picked) the way the window ranked them, per
 * parent: `pickedIds` maps each parent to its ids in page order.
 */
export function inPickedOrder<V>(
  pickedIds: Map<string, string[]>,
  rows: readonly V[],
  idOf: (row: V) => string,
): Map<string, V[]> {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  const pages = new Map<string, V[]>();
  for (const [parentId, ids] of pickedIds) {
    pages.set(
      parentId,
      ids.map((id) => byId.get(id)).filter((row): row is V => row !== undefined),
    );
  }
  return pages;
}
