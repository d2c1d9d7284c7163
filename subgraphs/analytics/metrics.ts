/**
 * Support figures computed in SQL over the rollup tables (analytics.ticket_facts,
 * analytics.chat_facts), the feedback table and the agent-status events. Nothing here loads
 * rows to aggregate them in memory: every statistic (means, percentile_cont medians and p90s,
 * ratios with their counts) is one aggregate query per table.
 *
 * Period semantics (documented in docs/analytics.md):
 * - tickets are the cohort created in [from, to); "resolved" means resolved before `to`;
 *   first-response and resolution statistics are over that cohort's replies/resolutions before `to`.
 * - chats are the cohort started in [from, to).
 * - feedback counts submissions in [from, to).
 * - online time comes from `agent.status_changed` intervals clipped to [from, min(to, now));
 *   utilization is the share of it with a chat in progress (agentTime).
 */
import { badInput } from "../../shared/errors.js";
import type { SqlRunner } from "./rollups.js";

export interface Range {
  from: Date;
  to: Date;
}

export interface MetricsFilter {
  category?: string | null;
  channel?: string | null;
  language?: string | null;
  agentId?: string | null;
}

export function assertRange(range: Range, maxDays: number): void {
  if (Number.isNaN(range.from.getTime()) || Number.isNaN(range.to.getTime()))
    throw badInput("from and to must be valid date-times");
  if (range.to.getTime() < range.from.getTime()) throw badInput("`to` must not be before `from`", { field: "to" });
  if (range.to.getTime() - range.from.getTime() > maxDays * 86_400_000) {
    throw badInput(`The range must not exceed ${maxDays} days (ANALYTICS_MAX_RANGE_DAYS)`, { field: "to", maxDays });
  }
}

/** The period of equal length right before `range`. */
export function previousPeriod(range: Range): Range {
  const length = range.to.getTime() - range.from.getTime();
  return { from: new Date(range.from.getTime() - length), to: new Date(range.from.getTime()) };
}

/** Timestamps are stored as UTC wall-clock `timestamp`; pass ISO text and cast, independent of session time zone. */
const ts = (date: Date) => date.toISOString().replace("Z", "");

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const int = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

// ---------------------------------------------------------------------------------------------
// Tickets

export type TicketGroup = "agentId" | "categoryKey" | "subcategoryKey";

export interface SlaCompliance {
  target: "FIRST_REPLY" | "NEXT_REPLY" | "RESOLUTION";
  met: number;
  total: number;
  ratio: number | null;
}

export interface TicketFigures {
  ticketsTotal: number;
  ticketsResolved: number;
  ticketsOpen: number;
  ticketsEscalated: number;
  resolutionAverageSeconds: number | null;
  resolutionMedianSeconds: number | null;
  resolutionBusinessAverageSeconds: number | null;
  firstResponseMeanSeconds: number | null;
  firstResponseMedianSeconds: number | null;
  firstResponseP90Seconds: number | null;
  firstResponseBusinessMeanSeconds: number | null;
  sla: SlaCompliance[];
}

function ticketWhere(params: Params, range: Range, filter: MetricsFilter): string {
  const clauses = [
    `t."createdAt" >= ${params.add(ts(range.from))}::timestamp`,
    `t."createdAt" < ${params.add(ts(range.to))}::timestamp`,
  ];
  if (filter.category)
    clauses.push(
      `(t."categoryKey" = ${params.add(filter.category)} OR t."subcategoryKey" = ${params.add(filter.category)})`,
    );
  if (filter.channel) clauses.push(`t."channel" = ${params.add(filter.channel)}`);
  if (filter.language) clauses.push(`t."language" = ${params.add(filter.language)}`);
  if (filter.agentId) clauses.push(`t."agentId" = ${params.add(filter.agentId)}`);
  return clauses.join(" AND ");
}

