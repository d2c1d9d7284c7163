/**
 * The NexVestXR classifier through the gateway: tickets in en, ar, hi and ur land in the
 * specification's category and subcategory with that category's priority and SLA hours; a ticket
 * the classifier is not sure of (below TICKET_TRIAGE_CONFIDENCE_THRESHOLD, default 0.9) goes to
 * triage uncategorised instead of being guessed.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let stranger: string;

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) {
  id priority language tags needsTriage classificationConfidence
  category { key slaHours } subcategory { key }
} }`;

beforeAll(async () => {
  system = await startTestSystem();
  // A customer agents knows nothing about: the text decides the language.
  stranger = await system.token("customer", randomUUID());
});

afterAll(async () => {
  await system?.close();
});

const create = (subject: string, description: string) =>
  system.request(CREATE, { input: { channel: "IN_APP", subject, description } }, stranger);

describe("ticket classification through the gateway", () => {
  it.each([
    [
      "en",
      "MetaMask will not connect",
      "I click Connect Wallet, pick MetaMask, approve in the popup, and the platform still shows no wallet connected.",
      "technical_support",
      "wallet_connection_problems",
      "HIGH",
      2,
    ],
    [
      "ar",
      "مكافآت التخزين لم تظهر",
      "قمت بتخزين رموز XERA منذ أسبوعين ولم تظهر أي مكافآت في حسابي.",
      "investment_support",
      "staking_support",
      "MEDIUM",
      4,
    ],
    [
      "hi",
      "मेरा केवाईसी अटका हुआ है",
      "मैंने पासपोर्ट और आधार जमा किए थे लेकिन केवाईसी सत्यापन पाँच दिन से पेंडिंग है।",
      "account_support",
      "kyc_verification",
      "MEDIUM",
      6,
    ],
    [
      "ur",
      "ریفنڈ چاہیے",
      "پراپرٹی کی آفر منسوخ ہو گئی، میری رقم کا ریفنڈ کب ملے گا؟",
      "billing_support",
      "refund_requests",
      "HIGH",
      3,
    ],
  ])(
    "%s: files the ticket under the specification's keys with the category's priority and SLA",
    async (language, subject, description, category, subcategory, priority, slaHours) => {
      const result = await create(subject, description);
      expect(result.errors).toBeUndefined();
      const ticket = result.data!.createTicket;
      expect(ticket).toMatchObject({
        language,
        needsTriage: false,
        priority,
        category: { key: category, slaHours },
        subcategory: { key: subcategory },
      });
      expect(ticket.classificationConfidence).toBeGreaterThanOrEqual(0.9);
      expect(ticket.tags).not.toContain("triage");
    },
  );

  it("sends a ticket that could be several things to triage instead of guessing", async () => {
    const result = await create("Question", "I have a problem with my account and some money, please call me.");
    expect(result.errors).toBeUndefined();
    const ticket = result.data!.createTicket;
    expect(ticket.classificationConfidence).toBeLessThan(0.9);
    expect(ticket).toMatchObject({ needsTriage: true, category: null, subcategory: null });
    expect(ticket.tags).toContain("triage");
  });
});
