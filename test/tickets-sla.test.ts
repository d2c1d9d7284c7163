/**
 * SLA monitoring end to end: the sweeper's warnings, breaches and escalations on a fixed clock,
 * two sweepers at once (no double escalation, none lost), manual escalation, and live ticket
 * events through the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../shared/db.js";
import { createInternalClient } from "../shared/internal-client.js";
import { createLogger } from "../shared/logger.js";
import type { SubgraphServices } from "../shared/context.js";
import type { SubgraphName } from "../shared/config.js";
import { sweepOnce } from "../subgraphs/tickets/sla-sweep.js";
import { collect, DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let customer: string;
let agent: string;
const extraDbs: Database[] = [];

// Wednesday 2026-11-18 12:00 at UTC+4: the default schedule has been open since 08:00 local.
const NOW = new Date("2026-11-18T08:00:00Z");
const hoursBefore = (h: number) => new Date(NOW.getTime() - h * 3600_000);

beforeAll(async () => {
  system = await startTestSystem({
    env: {
      SLA_SWEEP_INTERVAL_MS: "3600000",
      ESCALATION_THRESHOLD_HOURS: "3.5",
      TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1",
    },
  });
  customer = await system.token("customer");
  agent = await system.token("agent");
});

afterAll(async () => {
  for (const db of extraDbs) await db.close();
  await system?.close();
});

/** Services for one more sweeper replica: its own connection pool on PostgreSQL. */
async function replica(name: string): Promise<SubgraphServices> {
  let db = system.db;
  if (system.env.DATABASE_URL) {
    db = await openDatabase({ databaseUrl: system.env.DATABASE_URL, poolSize: 4 });
    extraDbs.push(db);
  }
  const urlOf = (subgraph: SubgraphName) => system.subgraphs[subgraph]!.url;
  return {
    config: system.config,
    db,
    pubsub: system.pubsub,
    logger: createLogger("silent").child({ replica: name }),
    internal: createInternalClient({ serviceName: "tickets", secret: system.config.INTERNAL_SECRET, urlOf }),
  };
}

