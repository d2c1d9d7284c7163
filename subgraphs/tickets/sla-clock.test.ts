import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE } from "../../shared/business-hours.js";
import {
  addRunningSeconds,
  pauseSpans,
  pausedSecondsBetween,
  runningSecondsBetween,
  statusAt,
  type SlaClock,
} from "./sla-clock.js";

const HOUR = 3600;
/** Local time of DEFAULT_SCHEDULE (UTC+4, weekdays 08:00–20:00). 2026-03-02 is a Monday. */
const local = (iso: string) => new Date(`${iso}+04:00`);
const isPending = (status: string) => status === "PENDING";

describe("statusAt", () => {
  const history = [
    { status: "PENDING", at: local("2026-03-02T10:00:00") },
    { status: "OPEN", at: local("2026-03-02T09:00:00") },
  ];

  it("finds the latest change at or before the instant, whatever the input order", () => {
    expect(statusAt(history, local("2026-03-02T08:59:59"))).toBeNull();
    expect(statusAt(history, local("2026-03-02T09:30:00"))).toBe("OPEN");
    expect(statusAt(history, local("2026-03-02T10:00:00"))).toBe("PENDING");
  });
});

describe("pauseSpans", () => {
  it("turns pausing stretches of the history into spans, closing an open pause at `until`", () => {
    const history = [
      { status: "OPEN", at: local("2026-03-02T09:00:00") },
      { status: "PENDING", at: local("2026-03-02T12:00:00") },
      { status: "PENDING", at: local("2026-03-02T12:30:00") }, // still the same pause
      { status: "OPEN", at: local("2026-03-02T13:00:00") },
      { status: "PENDING", at: local("2026-03-02T15:00:00") },
    ];
    expect(pauseSpans([...history].reverse(), isPending, local("2026-03-02T16:00:00"))).toEqual([
      { start: local("2026-03-02T12:00:00"), end: local("2026-03-02T13:00:00") },
      { start: local("2026-03-02T15:00:00"), end: local("2026-03-02T16:00:00") },
    ]);
  });

  it("ignores changes after `until` and empty spans", () => {
    const history = [
      { status: "PENDING", at: local("2026-03-02T10:00:00") },
      { status: "OPEN", at: local("2026-03-02T10:00:00") },
      { status: "PENDING", at: local("2026-03-02T18:00:00") },
    ];
    expect(pauseSpans(history, isPending, local("2026-03-02T17:00:00"))).toEqual([]);
  });
});

describe("a paused business-hours clock", () => {
  const clock: SlaClock = {
    schedule: DEFAULT_SCHEDULE,
    pauses: [
      { start: local("2026-03-02T10:00:00"), end: local("2026-03-02T11:00:00") },
      { start: local("2026-03-02T19:00:00"), end: local("2026-03-03T09:00:00") }, // overnight: 2 business hours
    ],
  };

  it("counts paused time in business seconds only", () => {
    expect(pausedSecondsBetween(clock, local("2026-03-02T09:00:00"), local("2026-03-03T12:00:00"))).toBe(3 * HOUR);
    expect(pausedSecondsBetween(clock, local("2026-03-02T10:30:00"), local("2026-03-02T12:00:00"))).toBe(0.5 * HOUR);
  });

  it("runs only outside pauses", () => {
    // Mon 09–20 is 11h minus 2h paused = 9h; Tue 08–12 is 4h minus 1h paused = 3h.
    expect(runningSecondsBetween(clock, local("2026-03-02T09:00:00"), local("2026-03-03T12:00:00"))).toBe(12 * HOUR);
    expect(runningSecondsBetween(clock, local("2026-03-03T12:00:00"), local("2026-03-02T09:00:00"))).toBe(0);
  });

  it("pushes the finish past pauses", () => {
    expect(addRunningSeconds(clock, local("2026-03-02T09:00:00"), 2 * HOUR)).toEqual(local("2026-03-02T12:00:00"));
    expect(addRunningSeconds(clock, local("2026-03-02T09:00:00"), 1 * HOUR)).toEqual(local("2026-03-02T10:00:00"));
    expect(addRunningSeconds(clock, local("2026-03-02T18:00:00"), 2 * HOUR)).toEqual(local("2026-03-03T10:00:00"));
  });

  it("waits for a pause to end when started inside it", () => {
    expect(addRunningSeconds(clock, local("2026-03-02T10:30:00"), 1 * HOUR)).toEqual(local("2026-03-02T12:00:00"));
  });

  it("is the inverse of runningSecondsBetween", () => {
    const start = local("2026-03-02T08:30:00");
    for (const seconds of [1, HOUR, 5 * HOUR, 11 * HOUR, 30 * HOUR]) {
      expect(runningSecondsBetween(clock, start, addRunningSeconds(clock, start, seconds))).toBe(seconds);
    }
  });
});
