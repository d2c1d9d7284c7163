import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE, type BusinessSchedule } from "../../shared/business-hours.js";
import {
  DEFAULT_SLA_HOURS,
  bumpPriority,
  computeSlaState,
  slaHoursFor,
  slaPolicyFor,
  type Priority,
  type SlaTimeline,
} from "./sla.js";

const HOUR = 3600;
/** Local time of DEFAULT_SCHEDULE: UTC+4, weekdays 08:00–20:00, weekends 10:00–18:00. 2026-03-02 is a Monday. */
const local = (iso: string) => new Date(`${iso}+04:00`);

/** A MEDIUM ticket created Monday 09:00 local with 4h reply targets and a 24h resolution target. */
function timeline(overrides: Partial<SlaTimeline>): SlaTimeline {
  return {
    createdAt: local("2026-03-02T09:00:00"),
    priority: "MEDIUM",
    policy: slaPolicyFor(4),
    schedule: DEFAULT_SCHEDULE,
    statusHistory: [],
    agentReplies: [],
    customerMessages: [],
    now: local("2026-03-02T10:00:00"),
    ...overrides,
  };
}

describe("slaHoursFor", () => {
  it.each<[Priority, number]>([
    ["LOW", 4],
    ["MEDIUM", 4],
    ["HIGH", 2],
    ["URGENT", 1],
  ])("gives %s tickets %i hours without a category", (priority, hours) => {
    expect(slaHoursFor({ category: null, priority })).toBe(hours);
  });

  it("keeps the category's hours at its priority, tightens for a raise and relaxes for a lowering", () => {
    const account = { slaHours: 6, defaultPriority: "MEDIUM" as const };
    const billing = { slaHours: 3, defaultPriority: "HIGH" as const };
    expect(slaHoursFor({ category: account, priority: "MEDIUM" })).toBe(6);
    expect(slaHoursFor({ category: account, priority: "HIGH" })).toBe(2);
    expect(slaHoursFor({ category: account, priority: "LOW" })).toBe(6);
    expect(slaHoursFor({ category: billing, priority: "HIGH" })).toBe(3);
    expect(slaHoursFor({ category: billing, priority: "URGENT" })).toBe(1);
    expect(slaHoursFor({ category: billing, priority: "MEDIUM" })).toBe(4);
  });

  it("uses the configured hours", () => {
    const config = { ...DEFAULT_SLA_HOURS, urgentSlaHours: 0.5 };
    expect(slaHoursFor({ category: { slaHours: 2, defaultPriority: "HIGH" }, priority: "URGENT", config })).toBe(0.5);
  });

  it("rejects non-positive category hours", () => {
    expect(() => slaHoursFor({ category: { slaHours: 0, defaultPriority: "LOW" }, priority: "LOW" })).toThrow(
      RangeError,
    );
  });
});

describe("slaPolicyFor", () => {
  it("derives first reply = next reply = SLA hours and resolution = 6 × SLA hours", () => {
    expect(slaPolicyFor(4)).toEqual({ firstReplyHours: 4, nextReplyHours: 4, resolutionHours: 24 });
  });

  it("accepts overrides and validates them", () => {
    expect(slaPolicyFor(2, { resolutionHours: 40 })).toEqual({
      firstReplyHours: 2,
      nextReplyHours: 2,
      resolutionHours: 40,
    });
    expect(() => slaPolicyFor(2, { nextReplyHours: 0 })).toThrow(RangeError);
  });
});

describe("bumpPriority", () => {
  it("climbs one step and stops at URGENT", () => {
    expect(["LOW", "MEDIUM", "HIGH", "URGENT"].map((p) => bumpPriority(p as Priority))).toEqual([
      "MEDIUM",
      "HIGH",
      "URGENT",
      "URGENT",
    ]);
  });
});

