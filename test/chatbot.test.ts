/**
 * The chatbot through the gateway, as the specification's aiChatbot describes it (issue 13.7):
 * response, confidence, suggestedActions (its action keys), escalateToHuman, knowledgeBaseArticles
 * (top 3); the three intent handlers answer from the asking customer's own data; agents get
 * suggested replies. Regressions: 14.18 (a payment answer about somebody else's transaction
 * with 0.999 confidence), 14.19 ("refund" escalated instead of pointing to the refund article).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMER_IDS } from "../scripts/seed-data/index.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
});

afterAll(async () => {
  await system?.close();
});

const ASK = `query($input: ChatbotQueryInput!) { chatbotAnswer(input: $input) {
  response intent confidence intentConfidence suggestedActions escalateToHuman canResolve
  knowledgeBaseArticles { title confidence article { id title } }
} }`;
const SPEC_ACTIONS = [
  "view_portfolio",
  "investment_details",
  "check_documents",
  "view_limits",
  "retry_payment",
  "contact_bank",
  "try_different_method",
  "describe_issue",
  "contact_agent",
];

async function ask(customerId: string, text: string, language?: string) {
  const result = await system.request(
    ASK,
    { input: { text, ...(language ? { language } : {}) } },
    await system.token("customer", customerId),
  );
  expect(result.errors).toBeUndefined();
  const answer = result.data!.chatbotAnswer;
  for (const action of answer.suggestedActions) expect(SPEC_ACTIONS).toContain(action);
  expect(answer.knowledgeBaseArticles.length).toBeLessThanOrEqual(3);
  expect(answer.escalateToHuman || answer.confidence >= 0.7).toBe(true);
  expect(answer.response.charAt(0)).toBe(answer.response.charAt(0).toUpperCase());
  expect(answer.response).not.toMatch(/\.\./);
  return answer;
}

describe("chatbotAnswer answers in the specification's shape from the customer's own data", () => {
  it("check_investment_status: number and total value of the active investments (en, ar)", async () => {
    const en = await ask(DEMO_CUSTOMER_IDS.mohammedAlHashimi, "How many investments do I have?");
    expect(en).toMatchObject({
      intent: "check_investment_status",
      escalateToHuman: false,
      suggestedActions: ["view_portfolio", "investment_details"],
    });
    expect(en.response).toMatch(/^You have 3 active investments with a total value of 418,000 AED\./);
    expect(en.confidence).toBeLessThanOrEqual(0.95);
    const ar = await ask(DEMO_CUSTOMER_IDS.mohammedAlHashimi, "ما القيمة الإجمالية لاستثماراتي؟");
    expect(ar.intent).toBe("check_investment_status");
    expect(ar.response).toContain("418,000 AED");
    expect(ar.response).toMatch(/[\u0600-\u06FF]/);
  });

  it("kyc_status_inquiry: the status, with the 24-48 h note and check_documents while pending", async () => {
    const pending = await ask(DEMO_CUSTOMER_IDS.bilalAhmed, "What's the status of my KYC verification?");
    expect(pending).toMatchObject({
      intent: "kyc_status_inquiry",
      escalateToHuman: false,
      suggestedActions: ["check_documents"],
    });
    expect(pending.response).toMatch(
      /^Your KYC verification status is: pending\. We typically process applications within 24-48 hours\./,
    );
    const verified = await ask(DEMO_CUSTOMER_IDS.saraAlQahtani, "Is my identity verification complete?");
    expect(verified.response).toMatch(/^Your KYC verification status is: verified\./);
    expect(verified.response).not.toContain("24-48");
    expect(verified.suggestedActions).toEqual(["view_limits"]);
  });

  it("payment_issues: the failed transactions of the last 7 days, with retry/contact bank/another method", async () => {
    // Sara's 3-D Secure failure is 4 days old in the demo data (which is anchored to today).
    const answer = await ask(DEMO_CUSTOMER_IDS.saraAlQahtani, "Why did my payment fail?");
    expect(answer).toMatchObject({
      intent: "payment_issues",
      escalateToHuman: false,
      suggestedActions: ["retry_payment", "contact_bank", "try_different_method"],
    });
    expect(answer.response).toMatch(
      /^I see you have 1 failed transaction in the last 7 days: Deposit TXN-88420417 of 5,000 SAR/,
    );
    expect(answer.confidence).toBeLessThanOrEqual(0.9);
  });

  it("14.18: a customer with no failed payment is told so — not about their pending withdrawal", async () => {
    const answer = await ask(
      DEMO_CUSTOMER_IDS.mohammedAlHashimi,
      "My payment failed yesterday when I tried to deposit 5,000 AED",
    );
    expect(answer.intent).toBe("payment_issues");
    expect(answer.response).toBe(
      "I don't see any recent payment issues. Could you describe what specific problem you're experiencing?",
    );
    expect(answer.response).not.toMatch(/TXN-|withdrawal/i);
    expect(answer.confidence).toBe(0.8);
    expect(answer.suggestedActions).toEqual(["describe_issue", "contact_agent"]);
    // The same question in Arabic, same data.
    const ar = await ask(DEMO_CUSTOMER_IDS.mohammedAlHashimi, "فشل الدفع أمس عندما حاولت إيداع 5000 درهم");
    expect(ar.intent).toBe("payment_issues");
    expect(ar.response).not.toContain("TXN-");
    expect(ar.suggestedActions).toEqual(["describe_issue", "contact_agent"]);
  });

  it("14.18 inside a bot-first chat: the bot asks the customer to describe the problem instead of staying silent or guessing", async () => {
    const token = await system.token("customer", DEMO_CUSTOMER_IDS.mohammedAlHashimi);
    const started = await system.request(
      `mutation($input: StartChatInput!) { startChat(input: $input) { id } }`,
      { input: { type: "WEB", botFirst: true, language: "en" } },
      token,
    );
    expect(started.errors).toBeUndefined();
    const chatId = started.data!.startChat.id;
    await system.request(
      `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
      { input: { chatId, body: "My payment failed yesterday when I tried to deposit 5,000 AED" } },
      token,
    );
    const reply = await eventually(async () => {
      const bot = await system.db.prisma.chatMessage.findMany({
        where: { chatId, senderKind: "BOT" },
        orderBy: { seq: "asc" },
      });
      return bot.length >= 2 && bot[bot.length - 1];
    });
    expect(reply.body).toBe(
      "I don't see any recent payment issues. Could you describe what specific problem you're experiencing?",
    );
    expect(reply.attachment).toMatchObject({
      intent: "payment_issues",
      suggestedActions: ["describe_issue", "contact_agent"],
    });
  });

  it("14.19: the single word 'refund' points to the refund article instead of escalating", async () => {
    const best = await system.request(
      `query { bestKnowledgeAnswer(text: "refund", language: "en") { confidence article { id title } } }`,
    );
    expect(best.errors).toBeUndefined();
    const article = best.data!.bestKnowledgeAnswer.article;
    expect(article.title).toMatch(/refund/i);
    const answer = await ask(DEMO_CUSTOMER_IDS.emilyCarter, "refund");
    expect(answer).toMatchObject({ escalateToHuman: false, canResolve: true, intent: "knowledge_question" });
    expect(answer.knowledgeBaseArticles[0].article.id).toBe(article.id);
    expect(answer.response).toContain(article.title);
  });

  it("escalates what it cannot answer, suggesting contact_agent", async () => {
    const answer = await ask(DEMO_CUSTOMER_IDS.emilyCarter, "xylophone quantum banana");
    expect(answer).toMatchObject({ escalateToHuman: true, suggestedActions: ["contact_agent"] });
    expect(answer.confidence).toBeLessThan(0.7);
  });
});

describe("chatbot suggestions for agents", () => {
  it("suggests the bot's answer and the articles for the customer's latest message", async () => {
    const token = await system.token("customer", DEMO_CUSTOMER_IDS.bilalAhmed);
    const started = await system.request(
      `mutation($input: StartChatInput!) { startChat(input: $input) { id } }`,
      { input: { type: "WEB" } },
      token,
    );
    expect(started.errors).toBeUndefined();
    const chatId = started.data!.startChat.id;
    const sent = await system.request(
      `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
      { input: { chatId, body: "Is my KYC approved yet?" } },
      token,
    );
    expect(sent.errors).toBeUndefined();
    const result = await system.request(
      `query($id: ID!) { chatbotSuggestions(chatId: $id) { body source } }`,
      { id: chatId },
      await system.token("supervisor"),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.chatbotSuggestions[0]).toEqual({
      source: "CHATBOT",
      body: expect.stringMatching(
        /^Your KYC verification status is: pending\. We typically process applications within 24-48 hours\./,
      ),
    });
  });
});
