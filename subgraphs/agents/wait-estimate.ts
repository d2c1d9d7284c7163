/**
 * How long a waiting chat visitor should expect to wait.
 *
 *   slot     = (priorWeight × fallbackAnswerSeconds + n × median(newest n ≤ `sampleSize` times-to-answer)) / (priorWeight + n)
 *   estimate = slot × positionInQueue / max(1, availableAgentsSoon)
 *
 * The typical wait of one slot in the queue comes from recent answers; each visitor ahead adds
 * one slot, and agents freeing up soon serve slots in parallel. The median (not the mean) keeps
 * one stuck chat from inflating everyone's estimate, and the prior (`fallbackAnswerSeconds`,
 * weighted as `priorWeight` = 5 answers) keeps one or two quick pickups from collapsing it:
 * a single 2 s answer moves a 120 s slot to 100 s, not to 2 s. With 20 answers the data weighs
 * 80 %. The estimate depends only on the queue and that history, so an unchanged queue gives an
 * unchanged estimate. This is the only wait estimator: requestAssignment, queueStatus, the
 * `queue:CHAT` positions (QueuePositionEvent), ChatSession.estimatedWaitSeconds and
 * supportAvailability all show its figure. Results are whole seconds.
 */
import { median } from "../../shared/statistics.js";

export const DEFAULT_WAIT_SAMPLE_SIZE = 20;
export const DEFAULT_FALLBACK_ANSWER_SECONDS = 120;
export const DEFAULT_PRIOR_WEIGHT = 5;

export interface WaitEstimateInput {
  /** Recent times from joining the queue to being answered, newest first. Invalid entries are ignored. */
  recentAnswerTimesSeconds: ReadonlyArray<number>;
  /** 1 for the next visitor to be served. */
  positionInQueue: number;
  availableAgentsSoon: number;
  /** How many of the newest answer times to use. Default 20. */
  sampleSize?: number;
  /** Typical wait when there is no history. Default 120 s. */
  fallbackAnswerSeconds?: number;
  /** How many answers the fallback counts as (0 = trust the data alone). Default 5. */
  priorWeight?: number;
}

export function estimateWaitSeconds(input: WaitEstimateInput): number {
  if (!(Number.isInteger(input.positionInQueue) && input.positionInQueue >= 1)) {
    throw new RangeError(`positionInQueue must be a whole number ≥ 1, got ${input.positionInQueue}`);
  }
  const sampleSize = input.sampleSize ?? DEFAULT_WAIT_SAMPLE_SIZE;
  const sample = input.recentAnswerTimesSeconds
    .filter((seconds) => Number.isFinite(seconds) && seconds >= 0)
    .slice(0, sampleSize);
  const prior = input.fallbackAnswerSeconds ?? DEFAULT_FALLBACK_ANSWER_SECONDS;
  const priorWeight = Math.max(0, input.priorWeight ?? DEFAULT_PRIOR_WEIGHT);
  const observed = median(sample);
  const typicalWait =
    observed === null || observed === undefined
      ? prior
      : (priorWeight * prior + sample.length * observed) / (priorWeight + sample.length);
  return Math.round((typicalWait * input.positionInQueue) / Math.max(1, input.availableAgentsSoon));
}

/** 1-based positions of queue items given in serving order, by id. */
export function queuePositions(items: ReadonlyArray<{ id: string }>): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index + 1]));
}

/** Whole seconds from `from` to `to` (now when null), never negative: how long an item waited or has waited so far. */
export const secondsSince = (from: Date, to: Date | null = null) =>
  Math.max(0, Math.round(((to ?? new Date()).getTime() - from.getTime()) / 1000));