describe("first reply", () => {
  it("runs in business time from creation", () => {
    const { firstReply } = computeSlaState(timeline({ now: local("2026-03-02T10:00:00") }));
    expect(firstReply).toEqual({
      dueAt: local("2026-03-02T13:00:00"),
      breachedAt: null,
      satisfiedAt: null,
      pausedSeconds: 0,
      elapsedFraction: 0.25,
      status: "RUNNING",
    });
  });

  it("warns from 75% of the window, or a configured share", () => {
    expect(computeSlaState(timeline({ now: local("2026-03-02T11:59:00") })).firstReply.status).toBe("RUNNING");
    expect(computeSlaState(timeline({ now: local("2026-03-02T12:00:00") })).firstReply.status).toBe("WARNING");
    expect(
      computeSlaState(timeline({ now: local("2026-03-02T11:00:00"), warningFraction: 0.5 })).firstReply.status,
    ).toBe("WARNING");
  });

  it("breaches when the window runs out", () => {
    const { firstReply } = computeSlaState(timeline({ now: local("2026-03-02T14:00:00") }));
    expect(firstReply.status).toBe("BREACHED");
    expect(firstReply.breachedAt).toEqual(local("2026-03-02T13:00:00"));
    expect(firstReply.elapsedFraction).toBe(1.25);
  });

  it("is satisfied by the first agent reply in time", () => {
    const { firstReply } = computeSlaState(
      timeline({
        agentReplies: [local("2026-03-02T15:00:00"), local("2026-03-02T11:00:00")],
        now: local("2026-03-02T16:00:00"),
      }),
    );
    expect(firstReply).toMatchObject({
      status: "SATISFIED",
      satisfiedAt: local("2026-03-02T11:00:00"),
      breachedAt: null,
      elapsedFraction: 0.5,
    });
  });

  it("stays BREACHED when the reply came late, recording both times", () => {
    const { firstReply } = computeSlaState(
      timeline({ agentReplies: [local("2026-03-02T14:00:00")], now: local("2026-03-02T16:00:00") }),
    );
    expect(firstReply).toMatchObject({
      status: "BREACHED",
      breachedAt: local("2026-03-02T13:00:00"),
      satisfiedAt: local("2026-03-02T14:00:00"),
      elapsedFraction: 1.25,
    });
  });

  it("counts from the next opening when created outside hours", () => {
    // Friday 19:00: 1h on Friday, then 3h from Saturday's 10:00 opening.
    const state = computeSlaState(
      timeline({ createdAt: local("2026-03-06T19:00:00"), now: local("2026-03-07T09:00:00") }),
    );
    expect(state.firstReply.dueAt).toEqual(local("2026-03-07T13:00:00"));
    expect(state.firstReply.elapsedFraction).toBe(0.25);
  });

  it("crosses the day boundary", () => {
    const state = computeSlaState(
      timeline({ createdAt: local("2026-03-02T18:00:00"), now: local("2026-03-02T22:00:00") }),
    );
    expect(state.firstReply.dueAt).toEqual(local("2026-03-03T10:00:00"));
    expect(state.firstReply.status).toBe("RUNNING");
  });

  it("ignores events after `now`", () => {
    const { firstReply } = computeSlaState(
      timeline({ agentReplies: [local("2026-03-02T11:00:00")], now: local("2026-03-02T10:00:00") }),
    );
    expect(firstReply.status).toBe("RUNNING");
  });

  it("has not started for a ticket created after `now`", () => {
    expect(computeSlaState(timeline({ now: local("2026-03-02T08:00:00") })).firstReply.status).toBe("NOT_STARTED");
  });
});

