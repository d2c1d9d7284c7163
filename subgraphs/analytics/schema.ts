/** analytics subgraph schema: the domain-event log, figures, reports, feedback and the live dashboard. */
import type { AnalyticsEvent as EventRow, AnalyticsFeedback as FeedbackRow, AnalyticsImprovementTask as TaskRow, Prisma } from "../../generated/prisma/client.js";
import { buildSubgraphSchema, createSubgraphBuilder } from "../common/builder.js";
import { maxLength } from "../common/input-limits.js";
import { badInput, notFound } from "../common/errors.js";
import { isSupervisor } from "../common/identity.js";
import { beyondKeyWhere, keysetConnection, keysetOrder } from "../common/pagination.js";
import { assertUuid } from "../common/ids.js";
import type { AnalyticsContext } from "./context.js";
import {
  assertMayRate,
  COMMENT_MAX_LENGTH,
  completeImprovementTask,
  loadChatItem,
  loadTicketItem,
  saveFeedback,
  validateChatFeedback,
  validateTicketFeedback,
  type FeedbackResult,
} from "./feedback.js";
import { BACKFILL_ORDER, backfillFrom } from "./backfill.js";
import { announce, catchUpAll, LOG_CHANGED_TOPIC } from "./ingest.js";
import { coalescedUpdates, computeLiveStatus, sharedLiveStatus, statusKey, type ComponentStatus, type LiveSupportStatus } from "./live.js";
import { assertRange, supportMetrics, type MetricsFilter, type Range, type SlaCompliance, type SupportMetrics } from "./metrics.js";
import {
  feedbackAnalytics,
  metricSeries,
  performanceReport,
  type AgentPerformance,
  type CapacityPlan,
  type FeedbackAnalytics,
  type HourlyQueue,
  type IssueCount,
  type MetricTrend,
  type PerformanceReport,
  type SeriesPoint,
} from "./reports.js";
import type { Insight, Recommendation } from "./insights.js";
import type { FeedbackTheme } from "./themes.js";

const builder = createSubgraphBuilder<AnalyticsContext>();

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
const AgentRef = builder.externalRef("Agent", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
const CustomerRef = builder.externalRef("Customer", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
const TicketRef = builder.externalRef("Ticket", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
const ChatRef = builder.externalRef("ChatSession", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });

// ---------------------------------------------------------------------------------------------
// Event log

const AnalyticsEvent = builder.objectRef<EventRow>("AnalyticsEvent").implement({
  description: "One domain event as recorded by analytics.",
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.exposeString("type"),
    source: t.exposeString("source"),
    aggregateId: t.exposeString("aggregateId"),
    payload: t.field({ type: "JSON", resolve: (e) => e.payload }),
    occurredAt: t.expose("occurredAt", { type: "DateTime" }),
  }),
});

interface EventCountShape {
  type: string;
  count: number;
}
const EventCount = builder.objectRef<EventCountShape>("EventCount").implement({
  fields: (t) => ({ type: t.exposeString("type"), count: t.exposeInt("count") }),
});

const KEY = ["occurredAt", "id"] as const;

function rangeOf(ctx: AnalyticsContext, from: Date, to: Date): Range {
  const range = { from, to };
  assertRange(range, ctx.config.ANALYTICS_MAX_RANGE_DAYS);
  return range;
}

// ---------------------------------------------------------------------------------------------
// Figures

const MetricsFilterInput = builder.inputType("MetricsFilter", {
  fields: (t) => ({
    category: t.string({ required: false, description: "Ticket category or subcategory key (chats: their topic)." }),
    channel: t.string({ required: false, description: "Ticket channel (IN_APP, EMAIL, CHAT, …); chats count only for CHAT or no channel." }),
    language: t.string({ required: false }),
    agentId: t.id({ required: false }),
  }),
});

function filterOf(input: { category?: string | null; channel?: string | null; language?: string | null; agentId?: string | null } | null | undefined): MetricsFilter {
  if (!input) return {};
  if (input.agentId) assertUuid(input.agentId, "filter.agentId");
  for (const field of ["category", "channel", "language"] as const) {
    const value = input[field];
    if (value !== null && value !== undefined && (value.length === 0 || value.length > 100)) throw badInput(`filter.${field} must be 1–100 characters`, { field });
  }
  return input;
}

const SlaTarget = builder.enumType("SlaTargetKind", { values: ["FIRST_REPLY", "NEXT_REPLY", "RESOLUTION"] as const });

