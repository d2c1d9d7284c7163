/**
 * The `assignTicket` and `reassignTicket` commands: check the ticket and agent, fill in routing
 * details agents lacks (asked of tickets), then assign by hand or automatically.
 */
import { badInput, conflict, notFound } from "../../shared/errors.js";
import type { AgentsContext } from "./context.js";
import { loadAgentOrThrow } from "./agent-profiles.js";
import { assignTicketTo, reassignAutomatically, requestAssignment, type AssignmentOutcome } from "./assignment.js";
import { cleanAssignmentRequest } from "./clean-input.js";
import { ticketDetails } from "./ticket-details.js";

export interface TicketAssignmentInput {
  ticketId: string;
  /** Omitted: assign automatically. */
  agentId?: string | null;
  /** Assign even to an OFFLINE or over-capacity agent. */
  force?: boolean | null;
}

/** To the named agent (refused for OFFLINE/over-capacity agents unless force), or automatically without one. */
export async function assignTicket(ctx: AgentsContext, input: TicketAssignmentInput): Promise<AssignmentOutcome> {
  const { ticketId } = input;
  if (input.agentId) await loadAgentOrThrow(ctx, input.agentId);
  const found = await ticketDetails(ctx, ticketId);
  if (!found) throw notFound("Ticket");
  if (!input.agentId) return requestAssignment(ctx, { kind: "TICKET", itemId: ticketId, ...found.details });
  return assignTicketTo(ctx, {
    ticketId,
    agentId: input.agentId.toLowerCase(),
    force: input.force ?? false,
    details: found.known ? undefined : found.details,
  });
}

/** Moves an assigned ticket to the named agent, or to the best other available agent. */
export async function reassignTicket(ctx: AgentsContext, input: TicketAssignmentInput): Promise<AssignmentOutcome> {
  const { ticketId } = input;
  const item = await ctx.db.prisma.workItem.findUnique({
    where: { kind_itemId: { kind: "TICKET", itemId: ticketId } },
  });
  if (!item || item.status !== "ASSIGNED")
    throw conflict("This ticket is not assigned to anyone; use assignTicket", { reason: "NOT_ASSIGNED" });
  if (item.languageKey === "und") {
    // Recorded from a ticket.assigned event without routing details: fetch them first.
    const found = await ticketDetails(ctx, ticketId);
    if (found) {
      const clean = cleanAssignmentRequest({ kind: "TICKET", itemId: ticketId, ...found.details });
      await ctx.db.prisma.workItem.update({
        where: { id: item.id },
        data: {
          categoryKey: clean.categoryKey,
          language: clean.language,
          languageKey: clean.languageKey,
          priority: clean.priority,
          priorityRank: clean.priorityRank,
        },
      });
    }
  }
  if (!input.agentId) return reassignAutomatically(ctx, ticketId);
  await loadAgentOrThrow(ctx, input.agentId);
  if (item.agentId === input.agentId.toLowerCase())
    throw badInput("The ticket is already assigned to this agent", { field: "agentId" });
  return assignTicketTo(ctx, { ticketId, agentId: input.agentId.toLowerCase(), force: input.force ?? false });
}
