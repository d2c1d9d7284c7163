/**
 * Catch-up after downtime: analytics is not running while the producers write events (their
 * relays publish them on a bus nobody from analytics listens to), then analytics starts and reads
 * every producer's outbox from its stored cursor. Every event lands exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";
import type { RunningSystem } from "../runtime/system.js";
import type { SubgraphName } from "../shared/config.js";
import { startAnalyticsBeside } from "./support/late-analytics.js";
import { ingestEvents } from "../subgraphs/analytics/event-log.js";
import type { DomainEvent } from "../shared/outbox.js";

const PRODUCERS: SubgraphName[] = ["tickets", "chat", "knowledge", "agents"];
let producers: TestSystem;

beforeAll(async () => {
  producers = await startTestSystem({ only: PRODUCERS });
});

afterAll(async () => {
  await producers?.close();
});

const startAnalytics = (): Promise<RunningSystem> => startAnalyticsBeside(producers);

async function producerEvents(): Promise<DomainEvent[]> {
  const rows: DomainEvent[] = [];
  for (const source of PRODUCERS) {
    const events = await producers.db.sql.query<{
      id: string;
      type: string;
      aggregateId: string;
      payload: Record<string, unknown>;
      occurredAt: Date;
      publishedAt: Date | null;
    }>(`SELECT "id", "type", "aggregateId", "payload", "occurredAt", "publishedAt" FROM "${source}"."outbox_events"`);
    rows.push(
      ...events.map((e) => ({
        id: e.id,
        type: e.type,
        source,
        aggregateId: e.aggregateId,
        payload: e.payload,
        occurredAt: new Date(e.occurredAt).toISOString(),
      })),
    );
  }
  return rows;
}

async function produceSomeEvents(label: string): Promise<string[]> {
  const customer = await producers.token("customer");
  const ticketIds: string[] = [];
  for (let i = 0; i < 3; i++) {
    const created = await producers.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          channel: "EMAIL",
          subject: `${label} ${i}`,
          description: `Reference ${label}-${i} needs a look.`,
          categoryKey: "dividend_inquiries",
          language: "en",
        },
      },
      customer,
    );
    expect(created.errors).toBeUndefined();
    ticketIds.push(created.data!.createTicket.id);
  }
  const chat = await producers.request(
    `mutation { startChat(input: { type: WEB }) { id } }`,
    {},
    await producers.token("customer", DEMO.otherCustomer.id),
  );
  expect(chat.errors).toBeUndefined();
  const status = await producers.request(
    `mutation { setAgentStatus(status: AWAY) { id } }`,
    {},
    await producers.token("agent"),
  );
  expect(status.errors).toBeUndefined();
  return ticketIds;
}

async function loggedCounts(ids: string[]): Promise<Map<string, number>> {
  const rows = await producers.db.sql.query<{ id: string; n: string }>(
    `SELECT "id"::text AS id, count(*) AS n FROM "analytics"."events" WHERE "id" = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb))::uuid[]) GROUP BY 1`,
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

describe("analytics catch-up after downtime", () => {
  it("logs every event produced while analytics was down exactly once, then continues from its cursor", async () => {
    // Phase 1: analytics is down; producers write and publish events.
    const firstTickets = await produceSomeEvents("downtime-1");
    await eventually(async () => (await producerEvents()).length > 0);
    const before = await producerEvents();
    expect(before.map((e) => e.type)).toEqual(
      expect.arrayContaining(["ticket.created", "chat.started", "agent.status_changed"]),
    );
    expect(await loggedCounts(before.map((e) => e.id))).toEqual(new Map());

    // Phase 2: analytics starts and catches up.
    let analytics = await startAnalytics();
    await eventually(async () => (await loggedCounts(before.map((e) => e.id))).size === before.length, 45_000, 100);
    const counts = await loggedCounts(before.map((e) => e.id));
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    for (const ticketId of firstTickets) {
      const fact = await producers.db.prisma.analyticsTicketFact.findUniqueOrThrow({ where: { ticketId } });
      expect(fact).toMatchObject({
        categoryKey: "investment_support",
        subcategoryKey: "dividend_inquiries",
        channel: "EMAIL",
        language: "en",
        customerId: DEMO.customer.id,
      });
    }
    // Re-delivering (bus duplicates, a second catch-up pass) changes nothing.
    expect(await ingestEvents(producers.db, before)).toBe(0);
    const cursors = await producers.db.prisma.analyticsCursor.findMany();
    expect(cursors.map((c) => c.source).sort()).toEqual(expect.arrayContaining(["agents", "chat", "tickets"]));
    await analytics.close();

    // Phase 3: down again; more events; restart continues from the stored cursor.
    const secondTickets = await produceSomeEvents("downtime-2");
    const all = await producerEvents();
    const fresh = all.filter((e) => !before.some((b) => b.id === e.id));
    expect(fresh.length).toBeGreaterThanOrEqual(5);
    analytics = await startAnalytics();
    await eventually(async () => (await loggedCounts(all.map((e) => e.id))).size === all.length, 45_000, 100);
    expect([...(await loggedCounts(all.map((e) => e.id))).values()].every((n) => n === 1)).toBe(true);
    expect(
      await producers.db.prisma.analyticsTicketFact.count({
        where: { ticketId: { in: [...firstTickets, ...secondTickets] } },
      }),
    ).toBe(6);
    const advanced = await producers.db.prisma.analyticsCursor.findUniqueOrThrow({ where: { source: "tickets" } });
    expect(advanced.occurredAt.getTime()).toBeGreaterThan(
      cursors.find((c) => c.source === "tickets")!.occurredAt.getTime(),
    );
    await analytics.close();
  }, 120_000);
});
