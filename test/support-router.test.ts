/**
 * The channel router of the specification's diagram (issue 13.11), through the gateway:
 * `requestSupport` sends a simple query to the chatbot (answered from the knowledge base), a complex
 * issue to a ticket and an urgent issue to a live agent, and says which route and why — in English
 * and Arabic. Bad input is refused with a coded error and writes nothing.
 */
import { agentHoursNote } from "../shared/languages.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMER_IDS } from "../scripts/seed-data/index.js";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
});

afterAll(async () => {
  await system?.close();
});

const REQUEST = `mutation($input: RequestSupportInput!) { requestSupport(input: $input) {
  route reason intent confidence urgencySignals complexitySignals language
  answer { response escalateToHuman knowledgeBaseArticles { title article { id title } } }
  ticket { id number subject customer { id } }
  ticketNumber
  chat { id status topic customer { id } messages(first: 10) { edges { node { body senderKind } } } }
} }`;

async function requestSupport(customerId: string, input: Record<string, unknown>) {
  const result = await system.request(REQUEST, { input }, await system.token("customer", customerId));
  expect(result.errors).toBeUndefined();
  return result.data!.requestSupport;
}

const COMPLEX_EN =
  "Last week I moved PROPX tokens between my two wallets, and since then the staking rewards for the Dubai Marina liquidity pool have been calculated on the old balance. My annual statement also shows a different cost basis from my own records, and I need both corrected before I file my tax return.";
const COMPLEX_AR =
  "نقلت رموز PROPX بين محفظتين الأسبوع الماضي، ومنذ ذلك الحين تُحتسب مكافآت التخزين لمجمع سيولة دبي مارينا على الرصيد القديم. كما يُظهر كشف الحساب السنوي تكلفة شراء مختلفة عن سجلاتي الخاصة، وأحتاج إلى تصحيح الأمرين قبل تقديم الإقرار الضريبي هذا الشهر لأن الموعد النهائي يقترب كثيراً.";

describe("requestSupport: simple query → chatbot (knowledge base)", () => {
  it.each([
    ["en", "How do I enable two-factor authentication?"],
    ["ar", "كيف أفعّل المصادقة الثنائية؟"],
  ])("%s", async (language, message) => {
    const before = await system.db.prisma.chatSession.count();
    const result = await requestSupport(DEMO_CUSTOMER_IDS.aaravPatel, { message });
    expect(result).toMatchObject({
      route: "CHATBOT",
      intent: "knowledge_question",
      urgencySignals: [],
      complexitySignals: [],
      language,
      ticket: null,
      chat: null,
    });
    expect(result.confidence).toBeGreaterThanOrEqual(0.7);
    expect(result.reason).toContain("knowledge base");
    expect(result.answer.escalateToHuman).toBe(false);
    expect(result.answer.knowledgeBaseArticles.length).toBeGreaterThan(0);
    expect(result.answer.response).toContain(result.answer.knowledgeBaseArticles[0].title);
    expect(await system.db.prisma.chatSession.count()).toBe(before);
  });
});

describe("requestSupport: complex issue → ticket", () => {
  it.each([
    ["en", DEMO_CUSTOMER_IDS.emilyCarter, COMPLEX_EN],
    ["ar", DEMO_CUSTOMER_IDS.raniaKhalil, COMPLEX_AR],
  ])("%s", async (language, customerId, message) => {
    const result = await requestSupport(customerId, { message, idempotencyKey: `complex-${language}` });
    expect(result).toMatchObject({ route: "TICKET", urgencySignals: [], language, chat: null });
    expect(result.complexitySignals).toContain("long_description");
    expect(result.reason).toMatch(/^Complex issue/);
    expect(result.ticket).toMatchObject({ number: result.ticketNumber, customer: { id: customerId } });
    expect(result.ticketNumber).toMatch(/^SB-\d+$/);
    // The customer sees it among their tickets; the same key does not make a second one.
    const again = await requestSupport(customerId, { message, idempotencyKey: `complex-${language}` });
    expect(again.ticket.id).toBe(result.ticket.id);
  });
});

describe("requestSupport: urgent issue → live agent", () => {
  it.each([
    [
      "en",
      DEMO_CUSTOMER_IDS.oliverBennett,
      "Someone hacked my account and my tokens are gone, please help urgently!",
      ["account_compromised", "funds_missing", "urgent_wording"],
    ],
    [
      "ar",
      DEMO_CUSTOMER_IDS.nadiaFarouk,
      "تم اختراق حسابي وسحب أموالي، أحتاج مساعدة فوراً",
      ["account_compromised", "funds_missing", "urgent_wording"],
    ],
  ])("%s", async (language, customerId, message, signals) => {
    const result = await requestSupport(customerId, { message });
    expect(result).toMatchObject({ route: "LIVE_AGENT", urgencySignals: signals, language, ticket: null });
    expect(result.reason).toMatch(/^Urgent issue/);
    // Outside the language's agent hours (English: never) the answer says so.
    const hours = agentHoursNote(language as "en" | "ar", new Date());
    if (hours) expect(result.reason).toContain(hours);
    else expect(result.reason).not.toMatch(/on duty|limited hours/);
    expect(result.chat.customer.id).toBe(customerId);
    expect(["WAITING", "ACTIVE"]).toContain(result.chat.status);
    expect(result.chat.messages.edges.map((e: any) => e.node)).toContainEqual({
      body: message,
      senderKind: "CUSTOMER",
    });
  });
});

describe("requestSupport: refusals", () => {
  it("refuses an empty message and an unknown language code with BAD_USER_INPUT naming the field, writing nothing", async () => {
    const token = await system.token("customer", DEMO_CUSTOMER_IDS.ananyaIyer);
    const before = [await system.db.prisma.chatSession.count(), await system.db.prisma.chatMessage.count()];
    const empty = await system.request(REQUEST, { input: { message: "   " } }, token);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "message" });
    const language = await system.request(
      REQUEST,
      { input: { message: "urgent: my account was hacked", language: "zz-invalid-lang" } },
      token,
    );
    expect(language.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "language" });
    expect([await system.db.prisma.chatSession.count(), await system.db.prisma.chatMessage.count()]).toEqual(before);
  });

  it("is for customers: staff and anonymous callers are refused", async () => {
    const staff = await system.request(
      REQUEST,
      { input: { message: "How do I reset my password?" } },
      await system.token("agent"),
    );
    expect(staff.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await system.request(REQUEST, { input: { message: "How do I reset my password?" } });
    expect(["UNAUTHENTICATED", "FORBIDDEN"]).toContain(anonymous.errors?.[0].extensions?.code);
  });
});
