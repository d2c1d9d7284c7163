import { describe, expect, it } from "vitest";
import { extractTerms, ngrams, termKeys } from "./terms.js";

describe("ngrams", () => {
  it("returns consecutive runs", () => {
    expect(ngrams(["a", "b", "c"], 2)).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
    expect(ngrams(["a"], 2)).toEqual([]);
  });
});

describe("extractTerms", () => {
  it("emits stemmed words and adjacent pairs, not pairs across removed stop words", () => {
    expect(termKeys("Refunds for the charged card")).toEqual(["refund", "charg", "card", "charg card"]);
  });

  it("limits n-grams", () => {
    expect(termKeys("credit card payment", { ngram: 1 })).toEqual(["credit", "card", "payment"]);
  });

  it("handles Arabic with the article and pronouns", () => {
    expect(termKeys("أريد سحب الأرباح من محفظتي")).toEqual(["اريد", "سحب", "ارباح", "محفظ", "اريد سحب", "سحب ارباح"]);
  });

  it("can fold negation into the following word", () => {
    const terms = extractTerms("The agent was not helpful", { negation: "mark", ngram: 1 });
    expect(terms).toEqual([
      { key: "agent", surface: "agent" },
      { key: "not helpful", surface: "not helpful" },
    ]);
    expect(termKeys("الخدمة غير مفيدة", { negation: "mark", ngram: 1 })).toEqual(["خدم", "not مفيد"]);
  });

  it("drops numbers unless asked", () => {
    expect(termKeys("paid 500 today", { ngram: 1 })).toEqual(["paid", "today"]);
    expect(termKeys("paid 500 today", { ngram: 1, keepNumbers: true })).toEqual(["paid", "500", "today"]);
  });
});

describe("extractTerms across punctuation", () => {
  it("does not pair words across clause punctuation, in English or Arabic", () => {
    expect(termKeys("fast withdrawal, great app")).toEqual([
      "fast",
      "withdrawal",
      "great",
      "app",
      "fast withdrawal",
      "great app",
    ]);
    expect(termKeys("سريع، ممتاز")).toEqual(["سريع", "ممتاز"]);
  });

  it("does not carry negation into the next clause", () => {
    expect(termKeys("not today. helpful agent", { negation: "mark", ngram: 1 })).toEqual([
      "not today",
      "helpful",
      "agent",
    ]);
  });
});
