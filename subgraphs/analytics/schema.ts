/** analytics subgraph schema: the domain-event log, figures, reports, feedback and the live dashboard. */
import type { AnalyticsEvent as EventRow, AnalyticsFeedback as FeedbackRow, AnalyticsImprovementTask as TaskRow, Prisma } from "../../generated/prisma/client.js";
import { buildSubgraphSchema, createSubgraphBuilder, ROOT_TYPE_DESCRIPTIONS } from "../common/builder.js";
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
    id: t.exposeID("id", { description: "The event id." }),
    type: t.exposeString("type", { description: "Event type, e.g. ticket.created (docs/contracts.md)." }),
    source: t.exposeString("source", { description: "The subgraph that emitted it: tickets, chat, knowledge or agents." }),
    aggregateId: t.exposeString("aggregateId", { description: "The ticket, chat, article or agent it is about." }),
    payload: t.field({ description: "The event's data, as in docs/contracts.md.", type: "JSON", resolve: (e) => e.payload }),
    occurredAt: t.expose("occurredAt", { type: "DateTime", description: "When it happened." }),
  }),
});

interface EventCountShape {
  type: string;
  count: number;
}
const EventCount = builder.objectRef<EventCountShape>("EventCount").implement({
  description: "How many events of one type were recorded.",
  fields: (t) => ({ type: t.exposeString("type", { description: "Event type." }), count: t.exposeInt("count", { description: "Events of that type in the range." }) }),
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
  description: "Narrows figures to one category, channel, language or agent; omitted fields do not filter. Values must be 1–100 characters (else BAD_USER_INPUT).",
  fields: (t) => ({
    category: t.string({ required: false, description: "Ticket category or subcategory key (chats: their topic)." }),
    channel: t.string({ required: false, description: "Ticket channel (IN_APP, EMAIL, CHAT, …); chats count only for CHAT or no channel." }),
    language: t.string({ description: "Conversation language (en, ar, hi, ur).", required: false }),
    agentId: t.id({ description: "Only work assigned to this agent (UUID).", required: false }),
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

const SlaTarget = builder.enumType("SlaTargetKind", {
  description: "One of a ticket's SLA targets.",
  values: {
    FIRST_REPLY: { description: "First staff reply to the customer." },
    NEXT_REPLY: { description: "Staff reply to each later customer message." },
    RESOLUTION: { description: "Resolution of the ticket." },
  } as const,
});

const SlaComplianceFigure = builder.objectRef<SlaCompliance>("SlaComplianceFigure").implement({
  description: "Share of tickets that met one SLA target, with the counts behind it.",
  fields: (t) => ({
    target: t.field({ description: "The SLA target.", type: SlaTarget, resolve: (s) => s.target }),
    met: t.exposeInt("met", { description: "Tickets that met it." }),
    total: t.exposeInt("total", { description: "Tickets subject to it." }),
    ratio: t.exposeFloat("ratio", { nullable: true, description: "met / total (0–1); null without tickets subject to the target." }),
  }),
});

const SupportMetricsRef = builder.objectRef<SupportMetrics>("SupportMetrics").implement({
  description:
    "Support figures for [from, to). Tickets: the cohort created in the period (resolutions and replies before `to`). Chats: started in the period. Feedback: submitted in the period. Durations in seconds.",
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime", description: "Start of the period (inclusive)." }),
    to: t.expose("to", { type: "DateTime", description: "End of the period (exclusive)." }),
    ticketsTotal: t.exposeInt("ticketsTotal", { description: "Tickets created in the period." }),
    ticketsResolved: t.exposeInt("ticketsResolved", { description: "Of those, resolved before `to`." }),
    ticketsOpen: t.exposeInt("ticketsOpen", { description: "Of those, not resolved at `to`." }),
    ticketsEscalated: t.exposeInt("ticketsEscalated", { description: "Of those, escalated at least once." }),
    resolutionAverageSeconds: t.exposeFloat("resolutionAverageSeconds", { nullable: true, description: "Mean time from creation to resolution, wall-clock seconds; null when there is nothing to measure." }),
    resolutionMedianSeconds: t.exposeFloat("resolutionMedianSeconds", { nullable: true, description: "Median time to resolution, seconds; null when there is nothing to measure." }),
    resolutionBusinessAverageSeconds: t.exposeFloat("resolutionBusinessAverageSeconds", { nullable: true, description: "Counted in business hours, as the SLA clock is." }),
    firstResponseMeanSeconds: t.exposeFloat("firstResponseMeanSeconds", { nullable: true, description: "Mean time to the first staff reply, seconds; null when there is nothing to measure." }),
    firstResponseMedianSeconds: t.exposeFloat("firstResponseMedianSeconds", { nullable: true, description: "Median time to the first staff reply, seconds; null when there is nothing to measure." }),
    firstResponseP90Seconds: t.exposeFloat("firstResponseP90Seconds", { nullable: true, description: "90th percentile of time to the first staff reply, seconds; null when there is nothing to measure." }),
    firstResponseBusinessMeanSeconds: t.exposeFloat("firstResponseBusinessMeanSeconds", { nullable: true, description: "Counted in business hours, as the SLA clock is." }),
    sla: t.field({ description: "Compliance per SLA target.", type: [SlaComplianceFigure], resolve: (m) => m.sla }),
    chatsTotal: t.exposeInt("chatsTotal", { description: "Chats started in the period." }),
    chatsAnswered: t.exposeInt("chatsAnswered", { description: "Of those, answered by an agent." }),
    chatsAbandoned: t.exposeInt("chatsAbandoned", { description: "Of those, left by the customer before an answer." }),
    chatAverageDurationSeconds: t.exposeFloat("chatAverageDurationSeconds", { nullable: true, description: "Mean length of ended chats, seconds; null when there is nothing to measure." }),
    chatAbandonmentRate: t.exposeFloat("chatAbandonmentRate", { nullable: true, description: "chatsAbandoned / chatsTotal (0–1); null when there is nothing to measure." }),
    chatWaitAverageSeconds: t.exposeFloat("chatWaitAverageSeconds", { nullable: true, description: "Mean wait before an agent answered, seconds; null when there is nothing to measure." }),
    chatWaitP90Seconds: t.exposeFloat("chatWaitP90Seconds", { nullable: true, description: "90th percentile of that wait, seconds; null when there is nothing to measure." }),
    feedbackResponses: t.exposeInt("feedbackResponses", { description: "Feedback submitted in the period." }),
    averageRating: t.exposeFloat("averageRating", { nullable: true, description: "Mean 1–5 rating; null when there is nothing to measure." }),
    csat: t.exposeFloat("csat", { nullable: true, description: "Share (0–1) of 1–5 ratings that are 4 or 5." }),
    nps: t.exposeFloat("nps", { nullable: true, description: "% promoters (9–10) − % detractors (0–6) of wouldRecommend answers." }),
    npsResponses: t.exposeInt("npsResponses", { description: "Feedback with a wouldRecommend answer." }),
    onlineHours: t.exposeFloat("onlineHours", { description: "Hours agents were ONLINE or AWAY in the period." }),
    agentUtilization: t.exposeFloat("agentUtilization", { nullable: true, description: "Chat handle time over agents' online time." }),
    agentProductivity: t.exposeFloat("agentProductivity", { nullable: true, description: "Tickets resolved in the period per online hour." }),
  }),
});

const MetricTrendRef = builder.objectRef<MetricTrend>("MetricTrend").implement({
  description: "A figure in this period against the previous period of the same length.",
  fields: (t) => ({
    metric: t.exposeString("metric", { description: "The SupportMetrics field name, e.g. firstResponseMedianSeconds." }),
    previous: t.exposeFloat("previous", { nullable: true, description: "Value in the previous period; null when not measurable." }),
    current: t.exposeFloat("current", { nullable: true, description: "Value in this period; null when not measurable." }),
    relative: t.exposeFloat("relative", { nullable: true, description: "(current − previous) / |previous|." }),
  }),
});

const InsightSeverity = builder.enumType("InsightSeverity", {
  description: "How much an insight matters.",
  values: {
    INFO: { description: "Worth knowing." },
    WARNING: { description: "Getting worse or past a warning threshold." },
    CRITICAL: { description: "Past a critical threshold: act now." },
  } as const,
});

const MetricInsight = builder.objectRef<Insight>("MetricInsight").implement({
  description: "A finding derived from the figures by an explicit rule (see insights.ts).",
  fields: (t) => ({
    id: t.exposeString("id", { description: "Stable id of the rule and metric, e.g. worse:chatAbandonmentRate." }),
    severity: t.field({ description: "How much it matters.", type: InsightSeverity, resolve: (i) => i.severity.toUpperCase() as "INFO" | "WARNING" | "CRITICAL" }),
    message: t.exposeString("message", { description: "The finding in words." }),
    metric: t.exposeString("metric", { description: "The metric concerned." }),
    category: t.exposeString("category", { nullable: true, description: "The ticket category concerned, if any." }),
    previous: t.float({ description: "Value in the previous period.", nullable: true, resolve: (i) => i.change.previous }),
    current: t.float({ description: "Value in this period.", nullable: true, resolve: (i) => i.change.current }),
    relative: t.float({ description: "(current − previous) / |previous|.", nullable: true, resolve: (i) => i.change.relative }),
  }),
});

const MetricRecommendation = builder.objectRef<Recommendation>("MetricRecommendation").implement({
  description: "Something to do about an insight.",
  fields: (t) => ({ id: t.exposeString("id", { description: "Stable id." }), message: t.exposeString("message", { description: "What to do." }), because: t.exposeString("because", { description: "The insight that prompted it." }) }),
});

const AgentBreakdown = builder.objectRef<AgentPerformance>("AgentBreakdown").implement({
  description: "One agent's figures for the period.",
  fields: (t) => ({
    agent: t.field({ type: AgentRef, nullable: true, description: "The agent's profile; null with a NOT_FOUND error when agents no longer knows them.", resolve: (a) => ({ id: a.agentId }) }),
    agentId: t.exposeID("agentId", { description: "The agent's id." }),
    ticketsTotal: t.exposeInt("ticketsTotal", { description: "Tickets created in the period and assigned to the agent." }),
    ticketsResolved: t.exposeInt("ticketsResolved", { description: "Of those, resolved." }),
    ticketsResolvedInPeriod: t.exposeInt("ticketsResolvedInPeriod", { description: "Tickets the agent resolved in the period, whenever created." }),
    resolutionMedianSeconds: t.exposeFloat("resolutionMedianSeconds", { nullable: true, description: "Median time to resolution, seconds; null when there is nothing to measure." }),
    firstResponseMeanSeconds: t.exposeFloat("firstResponseMeanSeconds", { nullable: true, description: "Mean time to first reply, seconds; null when there is nothing to measure." }),
    firstResponseP90Seconds: t.exposeFloat("firstResponseP90Seconds", { nullable: true, description: "90th percentile of time to first reply, seconds; null when there is nothing to measure." }),
    chatsHandled: t.exposeInt("chatsHandled", { description: "Chats the agent answered." }),
    chatAverageDurationSeconds: t.exposeFloat("chatAverageDurationSeconds", { nullable: true, description: "Mean chat length, seconds; null when there is nothing to measure." }),
    feedbackResponses: t.exposeInt("feedbackResponses", { description: "Feedback about the agent's work." }),
    averageRating: t.exposeFloat("averageRating", { nullable: true, description: "Mean 1–5 rating; null when there is nothing to measure." }),
    csat: t.exposeFloat("csat", { nullable: true, description: "Share (0–1) of ratings that are 4 or 5; null when there is nothing to measure." }),
    onlineHours: t.exposeFloat("onlineHours", { description: "Hours ONLINE or AWAY in the period." }),
    agentUtilization: t.exposeFloat("agentUtilization", { nullable: true, description: "Chat handle time over online time (0–1+); null when there is nothing to measure." }),
    agentProductivity: t.exposeFloat("agentProductivity", { nullable: true, description: "Tickets resolved per online hour; null when there is nothing to measure." }),
  }),
});

const HourlyQueueRef = builder.objectRef<HourlyQueue>("HourlyQueue").implement({
  description: "Arrivals and waits at one hour of day (UTC) over the period.",
  fields: (t) => ({
    hour: t.exposeInt("hour", { description: "Hour of day, 0–23 UTC." }),
    chatArrivals: t.exposeInt("chatArrivals", { description: "Chats started at this hour over the period." }),
    ticketArrivals: t.exposeInt("ticketArrivals", { description: "Tickets created at this hour over the period." }),
    chatArrivalRatePerHour: t.exposeFloat("chatArrivalRatePerHour", { description: "Mean chats arriving per hour at this hour of day." }),
    averageChatWaitSeconds: t.exposeFloat("averageChatWaitSeconds", { nullable: true, description: "Mean chat wait, seconds; null when there is nothing to measure." }),
    maxChatWaitSeconds: t.exposeFloat("maxChatWaitSeconds", { nullable: true, description: "Longest chat wait, seconds; null when there is nothing to measure." }),
    averageChatHandleSeconds: t.exposeFloat("averageChatHandleSeconds", { nullable: true, description: "Mean chat handle time, seconds; null when there is nothing to measure." }),
    averageTicketFirstResponseSeconds: t.exposeFloat("averageTicketFirstResponseSeconds", { nullable: true, description: "Mean time to first reply of tickets created at this hour, seconds; null when there is nothing to measure." }),
  }),
});

const CapacityPlanRef = builder.objectRef<CapacityPlan>("CapacityPlan").implement({
  description: "Chat agents needed at one hour of day for the target wait (Erlang C).",
  fields: (t) => ({
    hour: t.exposeInt("hour", { description: "Hour of day, 0–23 UTC." }),
    arrivalRatePerHour: t.exposeFloat("arrivalRatePerHour", { description: "Mean chats arriving per hour." }),
    averageHandleSeconds: t.exposeFloat("averageHandleSeconds", { nullable: true, description: "Mean chat handle time, seconds; null when there is nothing to measure." }),
    agentsNeeded: t.exposeInt("agentsNeeded", { description: "Agents needed to answer the target share of chats within the target wait." }),
  }),
});

const IssueKind = builder.enumType("CommonIssueKind", {
  description: "Whether a common issue is a category or a subcategory.",
  values: {
    CATEGORY: { description: "A top-level ticket category." },
    SUBCATEGORY: { description: "A ticket subcategory." },
  } as const,
});
const CommonIssue = builder.objectRef<IssueCount>("CommonIssue").implement({
  description: "A frequent kind of ticket in the period.",
  fields: (t) => ({
    kind: t.field({ description: "Category or subcategory.", type: IssueKind, resolve: (i) => i.kind }),
    key: t.exposeString("key", { description: "Its key, e.g. billing_payments." }),
    tickets: t.exposeInt("tickets", { description: "Tickets in it." }),
    share: t.exposeFloat("share", { description: "Share of all tickets (0–1)." }),
  }),
});

const FeedbackThemeRef = builder.objectRef<FeedbackTheme>("FeedbackTheme").implement({
  description: "A word or phrase that stands out in feedback comments.",
  fields: (t) => ({
    term: t.exposeString("term", { description: "The word or phrase." }),
    score: t.exposeFloat("score", { description: "How strongly it stands out (higher is stronger)." }),
    count: t.exposeInt("count", { description: "Comments it appears in." }),
  }),
});

const FeedbackRatingCount = builder.objectRef<{ rating: number; count: number }>("FeedbackRatingCount").implement({
  description: "How many feedback responses gave one rating.",
  fields: (t) => ({ rating: t.exposeInt("rating", { description: "1–5." }), count: t.exposeInt("count", { description: "Responses with it." }) }),
});
const FeedbackAspectScore = builder.objectRef<{ aspect: string; average: number | null; responses: number }>("FeedbackAspectScore").implement({
  description: "The mean rating of one aspect of service.",
  fields: (t) => ({
    aspect: t.exposeString("aspect", { description: "responseTimeRating, helpfulnessRating, resolutionRating, overallRating, waitTimeRating or agentRating." }),
    average: t.exposeFloat("average", { nullable: true, description: "Mean 1–5 rating; null without answers." }),
    responses: t.exposeInt("responses", { description: "Answers rating it." }),
  }),
});
const FeedbackTrendingIssue = builder
  .objectRef<{ categoryKey: string; lowRatings: number; previousLowRatings: number; averageRating: number | null }>("FeedbackTrendingIssue")
  .implement({
    description: "A ticket category drawing more low ratings (1–2) than in the previous period.",
    fields: (t) => ({
      categoryKey: t.exposeString("categoryKey", { description: "The ticket category key." }),
      lowRatings: t.exposeInt("lowRatings", { description: "Ratings of 1 or 2 in this period." }),
      previousLowRatings: t.exposeInt("previousLowRatings", { description: "Ratings of 1 or 2 in the previous period." }),
      averageRating: t.exposeFloat("averageRating", { nullable: true, description: "Mean 1–5 rating in this period." }),
    }),
  });

const FeedbackAnalyticsRef = builder.objectRef<FeedbackAnalytics>("FeedbackAnalytics").implement({
  description: "Customer satisfaction over [from, to).",
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime", description: "Start of the period (inclusive)." }),
    to: t.expose("to", { type: "DateTime", description: "End of the period (exclusive)." }),
    responses: t.exposeInt("feedbackResponses", { description: "Feedback submitted in the period." }),
    averageRating: t.exposeFloat("averageRating", { nullable: true, description: "Overall satisfaction: mean 1–5 rating." }),
    csat: t.exposeFloat("csat", { nullable: true, description: "Share (0–1) of ratings that are 4 or 5; null when there is nothing to measure." }),
    nps: t.exposeFloat("nps", { nullable: true, description: "% promoters (9–10) − % detractors (0–6), −100…100; null when there is nothing to measure." }),
    distribution: t.field({ description: "Responses per rating 1–5.", type: [FeedbackRatingCount], resolve: (f) => f.distribution }),
    aspects: t.field({ description: "Mean rating per aspect.", type: [FeedbackAspectScore], resolve: (f) => f.aspects }),
    improvementAreas: t.field({ type: [FeedbackAspectScore], description: "Aspects averaging below 4 of 5, worst first.", resolve: (f) => f.improvementAreas }),
    trendingIssues: t.field({ type: [FeedbackTrendingIssue], description: "Categories with low ratings, by growth vs the previous period.", resolve: (f) => f.trendingIssues }),
    positiveThemes: t.field({ description: "What satisfied customers mention.", type: [FeedbackThemeRef], resolve: (f) => f.positiveThemes }),
    negativeThemes: t.field({ description: "What dissatisfied customers mention.", type: [FeedbackThemeRef], resolve: (f) => f.negativeThemes }),
  }),
});

