/**
 * Regressions found by acceptance testing in analytics (issue 14.23–14.26) and the shared DateTime
 * scalar (14.25), each through the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { ingestEvents } from "../subgraphs/analytics/event-log.js";
import type { DomainEvent } from "../shared/outbox.js";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";
import { resolvedChatWithoutEvents } from "./support/chat-without-events.js";

let system: TestSystem;
let supervisor: string;

beforeAll(async () => {
  system = await startTestSystem();
  supervisor = await system.token("supervisor");
});

afterAll(async () => {
  await system?.close();
});

describe("items that existed before the event log (14.23)", () => {
  const METRICS = `query($from: DateTime!, $to: DateTime!) { supportMetrics(from: $from, to: $to) { ticketsTotal ticketsResolved chatsTotal chatsAnswered } }`;
  const range = () => ({
    from: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    to: new Date(Date.now() + 3_600_000).toISOString(),
  });

  it("counts every seeded ticket once analytics has started, and a second backfill adds nothing", async () => {
    const { from, to } = range();
    const inRange = { createdAt: { gte: new Date(from), lt: new Date(to) } };
    const tickets = await system.db.prisma.ticket.count({ where: inRange });
    const resolved = await system.db.prisma.ticket.count({
      where: { ...inRange, status: { in: ["RESOLVED", "CLOSED", "AUTO_RESOLVED"] } },
    });
    // The seeded tickets have no ticket.created event anywhere: only a backfill can see them.
    const [{ count: withEvents }] = await system.db.sql.query<{ count: string }>(
      `SELECT count(DISTINCT "aggregateId") AS count FROM "tickets"."outbox_events" WHERE type = 'ticket.created'`,
    );
    expect(tickets - Number(withEvents)).toBeGreaterThan(5);

    const metrics = await eventually(async () => {
      const result = await system.request(METRICS, range(), supervisor);
      return result.data?.supportMetrics.ticketsTotal === tickets ? result.data.supportMetrics : null;
    }, 20_000);
    expect(metrics.ticketsResolved).toBe(resolved);

    // The start-up backfill is done once agents' presence is in (it runs after tickets and chats).
    const backfilled = () =>
      system.db.sql
        .query<{ count: string }>(
          `SELECT count(*) AS count FROM "analytics"."events" WHERE payload->>'backfilled' = 'true'`,
        )
        .then((r) => Number(r[0].count));
    await eventually(
      async () => (await system.db.prisma.analyticsEvent.count({ where: { type: "agent.status_changed" } })) > 0,
      20_000,
    );
    const events = await backfilled();
    const again = await system.request(`mutation { catchUpEvents }`, {}, await system.token("admin"));
    expect(again.errors).toBeUndefined();
    expect(await backfilled()).toBe(events);
    expect((await system.request(METRICS, range(), supervisor)).data!.supportMetrics.ticketsTotal).toBe(tickets);
  });

  it("backfills a chat written without events (an import) with its outcome, once", async () => {
    const before = (await system.request(METRICS, range(), supervisor)).data!.supportMetrics;
    const startedAt = new Date(Date.now() - 3 * 3_600_000);
    const chat = {
      id: await resolvedChatWithoutEvents(system.db, { startedAt, waitMs: 90_000, durationMs: 900_000 }),
    };
    const admin = await system.token("admin");
    const derived = () => system.db.prisma.analyticsEvent.count({ where: { aggregateId: chat.id } });
    expect((await system.request(`mutation { catchUpEvents }`, {}, admin)).errors).toBeUndefined();
    expect(await derived()).toBe(3);
    expect((await system.request(`mutation { catchUpEvents }`, {}, admin)).errors).toBeUndefined();
    expect(await derived()).toBe(3);
    const after = (await system.request(METRICS, range(), supervisor)).data!.supportMetrics;
    expect(after.chatsTotal).toBe(before.chatsTotal + 1);
    expect(after.chatsAnswered).toBe(before.chatsAnswered + 1);
    const fact = await system.db.prisma.analyticsChatFact.findUniqueOrThrow({ where: { chatId: chat.id } });
    expect(fact).toMatchObject({
      agentId: DEMO.agent.id,
      waitSeconds: 90,
      outcome: "chat.ended",
      durationSeconds: 810,
    });
  });
});

describe("agent utilization and productivity (14.24)", () => {
  const WORKFORCE = `query($from: DateTime!, $to: DateTime!, $filter: MetricsFilter) {
    supportMetrics(from: $from, to: $to, filter: $filter) { onlineHours agentUtilization agentProductivity ticketsResolved } }`;

  it("counts seeded agents who are online as online, so the ratios are sensible", async () => {
    const online = DEMO_AGENTS.filter((a) => a.status !== "OFFLINE").length;
    expect(online).toBeGreaterThan(0);
    const range = {
      from: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const figures = await eventually(async () => {
      const result = await system.request(WORKFORCE, range, supervisor);
      const m = result.data?.supportMetrics;
      return m && m.ticketsResolved > 0 && m.onlineHours > 0 ? m : null;
    }, 20_000);
    // Seeded agents did the seeded work: each online since at least their first recorded work.
    expect(figures.onlineHours).toBeGreaterThan(1);
    expect(figures.agentUtilization).not.toBeNull();
    expect(figures.agentUtilization).toBeGreaterThanOrEqual(0);
    expect(figures.agentUtilization).toBeLessThanOrEqual(1);
    expect(figures.agentProductivity).toBeLessThan(5);
    // Backfilled once: a second pass derives no second presence.
    const presence = await system.db.prisma.analyticsEvent.count({ where: { type: "agent.status_changed" } });
    await system.request(`mutation { catchUpEvents }`, {}, await system.token("admin"));
    expect(await system.db.prisma.analyticsEvent.count({ where: { type: "agent.status_changed" } })).toBe(presence);
  });

  // A past week, so "now" never clips it.
  const FROM = Date.parse("2025-06-02T00:00:00Z");
  const TO = Date.parse("2025-06-09T00:00:00Z");
  const HOUR = 3_600_000;
  const STATUSES = ["ONLINE", "BUSY", "AWAY", "OFFLINE"] as const;

  /** Measure of a union of [start, end) intervals, in ms. */
  function unionLength(spans: [number, number][]): number {
    const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
    let total = 0;
    let [lo, hi] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const [a, b] of sorted) {
      if (a > hi) {
        if (hi > lo) total += hi - lo;
        [lo, hi] = [a, b];
      } else hi = Math.max(hi, b);
    }
    if (hi > lo) total += hi - lo;
    return total;
  }
  const intersect = (xs: [number, number][], ys: [number, number][]) =>
    xs
      .flatMap(([a, b]) => ys.map(([c, d]) => [Math.max(a, c), Math.min(b, d)] as [number, number]))
      .filter(([a, b]) => b > a);

  const history = fc.record({
    // Status changes from two days before the period to its end (some before: online since before `from`).
    changes: fc.array(
      fc.record({ at: fc.integer({ min: FROM - 48 * HOUR, max: TO - 1 }), to: fc.constantFrom(...STATUSES) }),
      { maxLength: 12 },
    ),
    // Chats answered from a day before the period on, some overlapping, some still open.
    chats: fc.array(
      fc.record({
        answeredAt: fc.integer({ min: FROM - 24 * HOUR, max: TO - 1 }),
        minutes: fc.integer({ min: 1, max: 600 }),
        open: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
  });

  it("keeps utilization in [0, 1] and online time exact on random histories", async () => {
    await fc.assert(
      fc.asyncProperty(history, async ({ changes, chats }) => {
        const agentId = randomUUID();
        const event = (
          type: string,
          aggregateId: string,
          at: number,
          payload: Record<string, unknown>,
        ): DomainEvent => ({
          id: randomUUID(),
          type,
          source: type.startsWith("chat.") ? "chat" : "agents",
          aggregateId,
          occurredAt: new Date(at).toISOString(),
          payload,
        });
        // Distinct change times: the order of two changes at the same instant is not defined.
        const ordered = [...new Map(changes.map((c) => [c.at, c])).values()].sort((a, b) => a.at - b.at);
        const events: DomainEvent[] = ordered.map((c) =>
          event("agent.status_changed", agentId, c.at, { agentId, to: c.to }),
        );
        const chatSpans: [number, number][] = [];
        for (const chat of chats) {
          const chatId = randomUUID();
          const ended = chat.answeredAt + chat.minutes * 60_000;
          events.push(
            event("chat.started", chatId, chat.answeredAt - 60_000, {
              chatId,
              customerId: DEMO.customer.id,
              type: "WEB",
              language: "en",
            }),
          );
          events.push(event("chat.answered", chatId, chat.answeredAt, { chatId, agentId, waitSeconds: 60 }));
          if (!chat.open)
            events.push(event("chat.ended", chatId, ended, { chatId, agentId, durationSeconds: chat.minutes * 60 }));
          chatSpans.push([Math.max(chat.answeredAt, FROM), Math.min(chat.open ? TO : ended, TO)]);
        }
        await ingestEvents(system.db, events);

        // The oracle: online = non-OFFLINE spans clipped to the period (state at FROM = last change before it).
        const onlineSpans: [number, number][] = [];
        ordered.forEach((c, i) => {
          const until = i + 1 < ordered.length ? ordered[i + 1].at : TO;
          if (c.to !== "OFFLINE") onlineSpans.push([Math.max(c.at, FROM), Math.min(until, TO)]);
        });
        const online = unionLength(onlineSpans) / 1000;
        const busy =
          unionLength(
            intersect(
              onlineSpans.filter(([a, b]) => b > a),
              chatSpans.filter(([a, b]) => b > a),
            ),
          ) / 1000;

        const result = await system.request(
          WORKFORCE,
          { from: new Date(FROM).toISOString(), to: new Date(TO).toISOString(), filter: { agentId } },
          supervisor,
        );
        expect(result.errors).toBeUndefined();
        const m = result.data!.supportMetrics;
        expect(m.onlineHours * 3600).toBeCloseTo(online, 3);
        if (online === 0) {
          expect(m.agentUtilization).toBeNull();
        } else {
          expect(m.agentUtilization).toBeGreaterThanOrEqual(0);
          expect(m.agentUtilization).toBeLessThanOrEqual(1);
          expect(m.agentUtilization).toBeCloseTo(busy / online, 6);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("DateTime input (14.25)", () => {
  const now = new Date().toISOString();
  const cases: [string, string, Record<string, unknown>][] = [
    ["supportMetrics literal", `{ supportMetrics(from: "yesterday", to: "${now}") { ticketsTotal } }`, {}],
    [
      "supportMetrics variable",
      `query($from: DateTime!, $to: DateTime!) { supportMetrics(from: $from, to: $to) { ticketsTotal } }`,
      { from: "yesterday", to: now },
    ],
    ["feedbackAnalytics literal", `{ feedbackAnalytics(from: "not-a-date", to: "${now}") { responses } }`, {}],
    [
      "feedbackAnalytics variable",
      `query($from: DateTime!) { feedbackAnalytics(from: $from, to: "${now}") { responses } }`,
      { from: "not-a-date" },
    ],
    ["chats filter literal", `{ chats(filter: { createdAfter: "garbage" }) { edges { node { id } } } }`, {}],
    [
      "chats filter variable",
      `query($f: ChatFilter) { chats(filter: $f) { edges { node { id } } } }`,
      { f: { createdAfter: "garbage" } },
    ],
    ["impossible calendar date", `{ supportMetrics(from: "2026-02-30T00:00:00Z", to: "${now}") { ticketsTotal } }`, {}],
    ["number", `query($from: DateTime!) { supportMetrics(from: $from, to: "${now}") { ticketsTotal } }`, { from: 12 }],
  ];
  for (const [name, query, variables] of cases) {
    it(`refuses a bad date with BAD_USER_INPUT: ${name}`, async () => {
      const result = await system.request(query, variables, supervisor);
      expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
      for (const error of result.errors!) expect(error.extensions?.code, JSON.stringify(error)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|    at /);
    });
  }
});

describe("feedback resubmission and improvement tasks (14.26)", () => {
  const SUBMIT_CHAT = `mutation($input: SubmitChatFeedbackInput!) {
    submitChatFeedback(input: $input) { followUpCreated feedback { id rating waitTimeRating agentRating resolved comments } } }`;
  const COMPLETE = `mutation($input: CompleteImprovementTaskInput!) { completeImprovementTask(input: $input) { id status note supervisor { id } doneAt } }`;

  it("keeps sub-ratings a resubmission leaves out, moves the task to the new rating, and completes a task once, naming who did", async () => {
    const customer = await system.token("customer");
    const started = await system.request(
      `mutation { startChat(input: { type: WEB, topic: "withdrawal" }) { id } }`,
      {},
      customer,
    );
    expect(started.errors).toBeUndefined();
    const chatId = started.data!.startChat.id;
    const ended = await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
      { input: { chatId, status: "RESOLVED" } },
      customer,
    );
    if (ended.errors)
      await system.db.prisma.chatSession.update({
        where: { id: chatId },
        data: { status: "RESOLVED", endedAt: new Date() },
      });

    const first = await system.request(
      SUBMIT_CHAT,
      { input: { chatId, rating: 1, waitTimeRating: 2, agentRating: 1, resolved: false, comments: "Waited forever" } },
      customer,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitChatFeedback.followUpCreated).toBe(true);

    const again = await system.request(
      SUBMIT_CHAT,
      { input: { chatId, rating: 2, comments: "Still waiting for the refund" } },
      customer,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.submitChatFeedback.feedback).toMatchObject({
      rating: 2,
      waitTimeRating: 2,
      agentRating: 1,
      resolved: false,
      comments: "Still waiting for the refund",
    });
    // An explicit null still clears a sub-rating.
    const cleared = await system.request(SUBMIT_CHAT, { input: { chatId, rating: 2, agentRating: null } }, customer);
    expect(cleared.data!.submitChatFeedback.feedback).toMatchObject({
      waitTimeRating: 2,
      agentRating: null,
      comments: "Still waiting for the refund",
    });

    const QUEUE = `{ improvementQueue(first: 100, status: OPEN) { edges { node { id rating comments chat { id } } } } }`;
    const queue = await system.request(QUEUE, {}, supervisor);
    const task = queue.data!.improvementQueue.edges.map((e: any) => e.node).find((n: any) => n.chat?.id === chatId);
    expect(task).toMatchObject({ rating: 2, comments: "Still waiting for the refund" });

    // Rated up to 4 afterwards: the task shows the customer's current rating.
    await system.request(SUBMIT_CHAT, { input: { chatId, rating: 4 } }, customer);
    expect((await system.db.prisma.analyticsImprovementTask.findUniqueOrThrow({ where: { id: task.id } })).rating).toBe(
      4,
    );

    const done = await system.request(
      COMPLETE,
      { input: { id: task.id, note: "Refund sent, called back" } },
      supervisor,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeImprovementTask).toMatchObject({
      status: "DONE",
      note: "Refund sent, called back",
      supervisor: { id: DEMO.supervisor.id },
    });

    const twice = await system.request(COMPLETE, { input: { id: task.id, note: "again" } }, supervisor);
    expect(twice.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect((await system.db.prisma.analyticsImprovementTask.findUniqueOrThrow({ where: { id: task.id } })).note).toBe(
      "Refund sent, called back",
    );
  });
});

describe("feedback fields and trends (13.8)", () => {
  it("stores the specification's ticket and chat feedback fields and returns every trend section", async () => {
    const since = new Date().toISOString();
    const customer = await system.token("customer");
    const created = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          channel: "EMAIL",
          subject: "Staking rewards missing",
          description: "I staked 10,000 XERA for 90 days but no rewards have appeared for two weeks.",
          categoryKey: "investment_support",
          language: "en",
        },
      },
      customer,
    );
    expect(created.errors).toBeUndefined();
    const ticketId = created.data!.createTicket.id;
    await system.db.prisma.ticket.update({
      where: { id: ticketId },
      data: { status: "RESOLVED", resolvedAt: new Date() },
    });
    const ticketFeedback = await system.request(
      `mutation($input: SubmitTicketFeedbackInput!) { submitTicketFeedback(input: $input) { feedback {
        rating responseTimeRating helpfulnessRating resolutionRating overallRating wouldRecommend suggestions comments } } }`,
      {
        input: {
          ticketId,
          rating: 2,
          responseTimeRating: 1,
          helpfulnessRating: 3,
          resolutionRating: 2,
          overallRating: 2,
          wouldRecommend: 4,
          suggestions: "Reply faster on staking questions",
          comments: "Slow response, rewards still missing",
        },
      },
      customer,
    );
    expect(ticketFeedback.errors).toBeUndefined();
    expect(ticketFeedback.data!.submitTicketFeedback.feedback).toEqual({
      rating: 2,
      responseTimeRating: 1,
      helpfulnessRating: 3,
      resolutionRating: 2,
      overallRating: 2,
      wouldRecommend: 4,
      suggestions: "Reply faster on staking questions",
      comments: "Slow response, rewards still missing",
    });

    const chat = await system.request(
      `mutation { startChat(input: { type: WEB, topic: "investment_support" }) { id } }`,
      {},
      customer,
    );
    const chatId = chat.data!.startChat.id;
    await system.db.prisma.chatSession.update({
      where: { id: chatId },
      data: { status: "RESOLVED", endedAt: new Date() },
    });
    const chatFeedback = await system.request(
      `mutation($input: SubmitChatFeedbackInput!) { submitChatFeedback(input: $input) { feedback { rating waitTimeRating agentRating resolved comments } } }`,
      {
        input: {
          chatId,
          rating: 5,
          waitTimeRating: 4,
          agentRating: 5,
          resolved: true,
          comments: "Friendly and helpful agent",
        },
      },
      customer,
    );
    expect(chatFeedback.errors).toBeUndefined();
    expect(chatFeedback.data!.submitChatFeedback.feedback).toEqual({
      rating: 5,
      waitTimeRating: 4,
      agentRating: 5,
      resolved: true,
      comments: "Friendly and helpful agent",
    });

    const trends = await system.request(
      `query($from: DateTime!, $to: DateTime!) { feedbackAnalytics(from: $from, to: $to) {
        responses averageRating csat nps distribution { rating count } aspects { aspect average responses }
        improvementAreas { aspect average } trendingIssues { categoryKey lowRatings previousLowRatings }
        positiveThemes { term count } negativeThemes { term count } } }`,
      { from: since, to: new Date(Date.now() + 60_000).toISOString() },
      supervisor,
    );
    expect(trends.errors).toBeUndefined();
    const f = trends.data!.feedbackAnalytics;
    expect(f.responses).toBe(2);
    expect(f.averageRating).toBeCloseTo(3.5, 6);
    expect(f.distribution).toEqual(
      expect.arrayContaining([
        { rating: 2, count: 1 },
        { rating: 5, count: 1 },
      ]),
    );
    const aspect = Object.fromEntries(f.aspects.map((a: { aspect: string; average: number }) => [a.aspect, a.average]));
    expect(aspect).toMatchObject({ responseTime: 1, helpfulness: 3, resolution: 2, overall: 2, waitTime: 4, agent: 5 });
    expect(f.improvementAreas.map((a: { aspect: string }) => a.aspect)).toEqual(
      expect.arrayContaining(["responseTime", "helpfulness", "resolution", "overall"]),
    );
    expect(f.improvementAreas.map((a: { aspect: string }) => a.aspect)).not.toContain("agent");
    expect(f.trendingIssues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ categoryKey: "investment_support", lowRatings: 1, previousLowRatings: 0 }),
      ]),
    );
    expect(f.negativeThemes.length + f.positiveThemes.length).toBeGreaterThan(0);
  });
});
