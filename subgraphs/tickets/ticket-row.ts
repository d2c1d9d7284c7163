/**
 * A ticket row selected in SQL exactly as Prisma's client returns it (rowColumns). Used where one
 * statement must return whole rows — the tickets list (search.ts) and the row lock (workflow.ts) —
 * and compared field by field with the client's rows in test/tickets-queries.test.ts.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { rowColumns } from "../../shared/row-columns.js";

/** The select list of a whole ticket row, its columns qualified by `alias`. */
export function ticketRowColumns(alias: string): string {
  return rowColumns(Prisma.TicketScalarFieldEnum, alias, ["tags"]);
}
