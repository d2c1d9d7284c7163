import { describe, expect, it } from "vitest";
import {
  DEFAULT_FALLBACK_ANSWER_SECONDS,
  estimateWaitSeconds as estimateWithPrior,
  queuePositions,
} from "./wait-estimate.js";

describe("estimateWaitSeconds", () => {
  // The data-only behaviour (priorWeight 0); the prior is tested on its own below.
  const estimateWaitSeconds = (input: Parameters<typeof estimateWithPrior>[0]) =>
    estimateWithPrior({ priorWeight: 0, ...input });
  const history = [30, 50, 40, 600, 45]; // median 45; the 600 s outlier does not skew it

  it("is the median answer time for the first in line with one agent", () => {
    expect(estimateWaitSeconds({ recentAnswerTimesSeconds: history, positionInQueue: 1, availableAgentsSoon: 1 })).toBe(
      45,
    );
  });

  it("grows with the position and shrinks with agents freeing up", () => {
    expect(estimateWaitSeconds({ recentAnswerTimesSeconds: history, positionInQueue: 4, availableAgentsSoon: 1 })).toBe(
      180,
    );
    expect(estimateWaitSeconds({ recentAnswerTimesSeconds: history, positionInQueue: 4, availableAgentsSoon: 3 })).toBe(
      60,
    );
  });

  it("treats no available agents like one", () => {
    expect(estimateWaitSeconds({ recentAnswerTimesSeconds: history, positionInQueue: 2, availableAgentsSoon: 0 })).toBe(
      90,
    );
  });

  it("uses only the newest answers (20 by default, or as configured)", () => {
    const newestFirst = [...Array(20).fill(10), ...Array(30).fill(1000)];
    expect(
      estimateWaitSeconds({ recentAnswerTimesSeconds: newestFirst, positionInQueue: 1, availableAgentsSoon: 1 }),
    ).toBe(10);
    const recentSpike = [1000, 1000, 1000, 10, 10];
    expect(
      estimateWaitSeconds({
        recentAnswerTimesSeconds: recentSpike,
        positionInQueue: 1,
        availableAgentsSoon: 1,
        sampleSize: 3,
      }),
    ).toBe(1000);
  });

  it("falls back to the configured default without history", () => {
    expect(estimateWaitSeconds({ recentAnswerTimesSeconds: [], positionInQueue: 2, availableAgentsSoon: 1 })).toBe(
      2 * DEFAULT_FALLBACK_ANSWER_SECONDS,
    );
    expect(
      estimateWaitSeconds({
        recentAnswerTimesSeconds: [],
        positionInQueue: 2,
        availableAgentsSoon: 1,
        fallbackAnswerSeconds: 30,
      }),
    ).toBe(60);
  });

  it("ignores unusable answer times", () => {
    expect(
      estimateWaitSeconds({ recentAnswerTimesSeconds: [NaN, -5, 20], positionInQueue: 1, availableAgentsSoon: 1 }),
    ).toBe(20);
  });

  it("rounds to whole seconds", () => {
    expect(estimateWaitSeconds({ recentAnswerTimesSeconds: [10], positionInQueue: 1, availableAgentsSoon: 3 })).toBe(3);
  });

  it("rejects positions that are not 1-based whole numbers", () => {
    expect(() =>
      estimateWaitSeconds({ recentAnswerTimesSeconds: [], positionInQueue: 0, availableAgentsSoon: 1 }),
    ).toThrow(RangeError);
  });
});

describe("estimateWaitSeconds with its prior (the default)", () => {
  it("does not collapse when one quick pickup is all the history there is", () => {
    expect(estimateWithPrior({ recentAnswerTimesSeconds: [], positionInQueue: 1, availableAgentsSoon: 1 })).toBe(120);
    // One 2 s answer: (5 × 120 + 1 × 2) / 6 ≈ 100 s per slot, not 2 s.
    expect(estimateWithPrior({ recentAnswerTimesSeconds: [2], positionInQueue: 1, availableAgentsSoon: 1 })).toBe(100);
    expect(estimateWithPrior({ recentAnswerTimesSeconds: [2], positionInQueue: 2, availableAgentsSoon: 1 })).toBe(201);
  });

  it("lets a full sample of history dominate", () => {
    const twenty = Array(20).fill(30);
    // (5 × 120 + 20 × 30) / 25 = 48
    expect(estimateWithPrior({ recentAnswerTimesSeconds: twenty, positionInQueue: 1, availableAgentsSoon: 1 })).toBe(
      48,
    );
  });

  it("moves by at most 1/(priorWeight + n) of the gap per new answer", () => {
    const before = estimateWithPrior({
      recentAnswerTimesSeconds: [60, 60],
      positionInQueue: 1,
      availableAgentsSoon: 1,
    });
    const after = estimateWithPrior({
      recentAnswerTimesSeconds: [1, 60, 60],
      positionInQueue: 1,
      availableAgentsSoon: 1,
    });
    expect(Math.abs(after - before) / before).toBeLessThan(0.2);
  });
});

describe("queuePositions", () => {
  it("numbers items from 1 in serving order", () => {
    expect(queuePositions([{ id: "c" }, { id: "a" }, { id: "b" }])).toEqual(
      new Map([
        ["c", 1],
        ["a", 2],
        ["b", 3],
      ]),
    );
  });
});
