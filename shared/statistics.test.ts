import { describe, expect, it } from "vitest";
import { mean, median, percentile } from "./statistics.js";

describe("percentile", () => {
  it("interpolates between closest ranks (Excel PERCENTILE.INC)", () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 0)).toBe(15);
    expect(percentile(values, 40)).toBe(29);
    expect(percentile(values, 90)).toBe(46);
    expect(percentile(values, 100)).toBe(50);
  });

  it("accepts unsorted input without mutating it", () => {
    const values = [50, 15, 40, 20, 35];
    expect(percentile(values, 90)).toBe(46);
    expect(values).toEqual([50, 15, 40, 20, 35]);
  });

  it("returns the only value of a single-element list", () => {
    expect(percentile([7], 90)).toBe(7);
  });

  it("returns null for no data and rejects bad input", () => {
    expect(percentile([], 90)).toBeNull();
    expect(() => percentile([1, 2], 101)).toThrow(RangeError);
    expect(() => percentile([1, NaN], 50)).toThrow(RangeError);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("mean", () => {
  it("averages", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
  });
});