async function newTicket(input: Record<string, unknown>) {
  const result = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number priority sla { slaHours } } }`,
    {
      input: {
        channel: "IN_APP",
        subject: "Card payment failed",
        description: "My card deposit failed with code 05 but the amount is held.",
        categoryKey: "payment_issues",
        ...input,
      },
    },
    customer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket as { id: string; number: string; priority: string; sla: { slaHours: number } };
}

/** Moves a ticket's timeline back so it was created at `createdAt` (and due for a sweep at NOW). */
async function backdate(id: string, createdAt: Date) {
  await system.db.sql.query(
    `UPDATE "tickets"."tickets" SET "createdAt" = $2, "slaCheckAt" = $3 WHERE "id" = $1::uuid`,
    [id, createdAt, new Date(NOW.getTime() - 60_000)],
  );
  await system.db.sql.query(`UPDATE "tickets"."status_changes" SET "at" = $2 WHERE "ticketId" = $1::uuid`, [
    id,
    createdAt,
  ]);
  await system.db.sql.query(`UPDATE "tickets"."messages" SET "createdAt" = $2 WHERE "ticketId" = $1::uuid`, [
    id,
    new Date(createdAt.getTime() + 10 * 60_000),
  ]);
}

const count = async (sql: string, params: unknown[]) =>
  Number((await system.db.sql.query<{ n: string }>(sql, params))[0].n);
const eventsOf = (type: string, id: string) =>
  count(`SELECT count(*) AS n FROM "tickets"."outbox_events" WHERE "type" = $1 AND "aggregateId" = $2`, [type, id]);

describe("SLA sweeper", () => {
  it("two sweepers at once escalate every breached ticket exactly once, warn nearing ones, and leave the rest", async () => {
    const breached = [];
    for (let i = 0; i < 6; i++) breached.push(await newTicket({ priorityOverride: "HIGH", subject: `Breach ${i}` }));
    for (const t of breached) await backdate(t.id, hoursBefore(4)); // 4 business hours > 2h window

    const nearing = await newTicket({ priorityOverride: "HIGH", subject: "Nearing" });
    await backdate(nearing.id, hoursBefore(nearing.sla.slaHours * 0.8)); // 80% of the window

    // Answered quickly, but unresolved for longer than ESCALATION_THRESHOLD_HOURS (3.5).
    const stale = await newTicket({ priorityOverride: "LOW", categoryKey: "fee_clarifications", subject: "Stale" });
    await system.request(
      `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
      { input: { ticketId: stale.id, body: "We are on it." } },
      agent,
    );
    await backdate(stale.id, hoursBefore(3.75));

    const fresh = await newTicket({ priorityOverride: "LOW", subject: "Fresh" });
    await backdate(fresh.id, hoursBefore(0.25));

    const [a, b] = await Promise.all([replica("a"), replica("b")]);
    // Both replicas sweep at once, in rounds: a row another transaction holds at that moment
    // (the assignment consumer, say) is skipped by SKIP LOCKED and taken in the next round.
    const rounds = [];
    for (let round = 0; round < 5; round++) {
      const pair = await Promise.all([sweepOnce(a, NOW), sweepOnce(b, NOW)]);
      rounds.push(...pair);
      if (pair[0].checked + pair[1].checked === 0) break;
    }
    const escalated = rounds.flatMap((r) => r.escalated);
    expect(new Set(escalated).size).toBe(escalated.length); // nobody escalated twice
    expect([...escalated].sort()).toEqual([...breached.map((t) => t.id), stale.id].sort()); // nobody lost
    expect(rounds.reduce((sum, r) => sum + r.checked, 0)).toBeGreaterThanOrEqual(9);

    for (const t of breached) {
      const row = await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
      expect(row.status).toBe("ESCALATED");
      expect(row.priority).toBe("URGENT"); // HIGH bumped one level
      expect(row.escalationTier).toBe("billing_specialist"); // billing_support's escalation tier
      expect(row.slaBreachedAt).not.toBeNull();
      expect(await eventsOf("ticket.escalated", t.id)).toBe(1);
      expect(await eventsOf("ticket.sla_breached", t.id)).toBe(1);
      expect(
        await count(
          `SELECT count(*) AS n FROM "tickets"."history" WHERE "ticketId" = $1::uuid AND "action" = 'escalated'`,
          [t.id],
        ),
      ).toBe(1);
    }
    const staleRow = await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: stale.id } });
    expect(staleRow).toMatchObject({ status: "ESCALATED", priority: "MEDIUM", slaBreachedAt: null });
    const staleHistory = await system.db.prisma.ticketHistoryEntry.findFirstOrThrow({
      where: { ticketId: stale.id, action: "escalated" },
    });
    expect(staleHistory.note).toMatch(/3.5 business hours/);

    expect(await eventsOf("ticket.sla_warning", nearing.id)).toBe(1);
    expect((await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: nearing.id } })).status).toBe("OPEN");
    expect(await eventsOf("ticket.sla_warning", fresh.id)).toBe(0);
    expect((await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("OPEN");

    // Sweeping again (both replicas, rows due again) raises and escalates nothing new.
    await system.db.sql.query(`UPDATE "tickets"."tickets" SET "slaCheckAt" = $1 WHERE "id" = ANY($2::uuid[])`, [
      hoursBefore(0.1),
      [...breached.map((t) => t.id), nearing.id, stale.id],
    ]);
    const again = await Promise.all([sweepOnce(a, NOW), sweepOnce(b, NOW)]);
    expect(again.flatMap((r) => r.escalated)).toEqual([]);
    expect(again.reduce((n, r) => n + r.warnings + r.breaches, 0)).toBe(0);

    // The breachedSla filter finds them; supervisors were told.
    const list = await system.request(
      `{ tickets(first: 100, filter: { breachedSla: true }) { edges { node { id } } } }`,
      {},
      agent,
    );
    const ids = list.data!.tickets.edges.map((e: any) => e.node.id);
    for (const t of breached) expect(ids).toContain(t.id);
    expect(ids).not.toContain(fresh.id);
    const supervisor = await system.token("supervisor");
    const notes = await system.request(
      `{ notifications(first: 100) { edges { node { kind ticketId } } } }`,
      {},
      supervisor,
    );
    expect(notes.data!.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: "TICKET_ESCALATED",
      ticketId: breached[0].id,
    });
  }, 120_000);

  it("does not sweep a PENDING ticket (its clock stands still)", async () => {
    const ticket = await newTicket({ priorityOverride: "HIGH", subject: "Waiting on customer" });
    await system.request(
      `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { status } }`,
      { input: { ticketId: ticket.id, status: "PENDING" } },
      agent,
    );
    await backdate(ticket.id, hoursBefore(4));
    const result = await sweepOnce(await replica("c"), NOW);
    expect(result.escalated).not.toContain(ticket.id);
    expect((await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("PENDING");
  });
});

