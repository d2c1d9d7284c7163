import { describe, expect, it } from "vitest";
import { DEMO_CUSTOMER_CONTEXTS } from "../../../scripts/seed-data/customer-context.js";
import { DEMO_CUSTOMER_IDS } from "../../../scripts/seed-data/people.js";
import type { CustomerContext } from "./customer-context.js";
import { extractEntities } from "./entities.js";
import { composeAnswer, SUGGESTED_ACTIONS, tidyReply, type BotInput } from "./responder.js";

const youssef = DEMO_CUSTOMER_CONTEXTS[DEMO_CUSTOMER_IDS.youssefMansour];
const mohammed = DEMO_CUSTOMER_CONTEXTS[DEMO_CUSTOMER_IDS.mohammedAlHashimi];
const sara = DEMO_CUSTOMER_CONTEXTS[DEMO_CUSTOMER_IDS.saraAlQahtani];
const bilal = DEMO_CUSTOMER_CONTEXTS[DEMO_CUSTOMER_IDS.bilalAhmed];
/** The demo contexts are written as of 2025-11-21. */
const now = new Date("2025-11-21T00:00:00Z");
const base: Omit<BotInput, "intent" | "confidence"> = {
  entities: [],
  language: "en",
  context: youssef,
  articles: [],
  escalateBelow: 0.7,
  autoReplyAbove: 0.8,
  now,
};

function expectTidy(text: string) {
  expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
  expect(text).not.toMatch(/\.\./);
}