const SlaComplianceFigure = builder.objectRef<SlaCompliance>("SlaComplianceFigure").implement({
  description: "Share of tickets that met one SLA target, with the counts behind it.",
  fields: (t) => ({
    target: t.field({ type: SlaTarget, resolve: (s) => s.target }),
    met: t.exposeInt("met"),
    total: t.exposeInt("total"),
    ratio: t.exposeFloat("ratio", { nullable: true, description: "met / total (0–1); null without tickets subject to the target." }),
  }),
});

const SupportMetricsRef = builder.objectRef<SupportMetrics>("SupportMetrics").implement({
  description:
    "Support figures for [from, to). Tickets: the cohort created in the period (resolutions and replies before `to`). Chats: started in the period. Feedback: submitted in the period. Durations in seconds.",
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    ticketsTotal: t.exposeInt("ticketsTotal"),
    ticketsResolved: t.exposeInt("ticketsResolved"),
    ticketsOpen: t.exposeInt("ticketsOpen"),
    ticketsEscalated: t.exposeInt("ticketsEscalated"),
    resolutionAverageSeconds: t.exposeFloat("resolutionAverageSeconds", { nullable: true }),
    resolutionMedianSeconds: t.exposeFloat("resolutionMedianSeconds", { nullable: true }),
    resolutionBusinessAverageSeconds: t.exposeFloat("resolutionBusinessAverageSeconds", { nullable: true, description: "Counted in business hours, as the SLA clock is." }),
    firstResponseMeanSeconds: t.exposeFloat("firstResponseMeanSeconds", { nullable: true }),
    firstResponseMedianSeconds: t.exposeFloat("firstResponseMedianSeconds", { nullable: true }),
    firstResponseP90Seconds: t.exposeFloat("firstResponseP90Seconds", { nullable: true }),
    firstResponseBusinessMeanSeconds: t.exposeFloat("firstResponseBusinessMeanSeconds", { nullable: true, description: "Counted in business hours, as the SLA clock is." }),
    sla: t.field({ type: [SlaComplianceFigure], resolve: (m) => m.sla }),
    chatsTotal: t.exposeInt("chatsTotal"),
    chatsAnswered: t.exposeInt("chatsAnswered"),
    chatsAbandoned: t.exposeInt("chatsAbandoned"),
    chatAverageDurationSeconds: t.exposeFloat("chatAverageDurationSeconds", { nullable: true }),
    chatAbandonmentRate: t.exposeFloat("chatAbandonmentRate", { nullable: true }),
    chatWaitAverageSeconds: t.exposeFloat("chatWaitAverageSeconds", { nullable: true }),
    chatWaitP90Seconds: t.exposeFloat("chatWaitP90Seconds", { nullable: true }),
    feedbackResponses: t.exposeInt("feedbackResponses"),
    averageRating: t.exposeFloat("averageRating", { nullable: true }),
    csat: t.exposeFloat("csat", { nullable: true, description: "Share (0–1) of 1–5 ratings that are 4 or 5." }),
    nps: t.exposeFloat("nps", { nullable: true, description: "% promoters (9–10) − % detractors (0–6) of wouldRecommend answers." }),
    npsResponses: t.exposeInt("npsResponses"),
    onlineHours: t.exposeFloat("onlineHours"),
    agentUtilization: t.exposeFloat("agentUtilization", { nullable: true, description: "Chat handle time over agents' online time." }),
    agentProductivity: t.exposeFloat("agentProductivity", { nullable: true, description: "Tickets resolved in the period per online hour." }),
  }),
});

const MetricTrendRef = builder.objectRef<MetricTrend>("MetricTrend").implement({
  fields: (t) => ({
    metric: t.exposeString("metric"),
    previous: t.exposeFloat("previous", { nullable: true }),
    current: t.exposeFloat("current", { nullable: true }),
    relative: t.exposeFloat("relative", { nullable: true, description: "(current − previous) / |previous|." }),
  }),
});

const InsightSeverity = builder.enumType("InsightSeverity", { values: ["INFO", "WARNING", "CRITICAL"] as const });

