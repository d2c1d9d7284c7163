import { describe, expect, it } from "vitest";
import { TrigramIndex, trigramSimilarity, trigramsOf } from "./trigrams.js";

/** Words from a small alphabet, so that many share trigrams (and some repeat letters). */
function randomWords(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const words = new Set<string>();
  while (words.size < count) {
    let word = "";
    const length = 3 + Math.floor(next() * 7);
    for (let i = 0; i < length; i++) word += "aeinrstبتث"[Math.floor(next() * 10)];
    words.add(word);
  }
  return [...words].sort();
}

describe("trigrams", () => {
  it("pads the word with two spaces before and one after, and keeps each trigram once", () => {
    expect(trigramsOf("cat")).toEqual(["  c", " ca", "cat", "at "]);
    expect(trigramsOf("aaaa")).toEqual(["  a", " aa", "aaa", "aa "]);
    expect(trigramSimilarity("cat", "cat")).toBe(1);
    expect(trigramSimilarity("cat", "dog")).toBe(0);
  });

  it("the index finds exactly the words a comparison with every word finds, lookup after lookup", () => {
    const words = randomWords(600, 7);
    const index = new TrigramIndex(words);
    for (const query of [...randomWords(60, 11), ...randomWords(60, 11)]) {
      for (const minSimilarity of [0.3, 0.5]) {
        const expected = words
          .map((word) => ({ word, similarity: trigramSimilarity(query, word) }))
          .filter((match) => match.similarity >= Math.fround(minSimilarity));
        const found = index.similarTo(query, minSimilarity);
        expect(
          found.sort((a, b) => (a.word < b.word ? -1 : 1)),
          query,
        ).toEqual(expected);
      }
    }
    // Below pg_trgm's own floor, its % operator matches nothing less similar than 0.3.
    expect(index.similarTo(words[0], 0.1).every((match) => match.similarity >= Math.fround(0.3))).toBe(true);
  });

  it("builds the same index a slice at a time, letting other work run between slices", async () => {
    const words = randomWords(600, 3);
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const sliced = await TrigramIndex.build(words, 50);
    ticking = false;
    expect(ticks).toBeGreaterThanOrEqual(10);
    const whole = new TrigramIndex(words);
    for (const query of randomWords(40, 5)) expect(sliced.similarTo(query, 0.3)).toEqual(whole.similarTo(query, 0.3));
  });
});
