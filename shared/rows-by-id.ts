/**
 * Whole rows by id on the pg driver, as Prisma's client returns them: for the hot loaders whose
 * rows every request needs (a customer's profile on each new ticket), where a client call costs
 * several times a prepared statement. Ids that are not UUIDs match nothing (a loader answers null).
 */
import type { SqlExecutor } from "./db.js";
import { UUID_PATTERN } from "./ids.js";
import { rowColumns } from "./row-columns.js";

/**
 * A prepared statement reading `select`'s rows by `idColumn`, written once: given the ids, its text
 * and its one parameter. One id (most loads: a request's one chat, one customer, one agent) has a
 * statement of its own: PostgreSQL plans `= ANY($1)` anew on every execution (the plan for the
 * array at hand always looks cheaper than a generic one), while `= $1` settles on its generic plan
 * after five executions and is never planned again.
 */
export function byIdsStatement(
  select: string,
  idColumn: string,
): (ids: readonly string[]) => [text: string, parameter: string | readonly string[]] {
  const one = `${select} WHERE ${idColumn} = $1::uuid`;
  const many = `${select} WHERE ${idColumn} = ANY($1::uuid[])`;
  return (ids) => (ids.length === 1 ? [one, ids[0]] : [many, ids]);
}

/**
 * The rows of `table` (schema-qualified, quoted) by id: the statement is written once (call this at
 * module level); given a database, the batch fetch for `loaderByKey`.
 */
export function rowsById<Row>(
  table: string,
  fields: Record<string, string>,
  listColumns: readonly string[] = [],
): (sql: SqlExecutor) => (ids: readonly string[]) => Promise<Row[]> {
  const statement = byIdsStatement(`SELECT ${rowColumns(fields, "r", listColumns)} FROM ${table} r`, `r."id"`);
  return (sql) => async (ids) => {
    const valid = ids.filter((id) => UUID_PATTERN.test(id));
    if (valid.length === 0) return [];
    const [text, parameter] = statement(valid);
    return sql.query<Row>(text, [parameter], { prepare: true });
  };
}
