/**
 * Analytics backfills each owner's items (tickets, chats, agents) once: it marks the owner when
 * done, a later start reads no owner again, and the seed — which writes items without events —
 * clears the marks so the next start derives what it wrote.
 */
import { describe, expect, it } from "vitest";
import { seedDemoData } from "../scripts/seed.js";
import { eventually } from "./harness.js";
import { resolvedChatWithoutEvents } from "./support/chat-without-events.js";
import { lateAnalyticsSuite } from "./support/late-analytics.js";
import { recordStatements } from "./support/sql-statements.js";

const suite = lateAnalyticsSuite();

const marks = async () =>
  (await suite.producers.db.prisma.analyticsBackfillMark.findMany({ orderBy: { source: "asc" } })).map((m) => m.source);

const chatWithoutEvents = () =>
  resolvedChatWithoutEvents(suite.producers.db, {
    startedAt: new Date(Date.now() - 3_600_000),
    waitMs: 60_000,
    durationMs: 600_000,
  });

const eventsOf = (aggregateId: string) => suite.producers.db.prisma.analyticsEvent.count({ where: { aggregateId } });

/** The statement that looks up which derived events the log lacks: run once per page of an owner's items. */
const BACKFILL_LOOKUP = /SELECT DISTINCT "aggregateId", "type" FROM "analytics"\."events"/;

describe("the backfill marks", () => {
  it("marks every owner once backfilled; a later start reads no owner; the seed clears the marks", async () => {
    // First start: every owner is read and marked; a chat without events is derived.
    const before = await chatWithoutEvents();
    await suite.startAnalytics();
    await eventually(async () => (await marks()).length === 3, 30_000);
    expect(await marks()).toEqual(["agents", "chat", "tickets"]);
    expect(await eventsOf(before)).toBe(3);
    await suite.stopAnalytics();

    // A restart reads the marks and no owner's items: a chat written meanwhile without events stays underived.
    const meanwhile = await chatWithoutEvents();
    const recorder = recordStatements();
    try {
      await suite.startAnalytics();
      await eventually(
        async () => recorder.statements.some((sql) => /"analytics"\."backfill_marks"/.test(sql)),
        15_000,
      );
      await suite.stopAnalytics(); // waits for the pass in flight
    } finally {
      recorder.restore();
    }
    expect(recorder.statements.filter((sql) => BACKFILL_LOOKUP.test(sql))).toEqual([]);
    expect(await eventsOf(meanwhile)).toBe(0);

    // Seeding clears the marks: the next start reads every owner again and derives that chat.
    await seedDemoData(suite.producers.db, { config: suite.producers.config });
    expect(await marks()).toEqual([]);
    await suite.startAnalytics();
    await eventually(async () => (await marks()).length === 3, 30_000);
    expect(await eventsOf(meanwhile)).toBe(3);
  });
});
