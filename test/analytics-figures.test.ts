/**
 * Every figure through the gateway, on a known generated history with hand-computed expectations.
 *
 * The history is fed through analytics' own ingestion (the function the bus consumer and the
 * outbox catch-up call), so it does not depend on the producers' features being finished; one
 * test still goes through a real producer (createTicket → ticket.created → counted).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";
import { ingestEvents } from "../subgraphs/analytics/event-log.js";
import { agentsNeeded } from "../subgraphs/analytics/figures.js";
import { feedbackThemes } from "../subgraphs/analytics/themes.js";
import type { DomainEvent } from "../shared/outbox.js";
import type { SubgraphName } from "../shared/config.js";

let system: TestSystem;
let supervisor: string;

// Current period: Monday 2026-03-02 → Monday 2026-03-09; previous: the week before.
const FROM = "2026-03-02T00:00:00.000Z";
const TO = "2026-03-09T00:00:00.000Z";
const PREVIOUS_FROM = "2026-02-23T00:00:00.000Z";
const AGENT_A = "aaaaaaaa-0000-4000-8000-000000000001";
const AGENT_B = "bbbbbbbb-0000-4000-8000-000000000002";

const ids = {
  T1: randomUUID(),
  T2: randomUUID(),
  T3: randomUUID(),
  T4: randomUUID(),
  T5: randomUUID(),
  P1: randomUUID(),
  P2: randomUUID(),
  C1: randomUUID(),
  C2: randomUUID(),
  C3: randomUUID(),
  C4: randomUUID(),
};

function event(type: string, aggregateId: string, at: string, payload: Record<string, unknown>): DomainEvent {
  const source = (
    type.startsWith("ticket.") ? "tickets" : type.startsWith("chat.") ? "chat" : "agents"
  ) as SubgraphName;
  return { id: randomUUID(), type, source, aggregateId, occurredAt: at, payload };
}

function ticket(id: string, at: string, p: { category: string; sub?: string; channel: string; language: string }) {
  return event("ticket.created", id, at, {
    ticketId: id,
    customerId: DEMO.customer.id,
    categoryKey: p.category,
    subcategoryKey: p.sub ?? null,
    priority: "MEDIUM",
    channel: p.channel,
    language: p.language,
  });
}
const firstReply = (id: string, at: string, agentId: string, seconds: number, slaMet: boolean) =>
  event("ticket.first_replied", id, at, {
    ticketId: id,
    agentId,
    firstResponseSeconds: seconds,
    businessSeconds: seconds,
    slaMet,
  });
const resolved = (id: string, at: string, agentId: string, seconds: number, slaMet: boolean) =>
  event("ticket.resolved", id, at, {
    ticketId: id,
    agentId,
    resolutionSeconds: seconds,
    businessSeconds: seconds,
    slaMet,
  });

const HISTORY: DomainEvent[] = [
  // T1 billing / EMAIL / en / agent A: first reply 600 s (met), resolved 7200 s (met).
  ticket(ids.T1, "2026-03-02T09:00:00Z", {
    category: "billing_support",
    sub: "billing_refund",
    channel: "EMAIL",
    language: "en",
  }),
  event("ticket.assigned", ids.T1, "2026-03-02T09:05:00Z", {
    ticketId: ids.T1,
    agentId: AGENT_A,
    categoryKey: "billing_support",
  }),
  firstReply(ids.T1, "2026-03-02T09:10:00Z", AGENT_A, 600, true),
  resolved(ids.T1, "2026-03-02T11:00:00Z", AGENT_A, 7200, true),
  // T2 billing / CHAT / ar / agent B: first reply 1800 s (met), resolved 14400 s (missed).
  ticket(ids.T2, "2026-03-03T10:00:00Z", {
    category: "billing_support",
    sub: "billing_refund",
    channel: "CHAT",
    language: "ar",
  }),
  event("ticket.assigned", ids.T2, "2026-03-03T10:01:00Z", {
    ticketId: ids.T2,
    agentId: AGENT_B,
    categoryKey: "billing_support",
  }),
  firstReply(ids.T2, "2026-03-03T10:30:00Z", AGENT_B, 1800, true),
  resolved(ids.T2, "2026-03-03T14:00:00Z", AGENT_B, 14400, false),
  // T3 investment / EMAIL / en / agent A: first reply 3600 s (missed), next reply breached, open.
  ticket(ids.T3, "2026-03-04T13:00:00Z", { category: "investment_support", channel: "EMAIL", language: "en" }),
  event("ticket.assigned", ids.T3, "2026-03-04T13:00:30Z", {
    ticketId: ids.T3,
    agentId: AGENT_A,
    categoryKey: "investment_support",
  }),
  firstReply(ids.T3, "2026-03-04T14:00:00Z", AGENT_A, 3600, false),
  event("ticket.sla_breached", ids.T3, "2026-03-05T14:00:00Z", {
    ticketId: ids.T3,
    target: "NEXT_REPLY",
    dueAt: "2026-03-05T13:00:00Z",
  }),
  // T4 investment / IN_APP / en: never answered, first-reply SLA breached, escalated.
  ticket(ids.T4, "2026-03-05T08:00:00Z", { category: "investment_support", channel: "IN_APP", language: "en" }),
  event("ticket.sla_breached", ids.T4, "2026-03-05T12:00:00Z", {
    ticketId: ids.T4,
    target: "FIRST_REPLY",
    dueAt: "2026-03-05T12:00:00Z",
  }),
  event("ticket.escalated", ids.T4, "2026-03-06T08:00:00Z", {
    ticketId: ids.T4,
    reason: "SLA",
    tier: 2,
    priority: "HIGH",
  }),
  // T5 billing / EMAIL / en / agent B: first reply 300 s (met), resolved then reopened → open.
  ticket(ids.T5, "2026-03-06T12:00:00Z", {
    category: "billing_support",
    sub: "billing_statement",
    channel: "EMAIL",
    language: "en",
  }),
  event("ticket.assigned", ids.T5, "2026-03-06T12:01:00Z", {
    ticketId: ids.T5,
    agentId: AGENT_B,
    categoryKey: "billing_support",
  }),
  firstReply(ids.T5, "2026-03-06T12:05:00Z", AGENT_B, 300, true),
  resolved(ids.T5, "2026-03-06T13:00:00Z", AGENT_B, 3600, true),
  event("ticket.reopened", ids.T5, "2026-03-06T15:00:00Z", { ticketId: ids.T5 }),
  // Previous week: two billing tickets, first replies 600 s.
  ticket(ids.P1, "2026-02-24T09:00:00Z", { category: "billing_support", channel: "EMAIL", language: "en" }),
  firstReply(ids.P1, "2026-02-24T09:10:00Z", AGENT_A, 600, true),
  resolved(ids.P1, "2026-02-24T10:00:00Z", AGENT_A, 3600, true),
  ticket(ids.P2, "2026-02-25T09:00:00Z", { category: "billing_support", channel: "EMAIL", language: "en" }),
  firstReply(ids.P2, "2026-02-25T09:10:00Z", AGENT_A, 600, true),
  // Chats: C1 (A, en, billing) waited 60 s, lasted 600 s; C2 (B, ar) 120 s / 900 s; C3 abandoned after 300 s; C4 active after 30 s.
  event("chat.started", ids.C1, "2026-03-02T10:00:00Z", {
    chatId: ids.C1,
    customerId: DEMO.customer.id,
    type: "WEB",
    language: "en",
    topic: "billing_support",
  }),
  event("chat.answered", ids.C1, "2026-03-02T10:01:00Z", { chatId: ids.C1, agentId: AGENT_A, waitSeconds: 60 }),
  event("chat.ended", ids.C1, "2026-03-02T10:11:00Z", {
    chatId: ids.C1,
    agentId: AGENT_A,
    status: "RESOLVED",
    durationSeconds: 600,
  }),
  event("chat.started", ids.C2, "2026-03-02T10:30:00Z", {
    chatId: ids.C2,
    customerId: DEMO.customer.id,
    type: "WEB",
    language: "ar",
    topic: "investment_support",
  }),
  event("chat.answered", ids.C2, "2026-03-02T10:32:00Z", { chatId: ids.C2, agentId: AGENT_B, waitSeconds: 120 }),
  event("chat.ended", ids.C2, "2026-03-02T10:47:00Z", {
    chatId: ids.C2,
    agentId: AGENT_B,
    status: "RESOLVED",
    durationSeconds: 900,
  }),
  event("chat.started", ids.C3, "2026-03-03T14:00:00Z", {
    chatId: ids.C3,
    customerId: DEMO.customer.id,
    type: "WEB",
    language: "en",
    topic: null,
  }),
  event("chat.abandoned", ids.C3, "2026-03-03T14:05:00Z", { chatId: ids.C3, agentId: null, waitSeconds: 300 }),
  event("chat.started", ids.C4, "2026-03-04T14:00:00Z", {
    chatId: ids.C4,
    customerId: DEMO.customer.id,
    type: "WEB",
    language: "en",
    topic: null,
  }),
  event("chat.answered", ids.C4, "2026-03-04T14:00:30Z", { chatId: ids.C4, agentId: AGENT_A, waitSeconds: 30 }),
  // Presence: A online 08:00–16:00 (8 h); B online since before the period, BUSY at 06:00, OFFLINE at 10:00 (10 h in period).
  event("agent.status_changed", AGENT_B, "2026-03-01T20:00:00Z", { agentId: AGENT_B, from: "OFFLINE", to: "ONLINE" }),
  event("agent.status_changed", AGENT_A, "2026-03-02T08:00:00Z", { agentId: AGENT_A, from: "OFFLINE", to: "ONLINE" }),
  event("agent.status_changed", AGENT_B, "2026-03-02T06:00:00Z", { agentId: AGENT_B, from: "ONLINE", to: "BUSY" }),
  event("agent.status_changed", AGENT_B, "2026-03-02T10:00:00Z", { agentId: AGENT_B, from: "BUSY", to: "OFFLINE" }),
  event("agent.status_changed", AGENT_A, "2026-03-02T16:00:00Z", { agentId: AGENT_A, from: "ONLINE", to: "OFFLINE" }),
];

const COMMENTS = [
  { rating: 5, text: "The agent was very helpful and quick" },
  { rating: 4, text: "Quick and helpful answer" },
  { rating: 2, text: "Slow response, I waited two days for a slow reply" },
  { rating: 3, text: "It was ok" },
  { rating: 5, text: "Helpful friendly agent" },
];
// Feedback: ratings 5, 4, 2, 3, 5; wouldRecommend 10, 9, 3, 7, 8.
const FEEDBACK = [
  {
    itemId: ids.T1,
    agentId: AGENT_A,
    categoryKey: "billing_support",
    channel: "EMAIL",
    language: "en",
    rating: 5,
    wouldRecommend: 10,
    helpfulnessRating: 5,
    createdAt: "2026-03-02T12:00:00Z",
  },
  {
    itemId: ids.T2,
    agentId: AGENT_B,
    categoryKey: "billing_support",
    channel: "CHAT",
    language: "ar",
    rating: 4,
    wouldRecommend: 9,
    helpfulnessRating: 4,
    createdAt: "2026-03-03T15:00:00Z",
  },
  {
    itemId: ids.T3,
    agentId: AGENT_A,
    categoryKey: "billing_support",
    channel: "EMAIL",
    language: "en",
    rating: 2,
    wouldRecommend: 3,
    helpfulnessRating: 2,
    createdAt: "2026-03-04T15:00:00Z",
  },
  {
    itemId: ids.T4,
    agentId: null,
    categoryKey: "investment_support",
    channel: "IN_APP",
    language: "en",
    rating: 3,
    wouldRecommend: 7,
    helpfulnessRating: null,
    createdAt: "2026-03-05T15:00:00Z",
  },
  {
    itemId: ids.T5,
    agentId: AGENT_B,
    categoryKey: "investment_support",
    channel: "EMAIL",
    language: "en",
    rating: 5,
    wouldRecommend: 8,
    helpfulnessRating: null,
    createdAt: "2026-03-06T15:00:00Z",
  },
];

beforeAll(async () => {
  system = await startTestSystem({ env: { ANALYTICS_MAX_RANGE_DAYS: "60" } });
  supervisor = await system.token("supervisor");
  // Out of order on purpose (the rollup must not depend on arrival order), and twice (exactly once).
  const shuffled = [...HISTORY].reverse();
  expect(await ingestEvents(system.db, shuffled)).toBe(HISTORY.length);
  expect(await ingestEvents(system.db, HISTORY)).toBe(0);
  for (const [i, f] of FEEDBACK.entries()) {
    await system.db.prisma.analyticsFeedback.create({
      data: {
        kind: "TICKET",
        customerId: DEMO.customer.id,
        ...f,
        createdAt: new Date(f.createdAt),
        comments: COMMENTS[i].text,
      },
    });
  }
});

afterAll(async () => {
  await system?.close();
});

const METRICS = `query($from: DateTime!, $to: DateTime!, $filter: MetricsFilter) {
  supportMetrics(from: $from, to: $to, filter: $filter) {
    ticketsTotal ticketsResolved ticketsOpen ticketsEscalated
    resolutionAverageSeconds resolutionMedianSeconds resolutionBusinessAverageSeconds
    firstResponseMeanSeconds firstResponseMedianSeconds firstResponseP90Seconds firstResponseBusinessMeanSeconds
    sla { target met total ratio }
    chatsTotal chatsAnswered chatsAbandoned chatAverageDurationSeconds chatAbandonmentRate chatWaitAverageSeconds chatWaitP90Seconds
    feedbackResponses averageRating csat nps npsResponses
    onlineHours agentUtilization agentProductivity
  } }`;

async function metrics(filter?: Record<string, unknown>) {
  const result = await system.request(METRICS, { from: FROM, to: TO, filter }, supervisor);
  expect(result.errors).toBeUndefined();
  return result.data!.supportMetrics;
}

describe("supportMetrics on a known history", () => {
  it("computes every figure for the whole desk", async () => {
    const m = await metrics();
    expect(m).toMatchObject({
      ticketsTotal: 5,
      ticketsResolved: 2, // T1, T2 (T5 was reopened)
      ticketsOpen: 3,
      ticketsEscalated: 1,
      resolutionAverageSeconds: 10800, // (7200 + 14400) / 2
      resolutionMedianSeconds: 10800,
      resolutionBusinessAverageSeconds: 10800,
      firstResponseMeanSeconds: 1575, // (600 + 1800 + 3600 + 300) / 4
      firstResponseMedianSeconds: 1200, // (600 + 1800) / 2
      firstResponseBusinessMeanSeconds: 1575,
      chatsTotal: 4,
      chatsAnswered: 3,
      chatsAbandoned: 1,
      chatAverageDurationSeconds: 750, // (600 + 900) / 2
      chatAbandonmentRate: 0.25,
      chatWaitAverageSeconds: 127.5, // (60 + 120 + 300 + 30) / 4
      feedbackResponses: 5,
      averageRating: 3.8,
      csat: 0.6, // 5, 4, 5 of 5 ratings
      nps: 20, // promoters 10, 9; detractor 3 → (2 − 1) / 5
      npsResponses: 5,
      onlineHours: 18, // A 8 h + B 10 h
    });
    expect(m.firstResponseP90Seconds).toBeCloseTo(3060, 6); // 1800 + 0.7 × (3600 − 1800)
    expect(m.chatWaitP90Seconds).toBeCloseTo(246, 6); // 120 + 0.7 × (300 − 120)
    // Busy time while online / online time: A chats 10:01–10:11 while online (600 s); B answered C2 after going OFFLINE (not counted).
    expect(m.agentUtilization).toBeCloseTo(600 / (18 * 3600), 9);
    expect(m.agentProductivity).toBeCloseTo(2 / 18, 9); // resolved in period / online hours
    expect(m.sla).toEqual([
      { target: "FIRST_REPLY", met: 3, total: 5, ratio: 0.6 }, // T4 breached without a reply counts as missed
      { target: "NEXT_REPLY", met: 3, total: 4, ratio: 0.75 }, // T3 breached
      { target: "RESOLUTION", met: 1, total: 2, ratio: 0.5 },
    ]);
  });

  it("filters by category, channel, language and agent", async () => {
    const billing = await metrics({ category: "billing_support" });
    expect(billing).toMatchObject({
      ticketsTotal: 3,
      ticketsResolved: 2,
      firstResponseMedianSeconds: 600,
      chatsTotal: 1,
      feedbackResponses: 3,
    });
    expect(billing.csat).toBeCloseTo(2 / 3, 9);
    const bySubcategory = await metrics({ category: "billing_refund" });
    expect(bySubcategory).toMatchObject({ ticketsTotal: 2, ticketsResolved: 2 });
    const email = await metrics({ channel: "EMAIL" });
    expect(email).toMatchObject({ ticketsTotal: 3, chatsTotal: 0, feedbackResponses: 3 });
    const arabic = await metrics({ language: "ar" });
    expect(arabic).toMatchObject({
      ticketsTotal: 1,
      firstResponseMeanSeconds: 1800,
      chatsTotal: 1,
      chatWaitAverageSeconds: 120,
    });
    const agentA = await metrics({ agentId: AGENT_A });
    expect(agentA).toMatchObject({
      ticketsTotal: 2,
      ticketsResolved: 1,
      chatsTotal: 2,
      onlineHours: 8,
      feedbackResponses: 2,
    });
    expect(agentA.agentUtilization).toBeCloseTo(600 / (8 * 3600), 9);
    expect(agentA.agentProductivity).toBeCloseTo(1 / 8, 9);
  });

  it("gives empty figures (nulls, zeros) for a quiet period", async () => {
    const result = await system.request(
      METRICS,
      { from: "2025-01-01T00:00:00Z", to: "2025-01-02T00:00:00Z" },
      supervisor,
    );
    expect(result.data!.supportMetrics).toMatchObject({
      ticketsTotal: 0,
      firstResponseMedianSeconds: null,
      chatsTotal: 0,
      chatAbandonmentRate: null,
      csat: null,
      nps: null,
      agentUtilization: null,
    });
  });
});

describe("performanceReport", () => {
  const REPORT = `query($type: PerformanceReportType!, $from: DateTime!, $to: DateTime!) {
    performanceReport(type: $type, from: $from, to: $to) {
      type previousFrom previousTo
      summary { ticketsTotal } previous { ticketsTotal firstResponseP90Seconds }
      trends { metric previous current relative }
      insights { id severity message category }
      recommendations { id because message }
      agents { agentId agent { id } ticketsTotal ticketsResolved chatsHandled onlineHours feedbackResponses csat }
      queue { hour chatArrivals ticketArrivals chatArrivalRatePerHour averageChatWaitSeconds averageChatHandleSeconds }
      capacity { hour arrivalRatePerHour averageHandleSeconds agentsNeeded }
      satisfaction { responses csat nps negativeThemes { term } positiveThemes { term } }
      commonIssues { kind key tickets share }
    } }`;

  it("EXECUTIVE: trend vs the previous period of equal length, with rule-derived insights", async () => {
    const result = await system.request(REPORT, { type: "EXECUTIVE", from: FROM, to: TO }, supervisor);
    expect(result.errors).toBeUndefined();
    const report = result.data!.performanceReport;
    expect(report.previousFrom).toBe(PREVIOUS_FROM);
    expect(report.previousTo).toBe(FROM);
    expect(report.previous).toEqual({ ticketsTotal: 2, firstResponseP90Seconds: 600 });
    const trend = report.trends.find((t: any) => t.metric === "ticketsTotal");
    expect(trend).toEqual({ metric: "ticketsTotal", previous: 2, current: 5, relative: 1.5 });
    const insights = Object.fromEntries(report.insights.map((i: any) => [i.id, i]));
    // p90 600 s → 3060 s (+410%): critical; volume 2 → 5: warning; first-reply SLA 60% and CSAT 60%: below critical thresholds.
    expect(insights["worse:firstResponseP90Seconds"]).toMatchObject({ severity: "CRITICAL", category: null });
    expect(insights["worse:firstResponseP90Seconds"].message).toMatch(
      /^First response p90 rose 410% vs the previous period/,
    );
    expect(insights["volume-up:ticketsTotal"]).toMatchObject({ severity: "WARNING" });
    expect(insights["below:slaComplianceFirstReply"]).toMatchObject({ severity: "CRITICAL" });
    expect(insights["below:csat"]).toMatchObject({ severity: "CRITICAL" });
    // Categories under 10 tickets are too noisy for per-category rules.
    expect(report.insights.every((i: any) => i.category === null)).toBe(true);
    expect(report.recommendations.map((r: any) => r.id)).toEqual(
      expect.arrayContaining(["firstResponse", "satisfaction", "volume"]),
    );
    expect(report.agents).toEqual([]);
  });

  it("OPERATIONAL: per-agent breakdown, queue by hour of day and Erlang C capacity", async () => {
    const result = await system.request(REPORT, { type: "OPERATIONAL", from: FROM, to: TO }, supervisor);
    expect(result.errors).toBeUndefined();
    const report = result.data!.performanceReport;
    const agents = Object.fromEntries(report.agents.map((a: any) => [a.agentId, a]));
    expect(agents[AGENT_A]).toMatchObject({
      agent: { id: AGENT_A },
      ticketsTotal: 2,
      ticketsResolved: 1,
      chatsHandled: 2,
      onlineHours: 8,
      feedbackResponses: 2,
      csat: 0.5,
    });
    expect(agents[AGENT_B]).toMatchObject({
      ticketsTotal: 2,
      ticketsResolved: 1,
      chatsHandled: 1,
      onlineHours: 10,
      feedbackResponses: 2,
      csat: 1,
    });
    expect(report.queue).toHaveLength(24);
    const hour = (h: number) => report.queue[h];
    expect(hour(10)).toMatchObject({
      chatArrivals: 2,
      ticketArrivals: 1,
      averageChatWaitSeconds: 90,
      averageChatHandleSeconds: 750,
    });
    expect(hour(10).chatArrivalRatePerHour).toBeCloseTo(2 / 7, 9);
    expect(hour(14)).toMatchObject({ chatArrivals: 2, averageChatWaitSeconds: 165, averageChatHandleSeconds: null });
    expect(hour(3)).toMatchObject({ chatArrivals: 0, ticketArrivals: 0, averageChatWaitSeconds: null });
    const expected = agentsNeeded({
      arrivalRatePerHour: 2 / 7,
      averageHandleSeconds: 750,
      targetWaitSeconds: 60,
      targetServiceLevel: 0.8,
    });
    expect(expected).toBeGreaterThan(0);
    expect(report.capacity[10]).toMatchObject({ hour: 10, averageHandleSeconds: 750, agentsNeeded: expected });
    expect(report.capacity[14]).toMatchObject({ averageHandleSeconds: 750, agentsNeeded: expected }); // falls back to the period's handle time
    expect(report.capacity[3].agentsNeeded).toBe(0);
  });

  it("CUSTOMER_INSIGHTS: satisfaction, common issues and feedback themes", async () => {
    const result = await system.request(REPORT, { type: "CUSTOMER_INSIGHTS", from: FROM, to: TO }, supervisor);
    expect(result.errors).toBeUndefined();
    const report = result.data!.performanceReport;
    expect(report.satisfaction).toMatchObject({ responses: 5, csat: 0.6, nps: 20 });
    expect(report.commonIssues).toEqual([
      { kind: "CATEGORY", key: "billing_support", tickets: 3, share: 0.6 },
      { kind: "CATEGORY", key: "investment_support", tickets: 2, share: 0.4 },
      { kind: "SUBCATEGORY", key: "billing_refund", tickets: 2, share: 0.4 },
      { kind: "SUBCATEGORY", key: "billing_statement", tickets: 1, share: 0.2 },
    ]);
    const themes = feedbackThemes(COMMENTS);
    expect(report.satisfaction.negativeThemes.map((t: any) => t.term)).toEqual(themes.negative.map((t) => t.term));
    expect(report.satisfaction.positiveThemes.map((t: any) => t.term)).toEqual(themes.positive.map((t) => t.term));
    expect(report.satisfaction.negativeThemes.map((t: any) => t.term).join(" ")).toMatch(/slow/i);
    expect(report.satisfaction.positiveThemes.map((t: any) => t.term).join(" ")).toMatch(/helpful/i);
  });
});

describe("feedbackAnalytics", () => {
  it("gives the distribution, aspects below 4 as improvement areas and trending low-rated categories", async () => {
    const result = await system.request(
      `query($from: DateTime!, $to: DateTime!) { feedbackAnalytics(from: $from, to: $to) {
        responses averageRating csat nps distribution { rating count } improvementAreas { aspect average responses }
        trendingIssues { categoryKey lowRatings previousLowRatings averageRating } } }`,
      { from: FROM, to: TO },
      supervisor,
    );
    expect(result.errors).toBeUndefined();
    const f = result.data!.feedbackAnalytics;
    expect(f).toMatchObject({ responses: 5, averageRating: 3.8, csat: 0.6, nps: 20 });
    expect(f.distribution).toEqual([
      { rating: 1, count: 0 },
      { rating: 2, count: 1 },
      { rating: 3, count: 1 },
      { rating: 4, count: 1 },
      { rating: 5, count: 2 },
    ]);
    expect(f.improvementAreas).toHaveLength(1);
    expect(f.improvementAreas[0]).toMatchObject({ aspect: "helpfulness", responses: 3 });
    expect(f.improvementAreas[0].average).toBeCloseTo(11 / 3, 9);
    expect(f.trendingIssues).toEqual([
      { categoryKey: "billing_support", lowRatings: 1, previousLowRatings: 0, averageRating: 11 / 3 },
    ]);
  });
});

describe("metricSeries", () => {
  const SERIES = `query($metric: SeriesMetric!, $from: DateTime!, $to: DateTime!, $bucket: MetricBucket!) {
    metricSeries(metric: $metric, from: $from, to: $to, bucket: $bucket) { start value count } }`;

  it("buckets by day, week and hour, empty buckets included", async () => {
    const daily = await system.request(
      SERIES,
      { metric: "TICKETS_CREATED", from: FROM, to: TO, bucket: "DAY" },
      supervisor,
    );
    expect(daily.errors).toBeUndefined();
    expect(daily.data!.metricSeries.map((p: any) => [p.start.slice(0, 10), p.value])).toEqual([
      ["2026-03-02", 1],
      ["2026-03-03", 1],
      ["2026-03-04", 1],
      ["2026-03-05", 1],
      ["2026-03-06", 1],
      ["2026-03-07", 0],
      ["2026-03-08", 0],
    ]);
    const weekly = await system.request(
      SERIES,
      { metric: "TICKETS_CREATED", from: PREVIOUS_FROM, to: TO, bucket: "WEEK" },
      supervisor,
    );
    expect(weekly.data!.metricSeries.map((p: any) => [p.start, p.value])).toEqual([
      [PREVIOUS_FROM, 2],
      [FROM, 5],
    ]);
    const hourly = await system.request(
      SERIES,
      { metric: "TICKETS_CREATED", from: FROM, to: "2026-03-03T00:00:00Z", bucket: "HOUR" },
      supervisor,
    );
    const hours = hourly.data!.metricSeries;
    expect(hours).toHaveLength(24);
    expect(hours.filter((p: any) => p.value > 0).map((p: any) => p.start)).toEqual(["2026-03-02T09:00:00.000Z"]);
    const waits = await system.request(
      SERIES,
      { metric: "CHAT_WAIT_AVERAGE", from: FROM, to: "2026-03-05T00:00:00Z", bucket: "DAY" },
      supervisor,
    );
    expect(waits.data!.metricSeries.map((p: any) => [p.value, p.count])).toEqual([
      [90, 2],
      [300, 1],
      [30, 1],
    ]);
    const nps = await system.request(
      SERIES,
      { metric: "NPS", from: FROM, to: "2026-03-04T00:00:00Z", bucket: "DAY" },
      supervisor,
    );
    expect(nps.data!.metricSeries.map((p: any) => p.value)).toEqual([100, 100]);
  });

  it("applies the same filters as supportMetrics", async () => {
    const FILTERED = `query($metric: SeriesMetric!, $filter: MetricsFilter) { metricSeries(metric: $metric, from: "${FROM}", to: "${TO}", bucket: DAY, filter: $filter) { value } }`;
    const billing = await system.request(
      FILTERED,
      { metric: "TICKETS_CREATED", filter: { category: "billing_support" } },
      supervisor,
    );
    expect(billing.data!.metricSeries.map((p: any) => p.value)).toEqual([1, 1, 0, 0, 1, 0, 0]);
    const emailChats = await system.request(
      FILTERED,
      { metric: "CHATS_STARTED", filter: { channel: "EMAIL" } },
      supervisor,
    );
    expect(emailChats.data!.metricSeries.map((p: any) => p.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const agentA = await system.request(
      FILTERED,
      { metric: "FIRST_RESPONSE_MEDIAN", filter: { agentId: AGENT_A } },
      supervisor,
    );
    expect(agentA.data!.metricSeries.map((p: any) => p.value)).toEqual([600, null, 3600, null, null, null, null]);
  });
});

describe("bad input and access", () => {
  it("rejects to before from, ranges over ANALYTICS_MAX_RANGE_DAYS and bad filters with BAD_USER_INPUT", async () => {
    const backwards = await system.request(METRICS, { from: TO, to: FROM }, supervisor);
    expect(backwards.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const tooLong = await system.request(
      METRICS,
      { from: "2026-01-01T00:00:00Z", to: "2026-03-03T00:00:00Z" },
      supervisor,
    );
    expect(tooLong.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooLong.errors?.[0].message).toMatch(/60 days/);
    const badAgent = await system.request(METRICS, { from: FROM, to: TO, filter: { agentId: "nope" } }, supervisor);
    expect(badAgent.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const report = await system.request(
      `{ performanceReport(type: EXECUTIVE, from: "${TO}", to: "${FROM}") { type } }`,
      {},
      supervisor,
    );
    expect(report.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const series = await system.request(
      `{ metricSeries(metric: CSAT, from: "${TO}", to: "${FROM}", bucket: DAY) { value } }`,
      {},
      supervisor,
    );
    expect(series.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps figures from customers and agents", async () => {
    const customer = await system.request(METRICS, { from: FROM, to: TO }, await system.token("customer"));
    expect(customer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const agent = await system.request(METRICS, { from: FROM, to: TO }, await system.token("agent"));
    expect(agent.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("through a real producer", () => {
  it("counts a ticket created through the gateway (createTicket → ticket.created → ticket_facts)", async () => {
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const filter = { language: "en" };
    const before = (await system.request(METRICS, { from, to, filter }, supervisor)).data!.supportMetrics.ticketsTotal;
    const created = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          channel: "EMAIL",
          subject: "Where is my statement?",
          description: "My monthly statement did not arrive.",
          language: "en",
        },
      },
      await system.token("customer"),
    );
    expect(created.errors).toBeUndefined();
    const ticketId = created.data!.createTicket.id;
    await eventually(
      async () => (await system.db.prisma.analyticsTicketFact.findUnique({ where: { ticketId } }))?.createdAt,
      45_000,
    );
    const after = (await system.request(METRICS, { from, to, filter }, supervisor)).data!.supportMetrics.ticketsTotal;
    // At least: with a shared Redis, other test systems' tickets may be counted too.
    expect(after).toBeGreaterThanOrEqual(before + 1);
    const fact = await system.db.prisma.analyticsTicketFact.findUniqueOrThrow({ where: { ticketId } });
    expect(fact).toMatchObject({ language: "en", channel: "EMAIL", customerId: DEMO.customer.id });
    expect(
      await system.db.prisma.analyticsEvent.count({ where: { aggregateId: ticketId, type: "ticket.created" } }),
    ).toBe(1);
  }, 60_000);
});
