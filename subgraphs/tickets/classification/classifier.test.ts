import { describe, expect, it } from "vitest";
import { createClassifierFromEnv, createNaiveBayesTicketClassifier, type TicketClassification } from "./classifier.js";
import { HttpTicketClassifier } from "./http-classifier.js";
import { HELD_OUT_TICKETS } from "./held-out-data.js";
import { CATEGORY_KEYS, TICKET_TAXONOMY } from "./taxonomy.js";
import { ticketText } from "./ticket-corpus.js";
import { TRAINING_TICKETS } from "./training-data.js";

const classifier = createNaiveBayesTicketClassifier();

function expectWellFormed(result: TicketClassification): void {
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.subcategoryConfidence).toBeGreaterThanOrEqual(0);
  expect(result.subcategoryConfidence).toBeLessThanOrEqual(1);
  expect(TICKET_TAXONOMY[result.categoryKey]).toContain(result.subcategoryKey);
  expect(result.ranking.map((r) => r.categoryKey).sort()).toEqual([...CATEGORY_KEYS].sort());
  expect(result.ranking[0]).toEqual({ categoryKey: result.categoryKey, probability: result.confidence });
  expect(result.ranking.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1);
}

describe("training and held-out data", () => {
  it("has at least 24 English and 20 Arabic training tickets per category, over all its subcategories", () => {
    for (const categoryKey of CATEGORY_KEYS) {
      const inCategory = TRAINING_TICKETS.filter((t) => t.categoryKey === categoryKey);
      expect(inCategory.filter((t) => t.language === "en").length).toBeGreaterThanOrEqual(24);
      expect(inCategory.filter((t) => t.language === "ar").length).toBeGreaterThanOrEqual(20);
      expect(new Set(inCategory.map((t) => t.subcategoryKey))).toEqual(new Set(TICKET_TAXONOMY[categoryKey]));
    }
  });

  it("keeps at least 8 held-out tickets per category, none of them trained on", () => {
    for (const categoryKey of CATEGORY_KEYS) {
      expect(HELD_OUT_TICKETS.filter((t) => t.categoryKey === categoryKey).length).toBeGreaterThanOrEqual(8);
    }
    const trained = new Set(TRAINING_TICKETS.map(ticketText));
    expect(HELD_OUT_TICKETS.filter((t) => trained.has(ticketText(t)))).toEqual([]);
  });
});

describe("naive-Bayes ticket classifier", () => {
  it("classifies held-out tickets with top-category accuracy of at least 0.8", async () => {
    let correctCategory = 0;
    let correctSubcategory = 0;
    for (const ticket of HELD_OUT_TICKETS) {
      const result = await classifier.classify(ticket);
      expectWellFormed(result);
      if (result.categoryKey === ticket.categoryKey) correctCategory += 1;
      if (result.subcategoryKey === ticket.subcategoryKey) correctSubcategory += 1;
    }
    const accuracy = correctCategory / HELD_OUT_TICKETS.length;
    const subcategoryAccuracy = correctSubcategory / HELD_OUT_TICKETS.length;
    console.log(
      `ticket classifier held-out accuracy: category ${accuracy.toFixed(3)}, subcategory ${subcategoryAccuracy.toFixed(3)} (n=${HELD_OUT_TICKETS.length})`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it("classifies Arabic tickets", async () => {
    const result = await classifier.classify({
      subject: "مشكلة في الدفع",
      description: "حولت مبلغ ٣٠٠٠ درهم من حسابي البنكي قبل يومين ولم يظهر في رصيدي على المنصة",
      language: "ar",
    });
    expectWellFormed(result);
    expect(result.categoryKey).toBe("billing_support");
    expect(result.subcategoryKey).toBe("payment_issues");
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it("gives low confidence to text with no information", async () => {
    const result = await classifier.classify({ subject: "hello", description: "" });
    expectWellFormed(result);
    expect(result.confidence).toBeLessThan(0.4);
    expect(result.tags).toEqual([]);
  });

  it("tags a ticket with the phrases that decided it, as written", async () => {
    const result = await classifier.classify({
      subject: "Tax residency",
      description: "I moved to the UK. How do I update my tax residency for CRS reporting?",
    });
    expect(result.categoryKey).toBe("compliance_support");
    expect(result.subcategoryKey).toBe("tax_documentation");
    expect(result.tags).toContain("tax residency");
    expect(result.tags).not.toContain("residency");
  });

  it("can be trained on other examples without keywords", async () => {
    const billingOnly = TRAINING_TICKETS.filter(
      (t) => t.categoryKey === "billing_support" || t.categoryKey === "technical_support",
    );
    const small = createNaiveBayesTicketClassifier({ examples: billingOnly, keywords: {} });
    const result = await small.classify({ subject: "Refund", description: "Please refund my duplicate charge" });
    expect(result.categoryKey).toBe("billing_support");
    expect(result.ranking).toHaveLength(2);
  });
});

describe("createClassifierFromEnv", () => {
  it("uses the in-process model by default", async () => {
    const fromEnv = createClassifierFromEnv({});
    expect(fromEnv).not.toBeInstanceOf(HttpTicketClassifier);
    expect((await fromEnv.classify({ subject: "KYC verification rejected", description: "" })).categoryKey).toBe(
      "account_support",
    );
  });

  it("uses the remote model when TICKET_CLASSIFIER_URL is set, falling back when it is unreachable", async () => {
    const reasons: unknown[] = [];
    const fromEnv = createClassifierFromEnv(
      { TICKET_CLASSIFIER_URL: "http://127.0.0.1:9/classify", TICKET_CLASSIFIER_TIMEOUT_MS: "500" },
      (error) => reasons.push(error),
    );
    expect(fromEnv).toBeInstanceOf(HttpTicketClassifier);
    const result = await fromEnv.classify({ subject: "KYC verification rejected", description: "" });
    expect(result.categoryKey).toBe("account_support");
    expect(reasons).toHaveLength(1);
  });
});
