import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE } from "../../shared/business-hours.js";
import { loadConfig } from "../../shared/config.js";
import {
  defaultScheduleRow,
  firstBreach,
  nextSlaCheck,
  parseWeekly,
  scheduleFromRow,
  slaStateOf,
  ticketSlaHours,
  validateHolidays,
} from "./policy.js";

const config = loadConfig({ NODE_ENV: "test", EMERGENCY_SUPPORT_24_7: "true" });
// Monday 2026-11-23 10:00 at UTC+4 = 06:00Z.
const monday10 = new Date("2026-11-23T06:00:00Z");
const hours = (h: number) => h * 3600_000;

describe("SLA policy as data", () => {
  it("round-trips the default schedule row, and rejects malformed hours and holidays", () => {
    const row = { ...defaultScheduleRow(), timeZone: null, updatedAt: new Date() };
    const schedule = scheduleFromRow(row);
    expect(schedule.weekly).toEqual(JSON.parse(JSON.stringify(DEFAULT_SCHEDULE.weekly)));
    expect(schedule.holidays).toContain("2026-12-02");
    expect(() => parseWeekly({ 1: [{ start: "20:00", end: "08:00" }] })).toThrow(/start < end/);
    expect(() => parseWeekly({ 1: [{ start: "8am", end: "12:00" }] })).toThrow();
    expect(
      parseWeekly({
        1: [
          { start: "08:00", end: "12:00" },
          { start: "13:00", end: "17:00" },
        ],
      })[1],
    ).toHaveLength(2);
    expect(() => validateHolidays(["2026-13-45x"])).toThrow();
    expect(validateHolidays(["2026-12-03", "2026-12-02", "2026-12-02"])).toEqual(["2026-12-02", "2026-12-03"]);
  });

  it("derives SLA hours from the category's policy and the priority, with the configured hours", () => {
    expect(ticketSlaHours(config, { slaHours: 8, defaultPriority: "MEDIUM" }, "MEDIUM")).toBe(8);
    expect(ticketSlaHours(config, { slaHours: 8, defaultPriority: "MEDIUM" }, "HIGH")).toBe(2);
    expect(ticketSlaHours(config, { slaHours: 2, defaultPriority: "HIGH" }, "URGENT")).toBe(1);
    expect(ticketSlaHours(config, null, "HIGH")).toBe(2);
  });

  it("computes the targets from the stored timeline: paused while PENDING, first reply from agent replies only", () => {
    const ticket = { createdAt: monday10, priority: "MEDIUM" as const, slaHours: 4, resolvedAt: null, customerId: "c" };
    const statusChanges = [
      { status: "OPEN" as const, at: monday10 },
      { status: "PENDING" as const, at: new Date(monday10.getTime() + hours(1)) },
      { status: "OPEN" as const, at: new Date(monday10.getTime() + hours(3)) },
    ];
    const messages = [
      { authorRole: "agent", internal: true, createdAt: new Date(monday10.getTime() + hours(0.5)) }, // a note is no reply
      { authorRole: "agent", internal: false, createdAt: new Date(monday10.getTime() + hours(3.5)) },
    ];
    const now = new Date(monday10.getTime() + hours(4));
    const state = slaStateOf({ ticket, statusChanges, messages }, DEFAULT_SCHEDULE, config, now);
    // 4h budget + 2h paused → due at 16:00 local; the reply at 13:30 satisfied it.
    expect(state.firstReply.dueAt).toEqual(new Date(monday10.getTime() + hours(6)));
    expect(state.firstReply.status).toBe("SATISFIED");
    expect(state.firstReply.satisfiedAt).toEqual(messages[1].createdAt);
    expect(firstBreach(state)).toBeNull();
    expect(state.resolution.status).toBe("RUNNING");
  });

  it("schedules the next sweeper check no later than the next warning or deadline", () => {
    const ticket = { createdAt: monday10, priority: "MEDIUM" as const, slaHours: 4, resolvedAt: null, customerId: "c" };
    const timeline = { ticket, statusChanges: [{ status: "OPEN" as const, at: monday10 }], messages: [] };
    const now = new Date(monday10.getTime() + hours(1));
    const state = slaStateOf(timeline, DEFAULT_SCHEDULE, config, now);
    const next = nextSlaCheck(state, 0.75, now)!;
    expect(next.getTime()).toBeGreaterThan(now.getTime());
    expect(next.getTime()).toBeLessThanOrEqual(state.firstReply.dueAt!.getTime());
    // After the breach, the breached target needs no more checks; the running resolution target does.
    const late = new Date(monday10.getTime() + hours(5));
    const breached = slaStateOf(timeline, DEFAULT_SCHEDULE, config, late);
    expect(breached.firstReply.status).toBe("BREACHED");
    expect(firstBreach(breached)).toEqual(breached.firstReply.dueAt);
    expect(nextSlaCheck(breached, 0.75, late)!.getTime()).toBeGreaterThan(late.getTime());
  });
});