const MetricInsight = builder.objectRef<Insight>("MetricInsight").implement({
  description: "A finding derived from the figures by an explicit rule (see insights.ts).",
  fields: (t) => ({
    id: t.exposeString("id"),
    severity: t.field({ type: InsightSeverity, resolve: (i) => i.severity.toUpperCase() as "INFO" | "WARNING" | "CRITICAL" }),
    message: t.exposeString("message"),
    metric: t.exposeString("metric"),
    category: t.exposeString("category", { nullable: true }),
    previous: t.float({ nullable: true, resolve: (i) => i.change.previous }),
    current: t.float({ nullable: true, resolve: (i) => i.change.current }),
    relative: t.float({ nullable: true, resolve: (i) => i.change.relative }),
  }),
});

const MetricRecommendation = builder.objectRef<Recommendation>("MetricRecommendation").implement({
  fields: (t) => ({ id: t.exposeString("id"), message: t.exposeString("message"), because: t.exposeString("because", { description: "The insight that prompted it." }) }),
});

const AgentBreakdown = builder.objectRef<AgentPerformance>("AgentBreakdown").implement({
  description: "One agent's figures for the period.",
  fields: (t) => ({
    agent: t.field({ type: AgentRef, nullable: true, description: "The agent's profile; null with a NOT_FOUND error when agents no longer knows them.", resolve: (a) => ({ id: a.agentId }) }),
    agentId: t.exposeID("agentId"),
    ticketsTotal: t.exposeInt("ticketsTotal"),
    ticketsResolved: t.exposeInt("ticketsResolved"),
    ticketsResolvedInPeriod: t.exposeInt("ticketsResolvedInPeriod"),
    resolutionMedianSeconds: t.exposeFloat("resolutionMedianSeconds", { nullable: true }),
    firstResponseMeanSeconds: t.exposeFloat("firstResponseMeanSeconds", { nullable: true }),
    firstResponseP90Seconds: t.exposeFloat("firstResponseP90Seconds", { nullable: true }),
    chatsHandled: t.exposeInt("chatsHandled"),
    chatAverageDurationSeconds: t.exposeFloat("chatAverageDurationSeconds", { nullable: true }),
    feedbackResponses: t.exposeInt("feedbackResponses"),
    averageRating: t.exposeFloat("averageRating", { nullable: true }),
    csat: t.exposeFloat("csat", { nullable: true }),
    onlineHours: t.exposeFloat("onlineHours"),
    agentUtilization: t.exposeFloat("agentUtilization", { nullable: true }),
    agentProductivity: t.exposeFloat("agentProductivity", { nullable: true }),
  }),
});

const HourlyQueueRef = builder.objectRef<HourlyQueue>("HourlyQueue").implement({
  description: "Arrivals and waits at one hour of day (UTC) over the period.",
  fields: (t) => ({
    hour: t.exposeInt("hour"),
    chatArrivals: t.exposeInt("chatArrivals"),
    ticketArrivals: t.exposeInt("ticketArrivals"),
    chatArrivalRatePerHour: t.exposeFloat("chatArrivalRatePerHour"),
    averageChatWaitSeconds: t.exposeFloat("averageChatWaitSeconds", { nullable: true }),
    maxChatWaitSeconds: t.exposeFloat("maxChatWaitSeconds", { nullable: true }),
    averageChatHandleSeconds: t.exposeFloat("averageChatHandleSeconds", { nullable: true }),
    averageTicketFirstResponseSeconds: t.exposeFloat("averageTicketFirstResponseSeconds", { nullable: true }),
  }),
});

const CapacityPlanRef = builder.objectRef<CapacityPlan>("CapacityPlan").implement({
  description: "Chat agents needed at one hour of day for the target wait (Erlang C).",
  fields: (t) => ({
    hour: t.exposeInt("hour"),
    arrivalRatePerHour: t.exposeFloat("arrivalRatePerHour"),
    averageHandleSeconds: t.exposeFloat("averageHandleSeconds", { nullable: true }),
    agentsNeeded: t.exposeInt("agentsNeeded"),
  }),
});

const IssueKind = builder.enumType("CommonIssueKind", { values: ["CATEGORY", "SUBCATEGORY"] as const });
const CommonIssue = builder.objectRef<IssueCount>("CommonIssue").implement({
  fields: (t) => ({
    kind: t.field({ type: IssueKind, resolve: (i) => i.kind }),
    key: t.exposeString("key"),
    tickets: t.exposeInt("tickets"),
    share: t.exposeFloat("share"),
  }),
});

