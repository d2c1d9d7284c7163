import { describe, expect, it } from "vitest";
import {
  CALENDAR_24_7,
  DEFAULT_SCHEDULE,
  addBusinessSeconds,
  businessSecondsBetween,
  isOpen,
  nextOpening,
  openIntervals,
  type BusinessSchedule,
  type OpeningRange,
} from "./business-hours.js";

const HOUR = 3600;
const at = (iso: string) => new Date(iso);
/** Instants in DEFAULT_SCHEDULE's local time (UTC+4). 2026-03-02 is a Monday. */
const dubai = (localIso: string) => new Date(`${localIso}+04:00`);

function everyDay(ranges: OpeningRange[]): BusinessSchedule["weekly"] {
  return { 0: ranges, 1: ranges, 2: ranges, 3: ranges, 4: ranges, 5: ranges, 6: ranges };
}

function weekdaysOnly(ranges: OpeningRange[]): BusinessSchedule["weekly"] {
  return { 0: [], 1: ranges, 2: ranges, 3: ranges, 4: ranges, 5: ranges, 6: [] };
}

/** Example public holidays for a UTC+4 team (UAE National Day, New Year). */
const EXAMPLE_HOLIDAYS = ["2026-12-02", "2026-12-03", "2027-01-01"];
const DEFAULT_WITH_HOLIDAYS: BusinessSchedule = { ...DEFAULT_SCHEDULE, holidays: EXAMPLE_HOLIDAYS };

describe("DEFAULT_SCHEDULE", () => {
  it("is UTC+4, weekdays 08:00–20:00, weekends 10:00–18:00, no holidays", () => {
    expect(DEFAULT_SCHEDULE.utcOffsetMinutes).toBe(240);
    expect(DEFAULT_SCHEDULE.weekly[1]).toEqual([{ start: "08:00", end: "20:00" }]);
    expect(DEFAULT_SCHEDULE.weekly[5]).toEqual([{ start: "08:00", end: "20:00" }]);
    expect(DEFAULT_SCHEDULE.weekly[6]).toEqual([{ start: "10:00", end: "18:00" }]);
    expect(DEFAULT_SCHEDULE.weekly[0]).toEqual([{ start: "10:00", end: "18:00" }]);
    expect(DEFAULT_SCHEDULE.holidays).toEqual([]);
  });
});

describe("isOpen", () => {
  it.each([
    ["2026-03-02T07:59:59", false],
    ["2026-03-02T08:00:00", true],
    ["2026-03-02T19:59:59", true],
    ["2026-03-02T20:00:00", false], // ranges are half-open
    ["2026-03-07T09:59:00", false], // Saturday opens later
    ["2026-03-07T10:00:00", true],
    ["2026-03-08T18:00:00", false], // Sunday closes earlier
  ])("%s local → %s", (local, expected) => {
    expect(isOpen(DEFAULT_SCHEDULE, dubai(local))).toBe(expected);
  });

  it("reads weekdays in local time, not UTC (Monday 02:00 local is still Sunday in UTC)", () => {
    const schedule: BusinessSchedule = {
      utcOffsetMinutes: 240,
      weekly: weekdaysOnly([{ start: "00:00", end: "24:00" }]),
      holidays: [],
    };
    expect(isOpen(schedule, dubai("2026-03-02T02:00:00"))).toBe(true);
    expect(isOpen(schedule, dubai("2026-03-01T23:00:00"))).toBe(false);
  });
});

describe("nextOpening", () => {
  it("returns the same instant when already open", () => {
    const open = dubai("2026-03-02T12:34:56");
    expect(nextOpening(DEFAULT_SCHEDULE, open)).toEqual(open);
  });

  it.each([
    ["2026-03-02T06:00:00", "2026-03-02T08:00:00"], // before opening
    ["2026-03-02T21:00:00", "2026-03-03T08:00:00"], // after closing, across midnight
    ["2026-03-06T20:00:00", "2026-03-07T10:00:00"], // Friday close → Saturday's later opening
    ["2026-03-07T18:30:00", "2026-03-08T10:00:00"], // Saturday → Sunday
    ["2026-03-08T19:00:00", "2026-03-09T08:00:00"], // Sunday → Monday
  ])("from %s local → %s local", (from, expected) => {
    expect(nextOpening(DEFAULT_SCHEDULE, dubai(from))).toEqual(dubai(expected));
  });

  it("skips holidays", () => {
    expect(nextOpening(DEFAULT_WITH_HOLIDAYS, dubai("2026-12-01T20:00:00"))).toEqual(dubai("2026-12-04T08:00:00"));
  });
});