describe("pauses while PENDING", () => {
  const waitingOnCustomer = [
    { status: "PENDING" as const, at: local("2026-03-02T10:00:00") },
    { status: "OPEN" as const, at: local("2026-03-02T11:00:00") },
  ];

  it("shifts the due time by the paused business time", () => {
    const { firstReply } = computeSlaState(
      timeline({ statusHistory: waitingOnCustomer, now: local("2026-03-02T12:00:00") }),
    );
    expect(firstReply).toMatchObject({
      dueAt: local("2026-03-02T14:00:00"),
      pausedSeconds: HOUR,
      elapsedFraction: 0.5,
      status: "RUNNING",
    });
  });

  it("reports PAUSED while pending and projects the due time as if resumed now", () => {
    const { firstReply } = computeSlaState(
      timeline({ statusHistory: waitingOnCustomer.slice(0, 1), now: local("2026-03-02T10:30:00") }),
    );
    expect(firstReply).toMatchObject({
      status: "PAUSED",
      dueAt: local("2026-03-02T13:30:00"),
      pausedSeconds: 1800,
      elapsedFraction: 0.25,
    });
  });

  it("counts only business time of an overnight pause", () => {
    const overnight = [
      { status: "PENDING" as const, at: local("2026-03-02T19:00:00") },
      { status: "OPEN" as const, at: local("2026-03-03T09:00:00") },
    ];
    const { resolution } = computeSlaState(timeline({ statusHistory: overnight, now: local("2026-03-03T10:00:00") }));
    expect(resolution.pausedSeconds).toBe(2 * HOUR);
    // 24h of business time from Mon 09:00 reaches Wed 09:00; two paused hours push it to Wed 11:00.
    expect(resolution.dueAt).toEqual(local("2026-03-04T11:00:00"));
  });

  it("ignores pauses after the target was met", () => {
    const state = computeSlaState(
      timeline({
        agentReplies: [local("2026-03-02T09:30:00")],
        statusHistory: [{ status: "PENDING", at: local("2026-03-02T09:30:00") }],
        now: local("2026-03-02T15:00:00"),
      }),
    );
    expect(state.firstReply).toMatchObject({
      status: "SATISFIED",
      dueAt: local("2026-03-02T13:00:00"),
      pausedSeconds: 0,
    });
    expect(state.resolution.status).toBe("PAUSED");
  });

  it("can also pause on other statuses when configured", () => {
    const onHold = [{ status: "ON_HOLD" as const, at: local("2026-03-02T10:00:00") }];
    expect(computeSlaState(timeline({ statusHistory: onHold })).firstReply.status).toBe("RUNNING");
    expect(
      computeSlaState(timeline({ statusHistory: onHold, pausingStatuses: ["PENDING", "ON_HOLD"] })).firstReply.status,
    ).toBe("PAUSED");
  });

  it("never breaches while paused", () => {
    const { firstReply } = computeSlaState(
      timeline({
        statusHistory: [{ status: "PENDING", at: local("2026-03-02T10:00:00") }],
        now: local("2026-03-05T10:00:00"),
      }),
    );
    expect(firstReply.status).toBe("PAUSED");
    expect(firstReply.elapsedFraction).toBe(0.25);
  });
});

describe("next reply", () => {
  const firstAnswer = local("2026-03-02T10:00:00");

  it("has not started before the customer writes back after an agent reply", () => {
    const state = computeSlaState(
      timeline({
        customerMessages: [local("2026-03-02T09:30:00")],
        agentReplies: [firstAnswer],
        now: local("2026-03-02T12:00:00"),
      }),
    );
    expect(state.nextReply.status).toBe("NOT_STARTED");
    expect(state.nextReplyCycles).toEqual([]);
  });

  it("starts at the first unanswered customer message; more messages do not restart it", () => {
    const { nextReply } = computeSlaState(
      timeline({
        agentReplies: [firstAnswer],
        customerMessages: [local("2026-03-02T11:00:00"), local("2026-03-02T11:30:00")],
        now: local("2026-03-02T12:00:00"),
      }),
    );
    expect(nextReply).toMatchObject({ status: "RUNNING", dueAt: local("2026-03-02T15:00:00"), elapsedFraction: 0.25 });
  });

  it("tracks each exchange as a cycle and shows the open one", () => {
    const state = computeSlaState(
      timeline({
        agentReplies: [firstAnswer, local("2026-03-02T13:00:00")],
        customerMessages: [local("2026-03-02T11:00:00"), local("2026-03-02T14:00:00")],
        now: local("2026-03-02T19:00:00"),
      }),
    );
    expect(state.nextReplyCycles.map((cycle) => cycle.status)).toEqual(["SATISFIED", "BREACHED"]);
    expect(state.nextReply).toMatchObject({
      status: "BREACHED",
      dueAt: local("2026-03-02T18:00:00"),
      breachedAt: local("2026-03-02T18:00:00"),
    });
  });

  it("shows the latest cycle once everything is answered", () => {
    const { nextReply } = computeSlaState(
      timeline({
        agentReplies: [firstAnswer, local("2026-03-02T12:00:00")],
        customerMessages: [local("2026-03-02T11:00:00")],
        now: local("2026-03-02T19:00:00"),
      }),
    );
    expect(nextReply).toMatchObject({ status: "SATISFIED", satisfiedAt: local("2026-03-02T12:00:00") });
  });
});