const FeedbackThemeRef = builder.objectRef<FeedbackTheme>("FeedbackTheme").implement({
  fields: (t) => ({ term: t.exposeString("term"), score: t.exposeFloat("score"), count: t.exposeInt("count") }),
});

const FeedbackRatingCount = builder.objectRef<{ rating: number; count: number }>("FeedbackRatingCount").implement({
  fields: (t) => ({ rating: t.exposeInt("rating"), count: t.exposeInt("count") }),
});
const FeedbackAspectScore = builder.objectRef<{ aspect: string; average: number | null; responses: number }>("FeedbackAspectScore").implement({
  fields: (t) => ({ aspect: t.exposeString("aspect"), average: t.exposeFloat("average", { nullable: true }), responses: t.exposeInt("responses") }),
});
const FeedbackTrendingIssue = builder
  .objectRef<{ categoryKey: string; lowRatings: number; previousLowRatings: number; averageRating: number | null }>("FeedbackTrendingIssue")
  .implement({
    fields: (t) => ({
      categoryKey: t.exposeString("categoryKey"),
      lowRatings: t.exposeInt("lowRatings"),
      previousLowRatings: t.exposeInt("previousLowRatings"),
      averageRating: t.exposeFloat("averageRating", { nullable: true }),
    }),
  });

const FeedbackAnalyticsRef = builder.objectRef<FeedbackAnalytics>("FeedbackAnalytics").implement({
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    responses: t.exposeInt("feedbackResponses"),
    averageRating: t.exposeFloat("averageRating", { nullable: true, description: "Overall satisfaction: mean 1–5 rating." }),
    csat: t.exposeFloat("csat", { nullable: true }),
    nps: t.exposeFloat("nps", { nullable: true }),
    distribution: t.field({ type: [FeedbackRatingCount], resolve: (f) => f.distribution }),
    aspects: t.field({ type: [FeedbackAspectScore], resolve: (f) => f.aspects }),
    improvementAreas: t.field({ type: [FeedbackAspectScore], description: "Aspects averaging below 4 of 5, worst first.", resolve: (f) => f.improvementAreas }),
    trendingIssues: t.field({ type: [FeedbackTrendingIssue], description: "Categories with low ratings, by growth vs the previous period.", resolve: (f) => f.trendingIssues }),
    positiveThemes: t.field({ type: [FeedbackThemeRef], resolve: (f) => f.positiveThemes }),
    negativeThemes: t.field({ type: [FeedbackThemeRef], resolve: (f) => f.negativeThemes }),
  }),
});

const ReportType = builder.enumType("PerformanceReportType", { values: ["EXECUTIVE", "OPERATIONAL", "CUSTOMER_INSIGHTS"] as const });

const PerformanceReportRef = builder.objectRef<PerformanceReport>("PerformanceReport").implement({
  description:
    "EXECUTIVE: summary, trends, insights, recommendations vs the previous period of equal length. OPERATIONAL: also per-agent breakdown, queue by hour, capacity. CUSTOMER_INSIGHTS: satisfaction, common issues, feedback themes.",
  fields: (t) => ({
    type: t.field({ type: ReportType, resolve: (r) => r.type }),
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    previousFrom: t.expose("previousFrom", { type: "DateTime" }),
    previousTo: t.expose("previousTo", { type: "DateTime" }),
    summary: t.field({ type: SupportMetricsRef, resolve: (r) => r.summary }),
    previous: t.field({ type: SupportMetricsRef, nullable: true, resolve: (r) => r.previous }),
    trends: t.field({ type: [MetricTrendRef], resolve: (r) => r.trends }),
    insights: t.field({ type: [MetricInsight], resolve: (r) => r.insights }),
    recommendations: t.field({ type: [MetricRecommendation], resolve: (r) => r.recommendations }),
    agents: t.field({ type: [AgentBreakdown], resolve: (r) => r.agents }),
    queue: t.field({ type: [HourlyQueueRef], resolve: (r) => r.queue }),
    capacity: t.field({ type: [CapacityPlanRef], resolve: (r) => r.capacity }),
    satisfaction: t.field({ type: FeedbackAnalyticsRef, nullable: true, resolve: (r) => r.satisfaction }),
    commonIssues: t.field({ type: [CommonIssue], resolve: (r) => r.commonIssues }),
  }),
});

