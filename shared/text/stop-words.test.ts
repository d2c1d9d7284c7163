import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize.js";
import { isNegator, isStopWord, STOP_WORDS } from "./stop-words.js";

describe("stop words", () => {
  it("has real lists for both languages", () => {
    expect(STOP_WORDS.en.size).toBeGreaterThanOrEqual(100);
    expect(STOP_WORDS.ar.size).toBeGreaterThanOrEqual(80);
  });

  it("matches normalised Arabic spellings and attached conjunctions", () => {
    expect(isStopWord(normalizeText("إلى"))).toBe(true);
    expect(isStopWord(normalizeText("الى"))).toBe(true);
    expect(isStopWord(normalizeText("وهذا"))).toBe(true);
    expect(isStopWord("the")).toBe(true);
  });

  it("does not treat greetings and thanks as stop words", () => {
    for (const word of ["hi", "hello", "thanks", "bye", "مرحبا", "شكرا"])
      expect(isStopWord(normalizeText(word))).toBe(false);
  });

  it("knows negators in both languages", () => {
    expect(isNegator("not")).toBe(true);
    expect(isNegator("can't")).toBe(true);
    expect(isNegator("لا")).toBe(true);
    expect(isNegator("غير")).toBe(true);
    expect(isNegator("account")).toBe(false);
  });
});
