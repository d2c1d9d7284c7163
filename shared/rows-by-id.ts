/**
 * Whole rows by id on the pg driver, as Prisma's client returns them: for the hot loaders whose
 * rows every request needs (a customer's profile on each new ticket), where a client call costs
 * several times a prepared statement. Ids that are not UUIDs match nothing (a loader answers null).
 */
import type { SqlExecutor } from "./db.js";
import { UUID_PATTERN } from "./ids.js";
import { rowColumns } from "./row-columns.js";

/**
 * The rows of `table` (schema-qualified, quoted) by id: the statement is written once (call this at
 * module level); given a database, the batch fetch for `loaderByKey`.
 */
export function rowsById<Row>(
  table: string,
  fields: Record<string, string>,
  listColumns: readonly string[] = [],
): (sql: SqlExecutor) => (ids: readonly string[]) => Promise<Row[]> {
  const select = `SELECT ${rowColumns(fields, "r", listColumns)} FROM ${table} r`;
  const many = `${select} WHERE r."id" = ANY($1::uuid[])`;
  // One id (most loads: a request's one chat, one customer) has a statement of its own: PostgreSQL
  // plans `= ANY($1)` anew on every execution (the plan for one element always looks cheaper than
  // a generic one), while `= $1` settles on its generic plan after five and is never planned again.
  const one = `${select} WHERE r."id" = $1::uuid`;
  return (sql) => async (ids) => {
    const valid = ids.filter((id) => UUID_PATTERN.test(id));
    if (valid.length === 0) return [];
    return valid.length === 1
      ? sql.query<Row>(one, valid, { prepare: true })
      : sql.query<Row>(many, [valid], { prepare: true });
  };
}