describe("manual escalation", () => {
  it("escalates with a reason: ESCALATED, priority bumped, tier set; refuses a second time and a bad reason", async () => {
    const ticket = await newTicket({ priorityOverride: "LOW", subject: "Angry customer" });
    const mutation = `mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { status priority escalationTier escalatedAt } }`;
    const escalated = await system.request(
      mutation,
      { input: { ticketId: ticket.id, reason: "Customer threatens to close the account" } },
      agent,
    );
    expect(escalated.errors).toBeUndefined();
    expect(escalated.data!.escalateTicket).toMatchObject({
      status: "ESCALATED",
      priority: "MEDIUM",
      escalationTier: "billing_specialist",
    });
    expect(
      (await system.request(mutation, { input: { ticketId: ticket.id, reason: "again" } }, agent)).errors?.[0]
        ?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect(
      (await system.request(mutation, { input: { ticketId: ticket.id, reason: "  " } }, agent)).errors?.[0]?.extensions
        ?.code,
    ).toBe("BAD_USER_INPUT");
    expect(
      (await system.request(mutation, { input: { ticketId: ticket.id, reason: "x" } }, customer)).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    await eventually(async () => (await eventsOf("ticket.escalated", ticket.id)) === 1);
  });
});

describe("live ticket events through the gateway", () => {
  it(
    "ticketEvents delivers a ticket's events to its customer without internal notes; ticketQueueEvents to staff",
    { timeout: 90_000 },
    async () => {
      const ticket = await newTicket({ subject: "Live events" });
      const customerClient = system.subscribe(customer);
      const staffClient = system.subscribe(agent);
      const mine = collect<any>(
        customerClient,
        `subscription($id: ID!) { ticketEvents(ticketId: $id) { type ticketId payload ticket { number } } }`,
        { id: ticket.id },
      );
      const queue = collect<any>(staffClient, `subscription { ticketQueueEvents { type ticketId payload } }`);
      const send = async (body: string, internal: boolean) => {
        const sent = await system.request(
          `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
          { input: { ticketId: ticket.id, body, internal } },
          agent,
        );
        expect(sent.errors).toBeUndefined();
      };
      // Subscriptions become live asynchronously (gateway → subgraph → bus): probe until both deliver.
      await eventually(
        async () => {
          await send("Probe reply.", false);
          await sleep(300);
          return (
            mine.received.length > 0 && queue.received.some((e) => e.data?.ticketQueueEvents?.ticketId === ticket.id)
          );
        },
        30_000,
        200,
      ).catch(async (error) => {
        // Say which hop stalled: the outbox relay (events unpublished) or the subscription path.
        const outbox = await system.db.sql.query<{ type: string; published: boolean }>(
          `SELECT "type", "publishedAt" IS NOT NULL AS published FROM "tickets"."outbox_events" WHERE "aggregateId" = $1 ORDER BY "occurredAt"`,
          [ticket.id],
        );
        throw new Error(
          `${error.message}: customer stream ${JSON.stringify(mine.received).slice(0, 300)} ${String(mine.error)}; queue ${JSON.stringify(queue.received).slice(0, 300)} ${String(queue.error)}; outbox ${JSON.stringify(outbox)}`,
        );
      });
      await send("internal: check the acquirer", true);
      await send("We are looking into it.", false);
      await system.request(
        `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { id } }`,
        { input: { ticketId: ticket.id } },
        agent,
      );
      await eventually(async () => mine.received.some((e) => e.data?.ticketEvents?.type === "ticket.resolved"), 10_000);
      const types = mine.received.map((e) => e.data?.ticketEvents?.type);
      expect(types).toContain("ticket.message_added");
      expect(types).toContain("ticket.status_changed");
      expect(
        mine.received.every(
          (e) => e.data.ticketEvents.ticketId === ticket.id && e.data.ticketEvents.ticket.number === ticket.number,
        ),
      ).toBe(true);
      expect(mine.received.some((e) => e.data.ticketEvents.payload.internal === true)).toBe(false);
      await eventually(
        async () =>
          queue.received.some(
            (e) =>
              e.data?.ticketQueueEvents?.type === "ticket.resolved" && e.data.ticketQueueEvents.ticketId === ticket.id,
          ),
        10_000,
      );
      // Staff see the internal note's event; the customer's stream never carried it.
      await eventually(
        async () =>
          queue.received.some(
            (e) =>
              e.data?.ticketQueueEvents?.type === "ticket.message_added" &&
              e.data.ticketQueueEvents.payload.internal === true,
          ),
        5_000,
      );

      // Another customer cannot subscribe to it.
      const otherClient = system.subscribe(await system.token("customer", DEMO.otherCustomer.id));
      const refused = collect<any>(otherClient, `subscription($id: ID!) { ticketEvents(ticketId: $id) { type } }`, {
        id: ticket.id,
      });
      const [result] = await refused.waitFor(1);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      for (const c of [customerClient, staffClient, otherClient]) await c.dispose();
    },
  );
});
