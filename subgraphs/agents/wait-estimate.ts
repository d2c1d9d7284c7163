/**
 * How long a waiting chat visitor should expect to wait.
 *
 *   estimate = median(newest `sampleSize` times-to-answer) × positionInQueue / max(1, availableAgentsSoon)
 *
 * The median of recent answers is the typical wait of one slot in the queue; each visitor ahead
 * adds one slot, and agents freeing up soon serve slots in parallel. The median (not the mean)
 * keeps one stuck chat from inflating everyone's estimate. Without usable history the typical
 * wait falls back to `fallbackAnswerSeconds`. Results are whole seconds.
 */
import { median } from "../common/statistics.js";

export const DEFAULT_WAIT_SAMPLE_SIZE = 20;
export const DEFAULT_FALLBACK_ANSWER_SECONDS = 120;

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
}

export function estimateWaitSeconds(input: WaitEstimateInput): number {
  if (!(Number.isInteger(input.positionInQueue) && input.positionInQueue >= 1)) {
    throw new RangeError(`positionInQueue must be a whole number ≥ 1, got ${input.positionInQueue}`);
  }
  const sampleSize = input.sampleSize ?? DEFAULT_WAIT_SAMPLE_SIZE;
  const sample = input.recentAnswerTimesSeconds
    .filter((seconds) => Number.isFinite(seconds) && seconds >= 0)
    .slice(0, sampleSize);
  const typicalWait = median(sample) ?? input.fallbackAnswerSeconds ?? DEFAULT_FALLBACK_ANSWER_SECONDS;
  return Math.round((typicalWait * input.positionInQueue) / Math.max(1, input.availableAgentsSoon));
}

/** 1-based positions of queue items given in serving order, by id. */
export function queuePositions(items: ReadonlyArray<{ id: string }>): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index + 1]));
}
