import { describe, it, expect } from "vitest";
import {
  DEMO_AGENTS,
  DEMO_CUSTOMER_CONTEXTS,
  DEMO_CUSTOMERS,
  DEMO_MACROS,
  KNOWLEDGE_ARTICLES,
  KNOWLEDGE_CATEGORIES,
  TICKET_CATEGORIES,
} from "./index.js";
import type { LanguageCode, TicketCategoryKey } from "./index.js";

const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_GLOBAL = /[\u0600-\u06FF]/g;
const LATIN_GLOBAL = /[A-Za-z]/g;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SNAKE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/g;
const ALLOWED_PLACEHOLDERS = new Set(["customer.name", "ticket.number", "agent.name"]);

function expectUnique(values: readonly string[]): void {
  const dupes = values.filter((v, i) => values.indexOf(v) !== i);
  expect(dupes).toEqual([]);
}

/** Words in a Markdown body, ignoring markup such as #, |, ---, ** and list markers. */
function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

describe("ticket categories", () => {
  // The product specification's ticketCategories block, verbatim.
  const expected: Record<string, { priority: string; sla: number; tier: string; subs: string[] }> = {
    investment_support: {
      priority: "MEDIUM",
      sla: 4,
      tier: "investment_specialist",
      subs: [
        "property_investment_help",
        "token_purchase_issues",
        "portfolio_questions",
        "dividend_inquiries",
        "staking_support",
      ],
    },
    technical_support: {
      priority: "HIGH",
      sla: 2,
      tier: "technical_specialist",
      subs: [
        "app_not_working",
        "login_issues",
        "payment_failures",
        "wallet_connection_problems",
        "trading_platform_issues",
      ],
    },
    account_support: {
      priority: "MEDIUM",
      sla: 6,
      tier: "account_specialist",
      subs: ["kyc_verification", "account_security", "profile_updates", "document_upload_help", "2fa_assistance"],
    },
    compliance_support: {
      priority: "HIGH",
      sla: 4,
      tier: "compliance_specialist",
      subs: ["regulatory_questions", "tax_documentation", "aml_inquiries", "reporting_help", "legal_clarifications"],
    },
    billing_support: {
      priority: "HIGH",
      sla: 3,
      tier: "billing_specialist",
      subs: ["payment_issues", "refund_requests", "billing_disputes", "subscription_help", "fee_clarifications"],
    },
  };

  it("has exactly the 5 expected categories with 25 subcategories in total", () => {
    expect(TICKET_CATEGORIES.map((c) => c.key)).toEqual(Object.keys(expected));
    expect(TICKET_CATEGORIES.flatMap((c) => c.subcategories)).toHaveLength(25);
  });

  it("matches the required priorities, SLAs, tiers and subcategory keys", () => {
    for (const category of TICKET_CATEGORIES) {
      const want = expected[category.key];
      expect(category.defaultPriority, category.key).toBe(want.priority);
      expect(category.slaHours, category.key).toBe(want.sla);
      expect(category.escalationTier, category.key).toBe(want.tier);
      expect(
        category.subcategories.map((s) => s.key),
        category.key,
      ).toEqual(want.subs);
    }
  });

  it("has unique snake_case keys, bilingual names and bilingual keywords", () => {
    const keys = TICKET_CATEGORIES.flatMap((c) => [c.key, ...c.subcategories.map((s) => s.key)]);
    expectUnique(keys);
    for (const key of keys) expect(key).toMatch(SNAKE);

    for (const node of [...TICKET_CATEGORIES, ...TICKET_CATEGORIES.flatMap((c) => c.subcategories)]) {
      expect(node.name.trim(), node.key).not.toBe("");
      expect(node.nameAr, node.key).toMatch(ARABIC);
      expect(node.keywords.en.length, node.key).toBeGreaterThan(0);
      expect(node.keywords.ar.length, node.key).toBeGreaterThan(0);
      for (const kw of node.keywords.ar) expect(kw, node.key).toMatch(ARABIC);
      for (const kw of node.keywords.en) expect(kw, node.key).toBe(kw.toLowerCase());
    }
    for (const category of TICKET_CATEGORIES) expect(category.description.trim()).not.toBe("");
  });
});

/** The specification's knowledgeBase.articleCategories, verbatim. */
const SPEC_KNOWLEDGE_BASE = {
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
    articles: ["login_problems", "payment_failures", "app_crashes", "wallet_connection_issues", "verification_delays"],
  },
};

