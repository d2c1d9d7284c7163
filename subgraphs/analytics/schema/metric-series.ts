/** One metric per hour, day or week, for charts: the metricSeries query. */
import { metricSeries, type SeriesPoint } from "../reports.js";
import { builder } from "./builder.js";
import { filterOf, MetricsFilterInput, rangeOf } from "./figure-inputs.js";

export const MetricName = builder.enumType("SeriesMetric", {
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
export const MetricBucket = builder.enumType("MetricBucket", {
  description: "The width of a series point (UTC).",
  values: {
    HOUR: { description: "One hour." },
    DAY: { description: "One day." },
    WEEK: { description: "One week, starting Monday." },
  } as const,
});
export const MetricPoint = builder.objectRef<SeriesPoint>("MetricPoint").implement({
  description: "One bucket of a metric series.",
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime", description: "Start of the bucket (UTC; weeks start on Monday)." }),
    value: t.exposeFloat("value", { nullable: true, description: "The metric in this bucket (units per SeriesMetric); null when there is nothing to measure." }),
    count: t.exposeInt("count", { description: "How many items the value is computed over." }),
  }),
});

export function registerMetricSeriesFields(): void {
  builder.queryFields((t) => ({
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
  }));
}