describe("composeAnswer", () => {
  it("answers a confident KYC question as the specification's handler does, from the customer's context", () => {
    const answer = composeAnswer({ ...base, intent: "kyc_status_inquiry", confidence: 0.999 });
    expect(answer.response).toMatch(/^Your KYC verification status is: rejected\./);
    expect(answer.response).not.toContain("24-48 hours");
    expect(answer.response).toContain("Upload a utility bill");
    expect(answer).toMatchObject({
      confidence: 0.98,
      canResolve: true,
      autoReply: true,
      escalateToHuman: false,
      suggestedActions: ["check_documents", "view_limits"],
    });
    expectTidy(answer.response);
  });

  it("adds the 24-48 hour note and check_documents while KYC is pending; view_limits once verified", () => {
    const pending = composeAnswer({ ...base, context: bilal, intent: "kyc_status_inquiry", confidence: 0.99 });
    expect(pending.response).toContain(
      "Your KYC verification status is: pending. We typically process applications within 24-48 hours.",
    );
    expect(pending.suggestedActions).toEqual(["check_documents"]);
    const verified = composeAnswer({ ...base, context: mohammed, intent: "kyc_status_inquiry", confidence: 0.99 });
    expect(verified.response).toMatch(/^Your KYC verification status is: verified\./);
    expect(verified.suggestedActions).toEqual(["view_limits"]);
  });

  it("counts the active investments and totals their value per currency", () => {
    const answer = composeAnswer({ ...base, context: mohammed, intent: "check_investment_status", confidence: 0.99 });
    // INV-10231..10233 are ACTIVE (250,000 + 150,000 + 18,000 AED); INV-10234 has matured.
    expect(answer.response).toMatch(/^You have 3 active investments with a total value of 418,000 AED\./);
    expect(answer.response).toContain("Would you like to see detailed information about any specific investment?");
    expect(answer).toMatchObject({
      confidence: 0.95,
      suggestedActions: ["view_portfolio", "investment_details"],
      escalateToHuman: false,
    });
    const withPending = composeAnswer({ ...base, context: sara, intent: "check_investment_status", confidence: 0.99 });
    expect(withPending.response).toContain("You have 2 active investments with a total value of 75,000 SAR.");
    expect(withPending.response).toContain("1 pending order (40,000 SAR)");
  });

  it("14.18: a customer with no failed payment is told so, never about another pending transaction", () => {
    const text = "My payment failed yesterday when I tried to deposit 5,000 AED";
    const answer = composeAnswer({
      ...base,
      context: mohammed,
      intent: "payment_issues",
      confidence: 0.999,
      entities: extractEntities(text),
    });
    expect(answer.response).toBe(
      "I don't see any recent payment issues. Could you describe what specific problem you're experiencing?",
    );
    expect(answer.response).not.toContain("TXN-88412345");
    expect(answer).toMatchObject({
      confidence: 0.8,
      suggestedActions: ["describe_issue", "contact_agent"],
      autoReply: false,
      escalateToHuman: false,
      asksCustomer: true,
    });
  });

  it("lists the failed transactions of the last 7 days only, with the specification's actions", () => {
    const answer = composeAnswer({ ...base, context: sara, intent: "payment_issues", confidence: 0.99 });
    expect(answer.response).toMatch(
      /^I see you have 1 failed transaction in the last 7 days: Deposit TXN-88420417 of 5,000 SAR on 2025-11-17 failed: 3-D Secure authentication not completed \(confirmation timed out\)\. The most common causes/,
    );
    expect(answer).toMatchObject({
      confidence: 0.9,
      suggestedActions: ["retry_payment", "contact_bank", "try_different_method"],
    });
    expectTidy(answer.response);
    // Ten days later the same failure is no longer "recent".
    const later = composeAnswer({
      ...base,
      context: sara,
      intent: "payment_issues",
      confidence: 0.99,
      now: new Date("2025-11-27T00:00:00Z"),
    });
    expect(later.response).toMatch(/^I don't see any recent payment issues/);
  });

  it("answers in Arabic with the same data", () => {
    const answer = composeAnswer({
      ...base,
      language: "ar",
      context: sara,
      intent: "payment_issues",
      confidence: 0.99,
    });
    expect(answer.response).toMatch(/[\u0600-\u06FF]/);
    expect(answer.response).toContain("TXN-88420417");
    expect(answer.response).not.toMatch(/\.\./);
  });

  it("escalates below the confidence threshold, and when the customer asks for a person", () => {
    expect(composeAnswer({ ...base, intent: "payment_issues", confidence: 0.69 })).toMatchObject({
      escalateToHuman: true,
      autoReply: false,
      suggestedActions: ["contact_agent"],
    });
    expect(composeAnswer({ ...base, intent: "human_handoff", confidence: 0.99 })).toMatchObject({
      escalateToHuman: true,
      suggestedActions: ["contact_agent"],
    });
  });

  it("14.19: an unsure message with a confident knowledge-base match points to the article instead of escalating", () => {
    const articles = [
      { id: "a1", title: "Payment failures and refunds", confidence: 0.9 },
      { id: "a2", title: "Trading fees" },
    ];
    const answer = composeAnswer({ ...base, intent: "payment_issues", confidence: 0.24, articles });
    expect(answer).toMatchObject({
      intent: "knowledge_question",
      confidence: 0.9,
      escalateToHuman: false,
      canResolve: true,
    });
    expect(answer.response).toContain("Payment failures and refunds");
    // A weak match still escalates.
    const weak = composeAnswer({
      ...base,
      intent: "payment_issues",
      confidence: 0.24,
      articles: [{ ...articles[0], confidence: 0.4 }],
    });
    expect(weak.escalateToHuman).toBe(true);
  });

  it("escalates a confident account question when no customer context is available", () => {
    expect(
      composeAnswer({ ...base, context: null, intent: "check_investment_status", confidence: 0.99 }),
    ).toMatchObject({ escalateToHuman: true, canResolve: false });
  });

  it("uses extracted ids: the named transaction, the named investment", () => {
    const payment = composeAnswer({
      ...base,
      context: mohammed,
      intent: "payment_issues",
      confidence: 0.9,
      entities: extractEntities("Where is my withdrawal TXN-88412345?"),
    });
    expect(payment.response).toBe("Withdrawal TXN-88412345 of 75,000 AED on 2025-11-18 is pending.");
    const investment = composeAnswer({
      ...base,
      context: mohammed,
      intent: "check_investment_status",
      confidence: 0.9,
      entities: extractEntities("status of INV-10234?"),
    });
    expect(investment.response).toContain("12-Month Fixed-Term Sukuk");
    expect(investment.response).not.toContain("INV-10231");
    const unknown = composeAnswer({
      ...base,
      context: mohammed,
      intent: "check_investment_status",
      confidence: 0.9,
      entities: extractEntities("status of INV-99999?"),
    });
    expect(unknown).toMatchObject({ canResolve: false, autoReply: false });
  });

  it("only ever suggests the specification's action keys", () => {
    const contexts: CustomerContext[] = Object.values(DEMO_CUSTOMER_CONTEXTS);
    for (const context of contexts) {
      for (const intent of [
        "kyc_status_inquiry",
        "check_investment_status",
        "payment_issues",
        "knowledge_question",
        "greeting",
        "human_handoff",
      ] as const) {
        for (const confidence of [0.3, 0.99]) {
          const answer = composeAnswer({ ...base, context, intent, confidence });
          for (const action of answer.suggestedActions) expect(SUGGESTED_ACTIONS).toContain(action);
          expectTidy(answer.response);
          expect(answer.escalateToHuman || answer.confidence >= 0.7).toBe(true);
        }
      }
    }
  });

  it("answers in Arabic and lists knowledge articles", () => {
    const answer = composeAnswer({
      ...base,
      language: "ar",
      intent: "knowledge_question",
      confidence: 0.9,
      articles: [{ id: "a", title: "كيف أغير بريدي" }],
    });
    expect(answer.response).toMatch(/[\u0600-\u06FF]/);
    expect(answer.response).toContain("كيف أغير بريدي");
    expect(answer.autoReply).toBe(true);
  });
});

describe("tidyReply", () => {
  it("capitalises the first letter and removes double full stops", () => {
    expect(tidyReply(["withdrawal failed: name mismatch.", ". Try again."])).toBe(
      "Withdrawal failed: name mismatch. Try again.",
    );
  });
});
