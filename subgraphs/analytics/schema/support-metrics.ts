/** Support figures: SupportMetrics with its SLA compliance and trends, and the supportMetrics query. */
import { supportMetrics, type SlaCompliance, type SupportMetrics } from "../metrics.js";
import type { MetricTrend } from "../reports.js";
import { builder } from "./builder.js";
import { filterOf, MetricsFilterInput, rangeOf } from "./figure-inputs.js";

export const SlaTarget = builder.enumType("SlaTargetKind", {
  description: "One of a ticket's SLA targets.",
  values: {
    FIRST_REPLY: { description: "First staff reply to the customer." },
    NEXT_REPLY: { description: "Staff reply to each later customer message." },
    RESOLUTION: { description: "Resolution of the ticket." },
  } as const,
});

export const SlaComplianceFigure = builder.objectRef<SlaCompliance>("SlaComplianceFigure").implement({
  description: "Share of tickets that met one SLA target, with the counts behind it.",
  fields: (t) => ({
    target: t.field({ description: "The SLA target.", type: SlaTarget, resolve: (s) => s.target }),
    met: t.exposeInt("met", { description: "Tickets that met it." }),
    total: t.exposeInt("total", { description: "Tickets subject to it." }),
    ratio: t.exposeFloat("ratio", { nullable: true, description: "met / total (0–1); null without tickets subject to the target." }),
  }),
});

export const SupportMetricsRef = builder.objectRef<SupportMetrics>("SupportMetrics").implement({
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

export const MetricTrendRef = builder.objectRef<MetricTrend>("MetricTrend").implement({
  description: "A figure in this period against the previous period of the same length.",
  fields: (t) => ({
    metric: t.exposeString("metric", { description: "The SupportMetrics field name, e.g. firstResponseMedianSeconds." }),
    previous: t.exposeFloat("previous", { nullable: true, description: "Value in the previous period; null when not measurable." }),
    current: t.exposeFloat("current", { nullable: true, description: "Value in this period; null when not measurable." }),
    relative: t.exposeFloat("relative", { nullable: true, description: "(current − previous) / |previous|." }),
  }),
});

export function registerSupportMetricsFields(): void {
  builder.queryFields((t) => ({
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
  }));
}
