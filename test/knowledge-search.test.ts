/** Knowledge search end to end through the gateway (PGlite by default, PostgreSQL with DATABASE_URL). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";
import { fullTextSearch, parseSearchQuery } from "../shared/search/index.js";
import { HELD_OUT_TICKETS } from "../subgraphs/tickets/classification/held-out-data.js";
import { recordStatements } from "./support/sql-statements.js";
import type { SubgraphServices } from "../shared/context.js";
import { bestKnowledgeAnswer } from "../subgraphs/knowledge/answer.js";
import { articleSearchSpec, postgresBackend, queryLanguage } from "../subgraphs/knowledge/search.js";
import { refreshSearchTier } from "../subgraphs/knowledge/search-tier.js";
import { articleVocabulary } from "../subgraphs/knowledge/vocabulary.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.close();
});

const SEARCH = `query($query: String, $language: String, $category: String, $tags: [String!], $first: Int, $after: String) {
  searchKnowledge(query: $query, language: $language, category: $category, tags: $tags, first: $first, after: $after) {
    totalCount interpretedLanguage queryTruncated
    edges { cursor score snippet titleHighlighted highlights node { id title language viewCount category { key } tags } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function search(variables: Record<string, unknown>, token: string | null = null) {
  const result = await system.request(SEARCH, variables, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.searchKnowledge as {
    totalCount: number;
    interpretedLanguage: string | null;
    queryTruncated: boolean;
    edges: any[];
    pageInfo: any;
  };
}

const titles = (page: { edges: any[] }) => page.edges.map((e) => e.node.title as string);

/** Creates and publishes an article through the gateway; returns its id. */
export async function publishArticle(
  target: TestSystem,
  input: { title: string; body: string; language: string; categoryKey?: string },
): Promise<string> {
  const created = await target.request(
    `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
    { input: { categoryKey: "investment_guide", ...input } },
    await target.token("agent"),
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.createArticle.id as string;
  expect(
    (
      await target.request(
        `mutation($id: ID!) { publishArticle(input: { id: $id }) { id } }`,
        { id },
        await target.token("supervisor"),
      )
    ).errors,
  ).toBeUndefined();
  return id;
}

describe("the search tier", () => {
  it("flags the most viewed published articles of each language, and rewrites only what changed", async () => {
    const prisma = system.db.prisma;
    const before = await prisma.article.findMany({ select: { id: true, viewCount: true } });
    try {
      const published = await prisma.article.findMany({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } });
      for (const [index, article] of published.entries())
        await prisma.article.update({ where: { id: article.id }, data: { viewCount: 10 * index } });
      await refreshSearchTier(system.db, 0.25);
      const rows = await prisma.article.findMany({
        select: { language: true, status: true, viewCount: true, searchTier: true },
      });
      expect(rows.filter((r) => r.status !== "PUBLISHED").every((r) => !r.searchTier)).toBe(true);
      for (const language of ["en", "ar"]) {
        const mine = rows.filter((r) => r.language === language && r.status === "PUBLISHED");
        const tier = mine.filter((r) => r.searchTier);
        expect(tier.length).toBe(Math.ceil(0.25 * (mine.length - 1)));
        expect(Math.min(...tier.map((r) => r.viewCount))).toBeGreaterThan(
          Math.max(...mine.filter((r) => !r.searchTier).map((r) => r.viewCount)),
        );
      }
      expect(await refreshSearchTier(system.db, 0.25)).toBe(0);
    } finally {
      for (const { id, viewCount } of before) await prisma.article.update({ where: { id }, data: { viewCount } });
      await refreshSearchTier(system.db, system.config.SEARCH_TIER_FRACTION);
    }
  });
});

describe("searchKnowledge", () => {
  it("reads each page's articles in the ranking statement exactly as Prisma loads them, but for the bodies", async () => {
    const backend = postgresBackend({ config: system.config, db: system.db } as SubgraphServices);
    const result = await backend.search({
      parsed: parseSearchQuery("account "),
      language: null,
      category: null,
      tags: [],
      limit: 10,
      offset: 0,
    });
    expect(result.hits.length).toBeGreaterThan(1);
    const loaded = await system.db.prisma.article.findMany({ where: { id: { in: result.hits.map((h) => h.id) } } });
    for (const hit of result.hits) {
      const { body, bodyHtml, ...columns } = loaded.find((a) => a.id === hit.id)!;
      expect(hit.article).toEqual(columns);
      // The snippet comes from the body's headline, read in the same statement.
      expect(hit.bodyHighlight).toBeTypeOf("string");
      expect(body.length + bodyHtml.length).toBeGreaterThan(0);
    }
  });

  it("serves a result's bodies when the query asks for them (loaded in one batch)", async () => {
    const { data, errors } = await system.request<{
      searchKnowledge: { edges: { snippet: string; node: { id: string; body: string; bodyHtml: string } }[] };
    }>(
      `query { searchKnowledge(query: "withdrawal", language: "en", first: 3) { edges { snippet node { id body bodyHtml } } } }`,
    );
    expect(errors).toBeUndefined();
    const edges = data!.searchKnowledge.edges;
    expect(edges.length).toBeGreaterThan(0);
    const loaded = await system.db.prisma.article.findMany({ where: { id: { in: edges.map((e) => e.node.id) } } });
    for (const edge of edges) {
      const article = loaded.find((a) => a.id === edge.node.id)!;
      expect(edge.node.body).toBe(article.body);
      expect(edge.node.bodyHtml).toBe(article.bodyHtml);
      expect(edge.snippet.length).toBeGreaterThan(0);
    }
  });

  it("ranks matching published articles with a total count, scores, highlights and an escaped snippet", async () => {
    const page = await search({ query: "trading fees", language: "en", first: 5 });
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.edges[0].node.title).toBe("Trading fees structure");
    expect(page.edges[0].titleHighlighted).toContain("<mark>fees</mark>");
    expect(page.edges[0].snippet).toMatch(/<mark>[^<]+<\/mark>/);
    expect(page.edges[0].snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(page.edges[0].highlights).toEqual(expect.arrayContaining(["fees"]));
    const scores = page.edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(page.edges.every((e) => e.node.language === "en")).toBe(true);
  });

  it("matches the last word as a prefix (search as you type) and tolerates English typos", async () => {
    expect(titles(await search({ query: "liquidity po", language: "en", first: 3 }))[0]).toBe(
      "Liquidity pools and staking",
    );
    expect(titles(await search({ query: "pasword reset", language: "en", first: 3 }))[0]).toBe("Login problems");
  });

  it("ranks the article a question is about above ones that share a word (issue 14.19)", async () => {
    const slugsOf = async (query: string, language: string | null = "en") => {
      const result = await system.request(
        `query($q: String, $l: String) { searchKnowledge(query: $q, language: $l, first: 10) { edges { node { slug } } } }`,
        { q: query, l: language },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.searchKnowledge.edges.map((e: any) => e.node.slug as string);
    };
    for (const question of [
      "What are the trading fees?",
      "what are the trading fees",
      "trading fees",
      "How much are the fees?",
      "fees",
    ]) {
      const slugs = await slugsOf(question);
      expect(slugs[0], question).toBe("trading_fees_structure");
      if (slugs.includes("payment_failures"))
        expect(slugs.indexOf("payment_failures"), question).toBeGreaterThan(slugs.indexOf("trading_fees_structure"));
    }
    for (const question of [
      "refund",
      "refunds",
      "Refund",
      "I want a refund",
      "how do I get a refund for my deposit?",
    ]) {
      expect((await slugsOf(question))[0], question).toBe("payment_failures");
    }
    expect((await slugsOf("استرداد", "ar"))[0]).toBe("payment_failures");
    expect((await slugsOf("ما هي رسوم التداول؟", "ar"))[0]).toBe("trading_fees_structure");
    // The chatbot's and auto-resolution's answer: the same articles, confidently.
    const ANSWER = `query($text: String!) { bestKnowledgeAnswer(text: $text) { confidence article { slug } } }`;
    const fees = (await system.request(ANSWER, { text: "What are the trading fees?" })).data!.bestKnowledgeAnswer;
    expect(fees.article.slug).toBe("trading_fees_structure");
    expect(fees.confidence).toBeGreaterThanOrEqual(0.8);
    const refund = (await system.request(ANSWER, { text: "refund" })).data!.bestKnowledgeAnswer;
    expect(refund.article.slug).toBe("payment_failures");
    expect(refund.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it("finds articles through transposed-letter typos (issue 14.20)", async () => {
    for (const query of ["passowrd", "passwrod", "passowrd ", "reset passwrod", "forgot passowrd"]) {
      for (const language of ["en", null]) {
        const page = await search({ query, language, first: 3 });
        expect(page.totalCount, `${query} (${language})`).toBeGreaterThan(0);
        expect(titles(page)[0], `${query} (${language})`).toBe("Login problems");
        expect(page.edges[0].highlights, query).toContain("password");
      }
    }
    // Arabic too: "كلمة" typed "لكمة".
    expect(titles(await search({ query: "لكمة المرور", language: "ar", first: 3 }))[0]).toBe("مشكلات تسجيل الدخول");
  });

  it("finds an Arabic article by a word with and without diacritics and with a typo", async () => {
    const expected = "مجمعات السيولة والتخزين";
    for (const query of [
      "مجمعات السيولة",
      "مُجَمَّعَات السُّيُولَة",
      "مجمعات السيوله",
      "مجمعات السيلة",
      "الخسارة غير الدائمة",
    ]) {
      const page = await search({ query, language: "ar", first: 3 });
      expect(titles(page)[0], query).toBe(expected);
    }
  });

  it("finds text pasted in presentation forms, queries typed on a Persian keyboard, and words deep in a long body", async () => {
    const filler = "Settlement timelines depend on the market and the instrument. ".repeat(400); // ~25,000 characters
    const ids = [
      // "الزمرد والكركم" as a PDF copy gives it: Arabic presentation forms.
      await publishArticle(system, { language: "ar", title: "ﺍﻟﺰﻣﺮﺩ ﻭﺍﻟﻜﺮﻛﻢ", body: "ﻣﻘﺎﻝ ﻋﻦ ﺍﻟﺰﻣﺮﺩ ﻭﺍﻟﻜﺮﻛﻢ." }),
      await publishArticle(system, {
        language: "en",
        title: "Settlement timelines",
        body: `${filler} Zanzibarite bonds settle in five days.`,
      }),
    ];
    try {
      expect(titles(await search({ query: "الزمرد", language: "ar" }))).toEqual(["ﺍﻟﺰﻣﺮﺩ ﻭﺍﻟﻜﺮﻛﻢ"]);
      // Keheh (ک) and Farsi yeh (ی) from a Persian keyboard find the Arabic kaf and yeh.
      expect(titles(await search({ query: "الکرکم", language: "ar" }))).toEqual(["ﺍﻟﺰﻣﺮﺩ ﻭﺍﻟﻜﺮﻛﻢ"]);
      // Past the 20,000 characters that used to be indexed.
      expect(titles(await search({ query: "zanzibarite", language: "en" }))).toEqual(["Settlement timelines"]);
    } finally {
      const supervisor = await system.token("supervisor");
      for (const id of ids)
        expect(
          (await system.request(`mutation($id: ID!) { archiveArticle(input: { id: $id }) { id } }`, { id }, supervisor))
            .errors,
        ).toBeUndefined();
    }
  });

  it("highlights what the index matched: inflections through the stem, Arabic written with diacritics", async () => {
    const ids = [
      await publishArticle(system, {
        language: "ar",
        title: "تَحْوِيلُ الأَمْوَالِ بَيْنَ الحِسَابَاتِ",
        body: "يمكنك تَحْوِيلُ الأموال بين حساباتك في أي وقت. التحويلات الدولية تستغرق يومين.",
      }),
      await publishArticle(system, {
        language: "en",
        title: "Chargebacks explained",
        body: "A refunded payment cannot be charged back. Refunding twice is blocked; see the refunds page.",
      }),
    ];
    try {
      const arabic = await search({ query: "تحويل الاموال ", language: "ar", first: 1 });
      expect(arabic.edges[0].titleHighlighted).toContain("<mark>تَحْوِيلُ</mark>");
      expect(arabic.edges[0].titleHighlighted).toContain("<mark>الأَمْوَالِ</mark>");
      expect(arabic.edges[0].snippet).toContain("<mark>تَحْوِيلُ</mark>");
      const english = await search({ query: "chargebacks refund ", language: "en", first: 1 });
      expect(english.edges[0].node.title).toBe("Chargebacks explained");
      expect(english.edges[0].snippet).toContain("<mark>refunded</mark>");
      expect(english.edges[0].snippet).toContain("<mark>Refunding</mark>");
      expect(english.edges[0].snippet).toContain("<mark>refunds</mark>");
      expect(english.edges[0].snippet).not.toContain("<mark>charged</mark>");
    } finally {
      // Out of the way of the tests that count and list the seed's articles.
      const supervisor = await system.token("supervisor");
      for (const id of ids)
        expect(
          (await system.request(`mutation($id: ID!) { archiveArticle(input: { id: $id }) { id } }`, { id }, supervisor))
            .errors,
        ).toBeUndefined();
    }
  });

  it("ranks equally relevant articles by views, helpfulness and recency", async () => {
    const text = { language: "en", body: "Narwhal vaults keep long-term holdings offline." };
    const [plain, viewed, unhelpful, old] = [
      await publishArticle(system, { ...text, title: "Narwhal vaults explained (plain)" }),
      await publishArticle(system, { ...text, title: "Narwhal vaults explained (viewed)" }),
      await publishArticle(system, { ...text, title: "Narwhal vaults explained (unhelpful)" }),
      await publishArticle(system, { ...text, title: "Narwhal vaults explained (old)" }),
    ];
    try {
      // Signed-in readers (anonymous ones weigh less and are limited per address; see below).
      const reader = (i: number) =>
        system.token("customer", `00000000-0000-4000-8000-${String(100000 + i).padStart(12, "0")}`);
      for (let i = 0; i < 20; i++) {
        const read = await system.request(
          `query($id: ID) { knowledgeArticle(id: $id) { id } }`,
          { id: viewed },
          await reader(i),
        );
        expect(read.errors, JSON.stringify(read.errors)).toBeUndefined();
      }
      for (let i = 0; i < 5; i++) {
        const vote = await system.request(
          `mutation($input: RateArticleInput!) { rateArticle(input: $input) { id } }`,
          { input: { articleId: unhelpful, helpful: false } },
          await reader(100 + i),
        );
        expect(vote.errors, JSON.stringify(vote.errors)).toBeUndefined();
      }
      // No mutation backdates an article: its publication is moved two years back directly.
      await system.db.sql.query(
        `UPDATE "knowledge"."articles" SET "publishedAt" = now() - interval '730 days' WHERE "id" = $1::uuid`,
        [old],
      );
      const page = await search({ query: "narwhal vaults ", language: "en" });
      const order = page.edges.map((e: any) => e.node.id);
      expect(order.slice(0, 2)).toEqual([viewed, plain]);
      expect(order.slice(2).sort()).toEqual([unhelpful, old].sort());
      // The boosts (docs/knowledge-search.md): views 1 + 0.15 × ln(21); 5 unhelpful votes
      // 1 + 0.5 × (1/7 − 0.5); two years at a 180-day half-life 0.8 + 0.2 × 0.5^(730/180).
      const score = (id: string) => page.edges.find((e: any) => e.node.id === id).score as number;
      expect(score(viewed) / score(plain)).toBeCloseTo(1 + 0.15 * Math.log(21), 2);
      expect(score(unhelpful) / score(plain)).toBeCloseTo(1 + 0.5 * (1 / 7 - 0.5), 2);
      expect(score(old) / score(plain)).toBeCloseTo(0.8 + 0.2 * 0.5 ** (730 / 180), 2);
    } finally {
      const supervisor = await system.token("supervisor");
      for (const id of [plain, viewed, unhelpful, old])
        await system.request(`mutation($id: ID!) { archiveArticle(input: { id: $id }) { id } }`, { id }, supervisor);
    }
  });

  it("does not let made-up anonymous viewer ids move the ranking (issue 14.21)", async () => {
    const text = { language: "en", body: "Okapi ledgers record every staking reward." };
    const [first, second] = [
      await publishArticle(system, { ...text, title: "Okapi ledgers (first)" }),
      await publishArticle(system, { ...text, title: "Okapi ledgers (second)" }),
    ];
    const RATE = `mutation($input: RateArticleInput!) { rateArticle(input: $input) { helpfulCount } }`;
    const READ = `query($id: ID, $viewerId: String) { knowledgeArticle(id: $id, viewerId: $viewerId) { viewCount } }`;
    try {
      // One signed-in reader read the first one and found it helpful: it ranks first.
      const customer = await system.token("customer");
      expect((await system.request(READ, { id: first }, customer)).errors).toBeUndefined();
      expect(
        (await system.request(RATE, { input: { articleId: first, helpful: true } }, customer)).errors,
      ).toBeUndefined();
      const order = async () =>
        (await search({ query: "okapi ledgers", language: "en" })).edges.map((e: any) => e.node.id);
      expect(await order()).toEqual([first, second]);
      // 30 anonymous "helpful" votes and 30 anonymous views for the second, each under a new viewer id, from one client.
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 30; i++) {
        const vote = await system.request(RATE, {
          input: { articleId: second, helpful: true, viewerId: `fake-voter-${i}-xxxxxx` },
        });
        codes.push(vote.errors?.[0].extensions?.code as string | undefined);
        const read = await system.request(READ, { id: second, viewerId: `fake-reader-${i}-xxxxxx` });
        expect(read.errors).toBeUndefined();
      }
      const limit = system.config.KNOWLEDGE_ANONYMOUS_PER_ADDRESS;
      expect(codes.slice(0, limit)).toEqual(Array(limit).fill(undefined));
      expect(new Set(codes.slice(limit))).toEqual(new Set(["RATE_LIMITED"]));
      const row = await system.db.prisma.article.findUniqueOrThrow({ where: { id: second } });
      expect(row).toMatchObject({ helpfulCount: limit, viewCount: limit });
      expect(row.helpfulWeight).toBeCloseTo(limit * system.config.KNOWLEDGE_ANONYMOUS_WEIGHT);
      // Still below the article one signed-in reader read and recommended.
      expect(await order()).toEqual([first, second]);
      // An anonymous reader may still change the vote it gave.
      expect(
        (await system.request(RATE, { input: { articleId: second, helpful: false, viewerId: "fake-voter-0-xxxxxx" } }))
          .errors,
      ).toBeUndefined();
    } finally {
      const supervisor = await system.token("supervisor");
      for (const id of [first, second])
        await system.request(`mutation($id: ID!) { archiveArticle(input: { id: $id }) { id } }`, { id }, supervisor);
    }
  });

  it("reads the query's language from its script when none is given", async () => {
    const page = await search({ query: "كلمة المرور", first: 3 });
    expect(page.interpretedLanguage).toBe("ar");
    expect(page.edges[0].node.language).toBe("ar");
  });

  it("searches the query's own language when none is given, highlighted, and suggests in it (issue 14.22)", async () => {
    const QUERY = `query($q: String, $l: String) { searchKnowledge(query: $q, language: $l, first: 10) { interpretedLanguage totalCount suggestedSearches edges { highlights node { language } } } }`;
    const run = async (q: string, l: string | null = null) => {
      const result = await system.request(QUERY, { q, l });
      expect(result.errors).toBeUndefined();
      return result.data!.searchKnowledge;
    };
    const latin = /[A-Za-z]/;
    const arabic = /[\u0600-\u06FF]/;
    for (const q of ["trading fees", "XERA staking", "How do I connect my wallet?", "propx"]) {
      const page = await run(q);
      expect(page.interpretedLanguage, q).toBe("en");
      expect(page.edges.length, q).toBeGreaterThan(1);
      expect(
        page.edges.map((e: any) => e.node.language),
        q,
      ).toEqual(page.edges.map(() => "en"));
      for (const edge of page.edges) expect(edge.highlights.length, q).toBeGreaterThan(0);
      for (const suggestion of page.suggestedSearches) expect(suggestion, q).not.toMatch(arabic);
    }
    for (const [q, l] of [
      ["رسوم التداول", null],
      ["مجمعات السيولة", null],
      ["استرداد", "ar"],
      ["رسوم", "ar"],
    ] as const) {
      const page = await run(q, l);
      expect(page.interpretedLanguage, q).toBe("ar");
      expect(page.edges.length, q).toBeGreaterThan(0);
      expect(
        page.edges.every((e: any) => e.node.language === "ar"),
        q,
      ).toBe(true);
      expect(page.suggestedSearches.length, q).toBeGreaterThan(0);
      for (const suggestion of page.suggestedSearches) expect(suggestion, q).not.toMatch(latin);
    }
  });

  it("filters by category and tags, and pages with cursors without repeats", async () => {
    const trading = await search({ query: "", category: "trading_help", language: "en", first: 50 });
    expect(trading.totalCount).toBe(5);
    expect(trading.edges.every((e) => e.node.category.key === "trading_help")).toBe(true);
    const tagged = await search({ query: "", tags: ["login", "password"], language: "en", first: 50 });
    expect(tagged.edges.length).toBeGreaterThan(0);
    for (const edge of tagged.edges) expect(edge.node.tags).toEqual(expect.arrayContaining(["login", "password"]));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await search({ query: "account", language: "en", first: 3, after });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const total = (await search({ query: "account", language: "en", first: 1 })).totalCount;
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("returns the most popular articles for an empty query", async () => {
    const target = (await search({ query: "dividends", language: "en", first: 1 })).edges[0].node;
    for (let i = 0; i < 5; i++) {
      const viewed = await system.request(
        `query($id: ID!, $viewer: String) { knowledgeArticle(id: $id, viewerId: $viewer) { id } }`,
        { id: target.id, viewer: `popularity-viewer-${i}` },
      );
      expect(viewed.errors).toBeUndefined();
    }
    const page = await search({ query: "", language: "en", first: 3 });
    expect(page.totalCount).toBe(20);
    expect(page.edges[0].node.id).toBe(target.id);
    expect((await search({ query: "   ", first: 1 })).totalCount).toBe(40);
  });

  it("truncates a 2,000-character query instead of failing", async () => {
    const page = await search({ query: `password ${"x".repeat(1990)}`, language: "en" });
    expect(page.queryTruncated).toBe(true);
    expect(titles(page)).toContain("Login problems");
  });

  it("searches SQL and tsquery metacharacters literally, never failing", async () => {
    const articles = await system.db.prisma.article.count();
    for (const query of [
      "&|!():*'\\",
      "password:* & !",
      "'; DROP TABLE knowledge.articles; --",
      "(reset) | (password)",
      "\\",
    ]) {
      await search({ query, first: 3 });
    }
    expect(titles(await search({ query: "password:* & !(reset)", language: "en", first: 3 }))[0]).toBe(
      "Login problems",
    );
    expect(await system.db.prisma.article.count()).toBe(articles);
  });

  it("answers an unknown category or language with a coded error", async () => {
    const category = await system.request(SEARCH, { query: "x", category: "nope" });
    expect(category.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const language = await system.request(SEARCH, { query: "x", language: "xx" });
    expect(language.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const cursor = await system.request(SEARCH, { query: "x", after: "garbage" });
    expect(cursor.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("suggests popular past queries and keywords, and lists related categories", async () => {
    for (let i = 0; i < 3; i++) await search({ query: "refund request", language: "en" });
    await eventually(
      async () =>
        (
          await system.db.prisma.searchQueryStat.findUnique({
            where: { language_query: { language: "en", query: "refund request" } },
          })
        )?.searchCount === 3,
    );
    const result = await system.request(
      `{ searchKnowledge(query: "refund", language: "en", first: 3) { suggestedSearches relatedCategories { category { key } count } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { suggestedSearches, relatedCategories } = result.data!.searchKnowledge;
    expect(suggestedSearches[0]).toBe("refund request");
    expect(suggestedSearches.length).toBeGreaterThan(1);
    // Never suggested to others: a query searched less often than SEARCH_SUGGESTION_MIN_SEARCHES (3),
    // one with a word no article contains (a name, an account number), a half-typed word.
    const private_ = ["refund payment", "refund bob12345", "refund zqxwvy", "refu"];
    for (const query of private_)
      for (let i = 0; i < (query === "refund payment" ? 2 : 4); i++) await search({ query, language: "en" });
    await eventually(
      async () =>
        (
          await system.db.prisma.searchQueryStat.findUnique({
            where: { language_query: { language: "en", query: "refu" } },
          })
        )?.searchCount === 4,
    );
    const again = await system.request(
      `{ searchKnowledge(query: "refu", language: "en", first: 3) { suggestedSearches } }`,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.searchKnowledge.suggestedSearches).toContain("refund request");
    for (const query of private_) expect(again.data!.searchKnowledge.suggestedSearches).not.toContain(query);
    // Shown as typed, not in the folded form the statistics are keyed by.
    for (let i = 0; i < 3; i++) await search({ query: "إعادة تعيين ", language: "ar" });
    await eventually(
      async () =>
        (
          await system.db.prisma.searchQueryStat.findUnique({
            where: { language_query: { language: "ar", query: "اعاده تعيين" } },
          })
        )?.searchCount === 3,
    );
    const arabic = (
      await system.request(`{ searchKnowledge(query: "إعادة", language: "ar", first: 3) { suggestedSearches } }`)
    ).data!.searchKnowledge.suggestedSearches as string[];
    expect(arabic).toContain("إعادة تعيين");
    expect(arabic.length).toBeGreaterThan(1);
    for (const folded of ["اعاده تعيين", "اعاده", "كلمه"]) expect(arabic).not.toContain(folded);
    // An article's keywords as the article writes them: "المصرفية", not the folded "المصرفيه".
    const id = await publishArticle(system, {
      language: "ar",
      title: "حماية البطاقات المصرفية",
      body: "البطاقات المصرفية تحتاج إلى حماية دائمة من الاحتيال.",
    });
    try {
      const cards = (
        await system.request(
          `{ searchKnowledge(query: "حماية البطاقات", language: "ar", first: 1) { suggestedSearches edges { node { title } } } }`,
        )
      ).data!.searchKnowledge;
      expect(cards.edges[0].node.title).toBe("حماية البطاقات المصرفية");
      expect(cards.suggestedSearches).toContain("المصرفية");
      expect(cards.suggestedSearches).not.toContain("المصرفيه");
    } finally {
      await system.request(
        `mutation($id: ID!) { archiveArticle(input: { id: $id }) { id } }`,
        { id },
        await system.token("supervisor"),
      );
    }
    expect(relatedCategories[0]).toEqual({ category: { key: "troubleshooting" }, count: expect.any(Number) });
  });

  it("records zero-result queries for the content-gap report, with a search.zero_results event", async () => {
    const page = await search({ query: "zebra xylophone", language: "en" });
    expect(page.totalCount).toBe(0);
    await eventually(
      async () => (await system.db.prisma.knowledgeOutboxEvent.count({ where: { type: "search.zero_results" } })) > 0,
    );
    const event = await system.db.prisma.knowledgeOutboxEvent.findFirstOrThrow({
      where: { type: "search.zero_results" },
    });
    expect(event.payload).toEqual({ query: "zebra xylophone", language: "en", resultCount: 0 });
    const gaps = await system.request(
      `{ knowledgeSearchGaps(first: 10) { edges { node { query language zeroResultCount } } } }`,
      {},
      await system.token("agent"),
    );
    expect(gaps.errors).toBeUndefined();
    expect(gaps.data!.knowledgeSearchGaps.edges.map((e: any) => e.node)).toContainEqual({
      query: "zebra xylophone",
      language: "en",
      zeroResultCount: 1,
    });
    const anonymous = await system.request(`{ knowledgeSearchGaps(first: 10) { edges { node { query } } } }`);
    expect(anonymous.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it("reports partial gaps on request: queries that found articles only by some of their words", async () => {
    const agent = await system.token("agent");
    const query = "withdrawal platypus";
    const page = await system.request(
      `query($q: String) { searchKnowledge(query: $q, language: "en") { totalCount matchedEveryWord } }`,
      { q: query },
    );
    expect(page.data!.searchKnowledge.totalCount).toBeGreaterThan(0);
    expect(page.data!.searchKnowledge.matchedEveryWord).toBe(false);
    const GAPS = `query($partial: Boolean) { knowledgeSearchGaps(first: 100, includePartial: $partial) { edges { node { query display zeroResultCount partialResultCount lastMatchedAllWords filled } } } }`;
    const gaps = async (partial: boolean) =>
      (await system.request(GAPS, { partial }, agent)).data!.knowledgeSearchGaps.edges.map((e: any) => e.node);
    const partial = await eventually(async () => (await gaps(true)).find((g: any) => g.query === query));
    expect(partial).toEqual({
      query,
      display: query,
      zeroResultCount: 0,
      partialResultCount: 1,
      lastMatchedAllWords: false,
      filled: false,
    });
    expect((await gaps(false)).some((g: any) => g.query === query)).toBe(false);
  });

  it("drops a gap from the report once an article fills it (kept on request, marked filled)", async () => {
    const agent = await system.token("agent");
    const gaps = async (includeFilled: boolean) =>
      (
        await system.request(
          `query($all: Boolean) { knowledgeSearchGaps(first: 50, includeFilled: $all) { edges { node { query zeroResultCount lastResultCount filled } } } }`,
          { all: includeFilled },
          agent,
        )
      ).data!.knowledgeSearchGaps.edges.map((e: any) => e.node);
    const query = "quokka wombat";
    expect((await search({ query, language: "en" })).totalCount).toBe(0);
    await eventually(async () => (await gaps(false)).some((g: any) => g.query === query));
    const id = await publishArticle(system, {
      language: "en",
      title: "Quokka and wombat accounts",
      body: "How quokka and wombat accounts hold your assets.",
    });
    try {
      expect((await search({ query, language: "en" })).totalCount).toBeGreaterThan(0);
      await eventually(async () => !(await gaps(false)).some((g: any) => g.query === query));
      expect((await gaps(true)).find((g: any) => g.query === query)).toEqual({
        query,
        zeroResultCount: 1,
        lastResultCount: 1,
        filled: true,
      });
    } finally {
      await system.request(
        `mutation($id: ID!) { archiveArticle(input: { id: $id }) { id } }`,
        { id },
        await system.token("supervisor"),
      );
    }
  });

  it("sums each batch of searches up in one search.summary event, not an event per search", async () => {
    const { writeSearchRecords } = await import("../subgraphs/knowledge/search-stats.js");
    const at = new Date("2026-03-01T10:00:00Z");
    const later = new Date("2026-03-01T10:00:00.800Z");
    await writeSearchRecords(system.db, [
      {
        language: "en",
        query: "summary probe one",
        display: "summary probe one",
        text: "Summary probe one",
        resultCount: 4,
        matchedAllWords: true,
        at,
      },
      {
        language: "en",
        query: "summary probe two",
        display: "summary probe two",
        text: "summary probe two",
        resultCount: 0,
        matchedAllWords: true,
        at: later,
      },
      { language: "ar", query: "ملخص", display: "ملخص", text: "ملخص", resultCount: 2, matchedAllWords: true, at },
    ]);
    const [summary] = await system.db.prisma.knowledgeOutboxEvent.findMany({
      where: { type: "search.summary", aggregateId: `searches:${at.toISOString()}` },
    });
    expect(summary.payload).toEqual({
      from: at.toISOString(),
      to: later.toISOString(),
      searches: 3,
      zeroResults: 1,
      byLanguage: { en: { searches: 2, zeroResults: 1 }, ar: { searches: 1, zeroResults: 0 } },
    });
    const zero = await system.db.prisma.knowledgeOutboxEvent.findMany({
      where: { type: "search.zero_results", aggregateId: "en:summary probe two" },
    });
    expect(zero.map((e) => e.payload)).toEqual([{ query: "summary probe two", language: "en", resultCount: 0 }]);
    expect(await system.db.prisma.knowledgeOutboxEvent.count({ where: { type: "search.performed" } })).toBe(0);
  });
});

describe("bestKnowledgeAnswer", () => {
  const ANSWER = `query($text: String!, $language: String) { bestKnowledgeAnswer(text: $text, language: $language) { confidence article { title language } } }`;

  it("returns the best article with a high confidence for a clear question", async () => {
    const result = await system.request(ANSWER, { text: "How do I reset my password?" });
    expect(result.errors).toBeUndefined();
    expect(result.data!.bestKnowledgeAnswer.article.title).toBe("Login problems");
    expect(result.data!.bestKnowledgeAnswer.confidence).toBeGreaterThan(0.8);
    const arabic = await system.request(ANSWER, { text: "كيف أعيد تعيين كلمة المرور؟", language: "ar" });
    expect(arabic.data!.bestKnowledgeAnswer.article.title).toBe("مشكلات تسجيل الدخول");
    // A language outside the four is refused like everywhere else (conversations only ever
    // carry one of the four, so the chatbot and auto-resolution never send another).
    const french = await system.request(ANSWER, { text: "How do I reset my password?", language: "fr" });
    expect(french.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "language" });
  });

  it("answers with the article's row as the client reads it and its score, read with the search: one statement", async () => {
    const services = { config: system.config, db: system.db } as SubgraphServices;
    const recorder = recordStatements();
    const answer = await bestKnowledgeAnswer(services, "How do I reset my password?", "en").finally(() =>
      recorder.restore(),
    );
    // Every word is known to the vocabulary (no typo lookup) and one article holds all of them.
    expect(recorder.statements.filter((s) => s.includes(`"knowledge"."articles"`))).toHaveLength(1);
    expect(answer!.article.title).toBe("Login problems");
    expect(answer!.article).toEqual(await system.db.prisma.article.findUnique({ where: { id: answer!.article.id } }));
    expect(answer!.confidence).toBeGreaterThan(0.8);
  });

  it("finds what a long, chatty message is about, past its pleasantries", async () => {
    const text =
      "Hello, good morning team! I hope you are all doing well today and that your week has been great so far. I wanted to ask you something: I tried to connect my MetaMask wallet with WalletConnect three times now and the wallet connection keeps failing, what can I do?";
    const result = await system.request(ANSWER, { text });
    expect(result.errors).toBeUndefined();
    expect(result.data!.bestKnowledgeAnswer.article.title).toBe("Wallet connection issues");
  });

  it("matches a message of more than five content words by any of them at once, one search statement", async () => {
    const services = { config: system.config, db: system.db } as SubgraphServices;
    const text = "My grandmother says her password reset email never arrives and her login keeps failing";
    const searches = (statements: string[]) => statements.filter((s) => s.includes("ts_rank_cd")).length;
    const recorder = recordStatements();
    const answer = await bestKnowledgeAnswer(services, text, "en").finally(() => recorder.restore());
    expect(answer!.article.title).toBe("Login problems");
    // A short question still asks for all of its words first (a question with no article holding
    // every word then searches again for any of them).
    const shortRecorder = recordStatements();
    const short = await bestKnowledgeAnswer(services, "password reset arrives never", "en").finally(() =>
      shortRecorder.restore(),
    );
    expect(short!.article.title).toBe("Login problems");
    expect(searches(recorder.statements)).toBe(1);
    expect(searches(shortRecorder.statements)).toBe(2);
  });

  it("gives a low confidence to a vague message and null when nothing matches", async () => {
    const vague = await system.request(ANSWER, {
      text: "I have a question about something on my phone yesterday evening, the screen was weird and the account",
    });
    expect(vague.errors).toBeUndefined();
    expect(vague.data!.bestKnowledgeAnswer?.confidence ?? 0).toBeLessThan(0.6);
    const none = await system.request(ANSWER, { text: "zxqv blorptangle" });
    expect(none.data!.bestKnowledgeAnswer).toBeNull();
  });
});

describe("contextualHelp", () => {
  const HELP = `query($page: String!, $action: String, $language: String, $viewerId: String) {
    contextualHelp(page: $page, action: $action, language: $language, viewerId: $viewerId) { topics immediateHelp { id title language } relatedArticles { id title } quickActions { key label labelAr target } } }`;

  it("answers from the page→topics mapping, in the caller's language, with quick actions", async () => {
    const result = await system.request(HELP, { page: "login", action: "login_failed" });
    expect(result.errors).toBeUndefined();
    const help = result.data!.contextualHelp;
    expect(help.topics).toContain("password");
    expect(help.immediateHelp).toHaveLength(3);
    expect(help.immediateHelp[0].title).toBe("Login problems");
    expect(help.quickActions.map((a: any) => a.key)).toContain("reset_password");
    const arabic = await system.request(HELP, { page: "security" }, null, { "accept-language": "ar-AE,ar;q=0.9" });
    expect(arabic.data!.contextualHelp.immediateHelp).toHaveLength(3);
    expect(arabic.data!.contextualHelp.immediateHelp.every((a: any) => a.language === "ar")).toBe(true);
    // The first supported language of the header, not just its first tag.
    const frenchFirst = await system.request(HELP, { page: "security" }, null, {
      "accept-language": "fr-FR, ar;q=0.8, en;q=0.5",
    });
    expect(frenchFirst.data!.contextualHelp.immediateHelp.map((a: any) => a.language)).toEqual(["ar", "ar", "ar"]);
    const unknown = await system.request(HELP, { page: "some-new-page", language: "en" });
    expect(unknown.data!.contextualHelp.immediateHelp.length).toBeGreaterThan(0);
    expect((await system.request(HELP, { page: "security", language: "xx" })).errors?.[0].extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("answers as the specification's getContextualHelp: 3 immediate, 5 related, video tutorials and quick actions for the page", async () => {
    const QUERY = `query($page: String!, $action: String, $language: String) { contextualHelp(page: $page, action: $action, language: $language) {
      immediateHelp { id slug } relatedArticles { id slug } videoTutorials { key title titleAr url durationSeconds } quickActions { key label labelAr target } } }`;
    for (const language of ["en", "ar"]) {
      const result = await system.request(QUERY, { page: "trade", language });
      expect(result.errors).toBeUndefined();
      const help = result.data!.contextualHelp;
      expect(help.immediateHelp).toHaveLength(3);
      expect(help.relatedArticles).toHaveLength(5);
      const slugs = [...help.immediateHelp, ...help.relatedArticles].map((a: any) => a.slug);
      expect(new Set(slugs).size).toBe(8);
      expect(help.immediateHelp.map((a: any) => a.slug)).toEqual(expect.arrayContaining(["placing_buy_sell_orders"]));
      expect(slugs).toEqual(
        expect.arrayContaining([
          "understanding_order_types",
          "trading_fees_structure",
          "market_data_interpretation",
          "liquidity_pools",
        ]),
      );
      expect(help.videoTutorials.map((v: any) => v.key)).toEqual([
        "placing_orders",
        "order_types",
        "reading_market_data",
      ]);
      for (const video of help.videoTutorials) {
        expect(video.url).toBe(`/help/videos/${video.key}`);
        expect(video.durationSeconds).toBeGreaterThan(0);
        expect(video.titleAr).toMatch(/[\u0600-\u06FF]/);
      }
      expect(help.quickActions.map((a: any) => a.key)).toEqual(["open_orders", "start_chat"]);
    }
    // An action on the page brings its own articles and actions (the specification's payment_issues actions) and keeps the page's videos when it names none.
    const failed = (await system.request(QUERY, { page: "deposit", action: "payment_failed", language: "en" })).data!
      .contextualHelp;
    expect(failed.immediateHelp[0].slug).toBe("payment_failures");
    expect(failed.quickActions.map((a: any) => a.key)).toEqual([
      "retry_payment",
      "try_different_method",
      "contact_bank",
      "contact_agent",
    ]);
    expect(failed.videoTutorials.map((v: any) => v.key)).toEqual(["funding_your_wallet"]);
    const connect = (await system.request(QUERY, { page: "wallet", action: "connect_failed", language: "ar" })).data!
      .contextualHelp;
    expect(connect.immediateHelp[0].slug).toBe("wallet_connection_issues");
  });

  it("fills up with English articles where the caller's language has too few, never one already listed in translation", async () => {
    const FULL = `query($page: String!, $language: String) { contextualHelp(page: $page, language: $language) { immediateHelp { id language translations { id } } relatedArticles { id language translations { id } } } }`;
    // The seed has no Hindi articles: help still comes, in English.
    const hindi = (await system.request(FULL, { page: "security", language: "hi" })).data!.contextualHelp;
    expect(hindi.immediateHelp).toHaveLength(3);
    expect(hindi.immediateHelp.every((a: any) => a.language === "en")).toBe(true);
    // Arabic first, then English; an English article is never listed beside its Arabic translation.
    const arabic = (await system.request(FULL, { page: "security", language: "ar" })).data!.contextualHelp;
    const listed = [...arabic.immediateHelp, ...arabic.relatedArticles];
    const languages = listed.map((a: any) => a.language);
    expect(languages.indexOf("en") === -1 || languages.lastIndexOf("ar") < languages.indexOf("en")).toBe(true);
    const ids = new Set(listed.map((a: any) => a.id));
    for (const article of listed) expect(article.translations.some((t: any) => ids.has(t.id))).toBe(false);
  });

  it("ranks articles the caller already read lower", async () => {
    const token = await system.token("customer");
    const before = (await system.request(HELP, { page: "security", language: "en" }, token)).data!.contextualHelp;
    const first = before.immediateHelp[0];
    // Reading the Arabic translation counts too.
    const translation = await system.request(
      `query($id: ID!) { knowledgeArticle(id: $id, language: "ar") { id language } }`,
      { id: first.id },
      token,
    );
    expect(translation.data!.knowledgeArticle.language).toBe("ar");
    const after = (await system.request(HELP, { page: "security", language: "en" }, token)).data!.contextualHelp;
    expect(after.immediateHelp[0].id).not.toBe(first.id);
    const all = [...after.immediateHelp, ...after.relatedArticles].map((a: any) => a.id);
    expect(all).toContain(first.id);
    expect(all.indexOf(first.id)).toBeGreaterThan(0);
  });
});

describe("typo corrections from the vocabulary in memory", () => {
  it("are the database's own for customers' ticket texts in four languages, with no vocabulary statement", async () => {
    const vocabulary = articleVocabulary(system.db);
    await eventually(async () => vocabulary.current() !== null);
    const spec = { ...articleSearchSpec(system.config), headlineColumns: {} };
    let corrected = 0;
    // Half the held-out tickets (every other one): English, Arabic, Hindi and Urdu, typos and all.
    for (const ticket of HELD_OUT_TICKETS.filter((_, index) => index % 2 === 0)) {
      // As bestKnowledgeAnswer reads a message.
      const parsed = parseSearchQuery(`${ticket.subject} ${ticket.description}`, { maxChars: 1000, maxTerms: 24 });
      if (parsed.significantTerms.length === 0) continue;
      const request = {
        query: { ...parsed, terms: parsed.significantTerms, prefixLast: false },
        language: queryLanguage(parsed.text) ?? "en",
        filters: () => [`d."status" = 'PUBLISHED'`],
        limit: 2,
        typoSimilarity: system.config.SEARCH_TYPO_SIMILARITY,
      };
      const recorder = recordStatements();
      const fromMemory = await fullTextSearch(system.db.sql, spec, { ...request, vocabulary }).finally(() =>
        recorder.restore(),
      );
      expect(recorder.statements.filter((text) => text.includes("'typo'"))).toEqual([]);
      const fromDatabase = await fullTextSearch(system.db.sql, spec, request);
      expect(fromMemory.corrections, ticket.subject).toEqual(fromDatabase.corrections);
      expect(fromMemory.hits.map((hit) => hit.id)).toEqual(fromDatabase.hits.map((hit) => hit.id));
      corrected += fromMemory.corrections.size;
    }
    expect(corrected).toBeGreaterThan(20);
  });
});

// Last: it adds an article, which the counts above do not expect.
describe("the in-memory vocabulary", () => {
  it("completes a word saved a moment ago, sharing its beginning with known words", async () => {
    // The vocabulary in memory, where "withdrawa" completes to the seed's "withdrawal(s)".
    await search({ query: "withdrawa", language: "en" });
    await eventually(async () =>
      articleVocabulary(system.db).current()?.wordsStartingWith("withdrawa", "en", 5).includes("withdrawal"),
    );
    // A made-up product name: its stem is not one of the old words' stems.
    const id = await publishArticle(system, {
      title: "Withdrawaz wallets for locked staking rewards",
      body: "Locked rewards unlock after the staking period ends.",
      language: "en",
    });
    // Without the save dropping the copy, "withdrawa" would complete to the old words only.
    const page = await search({ query: "withdrawa", language: "en", first: 50 });
    expect(page.edges.map((e) => e.node.id)).toContain(id);
  });
});
