/** Test set-ups for a consumer that missed events: a routed ticket, and a reader left behind a pruning of its producer's outbox. */
import { expect } from "vitest";
import type { SubgraphName } from "../../shared/config.js";
import { pruneEventLog } from "../../shared/event-retention.js";
import type { TestSystem } from "../harness.js";

/** A staking ticket created through the gateway by the demo customer; agents routes it to someone with room. */
export async function createdTicket(
  system: TestSystem,
  subject: string,
): Promise<{ ticketId: string; agentId: string | null }> {
  const created = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id assignedAgent { id } } }`,
    {
      input: {
        channel: "EMAIL",
        subject,
        description: `${subject}: my XERA staking rewards did not arrive this week.`,
        categoryKey: "staking_support",
        language: "en",
      },
    },
    await system.token("customer"),
  );
  expect(created.errors).toBeUndefined();
  const ticket = created.data!.createTicket as { id: string; assignedAgent: { id: string } | null };
  return { ticketId: ticket.id, agentId: ticket.assignedAgent?.id ?? null };
}

/**
 * `consumer` (in `schema`) last read `source`'s outbox nine days ago, and an event it never read
 * has been pruned since: its next catch-up page says events were missed.
 */
export async function readerBehindPrunedEvent(
  system: TestSystem,
  reader: { schema: string; consumer: string; source: SubgraphName },
  event: { type: string; aggregateId: string; payload: Record<string, unknown> },
): Promise<void> {
  await system.db.sql.query(
    `INSERT INTO "${reader.schema}"."consumer_cursors" ("consumer", "source", "occurredAt", "eventId")
     VALUES ($1, $2, CURRENT_TIMESTAMP::timestamp - interval '9 days', gen_random_uuid())
     ON CONFLICT ("consumer", "source") DO UPDATE SET "occurredAt" = EXCLUDED."occurredAt"`,
    [reader.consumer, reader.source],
  );
  await system.db.sql.query(
    `INSERT INTO "${reader.source}"."outbox_events" ("id", "type", "aggregateId", "payload", "occurredAt", "publishedAt")
     VALUES (gen_random_uuid(), $1, $2, $3::jsonb,
       CURRENT_TIMESTAMP::timestamp - interval '8 days', CURRENT_TIMESTAMP::timestamp - interval '8 days')`,
    [event.type, event.aggregateId, JSON.stringify(event.payload)],
  );
  expect((await pruneEventLog(system.db, reader.source, 7 * 86_400_000)).outboxEvents).toBe(1);
}

/** A web chat started through the gateway by the customer and answered at once by an agent with room. */
export async function answeredChat(
  system: TestSystem,
  customerId: string,
): Promise<{ chatId: string; agentId: string }> {
  const started = await system.request(
    `mutation { startChat(input: { type: WEB, language: "en", topic: "withdrawal" }) { id status agent { id } } }`,
    {},
    await system.token("customer", customerId),
  );
  expect(started.errors).toBeUndefined();
  expect(started.data!.startChat.status).toBe("ACTIVE");
  return { chatId: started.data!.startChat.id as string, agentId: started.data!.startChat.agent.id as string };
}

/** The work item agents holds for the item, as assigned five minutes ago: past any repair's settling minute. */
export const assignedMinutesAgo = (system: TestSystem, kind: "TICKET" | "CHAT", itemId: string) =>
  system.db.prisma.workItem.update({
    where: { kind_itemId: { kind, itemId } },
    data: { assignedAt: new Date(Date.now() - 5 * 60_000) },
  });