describe("addBusinessSeconds", () => {
  it.each([
    ["inside hours", "2026-03-02T09:00:00", 2 * HOUR, "2026-03-02T11:00:00"],
    ["starting before opening", "2026-03-02T06:00:00", 1 * HOUR, "2026-03-02T09:00:00"],
    ["crossing a day boundary", "2026-03-02T19:00:00", 2 * HOUR, "2026-03-03T09:00:00"],
    ["into the weekend", "2026-03-06T19:30:00", 1 * HOUR, "2026-03-07T10:30:00"],
    ["across the weekend", "2026-03-06T19:00:00", 18 * HOUR, "2026-03-09T09:00:00"],
    ["starting on a Sunday evening", "2026-03-08T17:00:00", 3 * HOUR, "2026-03-09T10:00:00"],
    ["landing exactly on closing time", "2026-03-02T08:00:00", 12 * HOUR, "2026-03-02T20:00:00"],
    ["a full week (5×12h + 2×8h)", "2026-03-02T08:00:00", 76 * HOUR, "2026-03-08T18:00:00"],
    ["a full week and one second", "2026-03-02T08:00:00", 76 * HOUR + 1, "2026-03-09T08:00:01"],
  ])("%s", (_case, start, seconds, expected) => {
    expect(addBusinessSeconds(DEFAULT_SCHEDULE, dubai(start), seconds)).toEqual(dubai(expected));
  });

  it("returns the start unchanged when adding nothing, even outside hours", () => {
    const night = dubai("2026-03-02T23:00:00");
    expect(addBusinessSeconds(DEFAULT_SCHEDULE, night, 0)).toEqual(night);
  });

  it("keeps sub-second precision", () => {
    expect(addBusinessSeconds(DEFAULT_SCHEDULE, dubai("2026-03-02T19:59:59"), 1.5)).toEqual(
      dubai("2026-03-03T08:00:00.500"),
    );
  });

  it("skips holidays given in local dates", () => {
    expect(addBusinessSeconds(DEFAULT_WITH_HOLIDAYS, dubai("2026-12-01T19:00:00"), 2 * HOUR)).toEqual(
      dubai("2026-12-04T09:00:00"),
    );
  });

  it("rejects negative or non-finite amounts", () => {
    expect(() => addBusinessSeconds(DEFAULT_SCHEDULE, dubai("2026-03-02T09:00:00"), -1)).toThrow(RangeError);
    expect(() => addBusinessSeconds(DEFAULT_SCHEDULE, dubai("2026-03-02T09:00:00"), Infinity)).toThrow(RangeError);
  });
});

