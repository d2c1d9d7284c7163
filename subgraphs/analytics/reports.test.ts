import { describe, expect, it } from "vitest";
import { agentsNeeded } from "./figures.js";
import { assertRange, previousPeriod, workforce } from "./metrics.js";
import { capacityPlan, DEFAULT_HANDLE_SECONDS, metricSeries, trendsOf, type HourlyQueue } from "./reports.js";

const hour = (h: number, chatArrivals: number, handle: number | null, rate = chatArrivals): HourlyQueue => ({
  hour: h,
  chatArrivals,
  ticketArrivals: 0,
  chatArrivalRatePerHour: rate,
  averageChatWaitSeconds: null,
  maxChatWaitSeconds: null,
  averageChatHandleSeconds: handle,
  averageTicketFirstResponseSeconds: null,
});

describe("ranges", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, d));
  it("refuses to before from and ranges over the maximum, with BAD_USER_INPUT", () => {
    expect(() => assertRange({ from: day(2), to: day(1) }, 30)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
    expect(() => assertRange({ from: day(1), to: day(32) }, 30)).toThrow(/30 days/);
    expect(() => assertRange({ from: day(1), to: day(31) }, 30)).not.toThrow();
    expect(() => assertRange({ from: day(1), to: day(1) }, 30)).not.toThrow();
  });
  it("takes the previous period of equal length", () => {
    expect(previousPeriod({ from: day(8), to: day(15) })).toEqual({ from: day(1), to: day(8) });
  });
});

describe("workforce", () => {
  it("divides handle time and resolutions by online time; null without online time", () => {
    expect(workforce(7200, 3600, 4)).toEqual({ onlineHours: 2, agentUtilization: 0.5, agentProductivity: 2 });
    expect(workforce(0, 100, 1)).toEqual({ onlineHours: 0, agentUtilization: null, agentProductivity: null });
  });
});

describe("capacityPlan", () => {
  it("uses the hour's handle time, else the arrival-weighted period average, else the default", () => {
    const target = { targetWaitSeconds: 60, targetServiceLevel: 0.8 };
    const plan = capacityPlan([hour(9, 30, 400), hour(10, 10, 800), hour(11, 5, null), hour(12, 0, null)], target);
    expect(plan[0]).toEqual({
      hour: 9,
      arrivalRatePerHour: 30,
      averageHandleSeconds: 400,
      agentsNeeded: agentsNeeded({ arrivalRatePerHour: 30, averageHandleSeconds: 400, ...target }),
    });
    expect(plan[2].averageHandleSeconds).toBe(500); // (30 × 400 + 10 × 800) / 40
    expect(plan[3].agentsNeeded).toBe(0);
    const noHistory = capacityPlan([hour(9, 4, null)], target);
    expect(noHistory[0]).toMatchObject({
      averageHandleSeconds: null,
      agentsNeeded: agentsNeeded({ arrivalRatePerHour: 4, averageHandleSeconds: DEFAULT_HANDLE_SECONDS, ...target }),
    });
  });
});

describe("trendsOf", () => {
  it("gives the relative change, null when either side is missing or the previous is 0", () => {
    const base = {
      ticketsTotal: 10,
      ticketsResolved: 0,
      firstResponseP90Seconds: null,
      firstResponseMedianSeconds: 100,
      resolutionMedianSeconds: null,
      slaComplianceFirstReply: null,
      slaComplianceResolution: null,
      csat: 0.5,
      nps: -20,
      chatAbandonmentRate: null,
      chatWaitP90Seconds: null,
    };
    const trends = trendsOf(
      { ...base, ticketsTotal: 15, ticketsResolved: 3, firstResponseMedianSeconds: 50, nps: -10 },
      base,
    );
    const by = Object.fromEntries(trends.map((t) => [t.metric, t.relative]));
    expect(by).toMatchObject({
      ticketsTotal: 0.5,
      ticketsResolved: null,
      firstResponseMedianSeconds: -0.5,
      firstResponseP90Seconds: null,
      nps: 0.5,
      csat: 0,
    });
  });
});

describe("metricSeries", () => {
  it("refuses more than 10,000 buckets before querying", async () => {
    let queried = false;
    const db = { query: async () => ((queried = true), []) };
    const range = { from: new Date(Date.UTC(2025, 0, 1)), to: new Date(Date.UTC(2026, 6, 1)) };
    await expect(metricSeries(db, "EVENTS", range, "HOUR")).rejects.toThrow(/Too many hour buckets/);
    expect(queried).toBe(false);
    await metricSeries(db, "EVENTS", range, "DAY");
    expect(queried).toBe(true);
  });
});
