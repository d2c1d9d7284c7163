/**
 * Escalation by hand (escalateTicket) and the routing that follows every escalation, by hand or
 * by the SLA sweep: the escalated ticket goes to agents holding its tier, never back to the agent
 * it is taken from; when nobody takes it, it waits in the supervisors' queue (already notified).
 */
import type { Ticket } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput } from "../../shared/errors.js";
import { requestAssignment, type AssignmentResult } from "./automation.js";
import type { TicketsContext } from "./context.js";
import { requestEnv, withLockedTicket } from "./locked-ticket.js";
import { actorOf } from "./ticket-access.js";
import { escalate, type WorkflowEnv } from "./workflow.js";

/**
 * Asks agents for an assignee holding the escalated ticket's tier, other than its current one
 * (`env`: the schedule the escalation ran with, reused for the assignment).
 */
export function routeEscalatedTicket(
  services: SubgraphServices,
  escalated: Ticket,
  env?: WorkflowEnv,
): Promise<(AssignmentResult & { ticket: Ticket | null }) | null> {
  return requestAssignment(
    services,
    escalated,
    {
      requiredTier: escalated.escalationTier,
      excludeAgentIds: escalated.assignedAgentId ? [escalated.assignedAgentId] : [],
    },
    env,
  );
}

export async function escalateTicket(
  ctx: TicketsContext,
  input: { ticketId: string; reason: string },
): Promise<Ticket> {
  const reason = input.reason.trim();
  if (!reason || reason.length > 1000) throw badInput("reason must be 1–1000 characters", { field: "reason" });
  const escalated = await withLockedTicket(ctx, input.ticketId, (tx, ticket, env) =>
    escalate(tx, ticket, reason, actorOf(ctx), env),
  );
  const routed = await routeEscalatedTicket(ctx, escalated, await requestEnv(ctx));
  return routed?.ticket ?? escalated;
}
