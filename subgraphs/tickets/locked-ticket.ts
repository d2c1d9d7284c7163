/** One write on one ticket: under its row lock, in one transaction, with the request's schedule. */
import type { Ticket } from "../../generated/prisma/client.js";
import { assertUuid } from "../../shared/ids.js";
import type { TicketsContext } from "./context.js";
import { seenBy } from "./ticket-access.js";
import { lockTicket, type Tx, type WorkflowEnv } from "./workflow.js";

/** The schedule (read once per request, shared with the `sla` field) and the clock a request's writes run with. */
export async function requestEnv(ctx: TicketsContext, now = new Date()): Promise<WorkflowEnv> {
  return { config: ctx.config, schedule: await ctx.loaders.schedule(), now, db: ctx.db };
}

/**
 * Runs a write on a locked, visible ticket inside one transaction. Who may see it is checked on
 * the locked row itself (one read, not a read and then the lock); a refusal rolls back before
 * anything is written.
 */
export async function withLockedTicket<T>(
  ctx: TicketsContext,
  id: string,
  work: (tx: Tx, ticket: Ticket, env: WorkflowEnv) => Promise<T>,
): Promise<T> {
  assertUuid(id, "ticketId");
  const env = await requestEnv(ctx);
  return ctx.db.prisma.$transaction(async (tx) => work(tx, seenBy(ctx, await lockTicket(tx, id)), env));
}

/** The ticket as stored now (after the follow-ups of a write), else the row the write returned. */
export async function currentTicket(ctx: TicketsContext, ticket: Ticket): Promise<Ticket> {
  return (await ctx.db.prisma.ticket.findUnique({ where: { id: ticket.id } })) ?? ticket;
}
