/** Knowledge articles end to end through the gateway: authoring workflow, versions, translations, views, votes, categories. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.close();
});

const FIELDS = `id title slug body bodyHtml language status version keywords tags viewCount helpfulCount unhelpfulCount helpfulnessScore publishedAt archivedAt author { id } translations { id language }`;
const CREATE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishArticle(input: { id: $id }) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveArticle(input: { id: $id }) { ${FIELDS} } }`;
const ARTICLE = `query($id: ID, $slug: String, $language: String, $viewerId: String) { knowledgeArticle(id: $id, slug: $slug, language: $language, viewerId: $viewerId) { ${FIELDS} } }`;
const RATE = `mutation($input: RateArticleInput!) { rateArticle(input: $input) { id helpfulCount unhelpfulCount helpfulnessScore } }`;
const SEARCH = `query($q: String!, $language: String) { searchKnowledge(query: $q, language: $language) { totalCount edges { node { id } } } }`;

describe("authoring workflow", () => {
  let agent: string;
  let supervisor: string;
  let englishId: string;

  beforeAll(async () => {
    agent = await system.token("agent");
    supervisor = await system.token("supervisor");
  });

  it("creates a DRAFT with rendered, escaped HTML, extracted keywords and version 1 — hidden from the public and from search", async () => {
    const body =
      "# Crypto wallets\n\nWe do not support **crypto wallets** yet.\n\n<script>alert('x')</script>\n\n[bad](javascript:alert(1)) [good](https://example.com)";
    const created = await system.request(
      CREATE,
      {
        input: {
          title: "Crypto wallets and stablecoins",
          body,
          categoryKey: "investment_guide",
          language: "en",
          tags: ["Crypto", "wallets"],
        },
      },
      agent,
    );
    expect(created.errors).toBeUndefined();
    const article = created.data!.createArticle;
    englishId = article.id;
    expect(article).toMatchObject({
      status: "DRAFT",
      version: 1,
      slug: "crypto-wallets-and-stablecoins",
      tags: ["crypto", "wallets"],
      author: { id: DEMO.agent.id },
    });
    expect(article.bodyHtml).toContain("<h1>Crypto wallets</h1>");
    expect(article.bodyHtml).toContain("<strong>crypto wallets</strong>");
    expect(article.bodyHtml).not.toContain("<script>");
    expect(article.bodyHtml).toContain("&lt;script&gt;");
    expect(article.bodyHtml).not.toContain("javascript:");
    expect(article.bodyHtml).toContain('href="https://example.com"');
    expect(article.keywords.slice(0, 2)).toEqual(["crypto", "wallets"]);
    expect(article.keywords).toContain("stablecoins");
    expect((await system.request(ARTICLE, { id: englishId })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await system.request(SEARCH, { q: "stablecoins" })).data!.searchKnowledge.totalCount).toBe(0);
  });

  it("refuses customers and bad input with coded errors, writing nothing", async () => {
    const before = await system.db.prisma.article.count();
    const customer = await system.request(
      CREATE,
      { input: { title: "x", body: "y", categoryKey: "investment_guide", language: "en" } },
      await system.token("customer"),
    );
    expect(customer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    for (const input of [
      { title: "", body: "y", categoryKey: "investment_guide", language: "en" },
      { title: "x", body: "y", categoryKey: "nope", language: "en" },
      { title: "x", body: "y", categoryKey: "investment_guide", language: "xx" },
    ]) {
      expect((await system.request(CREATE, { input }, agent)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await system.db.prisma.article.count()).toBe(before);
  });

  it("keeps every edit as a version, re-extracting keywords; a stale expectedVersion is a CONFLICT", async () => {
    const updated = await system.request(
      UPDATE,
      {
        input: {
          id: englishId,
          body: "We now support **stablecoin** wallets for USDC deposits.",
          note: "USDC support",
          expectedVersion: 1,
        },
      },
      agent,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateArticle).toMatchObject({ version: 2, title: "Crypto wallets and stablecoins" });
    expect(updated.data!.updateArticle.keywords).toContain("usdc");
    const stale = await system.request(UPDATE, { input: { id: englishId, title: "Other", expectedVersion: 1 } }, agent);
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const versions = await system.request(
      `query($id: ID!) { knowledgeArticle(id: $id) { versions(first: 10) { edges { node { version body note editor { id } status } } } } }`,
      { id: englishId },
      agent,
    );
    expect(versions.errors).toBeUndefined();
    const nodes = versions.data!.knowledgeArticle.versions.edges.map((e: any) => e.node);
    expect(nodes.map((v: any) => v.version)).toEqual([2, 1]);
    expect(nodes[0]).toMatchObject({ note: "USDC support", editor: { id: DEMO.agent.id }, status: "DRAFT" });
    expect(nodes[1].body).toContain("We do not support");
  });

  it("publishing needs a supervisor; a published article is public and searchable, an archived one is neither", async () => {
    expect((await system.request(PUBLISH, { id: englishId }, agent)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const published = await system.request(PUBLISH, { id: englishId }, supervisor);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishArticle).toMatchObject({ status: "PUBLISHED", version: 3 });
    expect(published.data!.publishArticle.publishedAt).toEqual(expect.any(String));
    expect(
      (await system.request(ARTICLE, { slug: "crypto-wallets-and-stablecoins", language: "en" })).data!.knowledgeArticle
        .id,
    ).toBe(englishId);
    expect(
      (await system.request(SEARCH, { q: "stablecoins", language: "en" })).data!.searchKnowledge.edges.map(
        (e: any) => e.node.id,
      ),
    ).toEqual([englishId]);
    const archived = await system.request(ARCHIVE, { id: englishId }, supervisor);
    expect(archived.data!.archiveArticle).toMatchObject({ status: "ARCHIVED", archivedAt: expect.any(String) });
    expect((await system.request(SEARCH, { q: "stablecoins", language: "en" })).data!.searchKnowledge.totalCount).toBe(
      0,
    );
    expect((await system.request(ARTICLE, { id: englishId })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await system.request(PUBLISH, { id: englishId }, supervisor)).data!.publishArticle.status).toBe(
      "PUBLISHED",
    );
    const events = await system.db.prisma.knowledgeOutboxEvent.findMany({
      where: { aggregateId: englishId, type: { startsWith: "article." }, NOT: { type: "article.viewed" } },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((e) => e.type)).toEqual([
      "article.created",
      "article.updated",
      "article.published",
      "article.archived",
      "article.published",
    ]);
  });

  it("links translations both ways, and answers an id in another language with its translation", async () => {
    const arabic = await system.request(
      CREATE,
      {
        input: {
          title: "المحافظ الرقمية والعملات المستقرة",
          body: "ندعم الآن محافظ **العملات المستقرة**.",
          categoryKey: "investment_guide",
          language: "ar",
          translationOf: englishId,
        },
      },
      agent,
    );
    expect(arabic.errors).toBeUndefined();
    const arabicId = arabic.data!.createArticle.id;
    await system.request(PUBLISH, { id: arabicId }, supervisor);
    const english = await system.request(ARTICLE, { id: englishId });
    expect(english.data!.knowledgeArticle.translations).toEqual([{ id: arabicId, language: "ar" }]);
    const asArabic = await system.request(ARTICLE, { id: englishId, language: "ar" });
    expect(asArabic.data!.knowledgeArticle).toMatchObject({
      id: arabicId,
      translations: [{ id: englishId, language: "en" }],
    });
    const duplicate = await system.request(
      CREATE,
      {
        input: {
          title: "نسخة ثانية",
          body: "نص",
          categoryKey: "investment_guide",
          language: "ar",
          translationOf: englishId,
        },
      },
      agent,
    );
    expect(duplicate.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("links articles written apart as translations afterwards (updateArticle translationOf)", async () => {
    const create = async (input: Record<string, unknown>) =>
      (await system.request(CREATE, { input: { categoryKey: "investment_guide", ...input } }, agent)).data!
        .createArticle.id as string;
    const english = await create({ title: "Margin calls", body: "What a margin call is.", language: "en" });
    const arabic = await create({ title: "نداء الهامش", body: "ما هو نداء الهامش.", language: "ar" });
    const linked = await system.request(
      UPDATE,
      { input: { id: arabic, translationOf: english, note: "linked to the English original" } },
      agent,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.updateArticle.translations).toEqual([{ id: english, language: "en" }]);
    const fromEnglish = await system.request(
      `query($id: ID!) { knowledgeArticle(id: $id) { translations { id } } }`,
      { id: english },
      agent,
    );
    expect(fromEnglish.data!.knowledgeArticle.translations).toEqual([{ id: arabic }]);
    // Refused, changing nothing: a second Arabic article in the group, itself, an unknown article.
    const another = await create({ title: "نداء الهامش ٢", body: "نص آخر.", language: "ar" });
    const before = await system.db.prisma.article.findUniqueOrThrow({ where: { id: another } });
    expect(
      (await system.request(UPDATE, { input: { id: another, translationOf: english } }, agent)).errors?.[0].extensions
        ?.code,
    ).toBe("CONFLICT");
    expect(
      (await system.request(UPDATE, { input: { id: another, translationOf: another } }, agent)).errors?.[0].extensions
        ?.code,
    ).toBe("BAD_USER_INPUT");
    expect(
      (
        await system.request(
          UPDATE,
          { input: { id: another, translationOf: "00000000-0000-4000-8000-000000000000" } },
          agent,
        )
      ).errors?.[0].extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect(await system.db.prisma.article.findUniqueOrThrow({ where: { id: another } })).toEqual(before);
  });
});

describe("views and votes", () => {
  const seeded = async () =>
    (await system.db.prisma.article.findFirstOrThrow({ where: { slug: "expected_returns", language: "en" } })).id;

  it("counts a view once per viewer per day (signed-in, client viewer id) and records article.viewed", async () => {
    const id = await seeded();
    const start = (await system.db.prisma.article.findUniqueOrThrow({ where: { id } })).viewCount;
    const customer = await system.token("customer");
    const other = await system.token("customer", DEMO.otherCustomer.id);
    await system.request(ARTICLE, { id }, customer);
    await system.request(ARTICLE, { id }, customer);
    await system.request(ARTICLE, { id }, other);
    await system.request(ARTICLE, { id, viewerId: "device-0001-abcdef" });
    const last = await system.request(ARTICLE, { id, viewerId: "device-0001-abcdef" });
    expect(last.data!.knowledgeArticle.viewCount).toBe(start + 3);
    expect((await system.db.prisma.article.findUniqueOrThrow({ where: { id } })).viewCount).toBe(start + 3);
    const events = await system.db.prisma.knowledgeOutboxEvent.findMany({
      where: { type: "article.viewed", aggregateId: id },
    });
    expect(events).toHaveLength(3);
    expect(events[0].payload).toEqual({ articleId: id, language: "en" });
  });

  it("deduplicates anonymous views by the client address and user agent the gateway forwards", async () => {
    const english = await system.db.prisma.article.findFirstOrThrow({
      where: { slug: "expected_returns", language: "en" },
    });
    const id = (
      await system.db.prisma.article.findFirstOrThrow({
        where: { translationGroup: english.translationGroup, language: "ar" },
      })
    ).id;
    const start = (await system.db.prisma.article.findUniqueOrThrow({ where: { id } })).viewCount;
    await system.request(ARTICLE, { id }, null, { "user-agent": "reader-one" });
    await system.request(ARTICLE, { id }, null, { "user-agent": "reader-one" });
    await system.request(ARTICLE, { id }, null, { "user-agent": "reader-two" });
    expect((await system.db.prisma.article.findUniqueOrThrow({ where: { id } })).viewCount).toBe(start + 2);
  });

  it("takes one vote per viewer, changeable, with helpful/unhelpful counts, a helpfulness score and article.rated", async () => {
    const id = await seeded();
    const customer = await system.token("customer");
    const first = await system.request(RATE, { input: { articleId: id, helpful: true, comment: "Clear" } }, customer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.rateArticle).toMatchObject({ helpfulCount: 1, unhelpfulCount: 0, helpfulnessScore: 2 / 3 });
    const again = await system.request(RATE, { input: { articleId: id, helpful: true } }, customer);
    expect(again.data!.rateArticle).toMatchObject({ helpfulCount: 1, unhelpfulCount: 0 });
    const changed = await system.request(RATE, { input: { articleId: id, helpful: false } }, customer);
    expect(changed.data!.rateArticle).toMatchObject({ helpfulCount: 0, unhelpfulCount: 1, helpfulnessScore: 1 / 3 });
    const anonymous = await system.request(RATE, {
      input: { articleId: id, helpful: true, viewerId: "device-0002-abcdef" },
    });
    expect(anonymous.data!.rateArticle).toMatchObject({ helpfulCount: 1, unhelpfulCount: 1, helpfulnessScore: 0.5 });
    expect((await system.request(RATE, { input: { articleId: id, helpful: true } })).errors?.[0].extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      (
        await system.request(
          RATE,
          { input: { articleId: "00000000-0000-4000-8000-000000000000", helpful: true } },
          customer,
        )
      ).errors?.[0].extensions?.code,
    ).toBe("NOT_FOUND");
    const events = await system.db.prisma.knowledgeOutboxEvent.findMany({
      where: { type: "article.rated", aggregateId: id },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((e) => (e.payload as { helpful: boolean }).helpful)).toEqual([true, false, true]);
  });

  it("shows staff the comments readers leave with their votes, never who left them", async () => {
    const id = (
      await system.db.prisma.article.findFirstOrThrow({ where: { slug: "xera_vs_propx_tokens", language: "en" } })
    ).id;
    const vote = (viewerId: string, helpful: boolean, comment?: string) =>
      system.request(RATE, { input: { articleId: id, helpful, comment, viewerId } });
    expect((await vote("device-feedback-1", false, "Says nothing about withholding tax")).errors).toBeUndefined();
    expect((await vote("device-feedback-2", true, "Clear, thanks")).errors).toBeUndefined();
    expect((await vote("device-feedback-3", true)).errors).toBeUndefined(); // no comment: not feedback
    const FEEDBACK = `query($id: ID!, $helpful: Boolean, $after: String) { knowledgeArticle(id: $id) { feedback(first: 1, helpful: $helpful, after: $after) { edges { node { helpful comment } } pageInfo { hasNextPage endCursor } } } }`;
    const agent = await system.token("agent");
    const first = (await system.request(FEEDBACK, { id }, agent)).data!.knowledgeArticle.feedback;
    expect(first.edges.map((e: any) => e.node)).toEqual([{ helpful: true, comment: "Clear, thanks" }]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await system.request(FEEDBACK, { id, after: first.pageInfo.endCursor }, agent)).data!
      .knowledgeArticle.feedback;
    expect(second.edges.map((e: any) => e.node)).toEqual([
      { helpful: false, comment: "Says nothing about withholding tax" },
    ]);
    const unhelpful = (await system.request(FEEDBACK, { id, helpful: false }, agent)).data!.knowledgeArticle.feedback;
    expect(unhelpful.edges.map((e: any) => e.node.comment)).toEqual(["Says nothing about withholding tax"]);
    expect((await system.request(FEEDBACK, { id })).errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect((await system.request(FEEDBACK, { id }, await system.token("customer"))).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
  });

  it("relays article events to the bus (analytics consumes them)", async () => {
    await eventually(
      async () =>
        (await system.db.prisma.knowledgeOutboxEvent.count({
          where: { type: { in: ["article.viewed", "article.rated"] }, publishedAt: null },
        })) === 0,
      10_000,
    );
  });
});

describe("categories", () => {
  it("lists categories with published-article counts per language", async () => {
    const result = await system.request(
      `{ knowledgeCategories { key name nameAr articleCounts { language count } en: articleCount(language: "en") all: articleCount } }`,
    );
    expect(result.errors).toBeUndefined();
    const troubleshooting = result.data!.knowledgeCategories.find((c: any) => c.key === "troubleshooting");
    expect(troubleshooting).toMatchObject({
      name: "Troubleshooting",
      nameAr: "حل المشكلات",
      en: 5,
      all: 10,
      articleCounts: [
        { language: "ar", count: 5 },
        { language: "en", count: 5 },
      ],
    });
    expect(
      (await system.request(`{ knowledgeCategories { articleCount(language: "xx") } }`)).errors?.[0].extensions?.code,
    ).toBe("BAD_USER_INPUT");
  });
});

describe("the specification's knowledge base", () => {
  // knowledgeBase.articleCategories of the specification, verbatim.
  const SPEC = {
    getting_started: {
      name: "Getting Started",
      description: "Basic platform orientation and first steps",
      articles: [
        "how_to_register_account",
        "completing_kyc_verification",
        "making_first_investment",
        "understanding_dual_tokens",
        "mobile_app_setup",
      ],
    },
    investment_guide: {
      name: "Investment Guide",
      description: "Investment processes and strategies",
      articles: [
        "xera_vs_propx_tokens",
        "property_selection_guide",
        "risk_assessment",
        "portfolio_diversification",
        "expected_returns",
      ],
    },
    trading_help: {
      name: "Trading Help",
      description: "Trading platform and features",
      articles: [
        "placing_buy_sell_orders",
        "understanding_order_types",
        "trading_fees_structure",
        "market_data_interpretation",
        "liquidity_pools",
      ],
    },
    troubleshooting: {
      name: "Troubleshooting",
      description: "Common issues and solutions",
      articles: [
        "login_problems",
        "payment_failures",
        "app_crashes",
        "wallet_connection_issues",
        "verification_delays",
      ],
    },
  };

  it("has exactly its four categories, with its names and descriptions", async () => {
    const result = await system.request(
      `{ knowledgeCategories { key name description en: articleCount(language: "en") ar: articleCount(language: "ar") } }`,
    );
    expect(result.errors).toBeUndefined();
    const categories = result.data!.knowledgeCategories as {
      key: string;
      name: string;
      description: string;
      en: number;
      ar: number;
    }[];
    expect(categories.map((c) => c.key).sort()).toEqual(Object.keys(SPEC).sort());
    for (const category of categories) {
      const spec = SPEC[category.key as keyof typeof SPEC];
      expect(category).toMatchObject({ name: spec.name, description: spec.description });
      expect(category.en, category.key).toBeGreaterThanOrEqual(5);
      expect(category.ar, category.key).toBeGreaterThanOrEqual(5);
    }
  });

  it("serves its twenty articles under their keys, in English and Arabic, as translations of each other", async () => {
    const READ = `query($slug: String!, $language: String!) { knowledgeArticle(slug: $slug, language: $language) { id slug language title body status keywords tags category { key } translations { id language } } }`;
    for (const [categoryKey, spec] of Object.entries(SPEC)) {
      for (const slug of spec.articles) {
        const en = await system.request(READ, { slug, language: "en" });
        const ar = await system.request(READ, { slug, language: "ar" });
        expect(en.errors, slug).toBeUndefined();
        expect(ar.errors, slug).toBeUndefined();
        const english = en.data!.knowledgeArticle;
        const arabic = ar.data!.knowledgeArticle;
        for (const article of [english, arabic]) {
          expect(article, slug).toMatchObject({ slug, status: "PUBLISHED", category: { key: categoryKey } });
          expect(article.body.split(/\n\s*\n/).length, slug).toBeGreaterThanOrEqual(6);
          expect(article.tags.length, slug).toBeGreaterThanOrEqual(3);
          expect(article.keywords.length, slug).toBeGreaterThan(article.tags.length);
        }
        expect(english.language).toBe("en");
        expect(arabic.language).toBe("ar");
        expect(arabic.title, slug).toMatch(/[\u0600-\u06FF]/);
        expect(arabic.body, slug).toMatch(/[\u0600-\u06FF]{3,}/);
        expect(english.translations).toEqual([{ id: arabic.id, language: "ar" }]);
        // The curated search keywords are the article's own language's.
        expect(
          arabic.keywords.some((k: string) => /[\u0600-\u06FF]/.test(k)),
          slug,
        ).toBe(true);
      }
    }
  });
});
