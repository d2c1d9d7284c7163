import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors.js";
import {
  cleanAssignmentRequest,
  cleanLanguages,
  cleanSpecializations,
  cleanTiers,
  cleanWorkingHours,
  languageKey,
  nextRating,
} from "./clean-input.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).extensions.code;
  }
  return null;
};

const valid = { kind: "TICKET" as const, itemId: "5D1B0C2E-1111-4222-8333-444455556666", language: "en-GB" };

describe("cleanAssignmentRequest", () => {
  it("normalises ids, language, priority and exclusions", () => {
    const clean = cleanAssignmentRequest({
      ...valid,
      priority: "urgent",
      categoryKey: " billing_support ",
      excludeAgentIds: [valid.itemId, valid.itemId.toLowerCase()],
    });
    expect(clean).toEqual({
      kind: "TICKET",
      itemId: valid.itemId.toLowerCase(),
      categoryKey: "billing_support",
      language: "en-GB",
      languageKey: "en",
      priority: "URGENT",
      priorityRank: 0,
      requiredTier: null,
      excludeAgentIds: [valid.itemId.toLowerCase()],
    });
    expect(cleanAssignmentRequest(valid)).toMatchObject({ priority: "MEDIUM", priorityRank: 2, categoryKey: null });
  });

  it("refuses bad input with BAD_USER_INPUT", () => {
    expect(codeOf(() => cleanAssignmentRequest({ ...valid, itemId: "42" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => cleanAssignmentRequest({ ...valid, language: "english!" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => cleanAssignmentRequest({ ...valid, priority: "SOON" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => cleanAssignmentRequest({ ...valid, requiredTier: "tier_7" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => cleanAssignmentRequest({ ...valid, categoryKey: "account_management" }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(() => cleanAssignmentRequest({ ...valid, excludeAgentIds: ["x"] }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => cleanAssignmentRequest({ ...valid, kind: "EMAIL" as never }))).toBe("BAD_USER_INPUT");
  });
});

describe("profile fields", () => {
  it("accepts only the specification's category keys as specializations and named tiers", () => {
    expect(cleanSpecializations(["billing_support", " billing_support", "compliance_support"])).toEqual([
      "billing_support",
      "compliance_support",
    ]);
    expect(codeOf(() => cleanSpecializations(["billing"]))).toBe("BAD_USER_INPUT");
    expect(cleanTiers(["supervisor", "billing_specialist", "supervisor"])).toEqual([
      "billing_specialist",
      "supervisor",
    ]);
    expect(codeOf(() => cleanTiers(["2"]))).toBe("BAD_USER_INPUT");
  });

  it("keeps one entry per primary language", () => {
    expect(cleanLanguages(["en-US", "EN", "ar", "ur_PK"])).toEqual(["en", "ar", "ur"]);
    expect(codeOf(() => cleanLanguages([]))).toBe("BAD_USER_INPUT");
    expect(languageKey("ur_PK")).toBe("ur");
    expect(codeOf(() => languageKey("pt_BR"))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => cleanLanguages(["en", "fr"]))).toBe("BAD_USER_INPUT");
  });

  it("validates working hours", () => {
    expect(cleanWorkingHours({ days: [5, 1, 1, 2], start: "08:30", end: "17:00" })).toEqual({
      workingDays: [1, 2, 5],
      workStartsAt: "08:30",
      workEndsAt: "17:00",
    });
    expect(codeOf(() => cleanWorkingHours({ days: [0], start: "08:30", end: "17:00" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => cleanWorkingHours({ days: [1], start: "8:30", end: "17:00" }))).toBe("BAD_USER_INPUT");
  });
});

describe("nextRating", () => {
  it("replaces the initial rating with the first customer rating, then keeps the running mean (×2 for 1–5)", () => {
    const first = nextRating(9.4, 0, 3);
    expect(first).toEqual({ rating: 6, ratingCount: 1 });
    expect(nextRating(first.rating, first.ratingCount, 5)).toEqual({ rating: 8, ratingCount: 2 });
    expect(() => nextRating(5, 1, 6)).toThrow(RangeError);
    // A revised feedback replaces the earlier rating instead of counting twice.
    expect(nextRating(8, 2, 1, 5)).toEqual({ rating: 4, ratingCount: 2 });
  });
});
