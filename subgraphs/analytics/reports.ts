/**
 * Reports built from the SQL figures: performance reports (executive / operational / customer
 * insights), time series for charts and feedback analytics.
 */
import { badInput } from "../../shared/errors.js";
import { agentsNeeded } from "./figures.js";
import type { SqlRunner } from "./rollups.js";
import { deriveInsights, type Figures, type Insight, type PeriodComparison, type Recommendation } from "./insights.js";
import {
  chatFigures,
  EMPTY_SATISFACTION,
  EMPTY_TICKETS,
  agentTime,
  previousPeriod,
  resolvedInPeriod,
  satisfactionFigures,
  supportMetrics,
  ticketFigures,
  workforce,
  type MetricsFilter,
  type Range,
  type SatisfactionFigures,
  type SupportMetrics,
  type TicketFigures,
} from "./metrics.js";
import { feedbackThemes, type FeedbackTheme } from "./themes.js";

const ts = (date: Date) => date.toISOString().replace("Z", "");

// ---------------------------------------------------------------------------------------------
// Insight figures

const slaRatio = (t: TicketFigures, target: string) => t.sla.find((s) => s.target === target)?.ratio ?? null;

export function toInsightFigures(m: TicketFigures & Partial<SupportMetrics> & SatisfactionFigures): Figures {
  return {
    ticketsTotal: m.ticketsTotal,
    ticketsResolved: m.ticketsResolved,
    firstResponseP90Seconds: m.firstResponseP90Seconds,
    firstResponseMedianSeconds: m.firstResponseMedianSeconds,
    resolutionMedianSeconds: m.resolutionMedianSeconds,
    slaComplianceFirstReply: slaRatio(m, "FIRST_REPLY"),
    slaComplianceResolution: slaRatio(m, "RESOLUTION"),
    csat: m.csat,
    nps: m.nps,
    chatAbandonmentRate: m.chatAbandonmentRate ?? null,
    chatWaitP90Seconds: m.chatWaitP90Seconds ?? null,
  };
}

export interface MetricTrend {
  metric: keyof Figures;
  previous: number | null;
  current: number | null;
  relative: number | null;
}