describe("knowledge base", () => {
  it("has the specification's 4 categories with its names and descriptions", () => {
    expect(KNOWLEDGE_CATEGORIES.map((c) => c.key)).toEqual(Object.keys(SPEC_KNOWLEDGE_BASE));
    for (const c of KNOWLEDGE_CATEGORIES) {
      const spec = SPEC_KNOWLEDGE_BASE[c.key as keyof typeof SPEC_KNOWLEDGE_BASE];
      expect(c.name).toBe(spec.name);
      expect(c.description).toBe(spec.description);
      expect(c.nameAr).toMatch(ARABIC);
    }
  });

  it("has the specification's 20 articles under its keys, in its categories and order", () => {
    expect(KNOWLEDGE_ARTICLES).toHaveLength(20);
    for (const [category, spec] of Object.entries(SPEC_KNOWLEDGE_BASE)) {
      expect(
        KNOWLEDGE_ARTICLES.filter((a) => a.categoryKey === category).map((a) => a.key),
        category,
      ).toEqual(spec.articles);
    }
  });

  it("has unique snake_case keys (the slug in both languages)", () => {
    expectUnique(KNOWLEDGE_ARTICLES.map((a) => a.key));
    for (const a of KNOWLEDGE_ARTICLES) expect(a.key).toMatch(SNAKE);
  });

  it("has search keywords in both languages", () => {
    for (const a of KNOWLEDGE_ARTICLES) {
      expect(a.keywords.en.length, a.key).toBeGreaterThanOrEqual(3);
      expect(a.keywords.ar.length, a.key).toBeGreaterThanOrEqual(3);
      for (const kw of a.keywords.en) expect(kw, a.key).toBe(kw.toLowerCase());
      for (const kw of a.keywords.ar) expect(kw, a.key).toMatch(ARABIC);
    }
  });

  it("speaks of the NexVestXR domain and gives numbered steps in both languages", () => {
    for (const a of KNOWLEDGE_ARTICLES) {
      for (const language of ["en", "ar"] as const) {
        expect(a[language].body, `${a.key} ${language}`).toMatch(/^1\. /m);
        expect(a[language].body.split(/\n\s*\n/).length, `${a.key} ${language}: paragraphs`).toBeGreaterThanOrEqual(6);
      }
      expect(a.en.body, a.key).toMatch(/NexVestXR|XERA|PROPX/);
    }
  });

  it("has 3–6 slug-like tags per article", () => {
    for (const a of KNOWLEDGE_ARTICLES) {
      expect(a.tags.length, a.key).toBeGreaterThanOrEqual(3);
      expect(a.tags.length, a.key).toBeLessThanOrEqual(6);
      expectUnique(a.tags);
      for (const t of a.tags) expect(t, a.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it("has an English version of 150–350 words with Markdown structure", () => {
    for (const a of KNOWLEDGE_ARTICLES) {
      const { title, body } = a.en;
      expect(title.trim(), a.key).not.toBe("");
      expect(body.startsWith(`# ${title}\n`), a.key).toBe(true);
      expect(body, a.key).toMatch(/^## /m);
      expect(body, a.key).toMatch(/^(?:\d+\.|-) /m);
      const words = wordCount(body);
      expect(words, `${a.key}: ${words} words`).toBeGreaterThanOrEqual(150);
      expect(words, `${a.key}: ${words} words`).toBeLessThanOrEqual(350);
      expect(body, a.key).not.toMatch(ARABIC);
    }
  });

  it("has an Arabic version that is actually written in Arabic script", () => {
    for (const a of KNOWLEDGE_ARTICLES) {
      const { title, body } = a.ar;
      expect(title, a.key).toMatch(ARABIC);
      expect(body.startsWith(`# ${title}\n`), a.key).toBe(true);
      const arabicChars = body.match(ARABIC_GLOBAL)?.length ?? 0;
      const latinChars = body.match(LATIN_GLOBAL)?.length ?? 0;
      // Mostly Arabic; a few Latin product names (App Store, SWIFT, TXN-…) are fine.
      expect(arabicChars, a.key).toBeGreaterThan(latinChars * 5);
      // Structure mirrors the English version.
      const headings = (md: string) => md.match(/^#{1,3} /gm)?.length ?? 0;
      expect(headings(body), a.key).toBe(headings(a.en.body));
      // A faithful translation is roughly as long as the source.
      const ratio = wordCount(body) / wordCount(a.en.body);
      expect(ratio, `${a.key}: ratio ${ratio.toFixed(2)}`).toBeGreaterThan(0.6);
      expect(ratio, `${a.key}: ratio ${ratio.toFixed(2)}`).toBeLessThan(1.5);
    }
  });
});

describe("people", () => {
  const categoryKeys = new Set<TicketCategoryKey>(TICKET_CATEGORIES.map((c) => c.key));
  const LANGS: LanguageCode[] = ["en", "ar", "hi", "ur"];

  it("has 12 agents with the right roles", () => {
    expect(DEMO_AGENTS).toHaveLength(12);
    expect(DEMO_AGENTS.filter((a) => a.role === "supervisor")).toHaveLength(2);
    expect(DEMO_AGENTS.filter((a) => a.role === "admin")).toHaveLength(1);
    expect(DEMO_AGENTS.filter((a) => a.role === "agent")).toHaveLength(9);
  });

  it("has 20 customers", () => {
    expect(DEMO_CUSTOMERS).toHaveLength(20);
  });

  it("uses unique v4 UUIDs and unique emails on the right domains", () => {
    const ids = [...DEMO_AGENTS.map((a) => a.id), ...DEMO_CUSTOMERS.map((c) => c.id)];
    expectUnique(ids);
    for (const id of ids) expect(id).toMatch(UUID_V4);

    const emails = [...DEMO_AGENTS.map((a) => a.email), ...DEMO_CUSTOMERS.map((c) => c.email)];
    expectUnique(emails.map((e) => e.toLowerCase()));
    for (const a of DEMO_AGENTS) expect(a.email).toMatch(/^[a-z0-9.]+@switchboard\.example$/);
    for (const c of DEMO_CUSTOMERS) expect(c.email).toMatch(/^[a-z0-9.]+@example\.com$/);
  });

  it("gives agents specializations that reference real ticket categories", () => {
    for (const a of DEMO_AGENTS) {
      expect(a.specializations.length, a.displayName).toBeGreaterThan(0);
      for (const s of a.specializations) expect(categoryKeys.has(s), `${a.displayName}: ${s}`).toBe(true);
    }
    // Every category can be routed to someone.
    for (const key of categoryKeys) {
      expect(
        DEMO_AGENTS.some((a) => a.specializations.includes(key)),
        key,
      ).toBe(true);
    }
  });

  it("covers every language with at least 2 agents, Arabic with at least 4", () => {
    for (const lang of LANGS) {
      const n = DEMO_AGENTS.filter((a) => a.languages.includes(lang)).length;
      expect(n, lang).toBeGreaterThanOrEqual(lang === "ar" ? 4 : 2);
    }
    for (const a of DEMO_AGENTS) {
      expectUnique(a.languages);
      for (const l of a.languages) expect(LANGS).toContain(l);
    }
  });

  it("has valid tiers, ratings, statuses, capacity and time zones", () => {
    for (const a of DEMO_AGENTS) {
      // Named tiers only; a specialist tier goes with the matching specialization.
      for (const t of a.escalationTiers) {
        if (t === "supervisor") continue;
        const category = TICKET_CATEGORIES.find((c) => c.escalationTier === t);
        expect(category, `${a.displayName}: ${t}`).toBeDefined();
        expect(a.specializations, `${a.displayName}: ${t}`).toContain(category!.key);
      }
      expect(a.rating).toBeGreaterThanOrEqual(0);
      expect(a.rating).toBeLessThanOrEqual(10);
      expect(Math.round(a.rating * 10) / 10).toBe(a.rating);
      expect(["ONLINE", "AWAY", "BUSY", "OFFLINE"]).toContain(a.status);
      expect(a.maxConcurrentChats).toBe(3);
      expect(() => new Intl.DateTimeFormat("en", { timeZone: a.timezone })).not.toThrow();
    }
    expect(DEMO_AGENTS.filter((a) => a.status === "ONLINE").length).toBeGreaterThanOrEqual(5);
    expect(new Set(DEMO_AGENTS.map((a) => a.status)).size).toBe(4);
    // Every escalation tier is staffed.
    for (const tier of [...TICKET_CATEGORIES.map((c) => c.escalationTier), "supervisor"]) {
      expect(
        DEMO_AGENTS.some((a) => a.escalationTiers.includes(tier)),
        `tier ${tier}`,
      ).toBe(true);
    }
  });

  it("has a realistic customer mix", () => {
    for (const lang of LANGS) {
      expect(
        DEMO_CUSTOMERS.some((c) => c.preferredLanguage === lang),
        lang,
      ).toBe(true);
    }
    for (const tier of ["standard", "premium", "vip"]) {
      expect(
        DEMO_CUSTOMERS.some((c) => c.tier === tier),
        tier,
      ).toBe(true);
    }
    for (const c of DEMO_CUSTOMERS) {
      expect(c.phone, c.name).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(c.country, c.name).toMatch(/^[A-Z]{2}$/);
    }
    expectUnique(DEMO_CUSTOMERS.map((c) => c.phone));
  });
});

describe("customer context", () => {
  it("covers every customer and nothing else", () => {
    expect(Object.keys(DEMO_CUSTOMER_CONTEXTS).sort()).toEqual(DEMO_CUSTOMERS.map((c) => c.id).sort());
    for (const [id, ctx] of Object.entries(DEMO_CUSTOMER_CONTEXTS)) expect(ctx.customerId).toBe(id);
  });

  it("has valid KYC information", () => {
    const statuses = new Set<string>();
    for (const ctx of Object.values(DEMO_CUSTOMER_CONTEXTS)) {
      statuses.add(ctx.kycStatus);
      expect(ctx.kycReason.trim()).not.toBe("");
      expect(ctx.kycNextStep.trim()).not.toBe("");
      if (ctx.kycStatus === "NOT_STARTED") expect(ctx.kycUpdatedAt).toBeNull();
      else expect(ctx.kycUpdatedAt).toMatch(ISO_DATETIME);
    }
    expect([...statuses].sort()).toEqual(["NOT_STARTED", "PENDING", "REJECTED", "VERIFIED"]);
  });

  it("has 2–4 investments and 3–5 transactions per customer, with unique, well-formed ids", () => {
    const investmentIds: string[] = [];
    const transactionIds: string[] = [];
    for (const ctx of Object.values(DEMO_CUSTOMER_CONTEXTS)) {
      expect(ctx.investments.length, ctx.customerId).toBeGreaterThanOrEqual(2);
      expect(ctx.investments.length, ctx.customerId).toBeLessThanOrEqual(4);
      expect(ctx.recentTransactions.length, ctx.customerId).toBeGreaterThanOrEqual(3);
      expect(ctx.recentTransactions.length, ctx.customerId).toBeLessThanOrEqual(5);

      for (const inv of ctx.investments) {
        investmentIds.push(inv.id);
        expect(inv.id).toMatch(/^INV-\d{5}$/);
        expect(inv.amount).toBeGreaterThan(0);
        expect(inv.startedAt).toMatch(ISO_DATETIME);
        expect(["ACTIVE", "PENDING", "MATURED", "CANCELLED"]).toContain(inv.status);
      }
      for (const txn of ctx.recentTransactions) {
        transactionIds.push(txn.id);
        expect(txn.id).toMatch(/^TXN-\d{8}$/);
        expect(txn.amount).toBeGreaterThan(0);
        expect(txn.at).toMatch(ISO_DATETIME);
        expect(["DEPOSIT", "WITHDRAWAL", "DIVIDEND", "FEE"]).toContain(txn.type);
        if (txn.status === "FAILED") expect(txn.failureReason?.trim(), txn.id).toBeTruthy();
        else expect(txn.failureReason, txn.id).toBeUndefined();
      }
      // Newest first.
      const times = ctx.recentTransactions.map((t) => Date.parse(t.at));
      expect(times, ctx.customerId).toEqual([...times].sort((a, b) => b - a));
    }
    expectUnique(investmentIds);
    expectUnique(transactionIds);
  });
});

describe("macros", () => {
  it("has 8 macros with unique keys and valid categories", () => {
    expect(DEMO_MACROS).toHaveLength(8);
    expectUnique(DEMO_MACROS.map((m) => m.key));
    const categoryKeys = new Set<string>(TICKET_CATEGORIES.map((c) => c.key));
    for (const m of DEMO_MACROS) {
      if (m.categoryKey !== null) expect(categoryKeys.has(m.categoryKey), m.key).toBe(true);
      expect(m.nameAr).toMatch(ARABIC);
    }
  });

  it("uses only known placeholders, identically in both languages", () => {
    for (const m of DEMO_MACROS) {
      const en = placeholders(m.body.en);
      const ar = placeholders(m.body.ar);
      expect(en.length, m.key).toBeGreaterThan(0);
      expect(ar, m.key).toEqual(en);
      for (const p of en) expect(ALLOWED_PLACEHOLDERS.has(p), `${m.key}: ${p}`).toBe(true);
      expect(m.body.ar, m.key).toMatch(ARABIC);
      expect(m.body.en, m.key).not.toMatch(ARABIC);
    }
    const used = new Set(DEMO_MACROS.flatMap((m) => placeholders(m.body.en)));
    expect([...used].sort()).toEqual([...ALLOWED_PLACEHOLDERS].sort());
  });
});
