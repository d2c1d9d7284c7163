/**
 * Business-hours calendar: when is a team open, and how much open time lies between two instants.
 *
 * A schedule lists opening ranges per weekday in its own local time (a fixed UTC offset or an IANA
 * zone with DST) plus local-date holidays on which it stays closed all day. Every computation walks
 * the schedule's open intervals in UTC, one range at a time, so cost grows with the number of days
 * spanned, never with the number of minutes.
 *
 * Conventions: intervals are half-open — open at a range's start, closed at its end ("08:00–20:00"
 * is open at 08:00:00 and closed at 20:00:00). A range may end at "24:00"; a range crossing
 * midnight is written as two ranges on consecutive days. Ranges of one day may touch or overlap;
 * they are merged. Schedules are treated as immutable (their compiled form is cached).
 *
 * Why hand-written: no library fits. Date libraries (date-fns, Luxon, Day.js) count business
 * *days*, not open seconds; business-time plugins (moment-business-time and the like) sit on the
 * deprecated Moment and set working hours and holidays globally through the locale, where the
 * ticket SLA schedule (admin-edited, with holidays) and the chat hours here are separate
 * schedules, each with its own zone. The SLA needs seconds of open time between two instants,
 * and the instant that many open seconds later, over per-weekday ranges in any zone with DST,
 * cheaply enough to evaluate every open ticket on each sweep; the zone arithmetic itself comes
 * from `Intl` (time-zone.ts), so no dependency is left to take.
 */
import { fromWallClock, resolveZone, toWallClock, type Zone } from "./time-zone.js";

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Local opening range, "HH:MM"–"HH:MM" (24-hour clock; `end` may be "24:00"). */
export interface OpeningRange {
  start: string;
  end: string;
}

export interface BusinessSchedule {
  /** Fixed offset east of UTC, e.g. 240 for UTC+4. Ignored when `timeZone` is set; default 0. */
  utcOffsetMinutes?: number;
  /** IANA zone name, e.g. "America/New_York"; takes precedence over `utcOffsetMinutes`. */
  timeZone?: string;
  /** Opening ranges per weekday, 0 = Sunday … 6 = Saturday. An empty list means closed all day. */
  weekly: Record<Weekday, ReadonlyArray<OpeningRange>>;
  /** Local dates (YYYY-MM-DD) on which the schedule is closed all day. */
  holidays: ReadonlyArray<string>;
}

const WEEKDAY_HOURS: ReadonlyArray<OpeningRange> = [{ start: "08:00", end: "20:00" }];
const WEEKEND_HOURS: ReadonlyArray<OpeningRange> = [{ start: "10:00", end: "18:00" }];

/** UTC+4; Monday–Friday 08:00–20:00; Saturday and Sunday 10:00–18:00; no holidays. */
export const DEFAULT_SCHEDULE: BusinessSchedule = Object.freeze({
  utcOffsetMinutes: 240,
  weekly: {
    0: WEEKEND_HOURS,
    1: WEEKDAY_HOURS,
    2: WEEKDAY_HOURS,
    3: WEEKDAY_HOURS,
    4: WEEKDAY_HOURS,
    5: WEEKDAY_HOURS,
    6: WEEKEND_HOURS,
  },
  holidays: [],
});

const ALL_DAY: ReadonlyArray<OpeningRange> = [{ start: "00:00", end: "24:00" }];

/** Always open: every second counts (calendar time). */
export const CALENDAR_24_7: BusinessSchedule = Object.freeze({
  utcOffsetMinutes: 0,
  weekly: { 0: ALL_DAY, 1: ALL_DAY, 2: ALL_DAY, 3: ALL_DAY, 4: ALL_DAY, 5: ALL_DAY, 6: ALL_DAY },
  holidays: [],
});

export function isOpen(schedule: BusinessSchedule, at: Date): boolean {
  const atMs = at.getTime();
  return firstOpenIntervalFrom(compile(schedule), atMs).startMs === atMs;
}

/** The earliest instant at or after `at` when the schedule is open (`at` itself when open). */
export function nextOpening(schedule: BusinessSchedule, at: Date): Date {
  return new Date(firstOpenIntervalFrom(compile(schedule), at.getTime()).startMs);
}

/**
 * The earliest instant by which `seconds` of open time have passed since `start`. Closed time
 * (nights, weekends, holidays) does not count. Adding 0 returns `start` unchanged.
 */
export function addBusinessSeconds(schedule: BusinessSchedule, start: Date, seconds: number): Date {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`seconds must be a finite number ≥ 0, got ${seconds}`);
  }
  const compiled = compile(schedule);
  let remainingMs = Math.round(seconds * 1000);
  if (compiled.alwaysOpen || remainingMs === 0) return new Date(start.getTime() + remainingMs);

  for (const interval of openIntervalsFrom(compiled, start.getTime())) {
    const lengthMs = interval.endMs - interval.startMs;
    if (remainingMs <= lengthMs) return new Date(interval.startMs + remainingMs);
    remainingMs -= lengthMs;
  }
  throw new Error("unreachable: open intervals never run out");
}

/** Open time between two instants, in seconds; negative when `to` precedes `from`. */
export function businessSecondsBetween(schedule: BusinessSchedule, from: Date, to: Date): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs < fromMs) return -businessSecondsBetween(schedule, to, from);

  const compiled = compile(schedule);
  if (compiled.alwaysOpen) return (toMs - fromMs) / 1000;

  let totalMs = 0;
  for (const interval of openIntervalsFrom(compiled, fromMs)) {
    if (interval.startMs >= toMs) break;
    totalMs += Math.min(interval.endMs, toMs) - interval.startMs;
  }
  return totalMs / 1000;
}