const ReportType = builder.enumType("PerformanceReportType", {
  description: "Which report to build.",
  values: {
    EXECUTIVE: { description: "Summary, trends, insights and recommendations." },
    OPERATIONAL: { description: "Executive plus per-agent figures, queue by hour and capacity plan." },
    CUSTOMER_INSIGHTS: { description: "Satisfaction, common issues and feedback themes." },
  } as const,
});

const PerformanceReportRef = builder.objectRef<PerformanceReport>("PerformanceReport").implement({
  description:
    "EXECUTIVE: summary, trends, insights, recommendations vs the previous period of equal length. OPERATIONAL: also per-agent breakdown, queue by hour, capacity. CUSTOMER_INSIGHTS: satisfaction, common issues, feedback themes.",
  fields: (t) => ({
    type: t.field({ description: "The report type.", type: ReportType, resolve: (r) => r.type }),
    from: t.expose("from", { type: "DateTime", description: "Start of the period (inclusive)." }),
    to: t.expose("to", { type: "DateTime", description: "End of the period (exclusive)." }),
    previousFrom: t.expose("previousFrom", { type: "DateTime", description: "Start of the previous period of equal length." }),
    previousTo: t.expose("previousTo", { type: "DateTime", description: "End of the previous period (= from)." }),
    summary: t.field({ description: "Figures for the period.", type: SupportMetricsRef, resolve: (r) => r.summary }),
    previous: t.field({ description: "Figures for the previous period.", type: SupportMetricsRef, nullable: true, resolve: (r) => r.previous }),
    trends: t.field({ description: "Each figure against the previous period.", type: [MetricTrendRef], resolve: (r) => r.trends }),
    insights: t.field({ description: "Findings from the figures.", type: [MetricInsight], resolve: (r) => r.insights }),
    recommendations: t.field({ description: "What to do about them.", type: [MetricRecommendation], resolve: (r) => r.recommendations }),
    agents: t.field({ description: "OPERATIONAL: per-agent figures; empty otherwise.", type: [AgentBreakdown], resolve: (r) => r.agents }),
    queue: t.field({ description: "OPERATIONAL: arrivals and waits per hour of day; empty otherwise.", type: [HourlyQueueRef], resolve: (r) => r.queue }),
    capacity: t.field({ description: "OPERATIONAL: agents needed per hour of day; empty otherwise.", type: [CapacityPlanRef], resolve: (r) => r.capacity }),
    satisfaction: t.field({ description: "CUSTOMER_INSIGHTS: satisfaction figures; null otherwise.", type: FeedbackAnalyticsRef, nullable: true, resolve: (r) => r.satisfaction }),
    commonIssues: t.field({ description: "CUSTOMER_INSIGHTS: the most frequent categories; empty otherwise.", type: [CommonIssue], resolve: (r) => r.commonIssues }),
  }),
});

