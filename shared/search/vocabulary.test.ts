import { afterEach, describe, expect, it, vi } from "vitest";
import type { SqlExecutor } from "../db.js";
import { adjacentTranspositions } from "./postgres.js";
import { TrigramIndex } from "./trigrams.js";
import { createVocabularyCache, Vocabulary } from "./vocabulary.js";

const rows = [
  { language: "en", term: "withdraw" },
  { language: "en", term: "withdrawal" },
  { language: "en", term: "password" },
  { language: "en", term: "with" },
  { language: "ar", term: "السحب" },
  { language: "ar", term: "withdrawal" },
];

describe("Vocabulary", () => {
  const vocabulary = Vocabulary.fromRows(rows);

  it("knows words per language, or in any language", () => {
    expect(vocabulary.has("password", "en")).toBe(true);
    expect(vocabulary.has("password", "ar")).toBe(false);
    expect(vocabulary.has("password", null)).toBe(true);
    expect(vocabulary.has("السحب", null)).toBe(true);
    expect(vocabulary.has("passwor", "en")).toBe(false);
    expect(vocabulary.has("x", "fr")).toBe(false);
  });

  it("lists the distinct words beginning with a prefix, itself included, up to a limit", () => {
    expect(vocabulary.wordsStartingWith("with", "en", 10).sort()).toEqual(["with", "withdraw", "withdrawal"]);
    expect(vocabulary.wordsStartingWith("withdrawal", null, 10)).toEqual(["withdrawal"]);
    expect(vocabulary.wordsStartingWith("with", "en", 2)).toHaveLength(2);
    expect(vocabulary.wordsStartingWith("zz", null, 10)).toEqual([]);
  });
});

describe("Vocabulary corrections", () => {
  const words = Vocabulary.fromRows([
    { language: "en", term: "password" },
    { language: "en", term: "passport" },
    { language: "en", term: "withdrawal" },
    { language: "en", term: "withdrawals" },
    { language: "ar", term: "passwords" },
  ]);
  const correct = (term: string, language: string | null, swaps: string[] = [], minSimilarity = 0.4, limit = 2) =>
    words.corrections(term, language, { swaps, minSimilarity, limit });

  it("puts a word one swap away first, then the most similar, alphabetically on a tie, up to the limit", () => {
    expect(correct("pasword", "en")).toEqual(["password"]); // 0.7; passport 0.21
    // "passowrd" shares too few trigrams with "password" (0.38): only the swap finds it.
    expect(correct("passowrd", "en")).toEqual([]);
    expect(correct("passowrd", "en", adjacentTranspositions("passowrd"))).toEqual(["password"]);
    // A swap beats a closer trigram match.
    const near = Vocabulary.fromRows([
      { language: "en", term: "password" },
      { language: "en", term: "passwrods" },
    ]);
    expect(
      near.corrections("passwrod", "en", { swaps: adjacentTranspositions("passwrod"), minSimilarity: 0.4, limit: 2 }),
    ).toEqual(["password", "passwrods"]);
    expect(correct("paswort", "en")).toEqual(["passport", "password"]); // both 0.42
    expect(correct("withdrawl", "en", [], 0.4, 5)).toEqual(["withdrawal", "withdrawals"]);
    expect(correct("withdrawl", "en", [], 0.4, 1)).toEqual(["withdrawal"]);
    expect(correct("withdrawl", "en", [], 0.6, 5)).toEqual(["withdrawal"]); // 0.62 and 0.57
  });

  it("looks in the language asked for, or in every language", () => {
    expect(correct("paswords", "ar")).toEqual(["passwords"]);
    expect(correct("paswords", "en")).toEqual(["password"]);
    expect(correct("paswords", null)).toEqual(["passwords", "password"]);
    expect(correct("zzzz", null)).toEqual([]);
  });

  it("serves a reload with added words from a fresh index, not the old one", () => {
    const reloaded = Vocabulary.fromRows(
      [
        { language: "en", term: "password" },
        { language: "en", term: "passwort" },
      ],
      words,
    );
    expect(words.corrections("paswort", "en", { swaps: [], minSimilarity: 0.4, limit: 2 })).toEqual([
      "passport",
      "password",
    ]);
    expect(reloaded.corrections("paswort", "en", { swaps: [], minSimilarity: 0.4, limit: 2 })).toEqual([
      "passwort",
      "password",
    ]);
  });
});

