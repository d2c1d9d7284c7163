/**
 * Support figures: descriptive statistics, satisfaction scores and Erlang C staffing.
 * Statistics and Erlang C live in their own modules and are re-exported here.
 */
export { mean, median, percentile } from "../../shared/statistics.js";
export {
  agentsNeeded,
  averageSpeedOfAnswerSeconds,
  erlangC,
  serviceLevel,
  trafficIntensity,
  type QueueLoad,
  type ServiceTarget,
  type StaffedQueue,
} from "./erlang-c.js";

/** Customer satisfaction: share (0–1) of 1–5 ratings that are 4 or 5; null without ratings. */
export function csat(ratings: ReadonlyArray<number>): number | null {
  assertWholeNumbersWithin(ratings, 1, 5, "CSAT ratings");
  if (ratings.length === 0) return null;
  return ratings.filter((rating) => rating >= 4).length / ratings.length;
}

/**
 * Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6), from −100 to
 * 100, unrounded; null without answers.
 */
export function nps(scores: ReadonlyArray<number>): number | null {
  assertWholeNumbersWithin(scores, 0, 10, "NPS scores");
  if (scores.length === 0) return null;
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  return ((promoters - detractors) / scores.length) * 100;
}

function assertWholeNumbersWithin(values: ReadonlyArray<number>, min: number, max: number, what: string): void {
  const invalid = values.find((value) => !Number.isInteger(value) || value < min || value > max);
  if (invalid !== undefined)
    throw new RangeError(`${what} must be whole numbers from ${min} to ${max}, got ${invalid}`);
}