describe("resolution", () => {
  it("is met at resolvedAt", () => {
    const { resolution } = computeSlaState(
      timeline({
        agentReplies: [local("2026-03-02T10:00:00")],
        resolvedAt: local("2026-03-03T10:00:00"),
        now: local("2026-03-04T10:00:00"),
      }),
    );
    expect(resolution).toMatchObject({
      status: "SATISFIED",
      dueAt: local("2026-03-04T09:00:00"),
      satisfiedAt: local("2026-03-03T10:00:00"),
    });
  });

  it("also meets reply targets still waiting when the ticket is resolved", () => {
    const state = computeSlaState(
      timeline({ resolvedAt: local("2026-03-02T10:00:00"), now: local("2026-03-03T10:00:00") }),
    );
    expect(state.firstReply).toMatchObject({ status: "SATISFIED", satisfiedAt: local("2026-03-02T10:00:00") });
  });

  it("is not restarted by a reopen; a customer message after it opens a next-reply cycle", () => {
    const state = computeSlaState(
      timeline({
        statusHistory: [
          { status: "RESOLVED", at: local("2026-03-02T10:00:00") },
          { status: "OPEN", at: local("2026-03-02T11:00:00") },
        ],
        resolvedAt: local("2026-03-02T10:00:00"),
        customerMessages: [local("2026-03-02T11:00:00")],
        now: local("2026-03-02T12:00:00"),
      }),
    );
    expect(state.resolution.status).toBe("SATISFIED");
    expect(state.nextReply).toMatchObject({ status: "RUNNING", dueAt: local("2026-03-02T15:00:00") });
  });
});

describe("URGENT emergency 24/7", () => {
  const fridayNight = {
    createdAt: local("2026-03-06T19:30:00"),
    policy: slaPolicyFor(1),
    now: local("2026-03-06T21:00:00"),
  };

  it("runs on calendar time when on", () => {
    const { firstReply } = computeSlaState(timeline({ ...fridayNight, priority: "URGENT", emergency24x7: true }));
    expect(firstReply).toMatchObject({ dueAt: local("2026-03-06T20:30:00"), status: "BREACHED", elapsedFraction: 1.5 });
  });

  it("runs on business time when off, or for lower priorities", () => {
    for (const overrides of [{ priority: "URGENT" as const }, { priority: "HIGH" as const, emergency24x7: true }]) {
      const { firstReply } = computeSlaState(timeline({ ...fridayNight, ...overrides }));
      expect(firstReply.dueAt).toEqual(local("2026-03-07T10:30:00"));
    }
  });
});

describe("time zones", () => {
  const newYork: BusinessSchedule = {
    timeZone: "America/New_York",
    weekly: {
      0: [],
      1: [{ start: "09:00", end: "17:00" }],
      2: [{ start: "09:00", end: "17:00" }],
      3: [{ start: "09:00", end: "17:00" }],
      4: [{ start: "09:00", end: "17:00" }],
      5: [{ start: "09:00", end: "17:00" }],
      6: [],
    },
    holidays: [],
  };

  it("follows the schedule's local hours across a DST weekend", () => {
    // Friday 16:00 EST: 1h on Friday, 3h from Monday 09:00 EDT → Monday 12:00 EDT (16:00Z).
    const { firstReply } = computeSlaState(
      timeline({
        schedule: newYork,
        createdAt: new Date("2026-03-06T21:00:00Z"),
        now: new Date("2026-03-09T15:00:00Z"),
      }),
    );
    expect(firstReply).toMatchObject({
      dueAt: new Date("2026-03-09T16:00:00Z"),
      status: "WARNING",
      elapsedFraction: 0.75,
    });
  });
});

describe("input validation", () => {
  it("rejects an invalid policy or warning share", () => {
    expect(() =>
      computeSlaState(timeline({ policy: { firstReplyHours: 4, nextReplyHours: -1, resolutionHours: 24 } })),
    ).toThrow(RangeError);
    expect(() => computeSlaState(timeline({ warningFraction: 0 }))).toThrow(RangeError);
  });
});