export function trendsOf(current: Figures, previous: Figures): MetricTrend[] {
  return (Object.keys(current) as (keyof Figures)[]).map((metric) => {
    const c = current[metric];
    const p = previous[metric];
    return {
      metric,
      previous: p,
      current: c,
      relative: c === null || p === null || p === 0 ? null : (c - p) / Math.abs(p),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Operational sections

export interface AgentPerformance extends Omit<TicketFigures, "sla">, SatisfactionFigures {
  agentId: string;
  chatsHandled: number;
  chatAverageDurationSeconds: number | null;
  ticketsResolvedInPeriod: number;
  onlineHours: number;
  agentUtilization: number | null;
  agentProductivity: number | null;
}

export async function agentBreakdown(db: SqlRunner, range: Range): Promise<AgentPerformance[]> {
  const [tickets, chats, satisfaction, online, resolved] = await Promise.all([
    ticketFigures(db, range, {}, "agentId"),
    chatFigures(db, range, {}, "agentId"),
    satisfactionFigures(db, range, {}, "agentId"),
    agentTime(db, range),
    resolvedInPeriod(db, range),
  ]);
  const ids = new Set<string>();
  for (const map of [tickets, chats, satisfaction, online, resolved] as Map<string | null, unknown>[])
    for (const key of map.keys()) if (key) ids.add(key);
  return [...ids].sort().map((agentId) => {
    const { sla: _sla, ...t } = tickets.get(agentId) ?? EMPTY_TICKETS;
    const c = chats.get(agentId);
    const time = online.get(agentId) ?? { online: 0, busy: 0 };
    const done = resolved.get(agentId) ?? 0;
    return {
      agentId,
      ...t,
      ...(satisfaction.get(agentId) ?? EMPTY_SATISFACTION),
      chatsHandled: c?.chatsTotal ?? 0,
      chatAverageDurationSeconds: c?.chatAverageDurationSeconds ?? null,
      ticketsResolvedInPeriod: done,
      ...workforce(time.online, time.busy, done),
    };
  });
}

export interface HourlyQueue {
  hour: number;
  chatArrivals: number;
  ticketArrivals: number;
  /** Average arrivals per calendar hour at this hour of day over the period. */
  chatArrivalRatePerHour: number;
  averageChatWaitSeconds: number | null;
  maxChatWaitSeconds: number | null;
  averageChatHandleSeconds: number | null;
  averageTicketFirstResponseSeconds: number | null;
}

/** Arrivals and waits by hour of day (UTC). */
export async function queueByHour(db: SqlRunner, range: Range): Promise<HourlyQueue[]> {
  const params = [ts(range.from), ts(range.to)];
  const [chats, tickets] = await Promise.all([
    db.query<Record<string, unknown>>(
      `SELECT extract(hour FROM c."startedAt")::int AS hour, count(*) AS n, avg(c."waitSeconds") AS wait, max(c."waitSeconds") AS "maxWait",
         avg(c."durationSeconds") FILTER (WHERE c."outcome" = 'chat.ended') AS handle
       FROM "analytics"."chat_facts" c WHERE c."startedAt" >= $1::timestamp AND c."startedAt" < $2::timestamp GROUP BY 1`,
      params,
    ),
    db.query<Record<string, unknown>>(
      `SELECT extract(hour FROM t."createdAt")::int AS hour, count(*) AS n, avg(t."firstResponseSeconds") AS fr
       FROM "analytics"."ticket_facts" t WHERE t."createdAt" >= $1::timestamp AND t."createdAt" < $2::timestamp GROUP BY 1`,
      params,
    ),
  ]);
  const days = Math.max((range.to.getTime() - range.from.getTime()) / 86_400_000, 1 / 24);
  const byHour = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [Number(r.hour), r]));
  const c = byHour(chats);
  const t = byHour(tickets);
  return Array.from({ length: 24 }, (_, hour) => {
    const chat = c.get(hour);
    const ticket = t.get(hour);
    const arrivals = Number(chat?.n ?? 0);
    return {
      hour,
      chatArrivals: arrivals,
      ticketArrivals: Number(ticket?.n ?? 0),
      chatArrivalRatePerHour: arrivals / Math.max(days, 1),
      averageChatWaitSeconds: chat?.wait == null ? null : Number(chat.wait),
      maxChatWaitSeconds: chat?.maxWait == null ? null : Number(chat.maxWait),
      averageChatHandleSeconds: chat?.handle == null ? null : Number(chat.handle),
      averageTicketFirstResponseSeconds: ticket?.fr == null ? null : Number(ticket.fr),
    };
  });
}

export interface CapacityPlan {
  hour: number;
  arrivalRatePerHour: number;
  averageHandleSeconds: number | null;
  agentsNeeded: number;
}

export const DEFAULT_HANDLE_SECONDS = 600;

/**
 * Agents needed per hour of day so that `targetServiceLevel` of chats wait at most
 * `targetWaitSeconds` (Erlang C), from the period's arrival rates and average handle time (the
 * hour's own when it has ended chats, else the period's, else DEFAULT_HANDLE_SECONDS).
 */
export function capacityPlan(
  queue: HourlyQueue[],
  target: { targetWaitSeconds: number; targetServiceLevel: number },
): CapacityPlan[] {
  const handled = queue.filter((h) => h.averageChatHandleSeconds !== null);
  const weight = handled.reduce((sum, h) => sum + h.chatArrivals, 0);
  const overallHandle =
    weight > 0
      ? handled.reduce((sum, h) => sum + (h.averageChatHandleSeconds as number) * h.chatArrivals, 0) / weight
      : null;
  return queue.map((h) => {
    const averageHandleSeconds = h.averageChatHandleSeconds ?? overallHandle;
    return {
      hour: h.hour,
      arrivalRatePerHour: h.chatArrivalRatePerHour,
      averageHandleSeconds,
      agentsNeeded: agentsNeeded({
        arrivalRatePerHour: h.chatArrivalRatePerHour,
        averageHandleSeconds: averageHandleSeconds ?? DEFAULT_HANDLE_SECONDS,
        targetWaitSeconds: target.targetWaitSeconds,
        targetServiceLevel: target.targetServiceLevel,
      }),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Customer insights

export interface IssueCount {
  kind: "CATEGORY" | "SUBCATEGORY";
  key: string;
  tickets: number;
  /** Share of the period's tickets, 0–1. */
  share: number;
}

export async function commonIssues(db: SqlRunner, range: Range, limit = 10): Promise<IssueCount[]> {
  const rows = await db.query<{ kind: "CATEGORY" | "SUBCATEGORY"; key: string; n: unknown; total: unknown }>(
    `WITH cohort AS (SELECT "categoryKey", "subcategoryKey" FROM "analytics"."ticket_facts" WHERE "createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp),
     total AS (SELECT count(*) AS total FROM cohort)
     SELECT * FROM (
       (SELECT 'CATEGORY' AS kind, "categoryKey" AS key, count(*) AS n FROM cohort WHERE "categoryKey" IS NOT NULL GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT $3)
       UNION ALL
       (SELECT 'SUBCATEGORY', "subcategoryKey", count(*) FROM cohort WHERE "subcategoryKey" IS NOT NULL GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT $3)
     ) x CROSS JOIN total ORDER BY kind, n DESC, key`,
    [ts(range.from), ts(range.to), limit],
  );
  return rows.map((r) => ({
    kind: r.kind,
    key: r.key,
    tickets: Number(r.n),
    share: Number(r.total) === 0 ? 0 : Number(r.n) / Number(r.total),
  }));
}

export interface RatingCount {
  rating: number;
  count: number;
}
export interface AspectScore {
  aspect: string;
  average: number | null;
  responses: number;
}
export interface TrendingIssue {
  categoryKey: string;
  lowRatings: number;
  previousLowRatings: number;
  averageRating: number | null;
}
export interface FeedbackAnalytics extends SatisfactionFigures {
  from: Date;
  to: Date;
  distribution: RatingCount[];
  aspects: AspectScore[];
  improvementAreas: AspectScore[];
  trendingIssues: TrendingIssue[];
  positiveThemes: FeedbackTheme[];
  negativeThemes: FeedbackTheme[];
}

const ASPECTS = [
  "responseTimeRating",
  "helpfulnessRating",
  "resolutionRating",
  "overallRating",
  "waitTimeRating",
  "agentRating",
] as const;
/** Aspects averaging below this (on 1–5) are improvement areas, worst first. */
export const IMPROVEMENT_AREA_THRESHOLD = 4;
/** Most recent comments analysed for themes (text has to be read; the rest is SQL). */
export const THEME_COMMENT_LIMIT = 5000;

export async function feedbackAnalytics(db: SqlRunner, range: Range): Promise<FeedbackAnalytics> {
  const previous = previousPeriod(range);
  const params = [ts(range.from), ts(range.to)];
  const [satisfaction, distribution, aspectRow, trending, comments] = await Promise.all([
    satisfactionFigures(db, range),
    db.query<{ rating: number; n: unknown }>(
      `SELECT "rating", count(*) AS n FROM "analytics"."feedback" WHERE "createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp GROUP BY 1`,
      params,
    ),
    db.query<Record<string, unknown>>(
      `SELECT ${ASPECTS.map((a) => `avg("${a}") AS "${a}", count("${a}") AS "${a}N"`).join(", ")}
       FROM "analytics"."feedback" WHERE "createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp`,
      params,
    ),
    db.query<{ categoryKey: string; low: unknown; previousLow: unknown; avg: unknown }>(
      `SELECT "categoryKey",
         count(*) FILTER (WHERE "rating" <= 2 AND "createdAt" >= $1::timestamp) AS low,
         count(*) FILTER (WHERE "rating" <= 2 AND "createdAt" < $1::timestamp) AS "previousLow",
         avg("rating") FILTER (WHERE "createdAt" >= $1::timestamp) AS avg
       FROM "analytics"."feedback"
       WHERE "createdAt" >= $3::timestamp AND "createdAt" < $2::timestamp AND "categoryKey" IS NOT NULL
       GROUP BY 1
       HAVING count(*) FILTER (WHERE "rating" <= 2 AND "createdAt" >= $1::timestamp) > 0
       ORDER BY (count(*) FILTER (WHERE "rating" <= 2 AND "createdAt" >= $1::timestamp) - count(*) FILTER (WHERE "rating" <= 2 AND "createdAt" < $1::timestamp)) DESC, 2 DESC, 1
       LIMIT 10`,
      [...params, ts(previous.from)],
    ),
    db.query<{ comments: string; rating: number }>(
      `SELECT "comments", "rating" FROM "analytics"."feedback"
       WHERE "createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp AND "comments" IS NOT NULL AND "comments" <> ''
       ORDER BY "createdAt" DESC LIMIT ${THEME_COMMENT_LIMIT}`,
      params,
    ),
  ]);
  const counts = new Map(distribution.map((r) => [Number(r.rating), Number(r.n)]));
  const row = aspectRow[0] ?? {};
  const aspects = ASPECTS.map((aspect) => ({
    aspect: aspect.replace(/Rating$/, ""),
    average: row[aspect] == null ? null : Number(row[aspect]),
    responses: Number(row[`${aspect}N`] ?? 0),
  }));
  const themes = feedbackThemes(comments.map((c) => ({ text: c.comments, rating: Number(c.rating) })));
  return {
    from: range.from,
    to: range.to,
    ...(satisfaction.get(null) ?? EMPTY_SATISFACTION),
    distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: counts.get(rating) ?? 0 })),
    aspects,
    improvementAreas: aspects
      .filter((a) => a.average !== null && a.average < IMPROVEMENT_AREA_THRESHOLD)
      .sort((a, b) => (a.average as number) - (b.average as number)),
    trendingIssues: trending.map((r) => ({
      categoryKey: r.categoryKey,
      lowRatings: Number(r.low),
      previousLowRatings: Number(r.previousLow),
      averageRating: r.avg == null ? null : Number(r.avg),
    })),
    positiveThemes: themes.positive,
    negativeThemes: themes.negative,
  };
}

// ---------------------------------------------------------------------------------------------
// Performance report

export type ReportType = "EXECUTIVE" | "OPERATIONAL" | "CUSTOMER_INSIGHTS";

export interface PerformanceReport {
  type: ReportType;
  from: Date;
  to: Date;
  previousFrom: Date;
  previousTo: Date;
  summary: SupportMetrics;
  previous: SupportMetrics | null;
  trends: MetricTrend[];
  insights: Insight[];
  recommendations: Recommendation[];
  agents: AgentPerformance[];
  queue: HourlyQueue[];
  capacity: CapacityPlan[];
  satisfaction: FeedbackAnalytics | null;
  commonIssues: IssueCount[];
}

async function byCategory(db: SqlRunner, range: Range): Promise<Map<string, Figures>> {
  const [tickets, satisfaction] = await Promise.all([
    ticketFigures(db, range, {}, "categoryKey"),
    satisfactionFigures(db, range, {}, "categoryKey"),
  ]);
  const result = new Map<string, Figures>();
  const keys = new Set([...tickets.keys(), ...satisfaction.keys()].filter((k): k is string => k !== null));
  for (const key of keys) {
    result.set(
      key,
      toInsightFigures({ ...(tickets.get(key) ?? EMPTY_TICKETS), ...(satisfaction.get(key) ?? EMPTY_SATISFACTION) }),
    );
  }
  return result;
}

export async function performanceReport(
  db: SqlRunner,
  type: ReportType,
  range: Range,
  options: { targetWaitSeconds?: number; targetServiceLevel?: number; minimumCategoryTickets?: number } = {},
): Promise<PerformanceReport> {
  const targetWaitSeconds = options.targetWaitSeconds ?? 60;
  const targetServiceLevel = options.targetServiceLevel ?? 0.8;
  if (!(targetWaitSeconds >= 0)) throw badInput("targetWaitSeconds must be ≥ 0", { field: "targetWaitSeconds" });
  if (!(targetServiceLevel > 0 && targetServiceLevel < 1))
    throw badInput("targetServiceLevel must be between 0 and 1 (exclusive)", { field: "targetServiceLevel" });
  const prior = previousPeriod(range);
  // Every section's queries start at once; they are independent.
  const wantsInsights = type === "EXECUTIVE" || type === "OPERATIONAL";
  const [summary, previous, now, then, agents, queue, satisfaction, issues] = await Promise.all([
    supportMetrics(db, range),
    supportMetrics(db, prior),
    wantsInsights ? byCategory(db, range) : null,
    wantsInsights ? byCategory(db, prior) : null,
    type === "OPERATIONAL" ? agentBreakdown(db, range) : null,
    type === "OPERATIONAL" ? queueByHour(db, range) : null,
    type === "CUSTOMER_INSIGHTS" ? feedbackAnalytics(db, range) : null,
    type === "CUSTOMER_INSIGHTS" ? commonIssues(db, range) : null,
  ]);
  const current = toInsightFigures(summary);
  const before = toInsightFigures(previous);
  const report: PerformanceReport = {
    type,
    from: range.from,
    to: range.to,
    previousFrom: prior.from,
    previousTo: prior.to,
    summary,
    previous,
    trends: trendsOf(current, before),
    insights: [],
    recommendations: [],
    agents: [],
    queue: [],
    capacity: [],
    satisfaction: null,
    commonIssues: [],
  };
  if (now && then) {
    const categories: Record<string, PeriodComparison> = {};
    for (const [key, figures] of now)
      categories[key] = {
        current: figures,
        previous: then.get(key) ?? toInsightFigures({ ...EMPTY_TICKETS, ...EMPTY_SATISFACTION }),
      };
    const derived = deriveInsights(
      { current, previous: before, byCategory: categories },
      { minimumCategoryTickets: options.minimumCategoryTickets },
    );
    report.insights = derived.insights;
    report.recommendations = derived.recommendations;
  }
  if (agents && queue) {
    report.agents = agents;
    report.queue = queue;
    report.capacity = capacityPlan(queue, { targetWaitSeconds, targetServiceLevel });
  }
  if (satisfaction && issues) {
    report.satisfaction = satisfaction;
    report.commonIssues = issues;
  }
  return report;
}

// ---------------------------------------------------------------------------------------------
// Time series

export type SeriesMetric =
  | "EVENTS"
  | "TICKETS_CREATED"
  | "TICKETS_RESOLVED"
  | "FIRST_RESPONSE_MEDIAN"
  | "RESOLUTION_MEDIAN"
  | "SLA_FIRST_REPLY_COMPLIANCE"
  | "CHATS_STARTED"
  | "CHAT_WAIT_AVERAGE"
  | "CHAT_ABANDONMENT_RATE"
  | "CSAT"
  | "NPS";
export type Bucket = "HOUR" | "DAY" | "WEEK";

interface SeriesDefinition {
  table: string;
  time: string;
  value: string;
  count: string;
  extra?: string;
}

const SERIES: Record<SeriesMetric, SeriesDefinition> = {
  EVENTS: { table: `"analytics"."events"`, time: `"occurredAt"`, value: "count(*)", count: "count(*)" },
  TICKETS_CREATED: { table: `"analytics"."ticket_facts"`, time: `"createdAt"`, value: "count(*)", count: "count(*)" },
  TICKETS_RESOLVED: { table: `"analytics"."ticket_facts"`, time: `"resolvedAt"`, value: "count(*)", count: "count(*)" },
  FIRST_RESPONSE_MEDIAN: {
    table: `"analytics"."ticket_facts"`,
    time: `"firstRepliedAt"`,
    value: `percentile_cont(0.5) WITHIN GROUP (ORDER BY "firstResponseSeconds")`,
    count: "count(*)",
  },
  RESOLUTION_MEDIAN: {
    table: `"analytics"."ticket_facts"`,
    time: `"resolvedAt"`,
    value: `percentile_cont(0.5) WITHIN GROUP (ORDER BY "resolutionSeconds")`,
    count: "count(*)",
  },
  SLA_FIRST_REPLY_COMPLIANCE: {
    table: `"analytics"."ticket_facts"`,
    time: `"firstRepliedAt"`,
    value: `(count(*) FILTER (WHERE "firstReplySlaMet"))::float8 / nullif(count("firstReplySlaMet"), 0)`,
    count: `count("firstReplySlaMet")`,
  },
  CHATS_STARTED: { table: `"analytics"."chat_facts"`, time: `"startedAt"`, value: "count(*)", count: "count(*)" },
  CHAT_WAIT_AVERAGE: {
    table: `"analytics"."chat_facts"`,
    time: `"startedAt"`,
    value: `avg("waitSeconds")`,
    count: `count("waitSeconds")`,
  },
  CHAT_ABANDONMENT_RATE: {
    table: `"analytics"."chat_facts"`,
    time: `"startedAt"`,
    value: `(count(*) FILTER (WHERE "outcome" = 'chat.abandoned'))::float8 / count(*)`,
    count: "count(*)",
  },
  CSAT: {
    table: `"analytics"."feedback"`,
    time: `"createdAt"`,
    value: `(count(*) FILTER (WHERE "rating" >= 4))::float8 / count(*)`,
    count: "count(*)",
  },
  NPS: {
    table: `"analytics"."feedback"`,
    time: `"createdAt"`,
    value: `100.0 * (count(*) FILTER (WHERE "wouldRecommend" >= 9) - count(*) FILTER (WHERE "wouldRecommend" <= 6)) / nullif(count("wouldRecommend"), 0)`,
    count: `count("wouldRecommend")`,
  },
};

export const MAX_SERIES_POINTS = 10_000;
const BUCKET_MS: Record<Bucket, number> = { HOUR: 3_600_000, DAY: 86_400_000, WEEK: 7 * 86_400_000 };

export interface SeriesPoint {
  start: Date;
  value: number | null;
  count: number;
}

/** One point per bucket (UTC; weeks start on Monday) covering [from, to), empty buckets included. */
export async function metricSeries(
  db: SqlRunner,
  metric: SeriesMetric,
  range: Range,
  bucket: Bucket,
  filter: MetricsFilter = {},
): Promise<SeriesPoint[]> {
  if ((range.to.getTime() - range.from.getTime()) / BUCKET_MS[bucket] > MAX_SERIES_POINTS) {
    throw badInput(
      `Too many ${bucket.toLowerCase()} buckets for this range (max ${MAX_SERIES_POINTS}); use a larger bucket`,
      { field: "bucket" },
    );
  }
  const definition = SERIES[metric];
  const unit = bucket.toLowerCase();
  const params: unknown[] = [unit, ts(range.from), ts(range.to)];
  const clauses: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace("?", `$${params.length}`));
  };
  const table = definition.table;
  if (filter.category && table.includes("ticket_facts")) add(`"categoryKey" = ?`, filter.category);
  if (filter.category && table.includes("feedback")) add(`"categoryKey" = ?`, filter.category);
  if (filter.category && table.includes("chat_facts")) add(`"topic" = ?`, filter.category);
  if (filter.channel && (table.includes("ticket_facts") || table.includes("feedback")))
    add(`"channel" = ?`, filter.channel);
  if (filter.channel && filter.channel !== "CHAT" && table.includes("chat_facts")) clauses.push("false");
  if (filter.language && !table.includes("events")) add(`"language" = ?`, filter.language);
  if (filter.agentId && !table.includes("events")) add(`"agentId" = ?`, filter.agentId);
  const rows = await db.query<{ start: string; value: unknown; n: unknown }>(
    `SELECT to_char(b.bucket, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS start, v.value, coalesce(v.n, 0) AS n
     FROM generate_series(date_trunc($1, $2::timestamp), $3::timestamp - interval '1 millisecond', ('1 ' || $1)::interval) AS b(bucket)
     LEFT JOIN (
       SELECT date_trunc($1, ${definition.time}) AS bucket, ${definition.value} AS value, ${definition.count} AS n
       FROM ${table}
       WHERE ${definition.time} >= $2::timestamp AND ${definition.time} < $3::timestamp ${clauses.map((c) => `AND ${c}`).join(" ")}
       GROUP BY 1
     ) v ON v.bucket = b.bucket
     ORDER BY 1`,
    params,
  );
  return rows.map((r) => ({
    start: new Date(String(r.start)),
    value: r.value === null || r.value === undefined ? (definition.value === "count(*)" ? 0 : null) : Number(r.value),
    count: Number(r.n),
  }));
}
