/**
 * A ticket row selected in SQL exactly as Prisma's client returns it: every scalar field (the
 * tsvector columns are not fields), with a NULL list column read as [] as the client does. Used
 * where one statement must return whole rows — the tickets list (search.ts) and the row lock
 * (workflow.ts) — and compared field by field with the client's rows in
 * test/tickets-queries.test.ts.
 */
import { Prisma } from "../../generated/prisma/client.js";

const LIST_COLUMNS = new Set<string>(["tags"]);

/** The select list of a whole ticket row, its columns qualified by `alias`. */
export function ticketRowColumns(alias: string): string {
  return Object.values(Prisma.TicketScalarFieldEnum)
    .map((column) =>
      LIST_COLUMNS.has(column) ? `coalesce(${alias}."${column}", '{}') AS "${column}"` : `${alias}."${column}"`,
    )
    .join(", ");
}
