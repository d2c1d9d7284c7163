import { describe, expect, it } from "vitest";
import { extractSearchKeywords } from "./keywords.js";
import { markdownToText, renderMarkdown } from "./markdown.js";
import type { Client } from "typesense";
import type { Article } from "../../generated/prisma/client.js";
import {
  boostOf,
  highlightMatchedWords,
  searchKnowledge,
  withFallback,
  type ArticleNode,
  type SearchBackend,
} from "./search.js";
import { typesenseBackend } from "./typesense.js";
import { loadConfig } from "../../shared/config.js";
import type { SubgraphServices } from "../../shared/context.js";
import { markHighlights, parseSearchQuery } from "../../shared/search/index.js";
import { helpfulnessScore, viewerKey } from "./engagement.js";
import { HELP_TOPICS } from "./help-topics.js";
import { KNOWLEDGE_ARTICLES } from "../../scripts/seed-data/index.js";

describe("renderMarkdown", () => {
  it("renders Markdown and escapes raw HTML and unsafe links", () => {
    const html = renderMarkdown(
      "## Hi\n\n<img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](/help) ![i](data:image/png;base64,xx)",
    );
    expect(html).toContain("<h2>Hi</h2>");
    expect(html).not.toMatch(/<img src=x|javascript:|data:image/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('<a href="/help" rel="noopener noreferrer">b</a>');
  });
  it("strips Markdown to text", () => {
    expect(markdownToText("# Title\n\n- **bold** [link](http://x)\n\n```\ncode\n```")).toBe("Title bold link");
  });
});

describe("extractSearchKeywords", () => {
  it("puts tags first, then title words, then frequent body words, normalised", () => {
    const keywords = extractSearchKeywords({
      title: "Resetting your password",
      body: "To reset your password, open Settings. The reset link expires.",
      tags: ["Login"],
    });
    expect(keywords[0]).toBe("login");
    expect(keywords).toEqual(expect.arrayContaining(["password", "settings"]));
    expect(keywords).not.toContain("your");
  });
  it("normalises Arabic keywords", () => {
    expect(extractSearchKeywords({ title: "إعادة تعيين كلمة المرور", body: "كلمة المرور" })).toEqual(
      expect.arrayContaining(["المرور", "كلمه"]),
    );
  });
});

describe("ranking", () => {
  const config = {
    SEARCH_VIEWS_WEIGHT: 0.15,
    SEARCH_HELPFULNESS_WEIGHT: 0.5,
    SEARCH_RECENCY_WEIGHT: 0.2,
    SEARCH_RECENCY_HALF_LIFE_DAYS: 180,
  };
  const now = Date.parse("2026-06-01T00:00:00Z");
  const base = {
    viewWeight: 0,
    helpfulWeight: 0,
    unhelpfulWeight: 0,
    publishedAt: new Date(now),
    createdAt: new Date(now),
  };
  it("is 1 for a brand-new article without views or votes, and grows with views and helpfulness", () => {
    expect(boostOf(config, base, now)).toBeCloseTo(1);
    expect(boostOf(config, { ...base, viewWeight: 100 }, now)).toBeGreaterThan(1.5);
    expect(boostOf(config, { ...base, helpfulWeight: 10 }, now)).toBeGreaterThan(
      boostOf(config, { ...base, unhelpfulWeight: 10 }, now),
    );
  });
  it("decays with age by the half-life, down to 1 − recency weight", () => {
    const old = { ...base, publishedAt: new Date(now - 180 * 86_400_000) };
    expect(boostOf(config, old, now)).toBeCloseTo(0.8 + 0.2 * 0.5);
    expect(boostOf({ ...config, SEARCH_RECENCY_WEIGHT: 0 }, old, now)).toBeCloseTo(1);
  });
  it("helpfulness is Laplace-smoothed", () => {
    expect(helpfulnessScore(0, 0)).toBe(0.5);
    expect(helpfulnessScore(3, 1)).toBeCloseTo(4 / 6);
  });
});

describe("viewerKey", () => {
  const anonymous = { identity: { subject: null, role: "anonymous" as const }, requestId: "r1" };
  it("prefers the signed-in subject, then a client id, then IP + user agent", () => {
    expect(viewerKey({ identity: { subject: "c1", role: "customer" }, requestId: "r" }, "ignored-1234")).toEqual({
      key: "user:c1",
      deduplicated: true,
      anonymous: false,
      clientKey: null,
    });
    expect(viewerKey(anonymous, "device-12345").key).toMatch(/^viewer:[0-9a-f]{32}$/);
    expect(viewerKey(anonymous, null, { address: "1.2.3.4", userAgent: "UA" }).key).toMatch(/^anon:/);
    expect(viewerKey(anonymous)).toEqual({
      key: "request:r1",
      deduplicated: false,
      anonymous: true,
      clientKey: "addr:unknown",
    });
    // Anonymous readers carry their address's key (the per-address limit), whatever viewer id they pick.
    const fromAddress = (id: string) => viewerKey(anonymous, id, { address: "1.2.3.4", userAgent: "UA" });
    expect(fromAddress("device-12345").clientKey).toBe(fromAddress("device-67890").clientKey);
    expect(fromAddress("device-12345").clientKey).not.toBe(
      viewerKey(anonymous, "device-12345", { address: "5.6.7.8" }).clientKey,
    );
    expect(fromAddress("device-12345").anonymous).toBe(true);
    expect(() => viewerKey(anonymous, "short")).toThrow(/viewerId/);
  });
});

describe("help topics data", () => {
  it("every topic is a tag of some seeded article, and every page has a fallback", () => {
    const tags = new Set(KNOWLEDGE_ARTICLES.flatMap((a) => a.tags));
    for (const row of HELP_TOPICS)
      for (const topic of row.topics) expect(tags.has(topic), `${row.page}/${row.action}: ${topic}`).toBe(true);
    expect(HELP_TOPICS.some((r) => r.page === "*" && r.action === "")).toBe(true);
  });
});

describe("Typesense backend (a stand-in client: no Typesense server runs here)", () => {
  const parsed = parseSearchQuery("reset password ");
  const config = loadConfig({});
  const request = { parsed, language: "en", category: null, tags: [], limit: 11, offset: 10 };
  const standIn = (found: number, hits: unknown[]) => {
    const calls: Record<string, unknown>[] = [];
    const client = {
      collections: () => ({
        documents: () => ({ search: async (params: Record<string, unknown>) => (calls.push(params), { found, hits }) }),
      }),
    };
    return {
      calls,
      backend: typesenseBackend({ config } as SubgraphServices, client as unknown as Client, "articles"),
    };
  };
  const document = {
    id: "a1",
    title: "اعاده",
    keywords: [],
    body: "",
    language: "ar",
    categoryKey: "x",
    tags: [],
    viewCount: 0,
    helpfulCount: 0,
    unhelpfulCount: 0,
    publishedAt: 0,
    createdAt: 0,
  };

  it("asks for the page by offset and limit: page 2 of 10 is results 10–20, not page 1 again", async () => {
    const { calls, backend } = standIn(25, []);
    await backend.search(request);
    expect(calls[0]).toMatchObject({ offset: 10, limit: 11 });
    expect(calls[0]).not.toHaveProperty("page");
  });

  it("returns the words each hit matched, which are highlighted on the article's own text", async () => {
    const { backend } = standIn(1, [
      {
        document,
        text_match: 100,
        highlights: [
          { field: "title", matched_tokens: ["اعاده"] },
          { field: "keywords", matched_tokens: [["تعيين"]] },
        ],
      },
    ]);
    const [hit] = (await backend.search(request)).hits;
    expect(hit.matchedWords).toEqual(["اعاده", "تعيين"]);
    const article = {
      title: "إِعادة تعيين كلمة المرور",
      body: "لإِعادة تعيين كلمة المرور افتح الإعدادات.",
      language: "ar",
    } as ArticleNode;
    const { titleHighlight, bodyHighlight } = highlightMatchedWords(article, hit.matchedWords!);
    // Not the folded "اعاده": the title as written, diacritics and all.
    expect(markHighlights(titleHighlight).html).toBe("<mark>إِعادة</mark> <mark>تعيين</mark> كلمة المرور");
    expect(markHighlights(bodyHighlight!).html).toContain("<mark>تعيين</mark>");
  });
});

describe("withFallback", () => {
  const request = { parsed: parseSearchQuery("x"), language: null, category: null, tags: [], limit: 1, offset: 0 };
  const answer = (name: string) => ({
    hits: [{ id: name, score: 1 }],
    totalCount: 1,
    totalCountExact: true,
    mode: "and" as const,
  });

  it("answers from the fallback while the primary fails, and tries the primary again after a while", async () => {
    let clock = 0;
    let primaryCalls = 0;
    let primaryUp = false;
    const failures: unknown[] = [];
    const primary: SearchBackend = {
      name: "typesense",
      search: async () => (primaryCalls++, primaryUp ? answer("primary") : Promise.reject(new Error("ECONNREFUSED"))),
    };
    const fallback: SearchBackend = { name: "postgres", search: async () => answer("fallback") };
    const backend = withFallback(primary, fallback, {
      onFailure: (e) => failures.push(e),
      retryAfterMs: 1000,
      now: () => clock,
    });
    expect((await backend.search(request)).hits[0].id).toBe("fallback");
    expect((await backend.search(request)).hits[0].id).toBe("fallback");
    expect([primaryCalls, failures.length]).toEqual([1, 1]); // left alone after the failure
    primaryUp = true;
    clock = 1000;
    expect((await backend.search(request)).hits[0].id).toBe("primary");
  });
});

describe("searchKnowledge over a lagging index", () => {
  it("never shows an article that is no longer published, whatever the backend returns", async () => {
    const hits = [
      { id: "archived", score: 1 },
      { id: "live", score: 0.5 },
    ];
    const backend: SearchBackend = {
      name: "typesense",
      search: async () => ({ hits, totalCount: 2, totalCountExact: true, mode: "and" }),
    };
    const article = (id: string, status: string) =>
      ({ id, status, title: id, body: "text", language: "en", keywords: [], tags: [] }) as unknown as Article;
    const page = await searchKnowledge({} as SubgraphServices, backend, { query: "text" }, async () => [
      article("archived", "ARCHIVED"),
      article("live", "PUBLISHED"),
    ]);
    expect(page.edges.map((e) => e.node.id)).toEqual(["live"]);
  });
});
