/**
 * A ticket row selected in SQL exactly as Prisma's client returns it (rowColumns). Used where one
 * statement must return whole rows — the tickets list (search.ts) and the row lock (workflow.ts) —
 * and compared field by field with the client's rows in test/tickets-queries.test.ts.
 */
import { Prisma, type Ticket } from "../../generated/prisma/client.js";
import { rowColumns } from "../../shared/row-columns.js";
import { rowsById } from "../../shared/rows-by-id.js";

/** Whole ticket rows by id on the driver, as the client reads them (the ticket loader, entity batches). */
export const ticketsById = rowsById<Ticket>(`"tickets"."tickets"`, Prisma.TicketScalarFieldEnum, ["tags"]);

/** The select list of a whole ticket row, its columns qualified by `alias`. */
export function ticketRowColumns(alias: string): string {
  return rowColumns(Prisma.TicketScalarFieldEnum, alias, ["tags"]);
}

/**
 * Ticket fields whose resolvers read only these columns (the rest — the SLA state, messages,
 * history — read the whole row). Keep in step with schema/tickets.ts: test/tickets-queries.test.ts
 * asks for every one of them through a pruned list and compares the answer with whole rows'.
 */
const FIELD_COLUMNS: Readonly<Record<string, readonly (keyof Ticket)[]>> = {
  __typename: [],
  id: ["id"],
  globalId: ["id"],
  number: ["number"],
  subject: ["subject"],
  description: ["description"],
  channel: ["channel"],
  status: ["status"],
  priority: ["priority"],
  language: ["language"],
  category: ["categoryKey"],
  subcategory: ["subcategoryKey"],
  classificationConfidence: ["classificationConfidence"],
  needsTranslation: ["needsTranslation"],
  needsTriage: ["needsTriage"],
  tags: ["tags"],
  customer: ["customerId"],
  customerId: ["customerId"],
  assignedAgentId: ["assignedAgentId"],
  escalationTier: ["escalationTier"],
  escalatedAt: ["escalatedAt"],
  mergedInto: ["mergedIntoId"],
  createdAt: ["createdAt"],
  updatedAt: ["updatedAt"],
  firstRespondedAt: ["firstRespondedAt"],
  resolvedAt: ["resolvedAt"],
  closedAt: ["closedAt"],
};

/**
 * The columns that answer `fields` of a ticket (with the keyset's createdAt and id); null when one
 * of them needs the whole row.
 */
export function ticketColumnsFor(fields: Iterable<string>): (keyof Ticket)[] | null {
  const columns = new Set<keyof Ticket>(["id", "createdAt"]);
  for (const field of fields) {
    const needed = FIELD_COLUMNS[field];
    if (!needed) return null;
    for (const column of needed) columns.add(column);
  }
  // In the model's order, so one selection always reads as one statement text.
  return Object.values(Prisma.TicketScalarFieldEnum).filter((column) =>
    columns.has(column as keyof Ticket),
  ) as (keyof Ticket)[];
}

/** The select list of `columns` of a ticket row (all of them when null), qualified by `alias`. */
export function ticketSelectList(alias: string, columns: readonly (keyof Ticket)[] | null): string {
  if (!columns) return ticketRowColumns(alias);
  return rowColumns(Object.fromEntries(columns.map((column) => [column, column])), alias, ["tags"]);
}
