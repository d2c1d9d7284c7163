/**
 * Conversions between UTC instants and wall-clock time in a zone.
 *
 * Wall-clock time is encoded as "wall milliseconds": the local date and time read as if they were
 * UTC (so `new Date(wallMs).getUTCHours()` is the local hour). Zones are either a fixed UTC offset
 * or an IANA name whose offsets (including DST) come from `Intl.DateTimeFormat`.
 */

export interface TimeZoneSpec {
  /** IANA zone name such as "America/New_York"; takes precedence over `utcOffsetMinutes`. */
  timeZone?: string;
  /** Fixed offset east of UTC, e.g. 240 for UTC+4. Used when `timeZone` is absent; default 0. */
  utcOffsetMinutes?: number;
}

export interface Zone {
  /** Offset of wall-clock time from UTC, in milliseconds, at the given UTC instant. */
  offsetMsAt(instantMs: number): number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export function resolveZone(spec: TimeZoneSpec): Zone {
  if (spec.timeZone !== undefined) return ianaZone(spec.timeZone);
  const offsetMinutes = spec.utcOffsetMinutes ?? 0;
  if (!Number.isFinite(offsetMinutes) || Math.abs(offsetMinutes) > 18 * 60) {
    throw new RangeError(`utcOffsetMinutes must be within ±1080, got ${offsetMinutes}`);
  }
  const offsetMs = offsetMinutes * MS_PER_MINUTE;
  return { offsetMsAt: () => offsetMs };
}

export function toWallClock(zone: Zone, instantMs: number): number {
  return instantMs + zone.offsetMsAt(instantMs);
}

/**
 * The UTC instant at which the zone's clocks show `wallMs`. Resolves DST like Temporal's
 * "compatible" disambiguation: a time skipped by a spring-forward gap moves forward by the gap
 * (02:30 becomes 03:30), and a time repeated by a fall-back overlap takes its first occurrence.
 */
export function fromWallClock(zone: Zone, wallMs: number): number {
  // Real zones change offset at most once within a day either side of any wall time.
  const offsetBefore = zone.offsetMsAt(wallMs - MS_PER_DAY);
  const offsetAfter = zone.offsetMsAt(wallMs + MS_PER_DAY);
  if (offsetBefore === offsetAfter) return wallMs - offsetBefore;

  const valid = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
    (instant) => zone.offsetMsAt(instant) === wallMs - instant,
  );
  if (valid.length === 0) return wallMs - offsetBefore; // in a gap: keep the pre-transition offset
  return Math.min(...valid);
}

const ianaZones = new Map<string, Zone>();

function ianaZone(timeZone: string): Zone {
  const cached = ianaZones.get(timeZone);
  if (cached) return cached;

  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const zone: Zone = {
    offsetMsAt(instantMs) {
      const wholeSecondMs = Math.floor(instantMs / 1000) * 1000;
      const field: Record<string, number> = {};
      for (const part of formatter.formatToParts(wholeSecondMs)) {
        if (part.type !== "literal") field[part.type] = Number(part.value);
      }
      const wallMs = Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second);
      return wallMs - wholeSecondMs;
    },
  };
  ianaZones.set(timeZone, zone);
  return zone;
}
