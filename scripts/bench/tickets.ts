/**
 * `npm run bench -- tickets` (or `npx tsx scripts/bench/tickets.ts`; `--write` records it):
 * the ticket classifier on its held-out set (never trained on) — category and subcategory
 * accuracy overall and per language, how many tickets the triage threshold holds back and how
 * accurate the rest are — plus classification and SLA-clock computation times.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { DEFAULT_SCHEDULE } from "../../shared/business-hours.js";
import { loadConfig } from "../../shared/config.js";
import { createNaiveBayesTicketClassifier } from "../../subgraphs/tickets/classification/classifier.js";
import { HELD_OUT_TICKETS } from "../../subgraphs/tickets/classification/held-out-data.js";
import { TRAINING_TICKETS } from "../../subgraphs/tickets/classification/training-data.js";
import { slaStateOf } from "../../subgraphs/tickets/policy.js";
import { progress, writeBenchmarkSection } from "./report.js";

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runTicketsBenchmark(): Promise<void> {
  const config = loadConfig({ NODE_ENV: "test" });
  const threshold = config.TICKET_TRIAGE_CONFIDENCE_THRESHOLD;
  progress(`training the ticket classifier on ${TRAINING_TICKETS.length} tickets`);
  const trainStart = performance.now();
  const classifier = createNaiveBayesTicketClassifier();
  progress(`classifying ${HELD_OUT_TICKETS.length} held-out tickets`);
  const trainMs = performance.now() - trainStart;

  const results: {
    ticket: (typeof HELD_OUT_TICKETS)[number];
    r: Awaited<ReturnType<typeof classifier.classify>>;
    ms: number;
  }[] = [];
  for (const ticket of HELD_OUT_TICKETS) {
    const start = performance.now();
    const r = await classifier.classify(ticket);
    results.push({ ticket, r, ms: performance.now() - start });
  }
  type Row = (typeof results)[number];
  const category = (rows: Row[]) => rows.filter((x) => x.r.categoryKey === x.ticket.categoryKey).length;
  const subcategory = (rows: Row[]) => rows.filter((x) => x.r.subcategoryKey === x.ticket.subcategoryKey).length;

  const lines: string[] = [];
  lines.push(
    `Model: naive Bayes with keyword features and a cross-validated temperature (subgraphs/tickets/classification/), trained on ${TRAINING_TICKETS.length} labelled en/ar/hi/ur tickets in ${trainMs.toFixed(0)} ms; evaluated on ${results.length} held-out tickets (held-out-data.ts). Per category and subcategory figures and the asserted targets: section "Ticket classifier (NexVestXR taxonomy)" (\`npm run bench -- classifier\`). Triage threshold (TICKET_TRIAGE_CONFIDENCE_THRESHOLD): ${threshold}.`,
  );
  lines.push("");
  lines.push(
    "| set | tickets | category accuracy | subcategory accuracy | sent to triage | category accuracy of the rest |",
  );
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
  const languages = [...new Set(results.map((x) => x.ticket.language))];
  for (const [name, rows] of [
    ["all", results] as const,
    ...languages.map((l) => [l, results.filter((x) => x.ticket.language === l)] as const),
  ]) {
    const kept = rows.filter((x) => x.r.confidence >= threshold);
    lines.push(
      `| ${name} | ${rows.length} | ${pct(category(rows), rows.length)} | ${pct(subcategory(rows), rows.length)} | ${pct(rows.length - kept.length, rows.length)} | ${pct(category(kept), kept.length)} |`,
    );
  }
  lines.push("");
  lines.push(`Classification time: median ${median(results.map((x) => x.ms)).toFixed(2)} ms per ticket.`);

  // SLA clock: a two-week timeline with 10 status changes and 40 messages, computed on every read of Ticket.sla.
  const created = new Date("2026-11-02T05:00:00Z");
  const at = (h: number) => new Date(created.getTime() + h * 3600_000);
  const statusChanges = [{ status: "OPEN" as const, at: created }];
  for (let i = 1; i < 10; i++) statusChanges.push({ status: (i % 2 ? "PENDING" : "OPEN") as "OPEN", at: at(i * 30) });
  const messages = Array.from({ length: 40 }, (_, i) => ({
    authorRole: i % 2 ? "agent" : "customer",
    internal: false,
    createdAt: at(i * 8 + 1),
  }));
  const ticket = { createdAt: created, priority: "MEDIUM" as const, slaHours: 4, resolvedAt: null, customerId: "c" };
  const now = at(14 * 24);
  const runs = 2000;
  progress(`timing the SLA clock (${runs} runs)`);
  const slaStart = performance.now();
  for (let i = 0; i < runs; i++) slaStateOf({ ticket, statusChanges, messages }, DEFAULT_SCHEDULE, config, now);
  const slaUs = ((performance.now() - slaStart) / runs) * 1000;
  lines.push(
    `SLA state (three targets, business hours, pauses) for a two-week timeline of 10 status changes and 40 messages: ${slaUs.toFixed(0)} µs per ticket (mean of ${runs}).`,
  );
  writeBenchmarkSection("Tickets: classifier and SLA clock", lines.join("\n"), "npm run bench -- tickets");
}

export default runTicketsBenchmark;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runTicketsBenchmark().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