describe("businessSecondsBetween", () => {
  it.each([
    ["within one range", "2026-03-02T09:00:00", "2026-03-02T10:30:00", 1.5 * HOUR],
    ["overnight", "2026-03-02T19:00:00", "2026-03-03T09:00:00", 2 * HOUR],
    ["entirely closed", "2026-03-02T20:00:00", "2026-03-03T08:00:00", 0],
    ["over a weekend", "2026-03-06T19:00:00", "2026-03-09T09:00:00", 18 * HOUR],
    ["a full week", "2026-03-02T00:00:00", "2026-03-09T00:00:00", 76 * HOUR],
  ])("%s", (_case, from, to, expected) => {
    expect(businessSecondsBetween(DEFAULT_SCHEDULE, dubai(from), dubai(to))).toBe(expected);
  });

  it("is zero for an empty span and negative for a reversed one", () => {
    const t = dubai("2026-03-02T09:00:00");
    expect(businessSecondsBetween(DEFAULT_SCHEDULE, t, t)).toBe(0);
    expect(businessSecondsBetween(DEFAULT_SCHEDULE, dubai("2026-03-03T09:00:00"), dubai("2026-03-02T19:00:00"))).toBe(
      -2 * HOUR,
    );
  });

  it("does not count holidays", () => {
    // Tue 19:00 → Fri 09:00 with Wed and Thu off: 1h Tuesday + 1h Friday.
    expect(
      businessSecondsBetween(DEFAULT_WITH_HOLIDAYS, dubai("2026-12-01T19:00:00"), dubai("2026-12-04T09:00:00")),
    ).toBe(2 * HOUR);
  });

  it("is the inverse of addBusinessSeconds", () => {
    const schedules = [DEFAULT_SCHEDULE, DEFAULT_WITH_HOLIDAYS, LUNCH_BREAK, NEW_YORK_OFFICE, NIGHT_SHIFT];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const schedule of schedules) {
      for (let i = 0; i < 40; i++) {
        const start = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400) * 1000);
        const seconds = Math.floor(random() * 200 * HOUR);
        const end = addBusinessSeconds(schedule, start, seconds);
        expect(businessSecondsBetween(schedule, start, end)).toBe(seconds);
      }
    }
  });

  it("walks ranges rather than minutes: ten years in an IANA zone stays fast", () => {
    const started = performance.now();
    const seconds = businessSecondsBetween(NEW_YORK_OFFICE, at("2020-01-01T00:00:00Z"), at("2030-01-01T00:00:00Z"));
    expect(performance.now() - started).toBeLessThan(2000);
    // 2609 weekdays of 8 hours between 2020-01-01 and 2029-12-31.
    expect(seconds).toBe(2609 * 8 * HOUR);
  });
});

const LUNCH_BREAK: BusinessSchedule = {
  utcOffsetMinutes: 0,
  weekly: weekdaysOnly([
    { start: "13:00", end: "17:00" },
    { start: "09:00", end: "12:00" },
  ]),
  holidays: [],
};

describe("several ranges per day", () => {
  it("is closed over lunch and reopens after it", () => {
    expect(isOpen(LUNCH_BREAK, at("2026-03-02T12:30:00Z"))).toBe(false);
    expect(nextOpening(LUNCH_BREAK, at("2026-03-02T12:30:00Z"))).toEqual(at("2026-03-02T13:00:00Z"));
  });

  it("skips the break when adding time", () => {
    expect(addBusinessSeconds(LUNCH_BREAK, at("2026-03-02T11:00:00Z"), 2 * HOUR)).toEqual(at("2026-03-02T14:00:00Z"));
  });

  it("counts a day as the sum of its ranges", () => {
    expect(businessSecondsBetween(LUNCH_BREAK, at("2026-03-02T00:00:00Z"), at("2026-03-03T00:00:00Z"))).toBe(7 * HOUR);
  });

  it("merges overlapping ranges", () => {
    const overlapping: BusinessSchedule = {
      weekly: everyDay([
        { start: "09:00", end: "12:00" },
        { start: "11:00", end: "13:00" },
      ]),
      holidays: [],
    };
    expect(businessSecondsBetween(overlapping, at("2026-03-02T00:00:00Z"), at("2026-03-03T00:00:00Z"))).toBe(4 * HOUR);
  });
});

const NIGHT_SHIFT: BusinessSchedule = {
  utcOffsetMinutes: 0,
  weekly: everyDay([
    { start: "00:00", end: "02:00" },
    { start: "22:00", end: "24:00" },
  ]),
  holidays: [],
};

