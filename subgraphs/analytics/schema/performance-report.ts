/** The performance report: insights, recommendations, per-agent figures, queue, capacity, common issues. */
import type { Insight, Recommendation } from "../insights.js";
import { performanceReport, type AgentPerformance, type CapacityPlan, type HourlyQueue, type IssueCount, type PerformanceReport } from "../reports.js";
import { builder } from "./builder.js";
import { AgentRef } from "./entity-refs.js";
import { FeedbackAnalyticsRef } from "./feedback-analytics.js";
import { rangeOf } from "./figure-inputs.js";
import { MetricTrendRef, SupportMetricsRef } from "./support-metrics.js";

export const InsightSeverity = builder.enumType("InsightSeverity", {
  description: "How much an insight matters.",
  values: {
    INFO: { description: "Worth knowing." },
    WARNING: { description: "Getting worse or past a warning threshold." },
    CRITICAL: { description: "Past a critical threshold: act now." },
  } as const,
});

export const MetricInsight = builder.objectRef<Insight>("MetricInsight").implement({
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

export const MetricRecommendation = builder.objectRef<Recommendation>("MetricRecommendation").implement({
  description: "Something to do about an insight.",
  fields: (t) => ({ id: t.exposeString("id", { description: "Stable id." }), message: t.exposeString("message", { description: "What to do." }), because: t.exposeString("because", { description: "The insight that prompted it." }) }),
});

export const AgentBreakdown = builder.objectRef<AgentPerformance>("AgentBreakdown").implement({
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

export const HourlyQueueRef = builder.objectRef<HourlyQueue>("HourlyQueue").implement({
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

export const CapacityPlanRef = builder.objectRef<CapacityPlan>("CapacityPlan").implement({
  description: "Chat agents needed at one hour of day for the target wait (Erlang C).",
  fields: (t) => ({
    hour: t.exposeInt("hour", { description: "Hour of day, 0–23 UTC." }),
    arrivalRatePerHour: t.exposeFloat("arrivalRatePerHour", { description: "Mean chats arriving per hour." }),
    averageHandleSeconds: t.exposeFloat("averageHandleSeconds", { nullable: true, description: "Mean chat handle time, seconds; null when there is nothing to measure." }),
    agentsNeeded: t.exposeInt("agentsNeeded", { description: "Agents needed to answer the target share of chats within the target wait." }),
  }),
});

export const IssueKind = builder.enumType("CommonIssueKind", {
  description: "Whether a common issue is a category or a subcategory.",
  values: {
    CATEGORY: { description: "A top-level ticket category." },
    SUBCATEGORY: { description: "A ticket subcategory." },
  } as const,
});
export const CommonIssue = builder.objectRef<IssueCount>("CommonIssue").implement({
  description: "A frequent kind of ticket in the period.",
  fields: (t) => ({
    kind: t.field({ description: "Category or subcategory.", type: IssueKind, resolve: (i) => i.kind }),
    key: t.exposeString("key", { description: "Its key, e.g. billing_payments." }),
    tickets: t.exposeInt("tickets", { description: "Tickets in it." }),
    share: t.exposeFloat("share", { description: "Share of all tickets (0–1)." }),
  }),
});

export const ReportType = builder.enumType("PerformanceReportType", {
  description: "Which report to build.",
  values: {
    EXECUTIVE: { description: "Summary, trends, insights and recommendations." },
    OPERATIONAL: { description: "Executive plus per-agent figures, queue by hour and capacity plan." },
    CUSTOMER_INSIGHTS: { description: "Satisfaction, common issues and feedback themes." },
  } as const,
});

export const PerformanceReportRef = builder.objectRef<PerformanceReport>("PerformanceReport").implement({
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

export function registerPerformanceReportFields(): void {
  builder.queryFields((t) => ({
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
  }));
}
