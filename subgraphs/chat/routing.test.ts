import { describe, expect, it } from "vitest";
import { estimateWait } from "./routing.js";

describe("estimateWait", () => {
  it("is the median recent time-to-answer times the chats up to this one", () => {
    expect(estimateWait([30, 600, 60, 90, 45], 1)).toBe(60);
    expect(estimateWait([30, 600, 60, 90, 45], 3)).toBe(180);
  });

  it("ignores unusable samples and falls back without history", () => {
    expect(estimateWait([Number.NaN, -5, 40], 2)).toBe(80);
    expect(estimateWait([], 2)).toBe(240);
    expect(estimateWait([], 2, 30)).toBe(60);
  });

  it("treats positions below 1 as the next in line", () => {
    expect(estimateWait([100], 0)).toBe(100);
  });
});
