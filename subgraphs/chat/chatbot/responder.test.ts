import { describe, expect, it } from "vitest";
import { DEMO_CUSTOMER_CONTEXTS } from "../../../scripts/seed-data/customer-context.js";
import { DEMO_CUSTOMER_IDS } from "../../../scripts/seed-data/people.js";
import { extractEntities } from "./entities.js";
import { composeAnswer, type BotInput } from "./responder.js";

const youssef = DEMO_CUSTOMER_CONTEXTS[DEMO_CUSTOMER_IDS.youssefMansour];
const mohammed = DEMO_CUSTOMER_CONTEXTS[DEMO_CUSTOMER_IDS.mohammedAlHashimi];
const base: Omit<BotInput, "intent" | "confidence"> = { entities: [], language: "en", context: youssef, articles: [], escalateBelow: 0.7, autoReplyAbove: 0.8 };

describe("composeAnswer", () => {
  it("answers a confident KYC question from the customer's context and auto-replies", () => {
    const answer = composeAnswer({ ...base, intent: "kyc_status_inquiry", confidence: 0.95 });
    expect(answer.response).toContain("was not approved");
    expect(answer.response).toContain(youssef.kycNextStep);
    expect(answer).toMatchObject({ canResolve: true, autoReply: true, escalateToHuman: false, suggestedActions: ["UPLOAD_DOCUMENTS"] });
  });

  it("does not auto-reply between the escalation and auto-reply thresholds", () => {
    const answer = composeAnswer({ ...base, intent: "kyc_status_inquiry", confidence: 0.75 });
    expect(answer).toMatchObject({ canResolve: true, autoReply: false, escalateToHuman: false });
  });

  it("escalates below the confidence threshold, and when the customer asks for a person", () => {
    expect(composeAnswer({ ...base, intent: "payment_issues", confidence: 0.69 })).toMatchObject({ escalateToHuman: true, autoReply: false });
    expect(composeAnswer({ ...base, intent: "human_handoff", confidence: 0.99 })).toMatchObject({ escalateToHuman: true, suggestedActions: ["TALK_TO_AGENT"] });
  });

  it("escalates a confident account question when no customer context is available", () => {
    expect(composeAnswer({ ...base, context: null, intent: "check_investment_status", confidence: 0.99 })).toMatchObject({ escalateToHuman: true, canResolve: false });
  });

  it("uses extracted ids: the named transaction, the named investment", () => {
    const payment = composeAnswer({ ...base, context: mohammed, intent: "payment_issues", confidence: 0.9, entities: extractEntities("Where is my withdrawal TXN-88412345?") });
    expect(payment.response).toContain("TXN-88412345");
    expect(payment.response).toContain("pending");
    const investment = composeAnswer({ ...base, context: mohammed, intent: "check_investment_status", confidence: 0.9, entities: extractEntities("status of INV-10234?") });
    expect(investment.response).toContain("12-Month Fixed-Term Sukuk");
    expect(investment.response).not.toContain("INV-10231");
    const unknown = composeAnswer({ ...base, context: mohammed, intent: "check_investment_status", confidence: 0.9, entities: extractEntities("status of INV-99999?") });
    expect(unknown).toMatchObject({ canResolve: false, autoReply: false });
  });

  it("answers in Arabic and lists knowledge articles", () => {
    const answer = composeAnswer({ ...base, language: "ar", intent: "knowledge_question", confidence: 0.9, articles: [{ id: "a", title: "كيف أغير بريدي" }] });
    expect(answer.response).toMatch(/[\u0600-\u06FF]/);
    expect(answer.response).toContain("كيف أغير بريدي");
    expect(answer.autoReply).toBe(true);
  });
});
