/**
 * Whole rows by id on the pg driver, as Prisma's client returns them: for the hot loaders whose
 * rows every request needs (a customer's profile on each new ticket), where a client call costs
 * several times a prepared statement. Ids that are not UUIDs match nothing (a loader answers null).
 */
import type { SqlExecutor } from "./db.js";
import { UUID_PATTERN } from "./ids.js";
import { rowColumns } from "./row-columns.js";

/** A batch fetch for `loaderByKey`: the rows of `table` (schema-qualified, quoted) whose id is asked. */
export function rowsById<Row>(
  sql: SqlExecutor,
  table: string,
  fields: Record<string, string>,
  listColumns: readonly string[] = [],
): (ids: readonly string[]) => Promise<Row[]> {
  const text = `SELECT ${rowColumns(fields, "r", listColumns)} FROM ${table} r WHERE r."id" = ANY($1::uuid[])`;
  return async (ids) => {
    const valid = ids.filter((id) => UUID_PATTERN.test(id));
    return valid.length ? sql.query<Row>(text, [valid], { prepare: true }) : [];
  };
}
