/**
 * Operating hours written as one configuration string, e.g.
 *
 *   "UTC+04:00; mon-fri 08:00-20:00; sat-sun 10:00-18:00"
 *   "Asia/Dubai; mon,wed 09:00-12:00 13:00-17:00"
 *   "24/7"
 *
 * The first part is the zone (UTC±HH:MM or an IANA name); each further part is a day list
 * (names or ranges, sun…sat) followed by one or more HH:MM-HH:MM ranges. Days not mentioned
 * are closed. Parsing yields a BusinessSchedule for business-hours.ts.
 */
import {
  CALENDAR_24_7,
  DEFAULT_SCHEDULE,
  isOpen,
  type BusinessSchedule,
  type OpeningRange,
  type Weekday,
} from "./business-hours.js";

export const DEFAULT_SCHEDULE_SPEC = "UTC+04:00; mon-fri 08:00-20:00; sat-sun 10:00-18:00";

const DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

function parseDay(name: string, spec: string): Weekday {
  const index = DAY_NAMES.indexOf(name.toLowerCase().slice(0, 3) as (typeof DAY_NAMES)[number]);
  if (index < 0 || name.length < 3) throw new RangeError(`unknown weekday "${name}" in "${spec}"`);
  return index as Weekday;
}

function parseDays(text: string, spec: string): Weekday[] {
  const days = new Set<Weekday>();
  for (const part of text.split(",")) {
    const [from, to] = part.split("-");
    const start = parseDay(from, spec);
    if (to === undefined) {
      days.add(start);
      continue;
    }
    const end = parseDay(to, spec);
    for (let day = start; ; day = ((day + 1) % 7) as Weekday) {
      days.add(day);
      if (day === end) break;
    }
  }
  return [...days];
}

/**
 * One day's opening hours as written in SUPPORT_WEEKDAY_HOURS / SUPPORT_WEEKEND_HOURS:
 * "08:00-20:00", several ranges separated by spaces or commas ("08:00-12:00 13:00-17:00"),
 * "24h" for the whole day, or "closed" (no ranges). Throws RangeError when malformed.
 */
export function dailyHoursRanges(text: string): string[] {
  const value = text.trim().toLowerCase();
  if (value === "closed") return [];
  if (value === "24h") return ["00:00-24:00"];
  const ranges = value.split(/[\s,]+/).filter(Boolean);
  if (ranges.length === 0) throw new RangeError(`expected HH:MM-HH:MM, "24h" or "closed", got "${text}"`);
  for (const range of ranges) {
    const match = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(range);
    if (!match) throw new RangeError(`expected HH:MM-HH:MM, "24h" or "closed", got "${text}"`);
    // Validates the clock times and start < end.
    isOpen(
      {
        utcOffsetMinutes: 0,
        weekly: { 0: [{ start: match[1], end: match[2] }], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] },
        holidays: [],
      },
      new Date(0),
    );
  }
  return ranges;
}

/** Parses an operating-hours string; throws RangeError with a readable message when malformed. */
export function parseScheduleSpec(spec: string): BusinessSchedule {
  const text = spec.trim();
  if (text === "24/7") return CALENDAR_24_7;
  const [zonePart, ...dayParts] = text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
  if (!zonePart || dayParts.length === 0)
    throw new RangeError(`expected "<zone>; <days> HH:MM-HH:MM; …" or "24/7", got "${spec}"`);
  const schedule: {
    utcOffsetMinutes?: number;
    timeZone?: string;
    weekly: Record<Weekday, OpeningRange[]>;
    holidays: string[];
  } = {
    weekly: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] },
    holidays: [],
  };
  const offset = /^UTC(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(zonePart);
  if (offset) {
    const minutes = offset[1] ? (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) * (offset[1] === "-" ? -1 : 1) : 0;
    if (Math.abs(minutes) > 14 * 60) throw new RangeError(`UTC offset out of range in "${spec}"`);
    schedule.utcOffsetMinutes = minutes;
  } else {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zonePart });
    } catch {
      throw new RangeError(`unknown time zone "${zonePart}" in "${spec}"`);
    }
    schedule.timeZone = zonePart;
  }
  for (const part of dayParts) {
    const [daysText, ...ranges] = part.split(/\s+/);
    if (ranges.length === 0) throw new RangeError(`"${part}" needs at least one HH:MM-HH:MM range`);
    const days = parseDays(daysText, spec);
    for (const range of ranges) {
      const match = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(range);
      if (!match) throw new RangeError(`expected HH:MM-HH:MM, got "${range}" in "${spec}"`);
      for (const day of days) schedule.weekly[day].push({ start: match[1], end: match[2] });
    }
  }
  // Validates the ranges (isOpen compiles the schedule and throws on bad times).
  isOpen(schedule, new Date(0));
  return schedule;
}

export { DEFAULT_SCHEDULE };