/** A database stand-in that counts the loads and can be held mid-load. */
function countingSql(source: { language: string; term: string }[]) {
  let loads = 0;
  let release: (() => void) | null = null;
  let hold = false;
  const sql: SqlExecutor = {
    async query<Row>() {
      loads++;
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return [...source] as Row[];
    },
    async exec() {},
  };
  return { sql, loads: () => loads, hold: () => (hold = true), release: () => ((hold = false), release?.()) };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("createVocabularyCache", () => {
  it("loads in the background on first use and again once older than maxAgeMs", async () => {
    const source = [...rows];
    const db = countingSql(source);
    let clock = 0;
    const cache = createVocabularyCache({ sql: db.sql, table: "t", maxAgeMs: 1000, now: () => clock });
    expect(cache.current()).toBeNull();
    await settle();
    expect(cache.current()?.has("password", "en")).toBe(true);
    expect(db.loads()).toBe(1);
    source.push({ language: "en", term: "refund" });
    clock = 999;
    expect(cache.current()?.has("refund", "en")).toBe(false);
    clock = 1000;
    cache.current();
    await settle();
    expect(cache.current()?.has("refund", "en")).toBe(true);
    expect(db.loads()).toBe(2);
  });

  it("forgets its words on invalidate, and discards a load that was running then", async () => {
    const source = [...rows];
    const db = countingSql(source);
    const cache = createVocabularyCache({ sql: db.sql, table: "t" });
    cache.current();
    await settle();
    expect(cache.current()).not.toBeNull();
    cache.invalidate();
    db.hold();
    expect(cache.current()).toBeNull(); // reload started, held
    source.push({ language: "en", term: "refund" });
    cache.invalidate(); // words added while it ran
    db.release();
    await settle();
    expect(cache.current()).toBeNull(); // the held load was discarded; a new one starts
    await settle();
    expect(cache.current()?.has("refund", "en")).toBe(true);
  });

  it("stays unloaded above maxTerms (the database answers)", async () => {
    const db = countingSql(rows);
    const cache = createVocabularyCache({ sql: db.sql, table: "t", maxTerms: 3, maxAgeMs: 0 });
    cache.current();
    await settle();
    expect(cache.current()).toBeNull();
    await settle();
    expect(db.loads()).toBe(1);
  });

  describe("trigram indexes", () => {
    afterEach(() => vi.restoreAllMocks());

    it("are built before a load is served, and kept by a reload whose words did not change", async () => {
      const build = vi.spyOn(TrigramIndex, "build");
      const source = [...rows];
      const db = countingSql(source);
      let clock = 0;
      const cache = createVocabularyCache({ sql: db.sql, table: "t", maxAgeMs: 1000, now: () => clock });
      cache.current();
      await settle();
      expect(build).toHaveBeenCalledTimes(2); // en and ar, before the load was served
      expect(cache.current()!.corrections("pasword", "en", { swaps: [], minSimilarity: 0.3, limit: 1 })).toEqual([
        "password",
      ]);
      expect(build).toHaveBeenCalledTimes(2); // the correction built nothing

      source.push({ language: "en", term: "refund" });
      clock = 1000;
      cache.current();
      await settle();
      expect(cache.current()!.has("refund", "en")).toBe(true);
      expect(build).toHaveBeenCalledTimes(3); // en changed; ar's index was kept
      expect(build.mock.calls[2][0]).toContain("refund");
    });
  });
});
