/**
 * Facts tickets consumes (idempotently, with catch-up from the producers' outboxes):
 * - agents' `assignment.created` (kind TICKET) → set the assignee (after events it missed, every
 *   assignment agents holds: assignment-repair.ts);
 * - analytics' `feedback.low_rating` (kind TICKET) → notify the category's supervisors.
 */
import type { SubgraphServices } from "../../shared/context.js";
import { isAssignmentOf, startEventConsumer } from "../../shared/consumer.js";
import type { DomainEvent } from "../../shared/outbox.js";
import { formatTicketNumber } from "./lifecycle.js";
import { sqlPart } from "../../shared/sql-part.js";
import { notify } from "./notifications/outbox.js";
import { workflowEnv } from "./automation.js";
import { AGENTS, assign, lockTicket, SUPERVISOR_QUEUE } from "./workflow.js";
import { repairTicketAssignments } from "./assignment-repair.js";

export function startTicketConsumers(services: SubgraphServices): () => Promise<void> {
  const assignments = startEventConsumer(services, {
    owner: "tickets",
    name: "tickets.assignments",
    types: ["assignment.created"],
    sources: ["agents"],
    ignores: (event) => !isAssignmentOf("TICKET", event),
    // Usually the request that asked agents applied this answer already: no transaction, no row lock.
    // Applied: no ticket with another assignee (the ticket has this agent, or is gone).
    alreadyApplied: (event) => {
      const { itemId, agentId } = event.payload as { itemId: string; agentId: string };
      return sqlPart(
        `SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "tickets"."tickets"
           WHERE "id" = $1::uuid AND "assignedAgentId" IS DISTINCT FROM $2::uuid)`,
        [itemId, agentId],
      );
    },
    handle: async (event: DomainEvent, tx) => {
      const { itemId, agentId } = event.payload as { itemId: string; agentId: string };
      const ticket = await lockTicket(tx, itemId);
      if (!ticket || ticket.status === "CLOSED" || ticket.assignedAgentId === agentId) return;
      await assign(tx, ticket, agentId, AGENTS, await workflowEnv(services, new Date(), tx));
    },
    // Assignments gone before they were read (tickets down longer than EVENT_RETENTION_DAYS): what
    // agents holds is applied instead.
    onMissed: async () => {
      const assigned = await repairTicketAssignments(services);
      services.logger.info("ticket assignments brought in line with agents after missed events", { assigned });
    },
  });
  const lowRatings = startEventConsumer(services, {
    owner: "tickets",
    name: "tickets.low_ratings",
    types: ["feedback.low_rating"],
    sources: ["analytics"],
    handle: async (event: DomainEvent, tx) => {
      const payload = event.payload as { kind?: string; itemId?: string; rating?: number; categoryKey?: string | null };
      if (payload.kind !== "TICKET" || !payload.itemId) return;
      const ticket = await tx.ticket.findUnique({ where: { id: payload.itemId } });
      if (!ticket) return;
      const categoryKey = payload.categoryKey ?? ticket.categoryKey;
      await notify(tx, services.config, {
        recipientId: categoryKey ? `${SUPERVISOR_QUEUE}:${categoryKey}` : SUPERVISOR_QUEUE,
        kind: "LOW_RATING",
        title: `Low rating (${payload.rating ?? "?"}/5) on ${formatTicketNumber(ticket.number)}`,
        body: `${ticket.subject} — category ${categoryKey ?? "uncategorised"}; please follow up with the customer.`,
        ticketId: ticket.id,
        team: true,
      });
    },
  });
  return async () => {
    await assignments.stop();
    await lowRatings.stop();
  };
}
