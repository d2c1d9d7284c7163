/**
 * Analytics benchmark: generates 1,000,000 domain events (90 days of tickets, chats, agent
 * presence, knowledge views and searches) plus feedback into a scratch PostgreSQL database,
 * builds the rollups, then times supportMetrics (and the reports) through the gateway and
 * straight against the analytics subgraph. Prints the figures; with --write records them in
 * BENCHMARKS.md ("Analytics").
 *
 *   npm run bench -- analytics          (DATABASE_URL's server; default postgresql://postgres@127.0.0.1:5432/test)
 *   BENCH_EVENTS=200000 npm run bench -- analytics
 */
import { randomUUID } from "node:crypto";
import { IDENTITY_HEADER } from "../../shared/identity.js";
import { IdentityTokens } from "../../shared/identity-tokens.js";
import { rebuildAllFacts } from "../../subgraphs/analytics/rollups.js";
import type { Database } from "../../shared/db.js";
import { supportMetrics } from "../../subgraphs/analytics/metrics.js";
import { performanceReport } from "../../subgraphs/analytics/reports.js";
import type { SqlRunner } from "../../subgraphs/analytics/rollups.js";
import { startTestSystem, type TestSystem } from "../../test/harness.js";
import { SUPPORT_CATEGORIES, SUPPORT_CATEGORY_KEYS } from "../../shared/support-taxonomy.js";
import { formatTicketNumber } from "../../subgraphs/tickets/lifecycle.js";
import { progress, writeBenchmarkSection } from "./report.js";

const TOTAL_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const DAYS = 90;
const BATCH = 20_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CATEGORIES: Record<string, readonly string[]> = Object.fromEntries(
  SUPPORT_CATEGORY_KEYS.map((key) => [key, SUPPORT_CATEGORIES[key].subcategories]),
);
const CHANNELS = ["EMAIL", "IN_APP", "CHAT", "PHONE", "SOCIAL"];
const LANGUAGES = ["en", "en", "en", "ar", "ar", "hi"];
const COMMENTS = [
  ["Quick and helpful answer", 5],
  ["The agent was friendly and solved it", 5],
  ["Good support, thanks", 4],
  ["Took a while but fine", 3],
  ["Slow response, waited two days", 2],
  ["Nobody answered my question", 1],
  ["الرد كان سريعا ومفيدا", 5],
  ["تأخر الرد كثيرا", 2],
] as const;

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
/** Exponential with the given mean (seconds). */
const exponential = (mean: number) => Math.max(1, Math.round(-Math.log(1 - random()) * mean));

interface Row {
  id: string;
  type: string;
  source: string;
  aggregateId: string;
  payload: string;
  occurredAt: string;
}

class EventWriter {
  private rows: Row[] = [];
  written = 0;
  private readonly started = Date.now();
  constructor(private readonly db: Database) {}

  /** Written plus buffered. */
  get count(): number {
    return this.written + this.rows.length;
  }

