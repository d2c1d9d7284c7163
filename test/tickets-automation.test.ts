/** After intake: assignment through agents (requestAssignment + assignment.created) and auto-resolution through knowledge. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubgraphServices } from "../shared/context.js";
import { EVENTS_TOPIC } from "../shared/outbox.js";
import { workflowEnv } from "../subgraphs/tickets/automation.js";
import { assignIfUnchanged } from "../subgraphs/tickets/workflow.js";
import { DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";
import { recordStatements } from "./support/sql-statements.js";
import { createTriageTicket } from "./support/triage-ticket.js";

let system: TestSystem;
let customer: string;
let agent: string;

beforeAll(async () => {
  // A low auto-resolution threshold so a ticket that restates a knowledge article is answered by it.
  system = await startTestSystem({
    env: { SLA_SWEEP_INTERVAL_MS: "3600000", TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "0.3" },
  });
  customer = await system.token("customer");
  agent = await system.token("agent");
});

afterAll(async () => {
  await system?.close();
});

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number status assignedAgentId tags } }`;
const read = async (id: string) =>
  (
    await system.request(
      `query($id: ID!) { ticket(id: $id) { id status assignedAgentId firstRespondedAt messages(first: 20) { edges { node { body authorRole } } } } }`,
      { id },
      agent,
    )
  ).data!.ticket;

describe("assignment", () => {
  it("asks agents for an assignee after creation (assigned now, or queued with agents)", async () => {
    const created = await system.request(
      CREATE,
      {
        input: {
          channel: "IN_APP",
          subject: "Dividend missing",
          description: "The quarterly dividend of my equity fund was not credited.",
          categoryKey: "dividend_inquiries",
        },
      },
      customer,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createTicket.id;
    const outcome = await eventually(async () => {
      const ticket = await read(id);
      if (ticket.assignedAgentId) return { status: "ASSIGNED" };
      const queued = await system.request(
        `query($id: ID!) { queuePosition(kind: TICKET, itemId: $id) { status } }`,
        { id },
        agent,
      );
      return queued.data?.queuePosition ?? null;
    });
    expect(["ASSIGNED", "QUEUED"]).toContain(outcome.status);
  });

  it("assigns a ticket as its caller read it in one statement, and writes nothing when it changed since", async () => {
    const id = await createTriageTicket(system, agent);
    const agentId = DEMO.agent.id;
    const env = await workflowEnv({ config: system.config, db: system.db } as SubgraphServices);
    const byAgents = { id: "agents", role: "service" };
    const assignedTrail = async () => ({
      history: await system.db.prisma.ticketHistoryEntry.count({ where: { ticketId: id, action: "assigned" } }),
      notifications: await system.db.prisma.notification.findMany({ where: { ticketId: id, kind: "TICKET_ASSIGNED" } }),
      events: await system.db.sql.query<{ payload: Record<string, unknown> }>(
        `SELECT "payload" FROM "tickets"."outbox_events" WHERE "aggregateId" = $1 AND "type" = 'ticket.assigned'`,
        [id],
      ),
    });
    // Read, then changed by another write: the copy is stale, so nothing is written.
    const stale = await system.db.prisma.ticket.findUniqueOrThrow({ where: { id } });
    await system.db.prisma.ticket.update({ where: { id }, data: { subject: "Hello again" } });
    expect(await assignIfUnchanged(stale, agentId, byAgents, env)).toBeNull();
    expect(await system.db.prisma.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({ assignedAgentId: null });
    expect(await assignedTrail()).toEqual({ history: 0, notifications: [], events: [] });
    // Read afresh: one statement sets the assignee and writes the trail from the copy.
    const fresh = await system.db.prisma.ticket.findUniqueOrThrow({ where: { id } });
    const recorder = recordStatements();
    let assigned;
    try {
      assigned = await assignIfUnchanged(fresh, agentId, byAgents, env);
    } finally {
      recorder.restore();
    }
    // (The delivery worker and the outbox relay, woken at commit, may run their own statements
    // meanwhile: the relay's claim of unpublished events is not the assignment's.)
    const writes = recorder.statements.filter(
      (text) => /"tickets"\."(tickets|history|outbox_events)"/.test(text) && !/"publishedAt" IS NULL/.test(text),
    );
    expect(writes).toHaveLength(1);
    for (const table of ["history", "outbox_events", "notifications", "deliveries"])
      expect(writes[0]).toContain(`INSERT INTO "tickets"."${table}"`);
    expect(assigned).toEqual(await system.db.prisma.ticket.findUniqueOrThrow({ where: { id } }));
    expect(assigned!.assignedAgentId).toBe(agentId);
    const trail = await assignedTrail();
    expect(trail.history).toBe(1);
    expect(trail.notifications).toEqual([
      expect.objectContaining({ recipientId: agentId, body: `${fresh.priority} · Hello again` }),
    ]);
    expect(trail.events).toEqual([
      { payload: expect.objectContaining({ ticketId: id, agentId, number: expect.stringMatching(/^SB-/) }) },
    ]);
    // The same agent again, or a CLOSED ticket: nothing to do here (the caller takes the locked path).
    expect(await assignIfUnchanged(assigned!, agentId, byAgents, env)).toBeNull();
    expect(await assignIfUnchanged({ ...assigned!, status: "CLOSED" }, DEMO.supervisor.id, byAgents, env)).toBeNull();
    expect((await assignedTrail()).history).toBe(1);
  });

  it("consumes agents' assignment.created: sets the assignee, records it and notifies the agent, once", async () => {
    // A triage ticket: tickets does not request an assignment for it, so only this event assigns it.
    const id = await createTriageTicket(system, agent);
    const agentId = DEMO.supervisor.id;
    const event = {
      id: randomUUID(),
      type: "assignment.created",
      source: "agents",
      aggregateId: id,
      occurredAt: new Date().toISOString(),
      payload: { kind: "TICKET", itemId: id, agentId, needsTranslation: false, waitedSeconds: 3 },
    };
    await system.pubsub.publish(EVENTS_TOPIC, event);
    await system.pubsub.publish(EVENTS_TOPIC, event); // delivered twice, applied once
    // Judged by the audit trail: agents may legitimately reassign the ticket afterwards.
    await eventually(
      async () =>
        (await system.db.prisma.ticketHistoryEntry.count({
          where: { ticketId: id, action: "assigned", newValue: agentId },
        })) > 0,
    );
    await sleep(300);
    const history = await system.db.prisma.ticketHistoryEntry.findMany({
      where: { ticketId: id, action: "assigned", newValue: agentId },
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ actorRole: "service", actorId: "agents", oldValue: null });
    const assignedEvents = await system.db.sql.query(
      `SELECT 1 FROM "tickets"."outbox_events" WHERE "type" = 'ticket.assigned' AND "aggregateId" = $1 AND "payload"->>'agentId' = $2`,
      [id, agentId],
    );
    expect(assignedEvents).toHaveLength(1);
    const supervisor = await system.token("supervisor");
    const notes = await system.request(
      `{ notifications(first: 50) { edges { node { kind ticketId } } } }`,
      {},
      supervisor,
    );
    expect(notes.data!.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: "TICKET_ASSIGNED",
      ticketId: id,
    });
  });
});

describe("auto-resolution", () => {
  it("answers with a confident knowledge article → AUTO_RESOLVED; the customer's reply reopens it", async () => {
    const created = await system.request(
      CREATE,
      {
        input: {
          channel: "IN_APP",
          subject: "How to register an account",
          description: "How do I register an account? What do I need to register a new NexVestXR account?",
          language: "en",
        },
      },
      customer,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createTicket.id;
    expect(created.data!.createTicket.status).toBe("AUTO_RESOLVED");
    expect(created.data!.createTicket.tags).toContain("auto_resolved");
    const ticket = await read(id);
    expect(ticket.firstRespondedAt).not.toBeNull();
    const reply = ticket.messages.edges.map((e: any) => e.node).find((m: any) => m.authorRole === "system");
    expect(reply.body).toMatch(/regist/i);
    const statuses = await system.db.prisma.ticketStatusChange.findMany({
      where: { ticketId: id },
      orderBy: { at: "asc" },
    });
    expect(statuses.map((s) => s.status)).toEqual(["OPEN", "PENDING", "AUTO_RESOLVED"]);
    // The customer is told the answer and asked for their rating, as for any resolution.
    const notes = await eventually(async () => {
      const result = await system.request(
        `{ notifications(first: 20) { edges { node { kind ticketId body } } } }`,
        {},
        customer,
      );
      const mine = result.data!.notifications.edges.map((e: any) => e.node).filter((n: any) => n.ticketId === id);
      return mine.some((n: any) => n.kind === "CSAT_SURVEY") ? mine : null;
    });
    expect(notes.find((n: any) => n.kind === "TICKET_REPLY")?.body).toBe(reply.body.slice(0, 4000));
    expect(notes.map((n: any) => n.kind)).toContain("CSAT_SURVEY");

    const answer = await system.request(
      `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
      { input: { ticketId: id, body: "That did not help, I still cannot open it." } },
      customer,
    );
    expect(answer.errors).toBeUndefined();
    expect((await read(id)).status).toBe("OPEN");
    await eventually(
      async () =>
        (
          await system.db.sql.query(
            `SELECT 1 FROM "tickets"."outbox_events" WHERE "type" = 'ticket.reopened' AND "aggregateId" = $1`,
            [id],
          )
        ).length === 1,
    );
  });
});
