/**
 * `npm run bench -- chatbot`: the chatbot's intent model on its held-out utterances (never
 * trained on): accuracy overall and per language, per-intent recall, how often the confidence
 * clears the escalation (0.7) and auto-reply (0.8) thresholds, and recognition time.
 */
import { performance } from "node:perf_hooks";
import { createIntentRecognizer } from "../../subgraphs/chat/chatbot/intent-model.js";
import { CHAT_INTENTS } from "../../subgraphs/chat/chatbot/intents.js";
import { INTENT_TRAINING_UTTERANCES } from "../../subgraphs/chat/chatbot/intents-data.js";
import { INTENT_HELD_OUT_UTTERANCES } from "../../subgraphs/chat/chatbot/intents-held-out.js";
import { progress, writeBenchmarkSection } from "./report.js";

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);

export async function runChatbotBenchmark(): Promise<void> {
  progress(`training the intent model on ${INTENT_TRAINING_UTTERANCES.length} utterances`);
  const trainStart = performance.now();
  const recognizer = createIntentRecognizer();
  progress(`recognising ${INTENT_HELD_OUT_UTTERANCES.length} held-out utterances`);
  const trainMs = performance.now() - trainStart;

  const results = INTENT_HELD_OUT_UTTERANCES.map((u) => {
    const start = performance.now();
    const r = recognizer.recognize(u.text);
    return { ...u, predicted: r.intent, confidence: r.confidence, ms: performance.now() - start };
  });
  const correct = (rows: typeof results) => rows.filter((r) => r.predicted === r.label).length;
  const languages = [...new Set(results.map((r) => r.language))];

  const lines: string[] = [];
  lines.push(
    `Model: naive Bayes over unigrams+bigrams with a cross-validated temperature (subgraphs/chat/chatbot/intent-model.ts), trained on ${INTENT_TRAINING_UTTERANCES.length} labelled en/ar utterances in ${trainMs.toFixed(0)} ms; evaluated on ${results.length} held-out utterances (subgraphs/chat/chatbot/intents-held-out.ts). The unit test asserts accuracy ≥ 0.8.`,
  );
  lines.push("");
  lines.push(
    "| set | utterances | accuracy | confidence ≥ 0.7 (no escalation) | confidence > 0.8 (auto-reply allowed) | accuracy when > 0.8 |",
  );
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, rows] of [
    ["all", results],
    ...languages.map((l) => [l, results.filter((r) => r.language === l)] as const),
  ] as const) {
    const confident = rows.filter((r) => r.confidence > 0.8);
    lines.push(
      `| ${name} | ${rows.length} | ${pct(correct(rows), rows.length)} | ${pct(rows.filter((r) => r.confidence >= 0.7).length, rows.length)} | ${pct(confident.length, rows.length)} | ${pct(correct(confident), confident.length)} |`,
    );
  }
  lines.push("");
  lines.push("| intent | held-out | recall |");
  lines.push("| --- | ---: | ---: |");
  for (const intent of CHAT_INTENTS) {
    const rows = results.filter((r) => r.label === intent);
    lines.push(`| ${intent} | ${rows.length} | ${pct(correct(rows), rows.length)} |`);
  }
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  lines.push("");
  lines.push(
    `Recognition time per message: median ${times[Math.floor(times.length / 2)].toFixed(3)} ms, max ${times.at(-1)!.toFixed(3)} ms.`,
  );
  writeBenchmarkSection("Chatbot intent model", lines.join("\n"), "npm run bench -- chatbot");
}