/** Open intervals in UTC from `from` onwards, ascending and disjoint; the first is clipped to `from`. */
export function* openIntervals(schedule: BusinessSchedule, from: Date): Generator<{ start: Date; end: Date }> {
  for (const interval of openIntervalsFrom(compile(schedule), from.getTime())) {
    yield { start: new Date(interval.startMs), end: new Date(interval.endMs) };
  }
}

// ---------------------------------------------------------------------------------------------
// Compiled form

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** 1970-01-01, day 0 of the epoch, was a Thursday. */
const EPOCH_WEEKDAY = 4;

interface DayRange {
  /** Milliseconds after local midnight. */
  startMs: number;
  endMs: number;
}

interface IntervalMs {
  startMs: number;
  endMs: number;
}

interface CompiledSchedule {
  zone: Zone;
  /** Merged, sorted ranges indexed by weekday. */
  rangesByWeekday: ReadonlyArray<ReadonlyArray<DayRange>>;
  holidays: ReadonlySet<string>;
  alwaysOpen: boolean;
}

const compiledSchedules = new WeakMap<BusinessSchedule, CompiledSchedule>();

function compile(schedule: BusinessSchedule): CompiledSchedule {
  const cached = compiledSchedules.get(schedule);
  if (cached) return cached;

  const rangesByWeekday = ([0, 1, 2, 3, 4, 5, 6] as const).map((day) =>
    mergeRanges((schedule.weekly[day] ?? []).map(parseRange)),
  );
  if (rangesByWeekday.every((ranges) => ranges.length === 0)) {
    throw new RangeError("A business schedule needs at least one opening range in its week");
  }
  for (const holiday of schedule.holidays) assertLocalDate(holiday);

  const holidays = new Set(schedule.holidays);
  const compiled: CompiledSchedule = {
    zone: resolveZone(schedule),
    rangesByWeekday,
    holidays,
    alwaysOpen:
      holidays.size === 0 &&
      rangesByWeekday.every(
        (ranges) => ranges.length === 1 && ranges[0].startMs === 0 && ranges[0].endMs === MS_PER_DAY,
      ),
  };
  compiledSchedules.set(schedule, compiled);
  return compiled;
}

function parseRange(range: OpeningRange): DayRange {
  const startMs = parseClockTime(range.start);
  const endMs = parseClockTime(range.end);
  if (startMs >= endMs) {
    throw new RangeError(`Opening range ${range.start}–${range.end} must end after it starts`);
  }
  return { startMs, endMs };
}

function parseClockTime(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  const valid = (hours < 24 && minutes < 60) || (hours === 24 && minutes === 0);
  if (!valid) throw new RangeError(`Expected a time "HH:MM" between 00:00 and 24:00, got "${text}"`);
  return (hours * 60 + minutes) * MS_PER_MINUTE;
}

function mergeRanges(ranges: DayRange[]): DayRange[] {
  const merged: DayRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.startMs - b.startMs)) {
    const last = merged[merged.length - 1];
    if (last && range.startMs <= last.endMs) last.endMs = Math.max(last.endMs, range.endMs);
    else merged.push({ ...range });
  }
  return merged;
}

function assertLocalDate(text: string): void {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!valid) throw new RangeError(`Holidays must be dates "YYYY-MM-DD", got "${text}"`);
}

// ---------------------------------------------------------------------------------------------
// Walking open intervals

function firstOpenIntervalFrom(compiled: CompiledSchedule, fromMs: number): IntervalMs {
  for (const interval of openIntervalsFrom(compiled, fromMs)) return interval;
  throw new Error("unreachable: open intervals never run out");
}

/**
 * Endless ascending walk over open intervals ending after `fromMs`. Terminates for any caller that
 * stops consuming, and always yields eventually: compile() guarantees an open weekday and the
 * holiday list is finite.
 */
function* openIntervalsFrom(compiled: CompiledSchedule, fromMs: number): Generator<IntervalMs> {
  // Start a day early: the local day of `fromMs` is ambiguous around DST overlaps.
  let localDay = Math.floor(toWallClock(compiled.zone, fromMs) / MS_PER_DAY) - 1;
  let previousEndMs = fromMs;
  for (; ; localDay++) {
    if (compiled.holidays.has(localDateKey(localDay))) continue;
    const midnightWallMs = localDay * MS_PER_DAY;
    for (const range of compiled.rangesByWeekday[weekdayOf(localDay)]) {
      const endMs = fromWallClock(compiled.zone, midnightWallMs + range.endMs);
      // Clipping to the previous end keeps intervals disjoint when a DST gap distorts a range.
      const startMs = Math.max(fromWallClock(compiled.zone, midnightWallMs + range.startMs), previousEndMs);
      if (endMs <= startMs) continue;
      previousEndMs = endMs;
      yield { startMs, endMs };
    }
  }
}

function weekdayOf(localDay: number): Weekday {
  return ((((localDay + EPOCH_WEEKDAY) % 7) + 7) % 7) as Weekday;
}

function localDateKey(localDay: number): string {
  return new Date(localDay * MS_PER_DAY).toISOString().slice(0, 10);
}
