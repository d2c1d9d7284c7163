/** The shared search mechanism: safe parsing, and SQL ≡ TypeScript normalisation on a real (PGlite) database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db.js";
import {
  adjacentTranspositions,
  buildTsQueryText,
  createVocabularyCache,
  fullTextSearch,
  HIGHLIGHT_START,
  markHighlights,
  normalizeForSearch,
  parseSearchQuery,
  searchSqlFunctions,
  vocabularyWords,
  type SearchTableSpec,
} from "./index.js";
import { trigramSimilarity } from "./trigrams.js";

describe("parseSearchQuery", () => {
  it("splits on every tsquery metacharacter and keeps only words", () => {
    const parsed = parseSearchQuery(`reset & password | !(2fa):* 'it''s' \\ back\\slash`);
    expect(parsed.terms).toEqual(["reset", "password", "2fa", "it", "s", "back", "slash"]);
    expect(parsed.terms.every((t) => /^[\p{L}\p{M}\p{N}]+$/u.test(t))).toBe(true);
  });

  it("truncates long queries instead of failing, and does not treat the cut word as a prefix", () => {
    const parsed = parseSearchQuery("password ".repeat(300));
    expect(parsed.truncated).toBe(true);
    expect(parsed.text.length).toBeLessThanOrEqual(256);
    expect(parsed.terms).toEqual(["password"]);
    expect(parsed.prefixLast).toBe(false);
  });

  it("keeps the content words of a long message over its first words", () => {
    const parsed = parseSearchQuery(
      "Hello, good morning team. I hope you are all doing well today and that the week went fine. My withdrawal has been pending since Monday.",
    );
    expect(parsed.terms).toHaveLength(12);
    expect(parsed.terms).toEqual(expect.arrayContaining(["withdrawal", "pending", "monday"]));
    expect(parsed.terms.indexOf("hello")).toBeLessThan(parsed.terms.indexOf("withdrawal")); // order kept
    // Stop words stay while there is room.
    expect(parseSearchQuery("how do I reset my password").terms).toEqual(["how", "do", "i", "reset", "my", "password"]);
  });

  it("treats the last word as a prefix while typing, not after a space", () => {
    expect(parseSearchQuery("withdr").prefixLast).toBe(true);
    expect(parseSearchQuery("withdr ").prefixLast).toBe(false);
  });

  it("normalises Arabic: diacritics, tatweel and letter forms", () => {
    expect(parseSearchQuery("الاسْتِثْمَارَات").terms).toEqual(["الاستثمارات"]);
    expect(parseSearchQuery("إعادة").terms).toEqual(["اعاده"]);
    expect(parseSearchQuery("مـــرحبا").terms).toEqual(["مرحبا"]);
  });

  it("keeps stop words out of the significant terms", () => {
    expect(parseSearchQuery("how do I reset my password").significantTerms).toEqual(["reset", "password"]);
    expect(parseSearchQuery("the").significantTerms).toEqual(["the"]);
  });

  it("empty and null queries have no terms", () => {
    expect(parseSearchQuery(null).terms).toEqual([]);
    expect(parseSearchQuery("  ()&| ").terms).toEqual([]);
  });
});

describe("buildTsQueryText", () => {
  it("groups alternatives, adds the prefix marker and weights, and drops unsafe words", () => {
    const alternatives = new Map([["withdrawl", ["withdrawal", "withdraw"]]]);
    expect(buildTsQueryText(["withdrawl", "fee"], { mode: "and", prefixLast: true, alternatives })).toBe(
      "(withdrawl | withdrawal | withdraw) & fee:*",
    );
    expect(buildTsQueryText(["a", "b"], { mode: "or", weights: "AB" })).toBe("a:AB | b:AB");
    expect(buildTsQueryText(["ok", "bad'word", "x:*"], { mode: "and" })).toBe("ok");
  });
});

describe("markHighlights", () => {
  it("escapes HTML and turns markers into <mark>", () => {
    expect(markHighlights("<b>\u0002fee\u0003</b> & \u0002Fee\u0003")).toEqual({
      html: "&lt;b&gt;<mark>fee</mark>&lt;/b&gt; &amp; <mark>Fee</mark>",
      words: ["fee"],
    });
  });
});

describe("on PostgreSQL (PGlite)", () => {
  let db: Database;
  const spec: SearchTableSpec = {
    table: `"s"."docs"`,
    idColumn: `"id"`,
    vectorColumn: `"v"`,
    languageColumn: `"language"`,
    vocabularyTable: `"s"."terms"`,
    headlineColumns: { title: `"title"` },
    idType: "int",
  };
  const docs: [number, string, string][] = [
    [1, "en", "How withdrawals work"],
    [2, "en", "Resetting your password"],
    [3, "ar", "كيف تعمل عمليات السَّحب"],
    [4, "ar", "إعادة تعيين كلمة المرور"],
    [5, "en", "Withdrawal fees and limits"],
  ];

  beforeAll(async () => {
    db = await openDatabase({ pgliteDir: "memory://" });
    await db.sql.exec(`CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE SCHEMA s; ${searchSqlFunctions("s")}
      CREATE TABLE s.docs (id int PRIMARY KEY, language text, title text, tier boolean NOT NULL DEFAULT false, v tsvector GENERATED ALWAYS AS (s.search_document(language, title, ARRAY[]::text[], '')) STORED);
      CREATE TABLE s.terms (language text, term text, PRIMARY KEY (language, term));
      CREATE INDEX ON s.terms USING gin (term gin_trgm_ops);`);
    for (const [id, language, title] of docs) {
      await db.sql.query(`INSERT INTO s.docs (id, language, title) VALUES ($1, $2, $3)`, [id, language, title]);
      await db.sql.query(`INSERT INTO s.terms SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [
        language,
        vocabularyWords(title),
      ]);
    }
  }, 30_000);
  afterAll(async () => db?.close());

  it("the SQL normaliser matches the TypeScript one", async () => {
    const samples: [string, string][] = [
      ["الاسْتِثْمَارَات", "الاستثمارات"],
      ["إعادة تعيين كلمة المرور", "اعاده تعيين كلمه المرور"],
      ["مسؤول، مـــرحبا، مستشفى", "مسوول، مرحبا، مستشفي"],
      ["٣٤٥ ۶۷ ४२ ٣٫٥", "345 67 42 3.5"], // Arabic-Indic, Extended Arabic-Indic, Devanagari digits; Arabic decimal separator
      ["Hello World", "hello world"],
      ["آمِن وٱلأمان", "امن والامان"],
      ["ﺍﻟﺴﺤﺐ ﻻ", "السحب لا"], // presentation forms, as text pasted from a PDF
      ["ﬁnance ＡＢＣ", "finance abc"], // ligature, full-width Latin
      ["کلید یک", "كليد يك"], // Persian keyboard: keheh and Farsi yeh
      ["ÉCOLE Straße", "école straße"],
    ];
    for (const [sample, expected] of samples) {
      const [row] = await db.sql.query<{ n: string }>(`SELECT s.search_normalize($1) AS n`, [sample]);
      expect(normalizeForSearch(sample)).toBe(expected);
      expect(row.n).toBe(expected);
    }
  });

  const search = (query: string, language?: string) =>
    fullTextSearch(db.sql, spec, { query: parseSearchQuery(query), language, limit: 10 });

  it("finds by stem, prefix, and across languages when no language is given", async () => {
    expect((await search("withdrawal ")).hits.map((h) => Number(h.id)).sort()).toEqual([1, 5]);
    expect((await search("passw")).hits.map((h) => h.id)).toEqual([2]);
    expect((await search("السحب", "ar")).hits.map((h) => h.id)).toEqual([3]);
  });

  it("Arabic with and without diacritics, with letter variants, and with a typo", async () => {
    expect((await search("السَّحْب", "ar")).hits.map((h) => h.id)).toEqual([3]);
    expect((await search("اعاده تعيين", "ar")).hits.map((h) => h.id)).toEqual([4]);
    const typo = await search("المرور كلمه تعين ", "ar");
    expect(typo.hits.map((h) => h.id)).toEqual([4]);
  });

  it("tolerates English typos through the vocabulary", async () => {
    const result = await search("pasword ", "en");
    expect(result.hits.map((h) => h.id)).toEqual([2]);
    expect(result.corrections.get("pasword")).toContain("password");
  });

  it("corrects transposed letters, which trigram similarity alone misses", async () => {
    for (const typo of ["passowrd", "passwrod"]) {
      for (const query of [`${typo} `, typo, `reset ${typo} `]) {
        const result = await search(query, "en");
        expect(
          result.hits.map((h) => h.id),
          query,
        ).toEqual([2]);
        expect(result.corrections.get(typo)?.[0], query).toBe("password");
      }
      // Without a language too (the vocabulary of every language).
      expect((await search(`${typo} `)).hits.map((h) => h.id)).toEqual([2]);
    }
  });

  it("falls back to any word when all words find nothing", async () => {
    const result = await search("withdrawal unicorn ", "en");
    expect(result.mode).toBe("or");
    expect(result.totalCount).toBe(2);
  });

  it("never errors on hostile input", async () => {
    const hostile = [
      "&|!():*'\\",
      "'; DROP TABLE s.docs; --",
      "a:*B & !!c",
      "\u0000\u0002",
      "((((",
      "x".repeat(5000),
      "😀 ๑ 漢字 ﷺ",
      "ـــ",
      "ٌٍَُ",
    ];
    for (const query of hostile) await expect(search(query)).resolves.toBeDefined();
    const [{ count }] = await db.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM s.docs`);
    expect(count).toBe(docs.length);
  });

  it("ranks a bounded candidate pool: exact totals while the pool holds every match, estimates beyond", async () => {
    const bounded: SearchTableSpec = {
      ...spec,
      candidateOrder: { column: `"id"`, descending: true },
      headVectorColumn: `"v"`,
      candidateLimit: 3,
    };
    const pageOne = await fullTextSearch(db.sql, bounded, {
      query: parseSearchQuery("withdrawal "),
      language: "en",
      limit: 1,
    });
    expect(pageOne).toMatchObject({ totalCount: 2, totalCountExact: true });
    const pageTwo = await fullTextSearch(db.sql, bounded, {
      query: parseSearchQuery("withdrawal "),
      language: "en",
      limit: 1,
      offset: 1,
    });
    expect(
      pageTwo.hits
        .map((h) => Number(h.id))
        .concat(pageOne.hits.map((h) => Number(h.id)))
        .sort(),
    ).toEqual([1, 5]);
    const overflowing = await fullTextSearch(
      db.sql,
      { ...bounded, candidateLimit: 1 },
      { query: parseSearchQuery("withdrawal "), language: "en", limit: 1 },
    );
    expect(overflowing.totalCountExact).toBe(false);
    expect(overflowing.totalCount).toBeGreaterThanOrEqual(1);
    expect(overflowing.hits).toHaveLength(1);
    const browse = await fullTextSearch(
      db.sql,
      { ...bounded, candidateLimit: 2 },
      { query: parseSearchQuery(""), limit: 2 },
    );
    expect(browse.totalCountExact).toBe(false);
    expect(browse.hits).toHaveLength(2);
  });

  it("gathers candidates from the tier when it holds a full pool, from every row otherwise", async () => {
    // Docs 1 and 5 match; the candidate order (id DESC) puts 5 first, but only 1 is in the tier.
    await db.sql.query(`UPDATE s.docs SET tier = (id = 1)`);
    const tiered: SearchTableSpec = {
      ...spec,
      candidateOrder: { column: `"id"`, descending: true },
      headVectorColumn: `"v"`,
      tierColumn: `"tier"`,
    };
    const fromTier = await fullTextSearch(
      db.sql,
      { ...tiered, candidateLimit: 1 },
      { query: parseSearchQuery("withdrawal "), language: "en", limit: 1 },
    );
    expect(fromTier.hits.map((h) => Number(h.id))).toEqual([1]);
    expect(fromTier.totalCountExact).toBe(false);
    // With the tier's share known, the total is the tier's matches ÷ the share — no EXPLAIN.
    const statements: string[] = [];
    const counting = {
      ...db.sql,
      query: ((text: string, params?: unknown[], options?: object) => (
        statements.push(text),
        db.sql.query(text, params, options)
      )) as typeof db.sql.query,
    };
    const estimated = await fullTextSearch(
      counting,
      { ...tiered, headVectorColumn: undefined, candidateLimit: 1, tierShare: 0.25 },
      { query: parseSearchQuery("withdrawal "), language: "en", limit: 1 },
    );
    expect(estimated).toMatchObject({ totalCount: 4, totalCountExact: false });
    expect(statements.filter((t) => t.startsWith("EXPLAIN"))).toEqual([]);
    const fromAll = await fullTextSearch(
      db.sql,
      { ...tiered, candidateLimit: 3 },
      { query: parseSearchQuery("withdrawal "), language: "en", limit: 5 },
    );
    expect(fromAll.hits.map((h) => Number(h.id)).sort()).toEqual([1, 5]);
    expect(fromAll).toMatchObject({ totalCount: 2, totalCountExact: true });
    await db.sql.query(`UPDATE s.docs SET tier = false`);
  });

  it("corrects typos in memory exactly as pg_trgm's similarity does", async () => {
    const words = ["password", "withdrawal", "withdraw", "pasword", "السحب", "الشحب", "कैसे", "a", "ab", "aaa", "x1y2"];
    const [row] = await db.sql.query<{ similarities: number[] }>(
      `SELECT array_agg(similarity(a, b) ORDER BY i, j) AS "similarities"
       FROM unnest($1::text[]) WITH ORDINALITY AS x(a, i), unnest($1::text[]) WITH ORDINALITY AS y(b, j)`,
      [words],
    );
    const computed = words.flatMap((a) => words.map((b) => trigramSimilarity(a, b)));
    // PostgreSQL prints a real with the fewest digits that read back to it: compare as reals.
    expect(computed).toEqual(row.similarities.map((value) => Math.fround(Number(value))));
    expect(computed.filter((similarity) => similarity > 0 && similarity < 1).length).toBeGreaterThan(5);
  });

  it("answers vocabulary lookups from memory (typos included) when it can complete the last word, from the database otherwise — with the same results", async () => {
    const statements: string[] = [];
    const counting = {
      ...db.sql,
      query: ((text: string, params?: unknown[], options?: object) => (
        statements.push(text),
        db.sql.query(text, params, options)
      )) as typeof db.sql.query,
    };
    const vocabulary = createVocabularyCache({ sql: db.sql, table: spec.vocabularyTable! });
    vocabulary.current();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(vocabulary.current()).not.toBeNull();
    const vocabularyStatements = () => statements.filter((t) => t.includes("'typo'")).length;
    for (const [query, language, fromMemory] of [
      ["withdrawal fees", "en", true], // every word known, the last completed
      ["passw", undefined, true], // a prefix of a known word
      ["pasword ", "en", true], // a typo, corrected from the vocabulary's trigrams
      ["passowrd reset ", "en", true], // a transposition
      ["pasword witdrawal ", undefined, true], // typos in any language
      ["withdrawal zzzz", "en", false], // nothing begins the last word
      ["السحب", "ar", true],
      ["الشحب ", "ar", true],
    ] as const) {
      statements.length = 0;
      const cached = await fullTextSearch(counting, spec, {
        query: parseSearchQuery(query),
        language,
        limit: 10,
        vocabulary,
      });
      expect(vocabularyStatements(), query).toBe(fromMemory ? 0 : 1);
      const uncached = await search(query, language);
      expect(
        cached.hits.map((h) => h.id),
        query,
      ).toEqual(uncached.hits.map((h) => h.id));
      expect(cached.corrections, query).toEqual(uncached.corrections);
    }
    // A word added after the load (and no invalidation) is unknown to the memory: it is still searched for.
    await db.sql.query(`INSERT INTO s.docs (id, language, title) VALUES (6, 'en', 'Chargeback disputes')`);
    await db.sql.query(`INSERT INTO s.terms SELECT 'en', unnest($1::text[]) ON CONFLICT DO NOTHING`, [
      vocabularyWords("Chargeback disputes"),
    ]);
    statements.length = 0;
    expect(
      (
        await fullTextSearch(counting, spec, {
          query: parseSearchQuery("chargeback"),
          language: "en",
          limit: 10,
          vocabulary,
        })
      ).hits.map((h) => h.id),
    ).toEqual([6]);
    await db.sql.query(`DELETE FROM s.docs WHERE id = 6`);
  });

  it("reads at most headlineMaxChars of a fragment headline's column: a match further in is found, not shown", async () => {
    const long = `Opening words about accounts. ${"Filler sentence without the word. ".repeat(200)}The zanzibar clause closes it.`;
    await db.sql.query(`INSERT INTO s.docs (id, language, title) VALUES (7, 'en', $1)`, [long]);
    const fragments: SearchTableSpec = { ...spec, wholeHeadlines: [], headlineMaxChars: 500 };
    const far = await fullTextSearch(db.sql, fragments, {
      query: parseSearchQuery("zanzibar "),
      language: "en",
      limit: 5,
    });
    expect(far.hits.map((h) => h.id)).toEqual([7]);
    expect(far.hits[0].headlines.title).not.toContain(HIGHLIGHT_START);
    expect(far.hits[0].headlines.title.length).toBeLessThan(500);
    const near = await fullTextSearch(db.sql, fragments, {
      query: parseSearchQuery("accounts "),
      language: "en",
      limit: 5,
    });
    expect(markHighlights(near.hits[0].headlines.title).words).toEqual(["accounts"]);
    await db.sql.query(`DELETE FROM s.docs WHERE id = 7`);
  });

  it("highlights matches", async () => {
    const result = await search("password ", "en");
    expect(markHighlights(result.hits[0].headlines.title).html).toBe("Resetting your <mark>password</mark>");
  });
});

describe("adjacentTranspositions", () => {
  it("lists the words one swap of neighbouring letters away, distinct, never the word itself", () => {
    expect(adjacentTranspositions("password")).toContain("passowrd");
    expect(adjacentTranspositions("passowrd")).toContain("password");
    expect(adjacentTranspositions("passwrod")).toContain("password");
    expect(adjacentTranspositions("abc")).toEqual(["bac", "acb"]);
    // Equal neighbours swap to the same word: left out.
    expect(adjacentTranspositions("aab")).toEqual(["aba"]);
    expect(adjacentTranspositions("a")).toEqual([]);
    // Arabic letters (one code point each) swap like any other.
    expect(adjacentTranspositions("مرور")).toContain("رمور");
  });
});
