import { describe, expect, it } from "vitest";
import { chooseSupportRoute, complexitySignals, urgencySignals } from "./support-router.js";

const reply = (over: Partial<Parameters<typeof chooseSupportRoute>[0]["reply"]> = {}) => ({
  intent: "knowledge_question" as const,
  confidence: 0.95,
  escalateToHuman: false,
  canResolve: true,
  articles: [],
  ...over,
});

describe("urgencySignals", () => {
  it.each([
    ["Someone hacked my account and withdrew my tokens", ["account_compromised"]],
    ["There is an unauthorized transaction, I think it's fraud", ["fraud"]],
    ["URGENT: my money is gone from the wallet", ["funds_missing", "urgent_wording"]],
    ["تم اختراق حسابي وسحب أموالي", ["account_compromised", "funds_missing"]],
    ["عملية احتيال على بطاقتي، أحتاج مساعدة فوراً", ["fraud", "urgent_wording"]],
  ])("%s → %j", (text, signals) => {
    expect(urgencySignals(text)).toEqual(signals);
  });

  it.each([
    "How do I connect my wallet?",
    "What are the trading fees?",
    "ما هي رسوم التداول؟",
    "My deposit failed yesterday",
    "The app hacks away at my battery life",
  ])("finds nothing urgent in %s", (text) => {
    expect(urgencySignals(text)).toEqual([]);
  });
});

describe("chooseSupportRoute", () => {
  it("sends any urgency signal to a live agent, whatever the bot could answer", () => {
    expect(chooseSupportRoute({ signals: ["fraud"], reply: reply(), threshold: 0.7 })).toMatchObject({
      route: "LIVE_AGENT",
      reason: expect.stringContaining("fraud"),
    });
  });

  it("sends a confident request for a person to a live agent", () => {
    expect(
      chooseSupportRoute({
        signals: [],
        reply: reply({ intent: "human_handoff", escalateToHuman: true, canResolve: false }),
        threshold: 0.7,
      }).route,
    ).toBe("LIVE_AGENT");
  });

  it("lets the chatbot answer a simple query it resolves confidently", () => {
    expect(chooseSupportRoute({ signals: [], reply: reply(), threshold: 0.7 })).toMatchObject({
      route: "CHATBOT",
      reason: expect.stringContaining("knowledge base"),
    });
    expect(
      chooseSupportRoute({ signals: [], reply: reply({ intent: "kyc_status_inquiry" }), threshold: 0.7 }).reason,
    ).toContain("account data");
  });

  it("makes a ticket of what the bot is unsure about or cannot resolve", () => {
    expect(
      chooseSupportRoute({
        signals: [],
        reply: reply({ confidence: 0.4, escalateToHuman: true, canResolve: false }),
        threshold: 0.7,
      }),
    ).toMatchObject({ route: "TICKET", reason: expect.stringContaining("0.40 < 0.7") });
    expect(
      chooseSupportRoute({
        signals: [],
        reply: reply({ intent: "payment_issues", confidence: 0.8, canResolve: false }),
        threshold: 0.7,
      }).route,
    ).toBe("TICKET");
    // Confidence exactly at the threshold counts as confident.
    expect(chooseSupportRoute({ signals: [], reply: reply({ confidence: 0.7 }), threshold: 0.7 }).route).toBe(
      "CHATBOT",
    );
  });
});

describe("complexitySignals", () => {
  it("flags long descriptions and several questions, not a short question", () => {
    expect(complexitySignals("What are the trading fees?")).toEqual([]);
    expect(complexitySignals("Why was I charged twice? And where is my refund?")).toEqual(["several_questions"]);
    expect(complexitySignals("لماذا تم خصم المبلغ مرتين؟ وأين المبلغ المسترد؟")).toEqual(["several_questions"]);
    expect(complexitySignals(Array.from({ length: 41 }, (_, i) => `word${i}`).join(" "))).toEqual(["long_description"]);
    expect(complexitySignals(Array.from({ length: 40 }, (_, i) => `word${i}`).join(" "))).toEqual([]);
  });

  it("routes a complex message to a ticket even when the bot is confident, but urgency still wins", () => {
    const confident = {
      intent: "payment_issues" as const,
      confidence: 0.95,
      escalateToHuman: false,
      canResolve: true,
      articles: [],
    };
    expect(
      chooseSupportRoute({ signals: [], complexity: ["long_description"], reply: confident, threshold: 0.7 }).route,
    ).toBe("TICKET");
    expect(
      chooseSupportRoute({ signals: ["fraud"], complexity: ["long_description"], reply: confident, threshold: 0.7 })
        .route,
    ).toBe("LIVE_AGENT");
  });
});
