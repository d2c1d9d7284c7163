import { describe, expect, it } from "vitest";
import { topTerms } from "./tfidf.js";

const REVIEWS = [
  "Great customer service, the agent was quick",
  "customer service solved my issue quickly",
  "The app is great",
  "Withdrawal took forever",
  "خدمة العملاء ممتازة وسريعة",
  "خدمة العملاء رائعة",
];

describe("topTerms", () => {
  it("ranks recurring themes first and shows them as written", () => {
    const terms = topTerms(REVIEWS, { k: 3 });
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(["customer service", "خدمة العملاء"]));
    expect(terms[0].count).toBe(2);
  });

  it("drops a word that only ever occurs inside a longer phrase", () => {
    const terms = topTerms(REVIEWS, { k: Infinity }).map((t) => t.key);
    expect(terms).toContain("customer servic");
    expect(terms).not.toContain("customer");
    expect(terms).not.toContain("servic");
  });

  it("respects k, ngram and minCount", () => {
    expect(topTerms(REVIEWS, { k: 2 })).toHaveLength(2);
    expect(topTerms(REVIEWS, { k: Infinity, ngram: 1 }).every((t) => !t.term.includes(" "))).toBe(true);
    expect(topTerms(REVIEWS, { k: Infinity, minCount: 2 }).every((t) => t.count >= 2)).toBe(true);
  });

  it("removes stop words", () => {
    const keys = topTerms(REVIEWS, { k: Infinity, ngram: 1 }).map((t) => t.key);
    for (const stopWord of ["the", "was", "is", "my"]) expect(keys).not.toContain(stopWord);
  });

  it("uses a reference corpus for document frequency", () => {
    const corpus = [...REVIEWS, "great great great", "great app", "great job"];
    const withCorpus = topTerms(["great withdrawal speed"], { k: Infinity, ngram: 1, corpus });
    expect(withCorpus[0].key).not.toBe("great");
  });

  it("returns nothing for no documents", () => {
    expect(topTerms([])).toEqual([]);
  });
});
