/** Highlights and snippets in the application: matching as the index matches, fragments as ts_headline's. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db.js";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  highlightAll,
  highlightFragments,
  SNIPPET_FRAGMENTS as FRAGMENTS,
  stemmerFor,
  wordMatcher,
} from "./highlight.js";
import { markHighlights } from "./postgres.js";
import { normalizeForSearch } from "./normalize.js";

const marked = (text: string) => markHighlights(text).html;

describe("stemming is PostgreSQL's", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ pgliteDir: "memory://" });
  }, 30_000);
  afterAll(async () => db?.close());

  // Words whose stems differ between Porter and Porter2 (what PostgreSQL's english_stem runs), and
  // Arabic with prefixes, suffixes and the normalised letter forms.
  const samples = {
    english: [
      "resetting",
      "accounts",
      "declined",
      "money",
      "always",
      "display",
      "generously",
      "happiness",
      "withdrawals",
      "status",
      "yesterday",
      "relational",
      "hopping",
      "2fa",
    ],
    arabic: [
      "الاستثمارات",
      "والحساب",
      "حسابي",
      "للاوامر",
      "متنوعه",
      "المدفوعات",
      "بالبطاقه",
      "السحب",
      "تحويلات",
      "كلمه",
    ],
  } as const;

  for (const [config, words] of Object.entries(samples) as [keyof typeof samples, readonly string[]][]) {
    it(`${config}: the same stems as the database's snowball dictionary`, async () => {
      const rows = await db.sql.query<{ word: string; lexeme: string | null }>(
        `SELECT w AS word, (ts_lexize('${config}_stem'::regdictionary, w))[1] AS lexeme FROM unnest($1::text[]) w`,
        [words.map(normalizeForSearch)],
      );
      expect(rows.map((r) => [r.word, stemmerFor(config)(r.word)])).toEqual(rows.map((r) => [r.word, r.lexeme]));
    });
  }
});

describe("wordMatcher", () => {
  it("matches inflections through the stem, the typed prefix, and ignores stop words", () => {
    const match = wordMatcher("english", { words: ["reset", "the"], prefix: "passw" });
    expect(match("Resetting")).toBe("reset");
    expect(match("passwords")).toBe("passw*");
    expect(match("the")).toBeNull();
    expect(match("account")).toBeNull();
  });

  it("matches Arabic written with diacritics and other letter forms", () => {
    const match = wordMatcher("arabic", { words: ["السحب"] });
    expect(match("السَّحْب")).not.toBeNull();
    expect(match("إعادة")).toBeNull();
  });

  it("simple: whole words, lowercased, nothing stemmed or dropped", () => {
    const match = wordMatcher("simple", { words: ["the", "fees"] });
    expect(match("The")).toBe("the");
    expect(match("fee")).toBeNull();
  });
});

describe("highlightAll", () => {
  it("marks every match and keeps the rest of the text as written", () => {
    const match = wordMatcher("english", { words: ["password"] });
    expect(marked(highlightAll("Resetting your password (passwords too)", match))).toBe(
      "Resetting your <mark>password</mark> (<mark>passwords</mark> too)",
    );
    expect(highlightAll("", match)).toBe("");
    expect(highlightAll("…", match)).toBe("…");
  });
});

describe("highlightFragments", () => {
  const filler = (n: number, word = "filler") => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

  it("opens the text when nothing matches: its first maxWords words, unmarked", () => {
    const text = `${filler(50)}.`;
    const snippet = highlightFragments(text, wordMatcher("english", { words: ["absent"] }), FRAGMENTS);
    expect(snippet).toBe(filler(30));
    expect(snippet).not.toContain(HIGHLIGHT_START);
  });

  it("chooses the windows holding the most distinct query words, in text order, at most maxWords each", () => {
    const text = `${filler(40, "a")} refund once. ${filler(40, "b")} refund and fee together. ${filler(40, "c")} fee alone. ${filler(40, "d")}`;
    const snippet = highlightFragments(text, wordMatcher("english", { words: ["refund", "fee"] }), FRAGMENTS);
    const fragments = snippet.split(FRAGMENTS.delimiter);
    expect(fragments).toHaveLength(2);
    expect(fragments[1]).toContain(
      `${HIGHLIGHT_START}refund${HIGHLIGHT_END} and ${HIGHLIGHT_START}fee${HIGHLIGHT_END} together`,
    );
    for (const fragment of fragments) expect(fragment.match(/[\p{L}\p{N}]+/gu)!.length).toBeLessThanOrEqual(30);
    // The first in text order comes first, with words of context before its match.
    expect(text.indexOf(fragments[0].replaceAll(/[\u0002\u0003]/g, ""))).toBeLessThan(text.indexOf("refund and fee"));
    expect(fragments[0]).toMatch(/^a36 a37 a38 a39 \u0002refund\u0003 once/);
  });

  it("a short text with a match is shown whole, marked", () => {
    expect(
      marked(highlightFragments("Withdrawal fees and limits", wordMatcher("english", { words: ["limit"] }), FRAGMENTS)),
    ).toBe("Withdrawal fees and <mark>limits</mark>");
  });

  it("fragments never overlap: a second match just after the first window starts where it ends", () => {
    const text = `refund ${filler(30)} fee ${filler(5)}`;
    const fragments = highlightFragments(text, wordMatcher("english", { words: ["refund", "fee"] }), FRAGMENTS).split(
      FRAGMENTS.delimiter,
    );
    expect(fragments).toHaveLength(2);
    expect(fragments[0].startsWith(`${HIGHLIGHT_START}refund`)).toBe(true);
    expect(fragments[1]).toContain(`${HIGHLIGHT_START}fee${HIGHLIGHT_END}`);
    expect(fragments[1]).not.toContain("refund");
  });
});