export async function ticketFigures(
  db: SqlRunner,
  range: Range,
  filter: MetricsFilter = {},
  groupBy?: TicketGroup,
): Promise<Map<string | null, TicketFigures>> {
  const params = new Params();
  const where = ticketWhere(params, range, filter);
  const to = params.add(ts(range.to));
  const resolved = `t."resolvedAt" IS NOT NULL AND t."resolvedAt" < ${to}::timestamp`;
  const replied = `t."firstRepliedAt" IS NOT NULL AND t."firstRepliedAt" < ${to}::timestamp`;
  const key = groupBy ? `t."${groupBy}"` : "NULL::text";
  const rows = await db.query<Record<string, unknown>>(
    `SELECT ${key} AS "key",
       count(*) AS "total",
       count(*) FILTER (WHERE ${resolved}) AS "resolved",
       count(*) FILTER (WHERE t."escalated") AS "escalated",
       avg(t."resolutionSeconds") FILTER (WHERE ${resolved}) AS "resolutionAvg",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY t."resolutionSeconds") FILTER (WHERE ${resolved}) AS "resolutionMedian",
       avg(t."resolutionBusinessSeconds") FILTER (WHERE ${resolved}) AS "resolutionBusinessAvg",
       avg(t."firstResponseSeconds") FILTER (WHERE ${replied}) AS "frMean",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY t."firstResponseSeconds") FILTER (WHERE ${replied}) AS "frMedian",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY t."firstResponseSeconds") FILTER (WHERE ${replied}) AS "frP90",
       avg(t."firstResponseBusinessSeconds") FILTER (WHERE ${replied}) AS "frBusinessMean",
       count(*) FILTER (WHERE ${replied} AND t."firstReplySlaMet") AS "frMet",
       count(*) FILTER (WHERE (${replied} AND t."firstReplySlaMet" IS NOT NULL) OR t."firstReplyBreached") AS "frTotal",
       count(*) FILTER (WHERE ${replied}) AS "nrTotal",
       count(*) FILTER (WHERE ${replied} AND t."nextReplyBreached") AS "nrMissed",
       count(*) FILTER (WHERE ${resolved} AND t."resolutionSlaMet") AS "resMet",
       count(*) FILTER (WHERE (${resolved} AND t."resolutionSlaMet" IS NOT NULL) OR t."resolutionBreached") AS "resTotal"
     FROM "analytics"."ticket_facts" t
     WHERE ${where}
     ${groupBy ? "GROUP BY 1" : ""}`,
    params.values,
  );
  const result = new Map<string | null, TicketFigures>();
  for (const row of rows) {
    const total = int(row.total);
    const resolvedCount = int(row.resolved);
    const frMet = int(row.frMet);
    const frTotal = int(row.frTotal);
    const nrTotal = int(row.nrTotal);
    const nrMet = nrTotal - int(row.nrMissed);
    const resMet = int(row.resMet);
    const resTotal = int(row.resTotal);
    result.set((row.key as string | null) ?? null, {
      ticketsTotal: total,
      ticketsResolved: resolvedCount,
      ticketsOpen: total - resolvedCount,
      ticketsEscalated: int(row.escalated),
      resolutionAverageSeconds: num(row.resolutionAvg),
      resolutionMedianSeconds: num(row.resolutionMedian),
      resolutionBusinessAverageSeconds: num(row.resolutionBusinessAvg),
      firstResponseMeanSeconds: num(row.frMean),
      firstResponseMedianSeconds: num(row.frMedian),
      firstResponseP90Seconds: num(row.frP90),
      firstResponseBusinessMeanSeconds: num(row.frBusinessMean),
      sla: [
        { target: "FIRST_REPLY", met: frMet, total: frTotal, ratio: ratio(frMet, frTotal) },
        { target: "NEXT_REPLY", met: nrMet, total: nrTotal, ratio: ratio(nrMet, nrTotal) },
        { target: "RESOLUTION", met: resMet, total: resTotal, ratio: ratio(resMet, resTotal) },
      ],
    });
  }
  return result;
}

export const EMPTY_TICKETS: TicketFigures = {
  ticketsTotal: 0,
  ticketsResolved: 0,
  ticketsOpen: 0,
  ticketsEscalated: 0,
  resolutionAverageSeconds: null,
  resolutionMedianSeconds: null,
  resolutionBusinessAverageSeconds: null,
  firstResponseMeanSeconds: null,
  firstResponseMedianSeconds: null,
  firstResponseP90Seconds: null,
  firstResponseBusinessMeanSeconds: null,
  sla: [
    { target: "FIRST_REPLY", met: 0, total: 0, ratio: null },
    { target: "NEXT_REPLY", met: 0, total: 0, ratio: null },
    { target: "RESOLUTION", met: 0, total: 0, ratio: null },
  ],
};

// ---------------------------------------------------------------------------------------------
// Chats

export interface ChatFigures {
  chatsTotal: number;
  chatsAnswered: number;
  chatsAbandoned: number;
  chatAverageDurationSeconds: number | null;
  chatAbandonmentRate: number | null;
  chatWaitAverageSeconds: number | null;
  chatWaitP90Seconds: number | null;
  chatHandleSeconds: number;
}

