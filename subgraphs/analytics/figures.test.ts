import { describe, expect, it } from "vitest";
import { agentsNeeded, csat, erlangC, mean, median, nps, percentile, serviceLevel } from "./figures.js";

describe("csat", () => {
  it("is the share of 4 and 5 ratings", () => {
    expect(csat([5, 4, 3, 2, 1, 5, 4, 5])).toBe(5 / 8);
    expect(csat([5, 5])).toBe(1);
  });

  it("is null without ratings and rejects ratings outside 1–5", () => {
    expect(csat([])).toBeNull();
    expect(() => csat([0])).toThrow(RangeError);
    expect(() => csat([4.5])).toThrow(RangeError);
  });
});

describe("nps", () => {
  it("subtracts the detractor share from the promoter share", () => {
    // 5 promoters, 3 passives, 2 detractors out of 10 → 50% − 20% = 30.
    expect(nps([10, 9, 9, 10, 9, 8, 7, 8, 6, 0])).toBeCloseTo(30, 10);
  });

  it("spans −100 to 100", () => {
    expect(nps([10, 9])).toBe(100);
    expect(nps([0, 6])).toBe(-100);
    expect(nps([7, 8])).toBe(0);
  });

  it("is null without answers and rejects scores outside 0–10", () => {
    expect(nps([])).toBeNull();
    expect(() => nps([11])).toThrow(RangeError);
  });
});

describe("re-exported figures", () => {
  it("offers the statistics and Erlang C helpers from one module", () => {
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(median([1, 9, 5])).toBe(5);
    expect(mean([2, 4])).toBe(3);
    expect(erlangC({ arrivalRatePerHour: 200, averageHandleSeconds: 180, agents: 11 })).toBeCloseTo(0.6821, 4);
    expect(
      serviceLevel({ arrivalRatePerHour: 200, averageHandleSeconds: 180, agents: 14, targetWaitSeconds: 20 }),
    ).toBeGreaterThan(0.8);
    expect(
      agentsNeeded({
        arrivalRatePerHour: 200,
        averageHandleSeconds: 180,
        targetWaitSeconds: 20,
        targetServiceLevel: 0.8,
      }),
    ).toBe(14);
  });
});
