/** Customer satisfaction figures: FeedbackAnalytics with its parts, and the feedbackAnalytics query. */
import { feedbackAnalytics, type FeedbackAnalytics } from "../reports.js";
import type { FeedbackTheme } from "../themes.js";
import { builder } from "./builder.js";
import { rangeOf } from "./figure-inputs.js";

export const FeedbackThemeRef = builder.objectRef<FeedbackTheme>("FeedbackTheme").implement({
  description: "A word or phrase that stands out in feedback comments.",
  fields: (t) => ({
    term: t.exposeString("term", { description: "The word or phrase." }),
    score: t.exposeFloat("score", { description: "How strongly it stands out (higher is stronger)." }),
    count: t.exposeInt("count", { description: "Comments it appears in." }),
  }),
});

export const FeedbackRatingCount = builder.objectRef<{ rating: number; count: number }>("FeedbackRatingCount").implement({
  description: "How many feedback responses gave one rating.",
  fields: (t) => ({ rating: t.exposeInt("rating", { description: "1–5." }), count: t.exposeInt("count", { description: "Responses with it." }) }),
});
export const FeedbackAspectScore = builder.objectRef<{ aspect: string; average: number | null; responses: number }>("FeedbackAspectScore").implement({
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

export const FeedbackAnalyticsRef = builder.objectRef<FeedbackAnalytics>("FeedbackAnalytics").implement({
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

export function registerFeedbackAnalyticsFields(): void {
  builder.queryFields((t) => ({
    feedbackAnalytics: t.field({ description: "Customer satisfaction for [from, to): CSAT, NPS, ratings, aspects, themes. Supervisors and admins. A range with to before from or longer than ANALYTICS_MAX_RANGE_DAYS (default 366): BAD_USER_INPUT.",
      type: FeedbackAnalyticsRef,
      authScopes: { supervisor: true },
      args: { from: t.arg({ type: "DateTime", required: true, description: "Start (inclusive)." }), to: t.arg({ type: "DateTime", required: true, description: "End (exclusive)." }) },
      resolve: (_root, args, ctx) => feedbackAnalytics(ctx.db.sql, rangeOf(ctx, args.from, args.to)),
    }),
  }));
}
