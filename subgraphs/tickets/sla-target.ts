/**
 * Where one SLA target stands: given when its clock started, its budget, and whether (and when)
 * it was satisfied, compute its due time, breach, paused time and status at `now`.
 */
import type { BusinessSchedule } from "../../shared/business-hours.js";
import {
  addRunningSeconds,
  pauseSpans,
  pausedSecondsBetween,
  runningSecondsBetween,
  statusAt,
  type StatusChange,
} from "./sla-clock.js";

export type TargetStatus = "RUNNING" | "PAUSED" | "WARNING" | "BREACHED" | "SATISFIED" | "NOT_STARTED";

export interface TargetState {
  /**
   * When the budget runs out, shifted forward by paused business time. While paused, this is a
   * projection assuming the clock resumes now, so it keeps moving until the pause ends.
   */
  dueAt: Date | null;
  /** Equals `dueAt` once the budget ran out before the target was satisfied. */
  breachedAt: Date | null;
  satisfiedAt: Date | null;
  /** Business seconds the clock stood still, up to satisfaction or now. */
  pausedSeconds: number;
  /** Share of the budget used up to satisfaction or now; exceeds 1 once breached. */
  elapsedFraction: number;
  /** A target satisfied late is BREACHED (with `satisfiedAt` set); on time it is SATISFIED. */
  status: TargetStatus;
}

export const NOT_STARTED: TargetState = Object.freeze({
  dueAt: null,
  breachedAt: null,
  satisfiedAt: null,
  pausedSeconds: 0,
  elapsedFraction: 0,
  status: "NOT_STARTED",
});

export interface TargetRun {
  startedAt: Date;
  budgetSeconds: number;
  /** When the target was met, if it was by `now`. */
  satisfiedAt: Date | null;
}

export interface TargetContext<S> {
  schedule: BusinessSchedule;
  statusHistory: ReadonlyArray<StatusChange<S>>;
  isPausing: (status: S) => boolean;
  now: Date;
  /** WARNING from this share of the budget on. */
  warningFraction: number;
}

export function evaluateTarget<S>(run: TargetRun, context: TargetContext<S>): TargetState {
  if (run.startedAt > context.now) return NOT_STARTED;

  const stoppedAt = run.satisfiedAt ?? context.now;
  const clock = { schedule: context.schedule, pauses: pauseSpans(context.statusHistory, context.isPausing, stoppedAt) };
  const dueAt = addRunningSeconds(clock, run.startedAt, run.budgetSeconds);
  const breached = run.satisfiedAt ? run.satisfiedAt > dueAt : context.now >= dueAt;
  const elapsedFraction = runningSecondsBetween(clock, run.startedAt, stoppedAt) / run.budgetSeconds;

  return {
    dueAt,
    breachedAt: breached ? dueAt : null,
    satisfiedAt: run.satisfiedAt,
    pausedSeconds: pausedSecondsBetween(clock, run.startedAt, stoppedAt),
    elapsedFraction,
    status: statusOf({ satisfied: run.satisfiedAt !== null, breached, elapsedFraction }, context),
  };
}

function statusOf<S>(
  facts: { satisfied: boolean; breached: boolean; elapsedFraction: number },
  context: TargetContext<S>,
): TargetStatus {
  if (facts.breached) return "BREACHED";
  if (facts.satisfied) return "SATISFIED";
  const current = statusAt(context.statusHistory, context.now);
  if (current !== null && context.isPausing(current)) return "PAUSED";
  return facts.elapsedFraction >= context.warningFraction ? "WARNING" : "RUNNING";
}
