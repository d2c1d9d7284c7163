/** mergeTickets: duplicates folded into the primary ticket, all locked in id order in one transaction. */
import type { Ticket } from "../../generated/prisma/client.js";
import { badInput } from "../../shared/errors.js";
import type { TicketsContext } from "./context.js";
import { requestEnv } from "./locked-ticket.js";
import { actorOf, visibleTicket } from "./ticket-access.js";
import { lockTicket, merge } from "./workflow.js";

export const MAX_DUPLICATES = 20;

export async function mergeTickets(
  ctx: TicketsContext,
  input: { primaryTicketId: string; duplicateTicketIds: readonly string[] },
): Promise<Ticket> {
  if (input.duplicateTicketIds.length === 0 || input.duplicateTicketIds.length > MAX_DUPLICATES)
    throw badInput("Give 1–20 duplicate ticket ids", { field: "duplicateTicketIds" });
  for (const id of [input.primaryTicketId, ...input.duplicateTicketIds]) await visibleTicket(ctx, id);
  const env = await requestEnv(ctx);
  return ctx.db.prisma.$transaction(async (tx) => {
    // Lock in id order so concurrent merges cannot deadlock.
    const ids = [...new Set([input.primaryTicketId, ...input.duplicateTicketIds])].sort();
    const locked = new Map<string, Ticket>();
    for (const id of ids) locked.set(id, (await lockTicket(tx, id)) as Ticket);
    let primary = locked.get(input.primaryTicketId) as Ticket;
    for (const id of input.duplicateTicketIds)
      primary = await merge(tx, primary, locked.get(id) as Ticket, actorOf(ctx), env);
    return primary;
  });
}
