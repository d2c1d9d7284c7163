import { describe, expect, it } from "vitest";
import { createIntentRecognizer } from "./intent-model.js";
import { CHAT_INTENTS } from "./intents.js";
import { INTENT_TRAINING_UTTERANCES } from "./intents-data.js";
import { INTENT_HELD_OUT_UTTERANCES } from "./intents-held-out.js";

const recognizer = createIntentRecognizer();

describe("intent data", () => {
  it("has at least 15 English and 10 Arabic training utterances per intent", () => {
    for (const intent of CHAT_INTENTS) {
      const examples = INTENT_TRAINING_UTTERANCES.filter((u) => u.label === intent);
      expect(examples.filter((u) => u.language === "en").length).toBeGreaterThanOrEqual(15);
      expect(examples.filter((u) => u.language === "ar").length).toBeGreaterThanOrEqual(10);
    }
  });

  it("keeps at least 5 held-out utterances per intent, none of them trained on", () => {
    for (const intent of CHAT_INTENTS) {
      expect(INTENT_HELD_OUT_UTTERANCES.filter((u) => u.label === intent).length).toBeGreaterThanOrEqual(5);
    }
    const trained = new Set(INTENT_TRAINING_UTTERANCES.map((u) => u.text));
    expect(INTENT_HELD_OUT_UTTERANCES.filter((u) => trained.has(u.text))).toEqual([]);
  });
});

describe("createIntentRecognizer", () => {
  it("recognises held-out utterances with accuracy of at least 0.8", () => {
    const correct = INTENT_HELD_OUT_UTTERANCES.filter((u) => recognizer.recognize(u.text).intent === u.label).length;
    const accuracy = correct / INTENT_HELD_OUT_UTTERANCES.length;
    console.log(`intent model held-out accuracy: ${accuracy.toFixed(3)} (n=${INTENT_HELD_OUT_UTTERANCES.length})`);
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ["Hello!", "greeting"],
    ["مرحبا", "greeting"],
    ["I want to speak to a human agent", "human_handoff"],
    ["أريد التحدث مع موظف", "human_handoff"],
    ["What's happening with ticket SB-10042?", "ticket_status"],
    ["my card payment was declined", "payment_issues"],
    ["شكرا جزيلا", "thanks_goodbye"],
    ["How do I change my email address?", "knowledge_question"],
  ] as const)("%s → %s", (text, intent) => {
    const result = recognizer.recognize(text);
    expect(result.intent).toBe(intent);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.ranking[0]).toEqual({ label: intent, probability: result.confidence });
    expect(result.ranking).toHaveLength(CHAT_INTENTS.length);
  });

  it("is unsure about words it has never seen", () => {
    expect(recognizer.recognize("xylophone quantum").confidence).toBeLessThan(0.5);
  });
});