describe("ranges that meet at midnight", () => {
  it("stays open through midnight", () => {
    expect(isOpen(NIGHT_SHIFT, at("2026-03-02T00:00:00Z"))).toBe(true);
    expect(isOpen(NIGHT_SHIFT, at("2026-03-02T23:59:59Z"))).toBe(true);
    expect(isOpen(NIGHT_SHIFT, at("2026-03-02T02:00:00Z"))).toBe(false);
  });

  it("adds and measures across midnight", () => {
    expect(addBusinessSeconds(NIGHT_SHIFT, at("2026-03-02T23:00:00Z"), 2 * HOUR)).toEqual(at("2026-03-03T01:00:00Z"));
    expect(businessSecondsBetween(NIGHT_SHIFT, at("2026-03-02T22:00:00Z"), at("2026-03-03T02:00:00Z"))).toBe(4 * HOUR);
  });

  it("applies a holiday to the local date only", () => {
    const schedule: BusinessSchedule = {
      utcOffsetMinutes: 240,
      weekly: everyDay([{ start: "00:00", end: "24:00" }]),
      holidays: ["2026-12-02"],
    };
    expect(isOpen(schedule, dubai("2026-12-01T23:59:59"))).toBe(true);
    expect(isOpen(schedule, dubai("2026-12-02T00:00:00"))).toBe(false);
    expect(isOpen(schedule, dubai("2026-12-03T00:00:00"))).toBe(true);
    expect(nextOpening(schedule, dubai("2026-12-02T12:00:00"))).toEqual(dubai("2026-12-03T00:00:00"));
  });
});

const NEW_YORK_OFFICE: BusinessSchedule = {
  timeZone: "America/New_York",
  weekly: weekdaysOnly([{ start: "09:00", end: "17:00" }]),
  holidays: [],
};

describe("IANA time zones with DST", () => {
  it("opens at 09:00 local on both sides of the March switch (14:00Z in EST, 13:00Z in EDT)", () => {
    expect(nextOpening(NEW_YORK_OFFICE, at("2026-03-06T12:00:00Z"))).toEqual(at("2026-03-06T14:00:00Z"));
    expect(nextOpening(NEW_YORK_OFFICE, at("2026-03-09T12:00:00Z"))).toEqual(at("2026-03-09T13:00:00Z"));
    expect(isOpen(NEW_YORK_OFFICE, at("2026-03-09T13:30:00Z"))).toBe(true);
    expect(isOpen(NEW_YORK_OFFICE, at("2026-03-06T13:30:00Z"))).toBe(false);
  });

  it("adds across the DST weekend in local hours", () => {
    // Fri 16:00 EST + 2 business hours = Mon 10:00 EDT.
    expect(addBusinessSeconds(NEW_YORK_OFFICE, at("2026-03-06T21:00:00Z"), 2 * HOUR)).toEqual(
      at("2026-03-09T14:00:00Z"),
    );
    expect(businessSecondsBetween(NEW_YORK_OFFICE, at("2026-03-06T21:00:00Z"), at("2026-03-09T14:00:00Z"))).toBe(
      2 * HOUR,
    );
  });

  it("counts the real length of DST-switch days (23h in March, 25h in November)", () => {
    const sundaysAllDay: BusinessSchedule = {
      timeZone: "America/New_York",
      weekly: { 0: [{ start: "00:00", end: "24:00" }], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] },
      holidays: [],
    };
    expect(businessSecondsBetween(sundaysAllDay, at("2026-03-07T00:00:00Z"), at("2026-03-10T00:00:00Z"))).toBe(
      23 * HOUR,
    );
    expect(businessSecondsBetween(sundaysAllDay, at("2026-10-31T00:00:00Z"), at("2026-11-03T00:00:00Z"))).toBe(
      25 * HOUR,
    );
  });

  it("measures a range spanning the skipped hour by real elapsed time", () => {
    const earlySunday: BusinessSchedule = {
      timeZone: "America/New_York",
      weekly: { 0: [{ start: "01:00", end: "04:00" }], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] },
      holidays: [],
    };
    // 01:00 EST (06:00Z) → 04:00 EDT (08:00Z) is two real hours.
    expect(businessSecondsBetween(earlySunday, at("2026-03-08T00:00:00Z"), at("2026-03-09T00:00:00Z"))).toBe(2 * HOUR);
  });

  it("follows the zone's own DST dates (Berlin, summer vs winter)", () => {
    const berlin: BusinessSchedule = {
      timeZone: "Europe/Berlin",
      weekly: weekdaysOnly([{ start: "09:00", end: "17:00" }]),
      holidays: [],
    };
    expect(isOpen(berlin, at("2026-01-15T08:00:00Z"))).toBe(true); // 09:00 CET
    expect(isOpen(berlin, at("2026-07-15T07:00:00Z"))).toBe(true); // 09:00 CEST
    expect(isOpen(berlin, at("2026-07-15T15:30:00Z"))).toBe(false); // 17:30 CEST
  });

  it("gives the IANA zone precedence over utcOffsetMinutes", () => {
    const schedule: BusinessSchedule = { ...NEW_YORK_OFFICE, utcOffsetMinutes: 240 };
    expect(nextOpening(schedule, at("2026-03-09T12:00:00Z"))).toEqual(at("2026-03-09T13:00:00Z"));
  });
});

