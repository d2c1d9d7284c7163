/**
 * When tickets missed agents' `assignment.created` events (pruned from agents' outbox before its
 * consumer read them), a ticket agents gave to someone shows nobody assigned here for good, while
 * the agent's workload counts it. The repair asks agents what it holds and assigns each such
 * ticket as the event would have (history, notification, `ticket.assigned`). Assignments of the
 * last minute are left alone (their event may still be on its way); tickets with an assignee are
 * not touched (a later hand-made assignment wins, and agents follows it from tickets' events).
 */
import { settledAssignments } from "../../shared/clients/agents.js";
import type { SubgraphServices } from "../../shared/context.js";
import { workflowEnv } from "./automation.js";
import { ACTIVE_STATUSES, AGENTS, assign, lockTicket } from "./workflow.js";

/** Tickets read per statement. */
const CHUNK = 500;

/** Assigns the open tickets agents holds assigned and tickets shows unassigned; returns how many. */
export async function repairTicketAssignments(services: SubgraphServices, now = new Date()): Promise<number> {
  const held = await settledAssignments(services.internal, "TICKET", now);
  if (held.length === 0) return 0;
  const env = await workflowEnv(services, now);
  let assigned = 0;
  for (let start = 0; start < held.length; start += CHUNK) {
    const chunk = held.slice(start, start + CHUNK);
    const unassigned = await services.db.prisma.ticket.findMany({
      where: { id: { in: chunk.map((h) => h.itemId) }, assignedAgentId: null, status: { in: ACTIVE_STATUSES } },
      select: { id: true },
    });
    const missing = new Set(unassigned.map((t) => t.id));
    for (const { itemId, agentId } of chunk.filter((h) => missing.has(h.itemId))) {
      const done = await services.db.prisma.$transaction(async (tx) => {
        const ticket = await lockTicket(tx, itemId);
        if (!ticket || ticket.assignedAgentId || !ACTIVE_STATUSES.includes(ticket.status)) return false;
        await assign(tx, ticket, agentId, AGENTS, env);
        return true;
      });
      if (done) assigned++;
    }
  }
  return assigned;
}