const MetricName = builder.enumType("SeriesMetric", {
  values: [
    "EVENTS",
    "TICKETS_CREATED",
    "TICKETS_RESOLVED",
    "FIRST_RESPONSE_MEDIAN",
    "RESOLUTION_MEDIAN",
    "SLA_FIRST_REPLY_COMPLIANCE",
    "CHATS_STARTED",
    "CHAT_WAIT_AVERAGE",
    "CHAT_ABANDONMENT_RATE",
    "CSAT",
    "NPS",
  ] as const,
});
const MetricBucket = builder.enumType("MetricBucket", { values: ["HOUR", "DAY", "WEEK"] as const });
const MetricPoint = builder.objectRef<SeriesPoint>("MetricPoint").implement({
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime", description: "Start of the bucket (UTC; weeks start on Monday)." }),
    value: t.exposeFloat("value", { nullable: true }),
    count: t.exposeInt("count", { description: "How many items the value is computed over." }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Feedback

const FeedbackKind = builder.enumType("FeedbackKind", { values: ["TICKET", "CHAT"] as const });

const CustomerFeedback = builder.objectRef<FeedbackRow>("CustomerFeedback").implement({
  description: "A customer's feedback on a resolved ticket or an ended chat.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: FeedbackKind, resolve: (f) => f.kind as "TICKET" | "CHAT" }),
    ticket: t.field({ type: TicketRef, nullable: true, resolve: (f) => (f.kind === "TICKET" ? { id: f.itemId } : null) }),
    chat: t.field({ type: ChatRef, nullable: true, resolve: (f) => (f.kind === "CHAT" ? { id: f.itemId } : null) }),
    customer: t.field({ type: CustomerRef, nullable: true, description: "The customer's profile; null with a NOT_FOUND error when agents holds none.", resolve: (f) => ({ id: f.customerId }) }),
    agent: t.field({ type: AgentRef, nullable: true, resolve: (f) => (f.agentId ? { id: f.agentId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true }),
    rating: t.exposeInt("rating"),
    responseTimeRating: t.exposeInt("responseTimeRating", { nullable: true }),
    helpfulnessRating: t.exposeInt("helpfulnessRating", { nullable: true }),
    resolutionRating: t.exposeInt("resolutionRating", { nullable: true }),
    overallRating: t.exposeInt("overallRating", { nullable: true }),
    waitTimeRating: t.exposeInt("waitTimeRating", { nullable: true }),
    agentRating: t.exposeInt("agentRating", { nullable: true }),
    resolved: t.exposeBoolean("resolved", { nullable: true }),
    wouldRecommend: t.exposeInt("wouldRecommend", { nullable: true }),
    comments: t.exposeString("comments", { nullable: true }),
    suggestions: t.exposeString("suggestions", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const ImprovementStatus = builder.enumType("ImprovementTaskStatus", { values: ["OPEN", "DONE"] as const });

const ImprovementTask = builder.objectRef<TaskRow>("ImprovementTask").implement({
  description: "A follow-up on a low rating (≤ 2) for the supervisor of the item's category.",
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.field({ type: ImprovementStatus, resolve: (task) => task.status as "OPEN" | "DONE" }),
    kind: t.field({ type: FeedbackKind, resolve: (task) => task.kind as "TICKET" | "CHAT" }),
    ticket: t.field({ type: TicketRef, nullable: true, resolve: (task) => (task.kind === "TICKET" ? { id: task.itemId } : null) }),
    chat: t.field({ type: ChatRef, nullable: true, resolve: (task) => (task.kind === "CHAT" ? { id: task.itemId } : null) }),
    customer: t.field({ type: CustomerRef, nullable: true, description: "The customer's profile; null with a NOT_FOUND error when agents holds none.", resolve: (task) => ({ id: task.customerId }) }),
    supervisor: t.field({ type: AgentRef, nullable: true, description: "Null: no supervisor covers the category; any supervisor may take it.", resolve: (task) => (task.supervisorId ? { id: task.supervisorId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true }),
    rating: t.exposeInt("rating"),
    comments: t.exposeString("comments", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true }),
  }),
});

const FeedbackSubmission = builder.objectRef<FeedbackResult>("FeedbackSubmission").implement({
  fields: (t) => ({
    feedback: t.field({ type: CustomerFeedback, resolve: (r) => r.feedback }),
    followUpCreated: t.boolean({ description: "A low rating opened (or reopened) an improvement task.", resolve: (r) => r.followUp !== null }),
  }),
});

const SubmitTicketFeedbackInput = builder.inputType("SubmitTicketFeedbackInput", {
  fields: (t) => ({
    ticketId: t.id({ required: true }),
    rating: t.int({ required: true, description: "1–5" }),
    responseTimeRating: t.int({ required: false, description: "1–5" }),
    helpfulnessRating: t.int({ required: false, description: "1–5" }),
    resolutionRating: t.int({ required: false, description: "1–5" }),
    overallRating: t.int({ required: false, description: "1–5" }),
    comments: t.string({ required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
    wouldRecommend: t.int({ required: false, description: "0–10 (NPS)" }),
    suggestions: t.string({ required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
  }),
});

const SubmitChatFeedbackInput = builder.inputType("SubmitChatFeedbackInput", {
  fields: (t) => ({
    chatId: t.id({ required: true }),
    rating: t.int({ required: true, description: "1–5" }),
    waitTimeRating: t.int({ required: false, description: "1–5" }),
    agentRating: t.int({ required: false, description: "1–5" }),
    resolved: t.boolean({ required: false }),
    comments: t.string({ required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
  }),
});

const CompleteImprovementTaskInput = builder.inputType("CompleteImprovementTaskInput", {
  fields: (t) => ({ id: t.id({ required: true }), note: t.string({ required: false, ...maxLength(COMMENT_MAX_LENGTH) }) }),
});

const TASK_KEY = ["createdAt", "id"] as const;

// ---------------------------------------------------------------------------------------------
// Live dashboard

const ComponentState = builder.enumType("ComponentState", { values: ["UP", "DOWN", "UNKNOWN", "CONFIGURED", "NOT_CONFIGURED"] as const });
const LiveComponentStatus = builder.objectRef<ComponentStatus>("LiveComponentStatus").implement({
  fields: (t) => ({ name: t.exposeString("name"), status: t.field({ type: ComponentState, resolve: (c) => c.status }) }),
});

const LiveSupportStatusRef = builder.objectRef<LiveSupportStatus>("LiveSupportStatus").implement({
  description: "The support desk right now. Waits in seconds.",
  fields: (t) => ({
    ticketsInQueue: t.exposeInt("ticketsInQueue", { description: "Open tickets without an agent." }),
    chatsWaiting: t.exposeInt("chatsWaiting"),
    averageWaitSeconds: t.exposeInt("averageWaitSeconds", { nullable: true, description: "Over waiting chats and unassigned open tickets." }),
    longestWaitSeconds: t.exposeInt("longestWaitSeconds", { nullable: true }),
    agentsOnline: t.exposeInt("agentsOnline", { nullable: true }),
    agentsAvailable: t.exposeInt("agentsAvailable", { nullable: true }),
    agentsBusy: t.exposeInt("agentsBusy", { nullable: true }),
    activeChats: t.exposeInt("activeChats"),
    pendingResponses: t.exposeInt("pendingResponses", { description: "Open tickets still waiting for a first reply." }),
    escalatedIssues: t.exposeInt("escalatedIssues"),
    responseTimeSeconds: t.exposeFloat("responseTimeSeconds", { nullable: true, description: "Mean first response over the last 24 hours." }),
    systemStatus: t.field({ type: [LiveComponentStatus], resolve: (s) => s.systemStatus }),
    integrations: t.field({ type: [LiveComponentStatus], resolve: (s) => s.integrations }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

/** Minimum spacing of live dashboard updates per subscriber. */
export const LIVE_UPDATE_INTERVAL_MS = 1000;
/** Recompute without events this often (waits grow, subgraphs go down); sent only if different. */
export const LIVE_REFRESH_MS = 15_000;

const liveStatusCache = new WeakMap<object, () => Promise<LiveSupportStatus>>();
function liveStatusOf(ctx: AnalyticsContext): () => Promise<LiveSupportStatus> {
  let shared = liveStatusCache.get(ctx.db);
  if (!shared) {
    shared = sharedLiveStatus(ctx);
    liveStatusCache.set(ctx.db, shared);
  }
  return shared;
}

// ---------------------------------------------------------------------------------------------
// Root fields

builder.queryType({
  fields: (t) => ({
    eventLog: t.connection(
      {
        type: AnalyticsEvent,
        authScopes: { supervisor: true },
        description: "The recorded domain events, newest first.",
        args: { type: t.arg.string({ required: false }), from: t.arg({ type: "DateTime", required: false }), to: t.arg({ type: "DateTime", required: false }) },
        resolve: (_root, args, ctx) => {
          if (args.from && args.to && args.to.getTime() < args.from.getTime()) throw badInput("`to` must not be before `from`");
          const where: Prisma.AnalyticsEventWhereInput = {
            ...(args.type ? { type: args.type } : {}),
            ...(args.from || args.to ? { occurredAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: args.to } : {}) } } : {}),
          };
          return keysetConnection(
            args,
            (e: EventRow) => [e.occurredAt.toISOString(), e.id],
            (page) =>
              ctx.db.prisma.analyticsEvent.findMany({
                where: { AND: [where, beyondKeyWhere(KEY, page, true, (v) => new Date(v))] },
                orderBy: keysetOrder(KEY, page, true),
                take: page.limit,
              }),
          );
        },
      },
      { name: "AnalyticsEventConnection" },
      { name: "AnalyticsEventEdge" },
    ),
    eventCounts: t.field({
      type: [EventCount],
      authScopes: { supervisor: true },
      description: "How many events of each type occurred in [from, to).",
      args: { from: t.arg({ type: "DateTime", required: true }), to: t.arg({ type: "DateTime", required: true }) },
      resolve: async (_root, { from, to }, ctx) => {
        rangeOf(ctx, from, to);
        const rows = await ctx.db.sql.query<{ type: string; count: string }>(
          `SELECT "type", count(*) AS count FROM "analytics"."events" WHERE "occurredAt" >= $1::timestamp AND "occurredAt" < $2::timestamp GROUP BY "type" ORDER BY "type"`,
          [from.toISOString().replace("Z", ""), to.toISOString().replace("Z", "")],
        );
        return rows.map((r) => ({ type: r.type, count: Number(r.count) }));
      },
    }),
    supportMetrics: t.field({
      type: SupportMetricsRef,
      authScopes: { supervisor: true, service: true },
      args: {
        from: t.arg({ type: "DateTime", required: true }),
        to: t.arg({ type: "DateTime", required: true }),
        filter: t.arg({ type: MetricsFilterInput, required: false }),
      },
      resolve: (_root, args, ctx) => supportMetrics(ctx.db.sql, rangeOf(ctx, args.from, args.to), filterOf(args.filter)),
    }),
    performanceReport: t.field({
      type: PerformanceReportRef,
      authScopes: { supervisor: true },
      args: {
        type: t.arg({ type: ReportType, required: true }),
        from: t.arg({ type: "DateTime", required: true }),
        to: t.arg({ type: "DateTime", required: true }),
        targetWaitSeconds: t.arg.int({ required: false, description: "Capacity planning: answer within this many seconds (default 60)." }),
        targetServiceLevel: t.arg.float({ required: false, description: "Capacity planning: share answered within the target (default 0.8)." }),
      },
      resolve: (_root, args, ctx) =>
        performanceReport(ctx.db.sql, args.type, rangeOf(ctx, args.from, args.to), {
          targetWaitSeconds: args.targetWaitSeconds ?? undefined,
          targetServiceLevel: args.targetServiceLevel ?? undefined,
        }),
    }),
    metricSeries: t.field({
      type: [MetricPoint],
      authScopes: { supervisor: true },
      args: {
        metric: t.arg({ type: MetricName, required: true }),
        from: t.arg({ type: "DateTime", required: true }),
        to: t.arg({ type: "DateTime", required: true }),
        bucket: t.arg({ type: MetricBucket, required: true }),
        filter: t.arg({ type: MetricsFilterInput, required: false }),
      },
      resolve: (_root, args, ctx) => metricSeries(ctx.db.sql, args.metric, rangeOf(ctx, args.from, args.to), args.bucket, filterOf(args.filter)),
    }),
    feedbackAnalytics: t.field({
      type: FeedbackAnalyticsRef,
      authScopes: { supervisor: true },
      args: { from: t.arg({ type: "DateTime", required: true }), to: t.arg({ type: "DateTime", required: true }) },
      resolve: (_root, args, ctx) => feedbackAnalytics(ctx.db.sql, rangeOf(ctx, args.from, args.to)),
    }),
    myFeedback: t.field({
      type: CustomerFeedback,
      nullable: true,
      authScopes: { customer: true },
      description: "The caller's feedback on one ticket or chat, if given.",
      args: { kind: t.arg({ type: FeedbackKind, required: true }), itemId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        assertUuid(args.itemId, "itemId");
        const feedback = await ctx.db.prisma.analyticsFeedback.findUnique({ where: { kind_itemId: { kind: args.kind, itemId: args.itemId } } });
        return feedback && feedback.customerId === ctx.identity.subject ? feedback : null;
      },
    }),
    improvementQueue: t.connection(
      {
        type: ImprovementTask,
        authScopes: { supervisor: true },
        description: "Follow-ups on low ratings, oldest first. `mine`: only those for the caller (and those no supervisor covers).",
        args: { status: t.arg({ type: ImprovementStatus, required: false, defaultValue: "OPEN" }), mine: t.arg.boolean({ required: false }) },
        resolve: (_root, args, ctx) => {
          const where: Prisma.AnalyticsImprovementTaskWhereInput = {
            ...(args.status ? { status: args.status } : {}),
            ...(args.mine ? { OR: [{ supervisorId: ctx.identity.subject }, { supervisorId: null }] } : {}),
          };
          return keysetConnection(
            args,
            (task: TaskRow) => [task.createdAt.toISOString(), task.id],
            (page) =>
              ctx.db.prisma.analyticsImprovementTask.findMany({
                where: { AND: [where, beyondKeyWhere(TASK_KEY, page, false, (v) => new Date(v))] },
                orderBy: keysetOrder(TASK_KEY, page, false),
                take: page.limit,
              }),
          );
        },
      },
      { name: "ImprovementTaskConnection" },
      { name: "ImprovementTaskEdge" },
    ),
    liveSupportStatus: t.field({
      type: LiveSupportStatusRef,
      authScopes: { staff: true },
      resolve: (_root, _args, ctx) => computeLiveStatus(ctx),
    }),
  }),
});

builder.mutationType({
  fields: (t) => ({
    catchUpEvents: t.int({
      authScopes: { admin: true, service: true },
      description: "Reads every producer's outbox from where analytics left off, then backfills tickets and chats the log has no events for; returns how many events were new.",
      resolve: async (_root, _args, ctx) => {
        const caughtUp = await catchUpAll(ctx, (source, after) => ctx.internal.readOutbox(source, after));
        let backfilled = 0;
        for (const source of BACKFILL_ORDER) backfilled += await backfillFrom(ctx, source);
        if (backfilled > 0) await announce(ctx, backfilled);
        return caughtUp + backfilled;
      },
    }),
    submitTicketFeedback: t.field({
      type: FeedbackSubmission,
      authScopes: { customer: true },
      description: "Rate a resolved ticket (its customer only). Submitting again updates the feedback.",
      args: { input: t.arg({ type: SubmitTicketFeedbackInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        validateTicketFeedback(input);
        const item = await loadTicketItem(ctx, input.ticketId);
        assertMayRate(ctx, item);
        return saveFeedback(ctx, item, input);
      },
    }),
    submitChatFeedback: t.field({
      type: FeedbackSubmission,
      authScopes: { customer: true },
      description: "Rate an ended chat (its customer only). Submitting again updates the feedback.",
      args: { input: t.arg({ type: SubmitChatFeedbackInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        validateChatFeedback(input);
        const item = await loadChatItem(ctx, input.chatId);
        assertMayRate(ctx, item);
        return saveFeedback(ctx, item, input);
      },
    }),
    completeImprovementTask: t.field({
      type: ImprovementTask,
      authScopes: { supervisor: true },
      args: { input: t.arg({ type: CompleteImprovementTaskInput, required: true }) },
      resolve: (_root, { input }, ctx) => completeImprovementTask(ctx, input),
    }),
  }),
});

builder.subscriptionType({
  fields: (t) => ({
    liveSupportStatus: t.field({
      type: LiveSupportStatusRef,
      authScopes: { staff: true },
      description: `The live dashboard: sent at once, then whenever it changes — at most once per ${LIVE_UPDATE_INTERVAL_MS / 1000} s per subscriber, however many events arrive.`,
      subscribe: async (_root, _args, ctx) => {
        const changes = ctx.pubsub.subscribe(LOG_CHANGED_TOPIC);
        await ctx.pubsub.ready();
        return coalescedUpdates(changes, liveStatusOf(ctx), { intervalMs: LIVE_UPDATE_INTERVAL_MS, key: statusKey, refreshMs: LIVE_REFRESH_MS });
      },
      resolve: (status) => status,
    }),
  }),
});

export const analyticsSchema = buildSubgraphSchema(builder);