const MetricName = builder.enumType("SeriesMetric", {
  description: "A figure metricSeries can chart.",
  values: {
    EVENTS: { description: "Domain events recorded (count)." },
    TICKETS_CREATED: { description: "Tickets created (count)." },
    TICKETS_RESOLVED: { description: "Tickets resolved (count)." },
    FIRST_RESPONSE_MEDIAN: { description: "Median time to first reply of tickets created, seconds." },
    RESOLUTION_MEDIAN: { description: "Median time to resolution of tickets resolved, seconds." },
    SLA_FIRST_REPLY_COMPLIANCE: { description: "Share (0–1) of tickets meeting the first-reply target." },
    CHATS_STARTED: { description: "Chats started (count)." },
    CHAT_WAIT_AVERAGE: { description: "Mean chat wait, seconds." },
    CHAT_ABANDONMENT_RATE: { description: "Share (0–1) of chats abandoned." },
    CSAT: { description: "Share (0–1) of ratings that are 4 or 5." },
    NPS: { description: "Net promoter score, −100…100." },
  } as const,
});
const MetricBucket = builder.enumType("MetricBucket", {
  description: "The width of a series point (UTC).",
  values: {
    HOUR: { description: "One hour." },
    DAY: { description: "One day." },
    WEEK: { description: "One week, starting Monday." },
  } as const,
});
const MetricPoint = builder.objectRef<SeriesPoint>("MetricPoint").implement({
  description: "One bucket of a metric series.",
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime", description: "Start of the bucket (UTC; weeks start on Monday)." }),
    value: t.exposeFloat("value", { nullable: true, description: "The metric in this bucket (units per SeriesMetric); null when there is nothing to measure." }),
    count: t.exposeInt("count", { description: "How many items the value is computed over." }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Feedback

const FeedbackKind = builder.enumType("FeedbackKind", {
  description: "What the feedback is about.",
  values: {
    TICKET: { description: "A resolved ticket." },
    CHAT: { description: "An ended chat." },
  } as const,
});

const CustomerFeedback = builder.objectRef<FeedbackRow>("CustomerFeedback").implement({
  description: "A customer's feedback on a resolved ticket or an ended chat.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The feedback id." }),
    kind: t.field({ description: "Ticket or chat.", type: FeedbackKind, resolve: (f) => f.kind as "TICKET" | "CHAT" }),
    ticket: t.field({ description: "The ticket, for TICKET feedback.", type: TicketRef, nullable: true, resolve: (f) => (f.kind === "TICKET" ? { id: f.itemId } : null) }),
    chat: t.field({ description: "The chat, for CHAT feedback.", type: ChatRef, nullable: true, resolve: (f) => (f.kind === "CHAT" ? { id: f.itemId } : null) }),
    customer: t.field({ type: CustomerRef, nullable: true, description: "The customer's profile; null with a NOT_FOUND error when agents holds none.", resolve: (f) => ({ id: f.customerId }) }),
    agent: t.field({ description: "The agent who handled it, if any.", type: AgentRef, nullable: true, resolve: (f) => (f.agentId ? { id: f.agentId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "The ticket category (chats: topic), if any." }),
    rating: t.exposeInt("rating", { description: "Overall rating, 1–5." }),
    responseTimeRating: t.exposeInt("responseTimeRating", { nullable: true, description: "Tickets: response time, 1–5." }),
    helpfulnessRating: t.exposeInt("helpfulnessRating", { nullable: true, description: "Tickets: helpfulness, 1–5." }),
    resolutionRating: t.exposeInt("resolutionRating", { nullable: true, description: "Tickets: resolution, 1–5." }),
    overallRating: t.exposeInt("overallRating", { nullable: true, description: "Tickets: overall experience, 1–5." }),
    waitTimeRating: t.exposeInt("waitTimeRating", { nullable: true, description: "Chats: wait time, 1–5." }),
    agentRating: t.exposeInt("agentRating", { nullable: true, description: "Chats: the agent, 1–5." }),
    resolved: t.exposeBoolean("resolved", { nullable: true, description: "Chats: whether the customer says it was resolved." }),
    wouldRecommend: t.exposeInt("wouldRecommend", { nullable: true, description: "Tickets: would recommend us, 0–10 (NPS)." }),
    comments: t.exposeString("comments", { nullable: true, description: "Free text." }),
    suggestions: t.exposeString("suggestions", { nullable: true, description: "Tickets: suggestions, free text." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was first given." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it was last changed." }),
  }),
});

const ImprovementStatus = builder.enumType("ImprovementTaskStatus", {
  description: "Whether a follow-up is done.",
  values: {
    OPEN: { description: "To do." },
    DONE: { description: "Completed." },
  } as const,
});

const ImprovementTask = builder.objectRef<TaskRow>("ImprovementTask").implement({
  description: "A follow-up on a low rating (≤ 2) for the supervisor of the item's category.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The task id." }),
    status: t.field({ description: "Open or done.", type: ImprovementStatus, resolve: (task) => task.status as "OPEN" | "DONE" }),
    kind: t.field({ description: "Ticket or chat.", type: FeedbackKind, resolve: (task) => task.kind as "TICKET" | "CHAT" }),
    ticket: t.field({ description: "The ticket, for TICKET tasks.", type: TicketRef, nullable: true, resolve: (task) => (task.kind === "TICKET" ? { id: task.itemId } : null) }),
    chat: t.field({ description: "The chat, for CHAT tasks.", type: ChatRef, nullable: true, resolve: (task) => (task.kind === "CHAT" ? { id: task.itemId } : null) }),
    customer: t.field({ type: CustomerRef, nullable: true, description: "The customer's profile; null with a NOT_FOUND error when agents holds none.", resolve: (task) => ({ id: task.customerId }) }),
    supervisor: t.field({ type: AgentRef, nullable: true, description: "Null: no supervisor covers the category; any supervisor may take it.", resolve: (task) => (task.supervisorId ? { id: task.supervisorId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "The category it belongs to, if any." }),
    rating: t.exposeInt("rating", { description: "The low rating (1–2) that opened it." }),
    comments: t.exposeString("comments", { nullable: true, description: "The customer's comments." }),
    note: t.exposeString("note", { nullable: true, description: "The supervisor's note on completion." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was opened." }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true, description: "When it was completed; null while OPEN." }),
  }),
});

const FeedbackSubmission = builder.objectRef<FeedbackResult>("FeedbackSubmission").implement({
  description: "Stored feedback and whether it opened a follow-up.",
  fields: (t) => ({
    feedback: t.field({ description: "The feedback as stored.", type: CustomerFeedback, resolve: (r) => r.feedback }),
    followUpCreated: t.boolean({ description: "A low rating opened (or reopened) an improvement task.", resolve: (r) => r.followUp !== null }),
  }),
});

const SubmitTicketFeedbackInput = builder.inputType("SubmitTicketFeedbackInput", {
  description: "Feedback on a resolved ticket. Out-of-range values: BAD_USER_INPUT.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket.", required: true }),
    rating: t.int({ required: true, description: "1–5" }),
    responseTimeRating: t.int({ required: false, description: "1–5" }),
    helpfulnessRating: t.int({ required: false, description: "1–5" }),
    resolutionRating: t.int({ required: false, description: "1–5" }),
    overallRating: t.int({ required: false, description: "1–5" }),
    comments: t.string({ description: "Free text.", required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
    wouldRecommend: t.int({ required: false, description: "0–10 (NPS)" }),
    suggestions: t.string({ description: "Free text.", required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
  }),
});

const SubmitChatFeedbackInput = builder.inputType("SubmitChatFeedbackInput", {
  description: "Feedback on an ended chat. Out-of-range values: BAD_USER_INPUT.",
  fields: (t) => ({
    chatId: t.id({ description: "The chat.", required: true }),
    rating: t.int({ required: true, description: "1–5" }),
    waitTimeRating: t.int({ required: false, description: "1–5" }),
    agentRating: t.int({ required: false, description: "1–5" }),
    resolved: t.boolean({ description: "Was the problem solved?", required: false }),
    comments: t.string({ description: "Free text.", required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
  }),
});

const CompleteImprovementTaskInput = builder.inputType("CompleteImprovementTaskInput", {
  description: "A follow-up to close.",
  fields: (t) => ({ id: t.id({ required: true, description: "The task (unknown: NOT_FOUND)." }), note: t.string({ required: false, ...maxLength(COMMENT_MAX_LENGTH), description: "What was done." }) }),
});

const TASK_KEY = ["createdAt", "id"] as const;

// ---------------------------------------------------------------------------------------------
// Live dashboard

const ComponentState = builder.enumType("ComponentState", {
  description: "State of a part of the system or an integration.",
  values: {
    UP: { description: "Answering." },
    DOWN: { description: "Not answering." },
    UNKNOWN: { description: "Its address is not known here, so it was not checked." },
    CONFIGURED: { description: "Set up but not probed." },
    NOT_CONFIGURED: { description: "An integration that is not set up or switched off." },
  } as const,
});
const LiveComponentStatus = builder.objectRef<ComponentStatus>("LiveComponentStatus").implement({
  description: "One subgraph or integration and its state.",
  fields: (t) => ({ name: t.exposeString("name", { description: "A subgraph (tickets, chat, …) or an integration (redis, typesense, email, slack, teams, salesforce, translator)." }), status: t.field({ type: ComponentState, description: "Its state.", resolve: (c) => c.status }) }),
});

const LiveSupportStatusRef = builder.objectRef<LiveSupportStatus>("LiveSupportStatus").implement({
  description: "The support desk right now. Waits in seconds.",
  fields: (t) => ({
    ticketsInQueue: t.exposeInt("ticketsInQueue", { description: "Open tickets without an agent." }),
    chatsWaiting: t.exposeInt("chatsWaiting", { description: "Chats waiting for an agent." }),
    averageWaitSeconds: t.exposeInt("averageWaitSeconds", { nullable: true, description: "Over waiting chats and unassigned open tickets." }),
    longestWaitSeconds: t.exposeInt("longestWaitSeconds", { nullable: true, description: "Longest current wait, seconds; null when nothing waits." }),
    agentsOnline: t.exposeInt("agentsOnline", { nullable: true, description: "Agents ONLINE; null when agents cannot be reached." }),
    agentsAvailable: t.exposeInt("agentsAvailable", { nullable: true, description: "Agents ONLINE or AWAY; null when agents cannot be reached." }),
    agentsBusy: t.exposeInt("agentsBusy", { nullable: true, description: "Agents BUSY; null when agents cannot be reached." }),
    activeChats: t.exposeInt("activeChats", { description: "Chats in progress with an agent." }),
    pendingResponses: t.exposeInt("pendingResponses", { description: "Open tickets still waiting for a first reply." }),
    escalatedIssues: t.exposeInt("escalatedIssues", { description: "Tickets ESCALATED now." }),
    responseTimeSeconds: t.exposeFloat("responseTimeSeconds", { nullable: true, description: "Mean first response over the last 24 hours." }),
    systemStatus: t.field({ description: "State of each subgraph (its /health answer).", type: [LiveComponentStatus], resolve: (s) => s.systemStatus }),
    integrations: t.field({ description: "State of each integration.", type: [LiveComponentStatus], resolve: (s) => s.integrations }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When these figures were computed." }),
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
  description: ROOT_TYPE_DESCRIPTIONS.Query,
  fields: (t) => ({
    eventLog: t.connection(
      {
        type: AnalyticsEvent,
        authScopes: { supervisor: true },
        description: "The recorded domain events, newest first. Supervisors and admins. to before from: BAD_USER_INPUT.",
        args: {
          type: t.arg.string({ required: false, description: "Only this event type, e.g. ticket.created." }),
          from: t.arg({ type: "DateTime", required: false, description: "Only events at or after this time." }),
          to: t.arg({ type: "DateTime", required: false, description: "Only events before this time." }),
        },
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
      description: "How many events of each type occurred in [from, to). Supervisors and admins. A range with to before from or longer than ANALYTICS_MAX_RANGE_DAYS (default 366): BAD_USER_INPUT.",
      args: { from: t.arg({ type: "DateTime", required: true, description: "Start (inclusive)." }), to: t.arg({ type: "DateTime", required: true, description: "End (exclusive)." }) },
      resolve: async (_root, { from, to }, ctx) => {
        rangeOf(ctx, from, to);
        const rows = await ctx.db.sql.query<{ type: string; count: string }>(
          `SELECT "type", count(*) AS count FROM "analytics"."events" WHERE "occurredAt" >= $1::timestamp AND "occurredAt" < $2::timestamp GROUP BY "type" ORDER BY "type"`,
          [from.toISOString().replace("Z", ""), to.toISOString().replace("Z", "")],
        );
        return rows.map((r) => ({ type: r.type, count: Number(r.count) }));
      },
    }),
    supportMetrics: t.field({ description: "Support figures for [from, to), optionally narrowed. Supervisors, admins and services. A range with to before from or longer than ANALYTICS_MAX_RANGE_DAYS (default 366): BAD_USER_INPUT.",
      type: SupportMetricsRef,
      authScopes: { supervisor: true, service: true },
      args: {
        from: t.arg({ description: "Start (inclusive).", type: "DateTime", required: true }),
        to: t.arg({ description: "End (exclusive).", type: "DateTime", required: true }),
        filter: t.arg({ description: "Narrow to a category, channel, language or agent.", type: MetricsFilterInput, required: false }),
      },
      resolve: (_root, args, ctx) => supportMetrics(ctx.db.sql, rangeOf(ctx, args.from, args.to), filterOf(args.filter)),
    }),
    performanceReport: t.field({ description: "An executive, operational or customer-insights report for [from, to) against the previous period of equal length. Supervisors and admins. A range with to before from or longer than ANALYTICS_MAX_RANGE_DAYS (default 366): BAD_USER_INPUT.",
      type: PerformanceReportRef,
      authScopes: { supervisor: true },
      args: {
        type: t.arg({ description: "Which report.", type: ReportType, required: true }),
        from: t.arg({ description: "Start (inclusive).", type: "DateTime", required: true }),
        to: t.arg({ description: "End (exclusive).", type: "DateTime", required: true }),
        targetWaitSeconds: t.arg.int({ required: false, description: "Capacity planning: answer within this many seconds (default 60)." }),
        targetServiceLevel: t.arg.float({ required: false, description: "Capacity planning: share answered within the target (default 0.8)." }),
      },
      resolve: (_root, args, ctx) =>
        performanceReport(ctx.db.sql, args.type, rangeOf(ctx, args.from, args.to), {
          targetWaitSeconds: args.targetWaitSeconds ?? undefined,
          targetServiceLevel: args.targetServiceLevel ?? undefined,
        }),
    }),
    metricSeries: t.field({ description: "One metric per hour, day or week over [from, to), for charts. Supervisors and admins. A range with to before from or longer than ANALYTICS_MAX_RANGE_DAYS (default 366): BAD_USER_INPUT.",
      type: [MetricPoint],
      authScopes: { supervisor: true },
      args: {
        metric: t.arg({ description: "The metric.", type: MetricName, required: true }),
        from: t.arg({ description: "Start (inclusive).", type: "DateTime", required: true }),
        to: t.arg({ description: "End (exclusive).", type: "DateTime", required: true }),
        bucket: t.arg({ description: "Width of each point.", type: MetricBucket, required: true }),
        filter: t.arg({ description: "Narrow to a category, channel, language or agent.", type: MetricsFilterInput, required: false }),
      },
      resolve: (_root, args, ctx) => metricSeries(ctx.db.sql, args.metric, rangeOf(ctx, args.from, args.to), args.bucket, filterOf(args.filter)),
    }),
    feedbackAnalytics: t.field({ description: "Customer satisfaction for [from, to): CSAT, NPS, ratings, aspects, themes. Supervisors and admins. A range with to before from or longer than ANALYTICS_MAX_RANGE_DAYS (default 366): BAD_USER_INPUT.",
      type: FeedbackAnalyticsRef,
      authScopes: { supervisor: true },
      args: { from: t.arg({ type: "DateTime", required: true, description: "Start (inclusive)." }), to: t.arg({ type: "DateTime", required: true, description: "End (exclusive)." }) },
      resolve: (_root, args, ctx) => feedbackAnalytics(ctx.db.sql, rangeOf(ctx, args.from, args.to)),
    }),
    myFeedback: t.field({
      type: CustomerFeedback,
      nullable: true,
      authScopes: { customer: true },
      description: "The caller's feedback on one ticket or chat, if given. Customers only.",
      args: { kind: t.arg({ type: FeedbackKind, required: true, description: "Ticket or chat." }), itemId: t.arg.id({ required: true, description: "The ticket's or chat's id (UUID)." }) },
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
        description: "Follow-ups on low ratings, oldest first. `mine`: only those for the caller (and those no supervisor covers). Supervisors and admins.",
        args: {
          status: t.arg({ type: ImprovementStatus, required: false, defaultValue: "OPEN", description: "Only tasks with this status (default OPEN)." }),
          mine: t.arg.boolean({ required: false, description: "Only tasks for me and those no supervisor covers." }),
        },
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
    liveSupportStatus: t.field({ description: "The support desk right now: queues, waits (seconds), agents, system status. Staff only.",
      type: LiveSupportStatusRef,
      authScopes: { staff: true },
      resolve: (_root, _args, ctx) => computeLiveStatus(ctx),
    }),
  }),
});

builder.mutationType({
  description: ROOT_TYPE_DESCRIPTIONS.Mutation,
  fields: (t) => ({
    catchUpEvents: t.int({
      authScopes: { admin: true, service: true },
      description: "Reads every producer's outbox from where analytics left off, then backfills tickets and chats the log has no events for; returns how many events were new. Admins and services.",
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
      description: "Rate a resolved ticket (its customer only; others FORBIDDEN). Submitting again updates the feedback. Not resolved yet: CONFLICT; unknown ticket: NOT_FOUND; out-of-range ratings: BAD_USER_INPUT.",
      args: { input: t.arg({ description: "The feedback.", type: SubmitTicketFeedbackInput, required: true }) },
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
      description: "Rate an ended chat (its customer only; others FORBIDDEN). Submitting again updates the feedback. Not ended yet: CONFLICT; unknown chat: NOT_FOUND; out-of-range ratings: BAD_USER_INPUT.",
      args: { input: t.arg({ description: "The feedback.", type: SubmitChatFeedbackInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        validateChatFeedback(input);
        const item = await loadChatItem(ctx, input.chatId);
        assertMayRate(ctx, item);
        return saveFeedback(ctx, item, input);
      },
    }),
    completeImprovementTask: t.field({ description: "Marks a follow-up done, with a note. Supervisors and admins. Unknown task: NOT_FOUND; already done: CONFLICT.",
      type: ImprovementTask,
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The task and note.", type: CompleteImprovementTaskInput, required: true }) },
      resolve: (_root, { input }, ctx) => completeImprovementTask(ctx, input),
    }),
  }),
});

builder.subscriptionType({
  description: ROOT_TYPE_DESCRIPTIONS.Subscription,
  fields: (t) => ({
    liveSupportStatus: t.field({
      type: LiveSupportStatusRef,
      authScopes: { staff: true },
      description: `The live dashboard: sent at once, then whenever it changes — at most once per ${LIVE_UPDATE_INTERVAL_MS / 1000} s per subscriber, however many events arrive. Staff only.`,
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
