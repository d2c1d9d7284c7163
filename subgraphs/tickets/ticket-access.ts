/** Who may see a ticket: staff and services any, a customer only their own (never revealing whether another exists). */
import type { Ticket } from "../../generated/prisma/client.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { assertUuid } from "../../shared/ids.js";
import { isStaff, type Identity } from "../../shared/identity.js";
import type { TicketsContext } from "./context.js";
import type { Actor } from "./workflow.js";

export const actorOf = (ctx: { identity: Identity }): Actor => ({ id: ctx.identity.subject, role: ctx.identity.role });
export const isCustomer = (ctx: { identity: Identity }) => ctx.identity.role === "customer";

/** Staff and other services see every ticket. */
export const seesEveryTicket = (ctx: { identity: Identity }) =>
  isStaff(ctx.identity) || ctx.identity.role === "service";

/** Customers may only see their own tickets; the answer never reveals whether another exists. */
export function canSee(ctx: { identity: Identity }, ticket: Ticket): boolean {
  return seesEveryTicket(ctx) || ctx.identity.subject === ticket.customerId;
}

const NOT_YOURS = "You cannot access this ticket";

/** The ticket if the caller may see it: customers get FORBIDDEN for both "missing" and "not yours". */
export function seenBy(ctx: { identity: Identity }, ticket: Ticket | null): Ticket {
  if (!ticket || !canSee(ctx, ticket)) {
    if (isCustomer(ctx) || ticket) throw forbidden(NOT_YOURS);
    throw notFound("Ticket");
  }
  return ticket;
}

/** Loads a ticket the caller may see (seenBy). */
export async function visibleTicket(ctx: TicketsContext, id: string, field = "ticketId"): Promise<Ticket> {
  assertUuid(id, field);
  return seenBy(ctx, await ctx.loaders.ticket.load(id));
}
