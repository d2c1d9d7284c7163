import { describe, expect, it } from "vitest";
import { formatDuration, formatPercent } from "./format.js";

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [45, "45s"],
    [59.4, "59s"],
    [59.6, "1m"],
    [90, "2m"],
    [12 * 60, "12m"],
    [59 * 60 + 40, "1h"],
    [4320, "1.2h"],
    [6120, "1.7h"],
    [20 * 3600, "20h"],
    [47.9 * 3600, "47.9h"],
    [48 * 3600, "2d"],
    [2.5 * 86_400, "2.5d"],
    [-90, "-2m"],
  ])("%d seconds → %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it("rejects non-finite durations", () => {
    expect(() => formatDuration(Infinity)).toThrow(RangeError);
  });
});

describe("formatPercent", () => {
  it("rounds to whole percent", () => {
    expect(formatPercent(0.875)).toBe("88%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
  });
});
