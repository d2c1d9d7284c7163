import { describe, expect, it } from "vitest";
import { isOpen, nextOpening } from "./business-hours.js";
import { DEFAULT_SCHEDULE_SPEC, parseScheduleSpec } from "./schedule-spec.js";

describe("parseScheduleSpec", () => {
  it("reads the default spec as UTC+4, weekdays 08–20, weekends 10–18", () => {
    const schedule = parseScheduleSpec(DEFAULT_SCHEDULE_SPEC);
    // Wednesday 2026-11-25 07:59 local (03:59Z) closed, 08:00 local (04:00Z) open.
    expect(isOpen(schedule, new Date("2026-11-25T03:59:00Z"))).toBe(false);
    expect(isOpen(schedule, new Date("2026-11-25T04:00:00Z"))).toBe(true);
    expect(isOpen(schedule, new Date("2026-11-25T15:59:00Z"))).toBe(true);
    expect(isOpen(schedule, new Date("2026-11-25T16:00:00Z"))).toBe(false);
    // Saturday 2026-11-28: 10:00 local = 06:00Z.
    expect(isOpen(schedule, new Date("2026-11-28T05:59:00Z"))).toBe(false);
    expect(isOpen(schedule, new Date("2026-11-28T06:00:00Z"))).toBe(true);
    expect(nextOpening(schedule, new Date("2026-11-28T14:30:00Z")).toISOString()).toBe("2026-11-29T06:00:00.000Z");
  });

  it("accepts 24/7, IANA zones, day lists and several ranges", () => {
    expect(isOpen(parseScheduleSpec("24/7"), new Date("2026-11-29T03:00:00Z"))).toBe(true);
    const schedule = parseScheduleSpec("Europe/London; mon,wed 09:00-12:00 13:00-17:00");
    expect(isOpen(schedule, new Date("2026-11-25T12:30:00Z"))).toBe(false); // Wednesday lunch
    expect(isOpen(schedule, new Date("2026-11-25T13:30:00Z"))).toBe(true);
    expect(isOpen(schedule, new Date("2026-11-24T10:00:00Z"))).toBe(false); // Tuesday
    const wrap = parseScheduleSpec("UTC; fri-mon 00:00-24:00");
    expect(isOpen(wrap, new Date("2026-11-29T12:00:00Z"))).toBe(true); // Sunday
    expect(isOpen(wrap, new Date("2026-11-25T12:00:00Z"))).toBe(false); // Wednesday
  });

  it.each([
    "",
    "mon-fri 08:00-20:00",
    "UTC+4; funday 08:00-10:00",
    "UTC+4; mon 8-20",
    "UTC+4; mon 20:00-08:00",
    "Mars/Olympus; mon 08:00-09:00",
    "UTC+4; mon",
  ])("rejects %j", (spec) => {
    expect(() => parseScheduleSpec(spec)).toThrow(RangeError);
  });
});
