/**
 * Events a consumer need not apply: an assignment for another kind of item is dropped unread, and
 * one the request already applied is settled by one statement that reads and records it as
 * processed, without a transaction. Either way the data is what the full handler would have left, a redelivery is
 * still skipped by its id, and an event that does change something still runs the handler.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEventConsumer } from "../shared/consumer.js";
import type { SubgraphServices } from "../shared/context.js";
import { createInternalClient } from "../shared/internal-client.js";
import { createLogger } from "../shared/logger.js";
import { EVENTS_TOPIC, type DomainEvent } from "../shared/outbox.js";
import { DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";
import { domainEvent } from "./support/domain-events.js";
import { recordStatements } from "./support/sql-statements.js";
import { createTriageTicket } from "./support/triage-ticket.js";

let system: TestSystem;
let staff: string;

beforeAll(async () => {
  system = await startTestSystem({ env: { SLA_SWEEP_INTERVAL_MS: "3600000" } });
  staff = await system.token("agent");
});

afterAll(async () => {
  await system?.close();
});

const event = (type: string, aggregateId: string, payload: Record<string, unknown>): DomainEvent =>
  domainEvent(type, type.startsWith("ticket.") ? "tickets" : "agents", aggregateId, payload);

const assignment = (kind: "TICKET" | "CHAT", itemId: string, agentId: string) =>
  event("assignment.created", itemId, { kind, itemId, agentId, needsTranslation: false, waitedSeconds: 1 });

async function processedBy(schema: "tickets" | "agents" | "chat", consumer: string, eventId: string) {
  const rows = await system.db.sql.query(
    `SELECT 1 FROM "${schema}"."processed_events" WHERE "consumer" = $1 AND "eventId" = $2::uuid`,
    [consumer, eventId],
  );
  return rows.length > 0;
}

const assignedHistory = (ticketId: string) =>
  system.db.prisma.ticketHistoryEntry.findMany({ where: { ticketId, action: "assigned" }, orderBy: { at: "asc" } });

describe("tickets' consumer of agents' assignments", () => {
  it("settles an assignment the ticket already has with one statement, and still applies one it does not", async () => {
    const ticketId = await createTriageTicket(system, staff);
    const supervisor = DEMO.supervisor.id;
    const first = assignment("TICKET", ticketId, supervisor);
    await system.pubsub.publish(EVENTS_TOPIC, first);
    await eventually(async () => (await assignedHistory(ticketId)).length === 1);

    // The same assignment again under a new id (what the request's own application leaves for the event).
    const recorder = recordStatements();
    const again = assignment("TICKET", ticketId, supervisor);
    try {
      await system.pubsub.publish(EVENTS_TOPIC, again);
      await eventually(() => processedBy("tickets", "tickets.assignments", again.id));
    } finally {
      recorder.restore();
    }
    const consumerStatements = recorder.statements.filter((s) => /"tickets"\."(tickets|processed_events)"/.test(s));
    expect(consumerStatements.some((s) => /FOR UPDATE/.test(s))).toBe(false);
    // The check and the record are one statement.
    expect(consumerStatements.some((s) => s.includes('"tickets"."tickets"') && s.includes("processed_events"))).toBe(
      true,
    );
    expect(await assignedHistory(ticketId)).toHaveLength(1);

    // Someone moves the ticket on; the first event redelivered is skipped by its id, not re-applied.
    await system.db.prisma.ticket.update({ where: { id: ticketId }, data: { assignedAgentId: DEMO.admin.id } });
    await system.pubsub.publish(EVENTS_TOPIC, first);
    await sleep(300);
    expect((await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } })).assignedAgentId).toBe(
      DEMO.admin.id,
    );

    // A new assignment that differs from the ticket's runs the handler: assignee, history, event.
    const moved = assignment("TICKET", ticketId, supervisor);
    await system.pubsub.publish(EVENTS_TOPIC, moved);
    await eventually(async () => (await assignedHistory(ticketId)).length === 2);
    expect((await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } })).assignedAgentId).toBe(
      supervisor,
    );
    expect(await processedBy("tickets", "tickets.assignments", moved.id)).toBe(true);
  });

  it("drops a chat's assignment without a statement, while chat's consumer takes it", async () => {
    const chatAssignment = assignment("CHAT", randomUUID(), DEMO.supervisor.id);
    await system.pubsub.publish(EVENTS_TOPIC, chatAssignment);
    await eventually(() => processedBy("chat", "chat-assignments", chatAssignment.id));
    await sleep(200);
    expect(await processedBy("tickets", "tickets.assignments", chatAssignment.id)).toBe(false);

    const ticketAssignment = assignment("TICKET", randomUUID(), DEMO.supervisor.id);
    await system.pubsub.publish(EVENTS_TOPIC, ticketAssignment);
    await eventually(() => processedBy("tickets", "tickets.assignments", ticketAssignment.id));
    await sleep(200);
    expect(await processedBy("chat", "chat-assignments", ticketAssignment.id)).toBe(false);
  });

  it("ignores an assignment whose ids are not ids", async () => {
    const malformed = event("assignment.created", "x", { kind: "TICKET", itemId: "not-a-uuid", agentId: 7 });
    const valid = assignment("TICKET", randomUUID(), DEMO.supervisor.id);
    await system.pubsub.publish(EVENTS_TOPIC, malformed);
    await system.pubsub.publish(EVENTS_TOPIC, valid);
    // The bus keeps order: once the valid one is recorded, the malformed one was passed over.
    await eventually(() => processedBy("tickets", "tickets.assignments", valid.id));
    expect(await processedBy("tickets", "tickets.assignments", malformed.id)).toBe(false);
  });
});

describe("agents' consumer of ticket.assigned", () => {
  it("records a ticket it already routes without touching its work item, and fills a gap for one it does not", async () => {
    const routed = randomUUID();
    const queuedAt = new Date("2026-01-02T03:04:05Z");
    await system.db.prisma.workItem.create({
      data: {
        kind: "TICKET",
        itemId: routed,
        status: "ASSIGNED",
        agentId: DEMO.agent.id,
        language: "en",
        languageKey: "en",
        queuedAt,
        assignedAt: queuedAt,
      },
    });
    const known = event("ticket.assigned", routed, { ticketId: routed, agentId: DEMO.supervisor.id });
    await system.pubsub.publish(EVENTS_TOPIC, known);
    await eventually(() => processedBy("agents", "agents-routing", known.id));
    expect(
      await system.db.prisma.workItem.findUniqueOrThrow({ where: { kind_itemId: { kind: "TICKET", itemId: routed } } }),
    ).toMatchObject({ agentId: DEMO.agent.id, status: "ASSIGNED", assignedAt: queuedAt });

    const unrouted = randomUUID();
    const gap = event("ticket.assigned", unrouted, {
      ticketId: unrouted,
      agentId: DEMO.supervisor.id,
      categoryKey: null,
    });
    await system.pubsub.publish(EVENTS_TOPIC, gap);
    const filled = await eventually(() =>
      system.db.prisma.workItem.findUnique({ where: { kind_itemId: { kind: "TICKET", itemId: unrouted } } }),
    );
    expect(filled).toMatchObject({ agentId: DEMO.supervisor.id, status: "ASSIGNED" });
    expect(await processedBy("agents", "agents-routing", gap.id)).toBe(true);
  });
});

describe("a consumer's catch-up over events it handled live", () => {
  it("finds them with one read per page and runs no transaction for them", async () => {
    const handled: string[] = [];
    const consumerName = `test.catch-up.${randomUUID()}`;
    const services: SubgraphServices = {
      config: system.config,
      db: system.db,
      pubsub: system.pubsub,
      logger: createLogger("silent"),
      internal: createInternalClient({
        serviceName: "test",
        secret: system.config.INTERNAL_SECRET,
        urlOf: (name) => system.subgraphs[name]!.url,
      }),
    };
    const consumer = startEventConsumer(services, {
      owner: "tickets",
      name: consumerName,
      types: ["ticket.created"],
      sources: ["tickets"],
      handle: async (created) => {
        handled.push(created.id);
      },
      catchUpIntervalMs: 3_600_000,
    });
    try {
      await consumer.catchUp(); // everything already in the outbox
      const before = handled.length;
      for (let i = 0; i < 3; i++) await createTriageTicket(system, staff);
      await eventually(async () => handled.length === before + 3); // live
      // A live event is handed over before its mark is written: wait for the marks too, or the last
      // one's INSERT can land among the catch-up's statements.
      const live = handled.slice(before);
      await eventually(async () =>
        (await Promise.all(live.map((id) => processedBy("tickets", consumerName, id)))).every(Boolean),
      );
      const recorder = recordStatements();
      try {
        expect(await consumer.catchUp()).toBe(0);
      } finally {
        recorder.restore();
      }
      expect(handled).toHaveLength(before + 3);
      // This consumer's statements only: the system's own consumers may still be recording the
      // three tickets' events meanwhile.
      const ours = recorder.calls
        .filter((call) => /"tickets"\."processed_events"/.test(call.sql) && call.params.includes(consumerName))
        .map((call) => call.sql);
      expect(ours.length).toBeGreaterThan(0);
      expect(ours.every((sql) => /^SELECT "eventId" FROM "tickets"\."processed_events"/.test(sql))).toBe(true);
    } finally {
      await consumer.stop();
    }
  });
});
