/**
 * A pausable business-hours stopwatch: it runs only while the schedule is open and stands still
 * during pause spans (e.g. while a ticket waits on the customer). Paused time outside business
 * hours was never counted, so "paused seconds" are paused *business* seconds.
 *
 * Hand-written on purpose, like the calendar it runs on (shared/business-hours.ts, which says why
 * no library fits): a stopwatch over those open intervals with pause spans is a few lines once
 * the calendar exists, and no library offers pausable business-time clocks.
 */
import { addBusinessSeconds, businessSecondsBetween, type BusinessSchedule } from "../../shared/business-hours.js";

export interface TimeSpan {
  start: Date;
  end: Date;
}

export interface SlaClock {
  schedule: BusinessSchedule;
  /** Spans during which the clock stands still; ascending and disjoint. */
  pauses: ReadonlyArray<TimeSpan>;
}

export interface StatusChange<S> {
  status: S;
  at: Date;
}

/** The status in force at `at`: the latest change at or before it, or null before the first change. */
export function statusAt<S>(history: ReadonlyArray<StatusChange<S>>, at: Date): S | null {
  let current: StatusChange<S> | null = null;
  for (const change of history) {
    if (change.at <= at && (current === null || change.at >= current.at)) current = change;
  }
  return current?.status ?? null;
}

/**
 * Spans in which the status history sits in a pausing status, up to `until` (a pause still in
 * force at `until` ends there). Before the first change the clock is taken to run.
 */
export function pauseSpans<S>(
  history: ReadonlyArray<StatusChange<S>>,
  isPausing: (status: S) => boolean,
  until: Date,
): TimeSpan[] {
  const changes = history.filter((change) => change.at <= until).sort((a, b) => a.at.getTime() - b.at.getTime());
  const spans: TimeSpan[] = [];
  let pausedSince: Date | null = null;
  for (const change of changes) {
    const pausing = isPausing(change.status);
    if (pausing && pausedSince === null) pausedSince = change.at;
    if (!pausing && pausedSince !== null) {
      pushNonEmpty(spans, { start: pausedSince, end: change.at });
      pausedSince = null;
    }
  }
  if (pausedSince !== null) pushNonEmpty(spans, { start: pausedSince, end: until });
  return spans;
}

function pushNonEmpty(spans: TimeSpan[], span: TimeSpan): void {
  if (span.end > span.start) spans.push(span);
}

/** Business seconds between `from` and `to` that fell inside pauses. */
export function pausedSecondsBetween(clock: SlaClock, from: Date, to: Date): number {
  let total = 0;
  for (const pause of clock.pauses) {
    const start = later(pause.start, from);
    const end = earlier(pause.end, to);
    if (end > start) total += businessSecondsBetween(clock.schedule, start, end);
  }
  return total;
}

/** Business seconds between `from` and `to` during which the clock ran. */
export function runningSecondsBetween(clock: SlaClock, from: Date, to: Date): number {
  if (to <= from) return 0;
  return businessSecondsBetween(clock.schedule, from, to) - pausedSecondsBetween(clock, from, to);
}

/** The earliest instant by which the clock, started at `start`, has run for `seconds`. */
export function addRunningSeconds(clock: SlaClock, start: Date, seconds: number): Date {
  let cursor = start;
  let remaining = seconds;
  for (const pause of clock.pauses) {
    if (pause.end <= cursor) continue;
    if (pause.start > cursor) {
      const finish = addBusinessSeconds(clock.schedule, cursor, remaining);
      if (finish <= pause.start) return finish;
      remaining -= businessSecondsBetween(clock.schedule, cursor, pause.start);
    }
    cursor = pause.end;
  }
  return addBusinessSeconds(clock.schedule, cursor, remaining);
}

function later(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function earlier(a: Date, b: Date): Date {
  return a < b ? a : b;
}