describe("CALENDAR_24_7", () => {
  it("is always open and counts calendar time", () => {
    const start = at("2026-03-07T23:15:00Z");
    expect(isOpen(CALENDAR_24_7, start)).toBe(true);
    expect(nextOpening(CALENDAR_24_7, start)).toEqual(start);
    expect(addBusinessSeconds(CALENDAR_24_7, start, 3 * 24 * HOUR)).toEqual(at("2026-03-10T23:15:00Z"));
    expect(businessSecondsBetween(CALENDAR_24_7, start, at("2026-03-08T01:15:00Z"))).toBe(2 * HOUR);
  });

  it("is calendar time in an IANA zone too, even across DST", () => {
    const allDayNewYork: BusinessSchedule = {
      timeZone: "America/New_York",
      weekly: CALENDAR_24_7.weekly,
      holidays: ["2027-01-01"],
    };
    expect(businessSecondsBetween(allDayNewYork, at("2026-03-07T00:00:00Z"), at("2026-03-10T00:00:00Z"))).toBe(
      72 * HOUR,
    );
    expect(addBusinessSeconds(allDayNewYork, at("2026-03-07T00:00:00Z"), 72 * HOUR)).toEqual(
      at("2026-03-10T00:00:00Z"),
    );
  });
});

describe("openIntervals", () => {
  it("lists open intervals from an instant, clipping the first", () => {
    const intervals = [];
    for (const interval of openIntervals(DEFAULT_SCHEDULE, dubai("2026-03-06T19:00:00"))) {
      intervals.push(interval);
      if (intervals.length === 3) break;
    }
    expect(intervals).toEqual([
      { start: dubai("2026-03-06T19:00:00"), end: dubai("2026-03-06T20:00:00") },
      { start: dubai("2026-03-07T10:00:00"), end: dubai("2026-03-07T18:00:00") },
      { start: dubai("2026-03-08T10:00:00"), end: dubai("2026-03-08T18:00:00") },
    ]);
  });
});

describe("schedule validation", () => {
  const withMonday = (ranges: OpeningRange[]): BusinessSchedule => ({ weekly: weekdaysOnly(ranges), holidays: [] });
  const probe = (schedule: BusinessSchedule) => () => isOpen(schedule, at("2026-03-02T10:00:00Z"));

  it.each([
    ["a malformed time", withMonday([{ start: "9:00", end: "17:00" }])],
    ["an hour past 24", withMonday([{ start: "09:00", end: "24:30" }])],
    ["a range ending before it starts", withMonday([{ start: "17:00", end: "09:00" }])],
    ["an empty range", withMonday([{ start: "09:00", end: "09:00" }])],
    ["a week with no opening hours", withMonday([])],
    ["a malformed holiday", { ...DEFAULT_SCHEDULE, holidays: ["2026-02-30"] }],
    ["an unknown time zone", { ...DEFAULT_SCHEDULE, timeZone: "Nowhere/Special" }],
  ])("rejects %s", (_case, schedule) => {
    expect(probe(schedule)).toThrow(RangeError);
  });
});