export const EMPTY_CHATS: ChatFigures = {
  chatsTotal: 0,
  chatsAnswered: 0,
  chatsAbandoned: 0,
  chatAverageDurationSeconds: null,
  chatAbandonmentRate: null,
  chatWaitAverageSeconds: null,
  chatWaitP90Seconds: null,
  chatHandleSeconds: 0,
};

/** Chats have no ticket channel of their own: any channel filter other than CHAT excludes them. */
const chatsExcluded = (filter: MetricsFilter) => Boolean(filter.channel && filter.channel !== "CHAT");

export async function chatFigures(
  db: SqlRunner,
  range: Range,
  filter: MetricsFilter = {},
  groupBy?: "agentId" | "topic",
): Promise<Map<string | null, ChatFigures>> {
  if (chatsExcluded(filter)) return new Map(groupBy ? [] : [[null, EMPTY_CHATS]]);
  const params = new Params();
  const clauses = [
    `c."startedAt" >= ${params.add(ts(range.from))}::timestamp`,
    `c."startedAt" < ${params.add(ts(range.to))}::timestamp`,
  ];
  if (filter.category) clauses.push(`c."topic" = ${params.add(filter.category)}`);
  if (filter.language) clauses.push(`c."language" = ${params.add(filter.language)}`);
  if (filter.agentId) clauses.push(`c."agentId" = ${params.add(filter.agentId)}`);
  const key = groupBy ? `c."${groupBy}"` : "NULL::text";
  const rows = await db.query<Record<string, unknown>>(
    `SELECT ${key} AS "key", count(*) AS "total",
       count(*) FILTER (WHERE c."answeredAt" IS NOT NULL) AS "answered",
       count(*) FILTER (WHERE c."outcome" = 'chat.abandoned') AS "abandoned",
       avg(c."durationSeconds") FILTER (WHERE c."outcome" = 'chat.ended') AS "durationAvg",
       coalesce(sum(c."durationSeconds") FILTER (WHERE c."outcome" = 'chat.ended'), 0) AS "handle",
       avg(c."waitSeconds") AS "waitAvg",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY c."waitSeconds") AS "waitP90"
     FROM "analytics"."chat_facts" c WHERE ${clauses.join(" AND ")} ${groupBy ? "GROUP BY 1" : ""}`,
    params.values,
  );
  const result = new Map<string | null, ChatFigures>();
  for (const row of rows) {
    const total = int(row.total);
    const abandoned = int(row.abandoned);
    result.set((row.key as string | null) ?? null, {
      chatsTotal: total,
      chatsAnswered: int(row.answered),
      chatsAbandoned: abandoned,
      chatAverageDurationSeconds: num(row.durationAvg),
      chatAbandonmentRate: ratio(abandoned, total),
      chatWaitAverageSeconds: num(row.waitAvg),
      chatWaitP90Seconds: num(row.waitP90),
      chatHandleSeconds: Number(row.handle ?? 0),
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Feedback

export interface SatisfactionFigures {
  feedbackResponses: number;
  averageRating: number | null;
  /** Share (0–1) of ratings that are 4 or 5. */
  csat: number | null;
  /** % promoters (9–10) − % detractors (0–6), −100…100. */
  nps: number | null;
  npsResponses: number;
}

export const EMPTY_SATISFACTION: SatisfactionFigures = {
  feedbackResponses: 0,
  averageRating: null,
  csat: null,
  nps: null,
  npsResponses: 0,
};

function feedbackWhere(params: Params, range: Range, filter: MetricsFilter): string {
  const clauses = [
    `f."createdAt" >= ${params.add(ts(range.from))}::timestamp`,
    `f."createdAt" < ${params.add(ts(range.to))}::timestamp`,
  ];
  if (filter.category) clauses.push(`f."categoryKey" = ${params.add(filter.category)}`);
  if (filter.channel) clauses.push(`f."channel" = ${params.add(filter.channel)}`);
  if (filter.language) clauses.push(`f."language" = ${params.add(filter.language)}`);
  if (filter.agentId) clauses.push(`f."agentId" = ${params.add(filter.agentId)}`);
  return clauses.join(" AND ");
}

export async function satisfactionFigures(
  db: SqlRunner,
  range: Range,
  filter: MetricsFilter = {},
  groupBy?: "agentId" | "categoryKey",
): Promise<Map<string | null, SatisfactionFigures>> {
  const params = new Params();
  const where = feedbackWhere(params, range, filter);
  const key = groupBy ? `f."${groupBy}"` : "NULL::text";
  const rows = await db.query<Record<string, unknown>>(
    `SELECT ${key} AS "key", count(*) AS "n", avg(f."rating") AS "avg",
       count(*) FILTER (WHERE f."rating" >= 4) AS "good",
       count(f."wouldRecommend") AS "npsN",
       count(*) FILTER (WHERE f."wouldRecommend" >= 9) AS "promoters",
       count(*) FILTER (WHERE f."wouldRecommend" <= 6) AS "detractors"
     FROM "analytics"."feedback" f WHERE ${where} ${groupBy ? "GROUP BY 1" : ""}`,
    params.values,
  );
  const result = new Map<string | null, SatisfactionFigures>();
  for (const row of rows) {
    const n = int(row.n);
    const npsN = int(row.npsN);
    result.set((row.key as string | null) ?? null, {
      feedbackResponses: n,
      averageRating: n === 0 ? null : num(row.avg),
      csat: ratio(int(row.good), n),
      nps: npsN === 0 ? null : ((int(row.promoters) - int(row.detractors)) / npsN) * 100,
      npsResponses: npsN,
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Agents: online time, utilization and productivity

export interface AgentTime {
  /** Seconds in [from, min(to, now)) with a status other than OFFLINE. */
  online: number;
  /** Seconds of that online time with at least one answered, unfinished chat (concurrent chats count once). */
  busy: number;
}

/**
 * Each agent's online time and busy time in the period, as time sets rather than sums: online is
 * the union of their non-OFFLINE intervals (the status at `from` is the last change before it, so
 * an agent online since before the period counts from `from`); busy is the union of their chats'
 * answered→ended intervals intersected with that online set. Busy ⊆ online ⊆ period, so
 * busy / online is in [0, 1] by construction.
 */
export async function agentTime(db: SqlRunner, range: Range, agentId?: string | null): Promise<Map<string, AgentTime>> {
  const params = new Params();
  const from = params.add(ts(range.from));
  const to = params.add(ts(range.to));
  const agentClause = agentId ? `AND e.payload->>'agentId' = ${params.add(agentId)}` : "";
  const chatAgentClause = agentId ? `AND c."agentId" = ${params.add(agentId)}` : "";
  const rows = await db.query<{ agentId: string; online: unknown; busy: unknown }>(
    `WITH bounds AS (
       SELECT ${from}::timestamp AS lo, least(${to}::timestamp, (now() AT TIME ZONE 'UTC')::timestamp) AS hi
     ), changes AS (
       SELECT e.payload->>'agentId' AS agent, e.payload->>'to' AS status, e."occurredAt" AS at, e.id
       FROM "analytics"."events" e
       WHERE e.type = 'agent.status_changed' AND e."occurredAt" >= ${from}::timestamp AND e."occurredAt" < ${to}::timestamp ${agentClause}
       UNION ALL
       (SELECT DISTINCT ON (e.payload->>'agentId') e.payload->>'agentId', e.payload->>'to', ${from}::timestamp, e.id
        FROM "analytics"."events" e
        WHERE e.type = 'agent.status_changed' AND e."occurredAt" < ${from}::timestamp ${agentClause}
        ORDER BY e.payload->>'agentId', e."occurredAt" DESC, e.id DESC)
     ), intervals AS (
       SELECT agent, status, at, lead(at, 1, (SELECT hi FROM bounds)) OVER (PARTITION BY agent ORDER BY at, id) AS until
       FROM changes
     ), online AS (
       SELECT agent, range_agg(tsrange(at, least(until, (SELECT hi FROM bounds)))) AS spans
       FROM intervals
       WHERE status <> 'OFFLINE' AND at < least(until, (SELECT hi FROM bounds))
       GROUP BY agent
     ), chatting AS (
       SELECT c."agentId" AS agent,
         range_agg(tsrange(greatest(c."answeredAt", (SELECT lo FROM bounds)), least(coalesce(c."endedAt", (SELECT hi FROM bounds)), (SELECT hi FROM bounds)))) AS spans
       FROM "analytics"."chat_facts" c
       WHERE c."agentId" IS NOT NULL AND c."answeredAt" IS NOT NULL
         AND c."answeredAt" < (SELECT hi FROM bounds) AND coalesce(c."endedAt", 'infinity'::timestamp) > (SELECT lo FROM bounds)
         AND greatest(c."answeredAt", (SELECT lo FROM bounds)) < least(coalesce(c."endedAt", (SELECT hi FROM bounds)), (SELECT hi FROM bounds))
         ${chatAgentClause}
       GROUP BY c."agentId"
     )
     SELECT o.agent AS "agentId",
       (SELECT coalesce(sum(extract(epoch FROM upper(r) - lower(r))), 0) FROM unnest(o.spans) AS r) AS online,
       (SELECT coalesce(sum(extract(epoch FROM upper(r) - lower(r))), 0) FROM unnest(o.spans * coalesce(ch.spans, '{}'::tsmultirange)) AS r) AS busy
     FROM online o LEFT JOIN chatting ch ON ch.agent = o.agent`,
    params.values,
  );
  return new Map(rows.map((r) => [r.agentId, { online: Number(r.online ?? 0), busy: Number(r.busy ?? 0) }]));
}

/** Online seconds per agent (see agentTime). */
export async function onlineSeconds(
  db: SqlRunner,
  range: Range,
  agentId?: string | null,
): Promise<Map<string, number>> {
  return new Map([...(await agentTime(db, range, agentId))].map(([agent, time]) => [agent, time.online]));
}

/** Tickets resolved in [from, to) per agent (productivity counts work finished in the period). */
export async function resolvedInPeriod(
  db: SqlRunner,
  range: Range,
  filter: MetricsFilter = {},
): Promise<Map<string | null, number>> {
  const params = new Params();
  const clauses = [
    `t."resolvedAt" >= ${params.add(ts(range.from))}::timestamp`,
    `t."resolvedAt" < ${params.add(ts(range.to))}::timestamp`,
  ];
  if (filter.category)
    clauses.push(
      `(t."categoryKey" = ${params.add(filter.category)} OR t."subcategoryKey" = ${params.add(filter.category)})`,
    );
  if (filter.channel) clauses.push(`t."channel" = ${params.add(filter.channel)}`);
  if (filter.language) clauses.push(`t."language" = ${params.add(filter.language)}`);
  if (filter.agentId) clauses.push(`t."agentId" = ${params.add(filter.agentId)}`);
  const rows = await db.query<{ agentId: string | null; n: unknown }>(
    `SELECT t."agentId", count(*) AS n FROM "analytics"."ticket_facts" t WHERE ${clauses.join(" AND ")} GROUP BY 1`,
    params.values,
  );
  return new Map(rows.map((r) => [r.agentId, Number(r.n)]));
}

export interface WorkforceFigures {
  onlineHours: number;
  /** Busy time (at least one chat in progress) over online time, in [0, 1]; null without online time. */
  agentUtilization: number | null;
  /** Tickets resolved per online hour; null without online time. */
  agentProductivity: number | null;
}

/** `busySeconds` is part of `onlineSeconds` (agentTime guarantees it); the ratio is clamped against float noise. */
export function workforce(onlineSeconds: number, busySeconds: number, resolved: number): WorkforceFigures {
  return {
    onlineHours: onlineSeconds / 3600,
    agentUtilization: onlineSeconds > 0 ? Math.min(1, Math.max(0, busySeconds / onlineSeconds)) : null,
    agentProductivity: onlineSeconds > 0 ? resolved / (onlineSeconds / 3600) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// All together

export type SupportMetrics = Range & TicketFigures & ChatFigures & SatisfactionFigures & WorkforceFigures;

export async function supportMetrics(db: SqlRunner, range: Range, filter: MetricsFilter = {}): Promise<SupportMetrics> {
  const [tickets, chats, satisfaction, online, resolved] = await Promise.all([
    ticketFigures(db, range, filter),
    chatFigures(db, range, filter),
    satisfactionFigures(db, range, filter),
    agentTime(db, range, filter.agentId),
    resolvedInPeriod(db, range, filter),
  ]);
  const chat = chats.get(null) ?? EMPTY_CHATS;
  const totalOnline = [...online.values()].reduce((a, b) => a + b.online, 0);
  const totalBusy = [...online.values()].reduce((a, b) => a + b.busy, 0);
  const totalResolved = [...resolved.values()].reduce((a, b) => a + b, 0);
  return {
    ...range,
    ...(tickets.get(null) ?? EMPTY_TICKETS),
    ...chat,
    ...(satisfaction.get(null) ?? EMPTY_SATISFACTION),
    ...workforce(totalOnline, totalBusy, totalResolved),
  };
}
