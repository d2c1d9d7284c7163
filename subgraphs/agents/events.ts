/**
 * The events agents consumes from other subgraphs: endings free capacity (and drain the queue),
 * transfers move a chat's workload, feedback updates the agent's rating. Idempotent by event id
 * (startEventConsumer), so a redelivered event changes nothing.
 */
import type { SubgraphServices } from "../../shared/context.js";
import { startEventConsumer, type EventConsumer, type TransactionClient } from "../../shared/consumer.js";
import type { DomainEvent } from "../../shared/outbox.js";
import { sqlPart, type SqlPart } from "../../shared/sql-part.js";
import { UUID_PATTERN } from "../../shared/ids.js";
import { nextRating } from "./clean-input.js";
import { publishQueueChanged, releaseInTx, requestDrain } from "./assignment.js";
import { repairChatWorkload, repairTicketWorkload } from "./reconcile.js";

export const ENDING_EVENTS: Record<string, { kind: "TICKET" | "CHAT"; idField: string }> = {
  "ticket.resolved": { kind: "TICKET", idField: "ticketId" },
  "ticket.closed": { kind: "TICKET", idField: "ticketId" },
  "ticket.merged": { kind: "TICKET", idField: "ticketId" },
  "chat.ended": { kind: "CHAT", idField: "chatId" },
  "chat.abandoned": { kind: "CHAT", idField: "chatId" },
  "chat.timed_out": { kind: "CHAT", idField: "chatId" },
};

export const CONSUMED_EVENTS = [
  ...Object.keys(ENDING_EVENTS),
  "ticket.reopened",
  "chat.transferred",
  "ticket.assigned",
  "feedback.given",
] as const;

const uuid = (value: unknown): string | null =>
  typeof value === "string" && UUID_PATTERN.test(value) ? value.toLowerCase() : null;

export async function applyConsumedEvent(event: DomainEvent, tx: TransactionClient): Promise<void> {
  const payload = event.payload as Record<string, unknown>;
  const ending = ENDING_EVENTS[event.type];
  if (ending) {
    const itemId = uuid(payload[ending.idField]);
    if (itemId) await releaseInTx(tx, ending.kind, itemId);
    return;
  }
  if (event.type === "ticket.reopened") {
    // A reopened ticket goes back to the agent who held it: it counts as their workload again.
    const ticketId = uuid(payload.ticketId);
    if (ticketId) {
      await tx.workItem.updateMany({
        where: { kind: "TICKET", itemId: ticketId, status: "DONE", agentId: { not: null } },
        data: { status: "ASSIGNED", doneAt: null },
      });
    }
    return;
  }
  if (event.type === "chat.transferred") {
    const chatId = uuid(payload.chatId);
    const toAgentId = uuid(payload.toAgentId);
    if (chatId && toAgentId && (await tx.agent.count({ where: { id: toAgentId } })) > 0) {
      await tx.workItem.updateMany({
        where: { kind: "CHAT", itemId: chatId, status: "ASSIGNED" },
        data: { agentId: toAgentId, assignedAt: new Date(event.occurredAt) },
      });
    }
    return;
  }
  if (event.type === "ticket.assigned") {
    // Only fills a gap (a ticket assigned without asking agents); never overrides agents' own
    // newer decision with an older event.
    const ticketId = uuid(payload.ticketId);
    const agentId = uuid(payload.agentId);
    if (!ticketId || !agentId || (await tx.agent.count({ where: { id: agentId } })) === 0) return;
    await tx.workItem.createMany({
      data: [
        {
          kind: "TICKET",
          itemId: ticketId,
          status: "ASSIGNED",
          agentId,
          categoryKey: typeof payload.categoryKey === "string" ? payload.categoryKey : null,
          language: "und",
          languageKey: "und",
          queuedAt: new Date(event.occurredAt),
          assignedAt: new Date(event.occurredAt),
        },
      ],
      skipDuplicates: true,
    });
    return;
  }
  if (event.type === "feedback.given") {
    const agentId = uuid(payload.agentId);
    const rating = Number(payload.rating);
    if (!agentId || !Number.isInteger(rating) || rating < 1 || rating > 5) return;
    const agent = await tx.agent.findUnique({ where: { id: agentId } });
    if (!agent) return;
    const previous = Number(payload.previousRating);
    const revised = Number.isInteger(previous) && previous >= 1 && previous <= 5 ? previous : null;
    await tx.agent.update({
      where: { id: agentId },
      data: nextRating(agent.rating, agent.ratingCount, rating, revised),
    });
  }
}

/**
 * A `ticket.assigned` event changes nothing here once the ticket has a work item (the usual case:
 * agents routed it), so it is settled by one statement instead of a transaction.
 */
export function alreadyApplied(event: DomainEvent): boolean | SqlPart {
  if (event.type !== "ticket.assigned") return false;
  const ticketId = uuid((event.payload as Record<string, unknown>).ticketId);
  if (!ticketId) return true;
  return sqlPart(`SELECT 1 FROM "agents"."work_items" WHERE "kind" = 'TICKET' AND "itemId" = $1::uuid`, [ticketId]);
}

export function startConsumingEvents(services: SubgraphServices): EventConsumer {
  return startEventConsumer(services, {
    owner: "agents",
    name: "agents-routing",
    types: CONSUMED_EVENTS,
    sources: ["tickets", "chat", "analytics"],
    alreadyApplied,
    handle: applyConsumedEvent,
    // Ticket or chat events gone before they were read (agents down longer than
    // EVENT_RETENTION_DAYS): that workload is brought in line with its owner's open items instead.
    onMissed: async (source) => {
      const kind = source === "tickets" ? "TICKET" : source === "chat" ? "CHAT" : null;
      if (!kind) return;
      const repair = await (kind === "TICKET" ? repairTicketWorkload : repairChatWorkload)(services);
      services.logger.info(`${source} workload brought in line with ${source} after missed events`, { ...repair });
      if (repair.freed + repair.moved + repair.recorded === 0) return;
      await publishQueueChanged(services, kind).catch(() => undefined);
      void requestDrain(services);
    },
    afterCommit: async (event) => {
      if (ENDING_EVENTS[event.type] || event.type === "chat.transferred") {
        await publishQueueChanged(services, ENDING_EVENTS[event.type]?.kind ?? "CHAT").catch(() => undefined);
        void requestDrain(services);
      }
    },
  });
}
