/** Who may see and change a ticket, and the caller as a workflow actor. */
import type { Ticket as TicketRow } from "../../../generated/prisma/client.js";
import { forbidden, notFound } from "../../common/errors.js";
import { assertUuid } from "../../common/ids.js";
import { isStaff } from "../../common/identity.js";
import { workflowEnv } from "../automation.js";
import type { TicketsContext } from "../context.js";
import type { SearchAudience } from "../search.js";
import { lockTicket, type Actor, type Tx } from "../workflow.js";

export const actorOf = (ctx: TicketsContext): Actor => ({ id: ctx.identity.subject, role: ctx.identity.role });
export const isCustomer = (ctx: TicketsContext) => ctx.identity.role === "customer";

/** Customers may only see their own tickets; the answer never reveals whether another exists. */
export function canSee(ctx: TicketsContext, ticket: TicketRow): boolean {
  return isStaff(ctx.identity) || ctx.identity.role === "service" || ctx.identity.subject === ticket.customerId;
}

const NOT_YOURS = "You cannot access this ticket";

/** Loads a ticket the caller may see: customers get FORBIDDEN for both "missing" and "not yours". */
export async function visibleTicket(ctx: TicketsContext, id: string, field = "ticketId"): Promise<TicketRow> {
  assertUuid(id, field);
  const ticket = await ctx.loaders.ticket.load(id);
  if (!ticket || !canSee(ctx, ticket)) {
    if (isCustomer(ctx) || ticket) throw forbidden(NOT_YOURS);
    throw notFound("Ticket");
  }
  return ticket;
}

/** Runs a write on a locked, visible ticket inside one transaction. */
export async function withLockedTicket<T>(ctx: TicketsContext, id: string, work: (tx: Tx, ticket: TicketRow, env: Awaited<ReturnType<typeof workflowEnv>>) => Promise<T>): Promise<T> {
  await visibleTicket(ctx, id);
  const env = await workflowEnv(ctx);
  return ctx.db.prisma.$transaction(async (tx) => {
    const ticket = await lockTicket(tx, id);
    if (!ticket) throw notFound("Ticket");
    return work(tx, ticket, env);
  });
}

/** Staff and services search internal notes too; customers never (search.ts). */
export const audienceOf = (ctx: TicketsContext): SearchAudience => (isStaff(ctx.identity) || ctx.identity.role === "service" ? "staff" : "customer");