  async add(
    type: string,
    source: string,
    aggregateId: string,
    at: number,
    payload: Record<string, unknown>,
  ): Promise<void> {
    this.rows.push({
      id: randomUUID(),
      type,
      source,
      aggregateId,
      payload: JSON.stringify(payload),
      occurredAt: new Date(at).toISOString().replace("Z", ""),
    });
    if (this.rows.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    await this.db.sql.query(
      `INSERT INTO "analytics"."events" ("id", "type", "source", "aggregateId", "payload", "occurredAt")
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::timestamp[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.type),
        rows.map((r) => r.source),
        rows.map((r) => r.aggregateId),
        rows.map((r) => r.payload),
        rows.map((r) => r.occurredAt),
      ],
    );
    this.written += rows.length;
    const seconds = (Date.now() - this.started) / 1000;
    process.stderr.write(
      `\r  events ${this.written.toLocaleString("en")} / ~${TOTAL_EVENTS.toLocaleString("en")}  (${seconds.toFixed(0)} s, ${Math.round(this.written / seconds).toLocaleString("en")}/s)   `,
    );
  }
}

/** Writes the history; returns the period it covers. */
async function generate(db: Database): Promise<{ from: Date; to: Date; feedback: number }> {
  const to = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00.000Z");
  const from = new Date(to.getTime() - DAYS * 86_400_000);
  const span = to.getTime() - from.getTime();
  const writer = new EventWriter(db);
  const agents = Array.from({ length: 40 }, () => randomUUID());
  const customers = Array.from({ length: 5000 }, () => randomUUID());
  // Roughly: tickets ≈ 4.2 events each, chats ≈ 3, presence ≈ 4 per agent-day, the rest knowledge.
  const tickets = Math.round((TOTAL_EVENTS * 0.5) / 4.2);
  const chats = Math.round((TOTAL_EVENTS * 0.4) / 3);
  const at = () => from.getTime() + Math.floor(random() * span);
  const feedbackRows: unknown[][] = [[], [], [], [], [], [], [], [], [], [], [], []];

  process.stderr.write(
    `generating ${tickets.toLocaleString("en")} tickets, ${chats.toLocaleString("en")} chats over ${DAYS} days…\n`,
  );
  for (let i = 0; i < tickets; i++) {
    const ticketId = randomUUID();
    const category = pick(Object.keys(CATEGORIES));
    const sub = pick(CATEGORIES[category]);
    const channel = pick(CHANNELS);
    const language = pick(LANGUAGES);
    const agentId = pick(agents);
    const customerId = pick(customers);
    const created = at();
    await writer.add("ticket.created", "tickets", ticketId, created, {
      ticketId,
      number: formatTicketNumber(i + 1),
      customerId,
      categoryKey: category,
      subcategoryKey: sub,
      priority: pick(["LOW", "MEDIUM", "MEDIUM", "HIGH", "URGENT"]),
      channel,
      language,
    });
    await writer.add("ticket.assigned", "tickets", ticketId, created + 30_000, {
      ticketId,
      agentId,
      categoryKey: category,
    });
    const firstResponse = exponential(1800);
    await writer.add("ticket.first_replied", "tickets", ticketId, created + firstResponse * 1000, {
      ticketId,
      agentId,
      categoryKey: category,
      firstResponseSeconds: firstResponse,
      businessSeconds: Math.round(firstResponse * 0.8),
      slaMet: firstResponse < 4 * 3600,
    });
    if (random() < 0.85) {
      const resolution = firstResponse + exponential(6 * 3600);
      await writer.add("ticket.resolved", "tickets", ticketId, created + resolution * 1000, {
        ticketId,
        agentId,
        categoryKey: category,
        channel,
        language,
        resolutionSeconds: resolution,
        businessSeconds: Math.round(resolution * 0.7),
        slaMet: resolution < 24 * 3600,
      });
      if (random() < 0.06) {
        const rating = Math.ceil(random() * 5);
        const [comment] = pick(COMMENTS);
        const values = [
          randomUUID(),
          "TICKET",
          ticketId,
          customerId,
          agentId,
          category,
          channel,
          language,
          rating,
          Math.floor(random() * 11),
          comment,
          new Date(created + resolution * 1000 + 3_600_000).toISOString().replace("Z", ""),
        ];
        values.forEach((v, k) => feedbackRows[k].push(v));
      }
    } else if (random() < 0.5) {
      await writer.add("ticket.sla_breached", "tickets", ticketId, created + 4 * 3_600_000, {
        ticketId,
        target: "RESOLUTION",
        dueAt: new Date(created + 4 * 3_600_000).toISOString(),
      });
    }
  }
  for (let i = 0; i < chats; i++) {
    const chatId = randomUUID();
    const started = at();
    const agentId = pick(agents);
    await writer.add("chat.started", "chat", chatId, started, {
      chatId,
      customerId: pick(customers),
      type: "WEB",
      language: pick(LANGUAGES),
      topic: pick(Object.keys(CATEGORIES)),
    });
    const wait = exponential(90);
    if (random() < 0.08) {
      await writer.add("chat.abandoned", "chat", chatId, started + wait * 1000, {
        chatId,
        agentId: null,
        waitSeconds: wait,
      });
      continue;
    }
    await writer.add("chat.answered", "chat", chatId, started + wait * 1000, { chatId, agentId, waitSeconds: wait });
    const duration = exponential(540);
    await writer.add("chat.ended", "chat", chatId, started + (wait + duration) * 1000, {
      chatId,
      agentId,
      status: "RESOLVED",
      durationSeconds: duration,
    });
  }
  for (const agentId of agents) {
    for (let day = 0; day < DAYS; day++) {
      const start = from.getTime() + day * 86_400_000 + (6 + Math.floor(random() * 6)) * 3_600_000;
      await writer.add("agent.status_changed", "agents", agentId, start, { agentId, from: "OFFLINE", to: "ONLINE" });
      await writer.add("agent.status_changed", "agents", agentId, start + 3 * 3_600_000, {
        agentId,
        from: "ONLINE",
        to: "BUSY",
      });
      await writer.add("agent.status_changed", "agents", agentId, start + 4 * 3_600_000, {
        agentId,
        from: "BUSY",
        to: "ONLINE",
      });
      await writer.add("agent.status_changed", "agents", agentId, start + 8 * 3_600_000, {
        agentId,
        from: "ONLINE",
        to: "OFFLINE",
      });
    }
  }
  // Fill the rest with knowledge traffic (not used by supportMetrics — it must not slow it down).
  while (writer.count < TOTAL_EVENTS) {
    const articleId = randomUUID();
    if (random() < 0.7)
      await writer.add("article.viewed", "knowledge", articleId, at(), { articleId, language: pick(LANGUAGES) });
    else
      await writer.add("search.zero_results", "knowledge", articleId, at(), {
        query: "how do I reset my passkey",
        language: "en",
        resultCount: 0,
      });
  }
  await writer.flush();
  process.stderr.write("\n");
  await db.sql.query(
    `INSERT INTO "analytics"."feedback" ("id", "kind", "itemId", "customerId", "agentId", "categoryKey", "channel", "language", "rating", "wouldRecommend", "comments", "createdAt", "updatedAt")
     SELECT id, kind, item, customer, agent, category, channel, language, rating, recommend, comments, created, created
     FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::timestamp[])
       AS f(id, kind, item, customer, agent, category, channel, language, rating, recommend, comments, created)`,
    feedbackRows,
  );
  return { from, to, feedback: feedbackRows[0].length };
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
}

async function post(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

const METRICS = `query($from: DateTime!, $to: DateTime!, $filter: MetricsFilter) { supportMetrics(from: $from, to: $to, filter: $filter) {
  ticketsTotal ticketsResolved resolutionMedianSeconds firstResponseMeanSeconds firstResponseMedianSeconds firstResponseP90Seconds sla { target ratio }
  chatsTotal chatAbandonmentRate chatWaitP90Seconds csat nps agentUtilization agentProductivity } }`;

export async function runAnalyticsBenchmark(): Promise<void> {
  process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/test";
  let system: TestSystem | null = null;
  try {
    progress(`starting the system on a scratch database next to ${new URL(process.env.DATABASE_URL).host}`);
    system = await startTestSystem({ env: { LOG_LEVEL: "error", SEED_DEMO_DATA: "false" } });
    progress(`system ready; generating ~${TOTAL_EVENTS.toLocaleString("en")} events`);
    const db = system.db;
    const generated = await time(() => generate(db));
    process.stderr.write(`generated in ${(generated.ms / 1000).toFixed(1)} s; building rollups…\n`);
    const rollup = await time(() => rebuildAllFacts(db.sql));
    await db.sql.query(`ANALYZE "analytics"."events"; `).catch(() => undefined);
    await db.sql.query(`ANALYZE "analytics"."ticket_facts"`);
    await db.sql.query(`ANALYZE "analytics"."chat_facts"`);
    await db.sql.query(`ANALYZE "analytics"."feedback"`);
    const [counts] = await db.sql.query<{ events: string; tickets: string; chats: string; feedback: string }>(
      `SELECT (SELECT count(*) FROM "analytics"."events") AS events, (SELECT count(*) FROM "analytics"."ticket_facts") AS tickets,
              (SELECT count(*) FROM "analytics"."chat_facts") AS chats, (SELECT count(*) FROM "analytics"."feedback") AS feedback`,
    );
    process.stderr.write(`rollups in ${(rollup.ms / 1000).toFixed(1)} s: ${JSON.stringify(counts)}\n`);

    const { from, to } = generated.value;
    const supervisor = await system.token("supervisor");
    const gateway = { url: system.url, headers: async () => ({ authorization: `Bearer ${supervisor}` }) };
    // Identity tokens live 60 s: each request takes a current one.
    const tokens = new IdentityTokens(system.config.INTERNAL_SECRET);
    const analyticsUrl = system.subgraphs.analytics!.url;
    const directAs = (role: "service" | "supervisor") => ({
      url: analyticsUrl,
      headers: async () => ({ [IDENTITY_HEADER]: (await tokens.tokenFor({ subject: "bench", role }, "analytics"))! }),
    });
    const direct = directAs("service");
    const directSupervisor = directAs("supervisor");
    const whole = { from: from.toISOString(), to: to.toISOString() };
    const lastWeek = { from: new Date(to.getTime() - 7 * 86_400_000).toISOString(), to: to.toISOString() };
    const cases: {
      title: string;
      target: { url: string; headers: () => Promise<Record<string, string>> };
      query: string;
      variables: Record<string, unknown>;
    }[] = [
      { title: `supportMetrics, ${DAYS} days, gateway`, target: gateway, query: METRICS, variables: whole },
      { title: `supportMetrics, ${DAYS} days, analytics subgraph`, target: direct, query: METRICS, variables: whole },
      { title: "supportMetrics, 7 days, gateway", target: gateway, query: METRICS, variables: lastWeek },
      {
        title: `supportMetrics, ${DAYS} days, category filter, gateway`,
        target: gateway,
        query: METRICS,
        variables: { ...whole, filter: { category: "billing_support" } },
      },
      {
        title: `performanceReport OPERATIONAL, ${DAYS} days, analytics subgraph`,
        target: directSupervisor,
        query: `query($from: DateTime!, $to: DateTime!) { performanceReport(type: OPERATIONAL, from: $from, to: $to) { insights { id } agents { agentId } capacity { agentsNeeded } } }`,
        variables: whole,
      },
      {
        title: `metricSeries FIRST_RESPONSE_MEDIAN by DAY, ${DAYS} days, analytics subgraph`,
        target: directSupervisor,
        query: `query($from: DateTime!, $to: DateTime!) { metricSeries(metric: FIRST_RESPONSE_MEDIAN, from: $from, to: $to, bucket: DAY) { value } }`,
        variables: whole,
      },
      {
        title: `feedbackAnalytics, ${DAYS} days, analytics subgraph`,
        target: directSupervisor,
        query: `query($from: DateTime!, $to: DateTime!) { feedbackAnalytics(from: $from, to: $to) { csat negativeThemes { term } } }`,
        variables: whole,
      },
    ];
    // EXPLAIN ANALYZE of every statement supportMetrics and the operational report run (printed; reasoning in docs/analytics.md).
    const plans: { sql: string; ms: number; plan: string }[] = [];
    const explain: SqlRunner = {
      query: async (sql, params) => {
        const plan = await db.sql.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        const text = plan.map((row) => Object.values(row)[0]).join("\n");
        plans.push({
          sql: sql.replace(/\s+/g, " ").slice(0, 90),
          ms: Number(/Execution Time: ([\d.]+)/.exec(text)?.[1] ?? NaN),
          plan: text,
        });
        return [];
      },
    };
    await supportMetrics(explain, { from, to });
    await performanceReport(explain, "OPERATIONAL", { from, to });
    if (process.env.BENCH_PLANS) for (const p of plans) process.stderr.write(`\n--- ${p.ms} ms: ${p.sql}\n${p.plan}\n`);
    const planRows = plans.map((p) => `| ${p.ms.toFixed(1)} | \`${p.sql.replace(/\|/g, "\\|")}…\` |`);

    const rows: string[] = [];
    let sample: unknown = null;
    for (const c of cases) {
      await post(c.target.url, await c.target.headers(), c.query, c.variables); // warm-up
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await time(async () => post(c.target.url, await c.target.headers(), c.query, c.variables));
        samples.push(run.ms);
        sample ??= run.value;
      }
      const s = summary(samples);
      process.stderr.write(
        `  ${c.title}: median ${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})\n`,
      );
      rows.push(`| ${c.title} | ${s.median.toFixed(0)} | ${s.min.toFixed(0)} | ${s.max.toFixed(0)} |`);
    }
    const table = ["| request | median ms | min ms | max ms |", "| --- | ---: | ---: | ---: |", ...rows].join("\n");
    const body = [
      `History: ${Number(counts.events).toLocaleString("en")} events over ${DAYS} days (${Number(counts.tickets).toLocaleString("en")} tickets, ${Number(counts.chats).toLocaleString("en")} chats, 40 agents' presence, knowledge views/searches) and ${Number(counts.feedback).toLocaleString("en")} feedback rows, database: ${db.kind} (scratch database).`,
      `Generation (unnest batches of ${BATCH.toLocaleString("en")}): ${(generated.ms / 1000).toFixed(1)} s; rollup rebuild from the log (\`rebuildAllFacts\`): ${(rollup.ms / 1000).toFixed(1)} s.`,
      `Each request ${RUNS} times after one warm-up, sequentially. Why it is fast: docs/analytics.md.`,
      "",
      table,
      "",
      `Sample answer (${DAYS} days): \`${JSON.stringify(sample).slice(0, 400)}\``,
      "",
      `Server-side execution time of each statement (EXPLAIN ANALYZE, ${DAYS} days; supportMetrics then the OPERATIONAL report):`,
      "",
      "| ms | statement |",
      "| ---: | --- |",
      ...planRows,
    ].join("\n");
    writeBenchmarkSection("Analytics", body, "npm run bench -- analytics");
  } finally {
    await system?.close();
  }
}

export default runAnalyticsBenchmark;
