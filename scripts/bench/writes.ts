/**
 * `npm run bench -- writes [--write]`: the write path through the gateway.
 *
 * - createTicket: 20 concurrent customers (the 20 seeded identities), each with its own unique
 *   idempotency keys and texts cycling through the classifier's held-out tickets (varied
 *   categories and languages), so classification, SLA, assignment and the outbox all run.
 * - sendChatMessage: the same 20 customers, each in its own chat taken by an agent; one
 *   graphql-ws subscriber per agent on `chatEvents` of those chats counts the deliveries and the
 *   run fails if any committed message is not delivered.
 *
 * Each row: a warm-up (not counted; BENCH_WARM_UP_SECONDS, default 15: long enough for V8 to have
 * compiled the write path's code, see WARM_UP_SECONDS), then BENCH_SECONDS (default 10) of
 * closed-loop load; req/s, p50/p99 and the SQL statements per operation, split by the subgraph
 * whose schema they touch (counted on the pg driver in this process: the whole system runs here,
 * background relays and consumers included, so the count is everything one write costs the
 * database). BENCH_STATEMENTS=1 also prints each row's statements per operation by text on stderr.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { DEMO_CUSTOMERS } from "../seed-data/index.js";
import { HELD_OUT_TICKETS } from "../../subgraphs/tickets/classification/held-out-data.js";
import { recordStatements } from "../../test/support/sql-statements.js";
import { collect, eventually, startTestSystem, type GraphQLResponse, type TestSystem } from "../../test/harness.js";
import { createHttpClient } from "../../shared/http-client.js";
import { missingProductionNodeOptions, productionNodeOptions } from "./production-node.js";
import {
  cpuSecondsBetween,
  localPostgresCpu,
  machineLoad,
  machineSpeedMs,
  progress,
  writeBenchmarkSection,
} from "./report.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * A freshly started process spends the first seconds of load compiling: under `perf`, V8's
 * optimising compiler took 17 % of the process's CPU 6–10 s after the creates began, 6 % at
 * 20–24 s and 2–6 % after 15 s of warm-up (docs/performance.md, "A warm-up that warms"). A server
 * runs far longer than a benchmark: the figures are its steady state, not its first seconds.
 */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 15);
const CONCURRENCY = 20;
// Production runs each subgraph in its own process with its own pool (DATABASE_POOL_SIZE, default
// 10); here the five share one, so it gets their sum.
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? "50";

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number status priority } }`;
const START = `mutation($input: StartChatInput!) { startChat(input: $input) { id status agent { id } } }`;
const TAKE = `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status agent { id } } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`;
const EVENTS = `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on ChatMessageEvent { message { id } } } }`;

interface Outcome {
  operations: number;
  seconds: number;
  /** This process's CPU (user + system) over the timed window: the whole system runs here. */
  cpuSeconds: number;
  /** The local PostgreSQL server's CPU over the window (null when it is not on this machine). */
  databaseCpuSeconds: number | null;
  p50: number;
  p99: number;
  statements: string[];
  /** Failed operations (not in the latencies), by error message. */
  errors: Map<string, number>;
}

const SCHEMAS = ["tickets", "agents", "chat", "knowledge", "analytics"] as const;

/** Which subgraph's schema a statement touches (the first one it names); BEGIN/COMMIT and the like are "control". */
function subgraphOf(statement: string): string {
  const match = /"(tickets|agents|chat|knowledge|analytics)"\./.exec(statement);
  return match ? match[1] : "control";
}

/** The database server's processes' CPU so far when it runs on this machine (a PostgreSQL URL naming a local host). */
function localDatabaseCpu(): Map<number, number> | null {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  const host = new URL(url).hostname;
  return ["127.0.0.1", "localhost", "::1", "[::1]", ""].includes(host) ? localPostgresCpu() : null;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Runs `operation(worker, iteration)` in CONCURRENCY closed loops: a warm-up, then the timed
 * window, recording each timed call's latency and every SQL statement run meanwhile.
 */
async function closedLoop(operation: (worker: number, iteration: number) => Promise<void>): Promise<Outcome> {
  let iteration = 0;
  const errors = new Map<string, number>();
  const loop = async (worker: number, until: number, latencies: number[] | null) => {
    while (performance.now() < until) {
      const started = performance.now();
      try {
        await operation(worker, iteration++);
        latencies?.push(performance.now() - started);
      } catch (error) {
        const message = (error as Error).message;
        errors.set(message, (errors.get(message) ?? 0) + 1);
      }
    }
  };
  const run = async (seconds: number, latencies: number[] | null) => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, worker) => loop(worker, until, latencies)));
  };
  await run(WARM_UP_SECONDS, null);
  const latencies: number[] = [];
  const recorder = recordStatements();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const databaseCpuBefore = localDatabaseCpu();
  try {
    await run(SECONDS, latencies);
  } finally {
    recorder.restore();
  }
  const cpu = process.cpuUsage(cpuBefore);
  const databaseCpuAfter = localDatabaseCpu();
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    operations: latencies.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    databaseCpuSeconds:
      databaseCpuBefore && databaseCpuAfter?.size ? cpuSecondsBetween(databaseCpuBefore, databaseCpuAfter) : null,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    statements: recorder.statements,
    errors,
  };
}

/**
 * With BENCH_STATEMENTS set, each row's statements per operation by text (the first 100
 * characters), most frequent first, on stderr: where to look for the next statement to save.
 */
function printStatementDetail(name: string, outcome: Outcome): void {
  if (!process.env.BENCH_STATEMENTS) return;
  const counts = new Map<string, number>();
  for (const statement of outcome.statements) {
    const text = statement.replace(/\s+/g, " ").trim().slice(0, 100);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  progress(`${name}: statements per operation by text`);
  for (const [text, n] of [...counts].sort((a, b) => b[1] - a[1]))
    process.stderr.write(`${(n / Math.max(1, outcome.operations)).toFixed(2).padStart(7)}  ${text}\n`);
}

/** Whether this process runs with the image's Node flags (`npm run bench` applies them). */
function imageNodeFlags(): string {
  const flags = productionNodeOptions();
  if (flags.length === 0) return "the image sets no Node flags";
  const applied = missingProductionNodeOptions().length === 0;
  return `${applied ? "with" : "without"} the image's Node flags (\`${flags.join(" ")}\`)`;
}

function statementSplit(outcome: Outcome): string {
  const counts = new Map<string, number>();
  for (const statement of outcome.statements)
    counts.set(subgraphOf(statement), (counts.get(subgraphOf(statement)) ?? 0) + 1);
  const transactions = outcome.statements.filter((s) => /^\s*BEGIN/i.test(s)).length;
  const per = (n: number) => (n / Math.max(1, outcome.operations)).toFixed(1);
  const parts = [...SCHEMAS, "control"]
    .filter((name) => counts.has(name))
    .map((name) => `${name} ${per(counts.get(name)!)}`);
  return `${per(outcome.statements.length)} (${parts.join(", ")}; ${per(transactions)} transactions)`;
}

/**
 * The load's requests go over the project's keep-alive client (shared/http-client.ts), not the
 * global fetch the tests use: fetch's WHATWG streams took ~12% of this process's CPU for the load
 * alone, CPU the system under test, in the same process, would lose.
 */
const loadClient = createHttpClient();

async function request(
  system: TestSystem,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<Record<string, any>> {
  const response = await loadClient(system.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphQLResponse;
  if (answer.errors?.length || !answer.data)
    throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

async function benchCreateTicket(system: TestSystem, tokens: string[]): Promise<{ outcome: Outcome; triaged: number }> {
  const run = randomUUID().slice(0, 8);
  const outcome = await closedLoop(async (worker, iteration) => {
    const text = HELD_OUT_TICKETS[iteration % HELD_OUT_TICKETS.length];
    const data = await request(
      system,
      CREATE,
      {
        input: {
          channel: "IN_APP",
          subject: text.subject,
          description: text.description,
          idempotencyKey: `bench-${run}-${iteration}`,
        },
      },
      tokens[worker],
    );
    if (!data.createTicket.id) throw new Error("createTicket answered without a ticket");
  });
  const triaged = await system.db.prisma.ticket.count({
    where: { idempotencyKey: { startsWith: `bench-${run}-` }, needsTriage: true },
  });
  return { outcome, triaged };
}

async function openChats(
  system: TestSystem,
  tokens: string[],
): Promise<{ chatIds: string[]; agentOf: Map<string, string> }> {
  const chatIds: string[] = [];
  const agentOf = new Map<string, string>();
  const taker = await system.token("agent");
  for (const token of tokens) {
    const chat = (
      await request(system, START, { input: { type: "WEB", topic: "bench", idempotencyKey: randomUUID() } }, token)
    ).startChat;
    let agentId: string | null = chat.agent?.id ?? null;
    if (!agentId)
      agentId = (await request(system, TAKE, { input: { chatId: chat.id, status: "ACTIVE" } }, taker)).updateChatStatus
        .agent.id;
    chatIds.push(chat.id);
    agentOf.set(chat.id, agentId!);
  }
  return { chatIds, agentOf };
}

async function benchSendChatMessage(
  system: TestSystem,
  tokens: string[],
): Promise<{ outcome: Outcome; delivered: number; sent: number; subscribers: number }> {
  const { chatIds, agentOf } = await openChats(system, tokens);
  const agents = [...new Set(agentOf.values())];
  const clients = new Map(
    await Promise.all(
      agents.map(async (agentId) => [agentId, system.subscribe(await system.token("agent", agentId))] as const),
    ),
  );
  const feeds = chatIds.map((chatId) => collect<any>(clients.get(agentOf.get(chatId)!)!, EVENTS, { chatId }));
  const sentIds = new Set<string>();
  const deliveredIds = new Set<string>();
  const deliveredOf = () => {
    for (const feed of feeds)
      for (const event of feed.received)
        if (event.data?.chatEvents?.__typename === "ChatMessageEvent")
          deliveredIds.add(event.data.chatEvents.message.id);
    return deliveredIds;
  };
  // Subscribed once a probe message reached every feed (probes repeat: a subscription still
  // connecting misses the live event).
  await eventually(
    async () => {
      const waiting = chatIds
        .map((chatId, i) => [chatId, i] as const)
        .filter(([, i]) => !feeds[i].received.some((e) => e.data?.chatEvents?.__typename === "ChatMessageEvent"));
      await Promise.all(
        waiting.map(([chatId, i]) =>
          request(system, SEND, { input: { chatId, body: "probe", idempotencyKey: randomUUID() } }, tokens[i]),
        ),
      );
      return waiting.length === 0;
    },
    30_000,
    500,
  );
  const bodies = HELD_OUT_TICKETS.map((t) => t.description);
  const outcome = await closedLoop(async (worker, iteration) => {
    const data = await request(
      system,
      SEND,
      { input: { chatId: chatIds[worker], body: bodies[iteration % bodies.length], idempotencyKey: randomUUID() } },
      tokens[worker],
    );
    sentIds.add(data.sendChatMessage.id);
  });
  const allDelivered = () => {
    const delivered = deliveredOf();
    return [...sentIds].every((id) => delivered.has(id));
  };
  await eventually(async () => allDelivered(), 30_000, 200).catch(() => undefined);
  const deliveredSet = deliveredOf();
  const delivered = [...sentIds].filter((id) => deliveredSet.has(id)).length;
  for (const feed of feeds) feed.dispose();
  for (const client of clients.values()) await client.dispose();
  return { outcome, delivered, sent: sentIds.size, subscribers: clients.size };
}

export async function runWritesBenchmark(): Promise<void> {
  if (!process.env.DATABASE_URL) progress("DATABASE_URL is not set: measuring on PGlite, not PostgreSQL");
  progress("starting the system (gateway and the five subgraphs in this process)");
  const system = await startTestSystem({
    env: {
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "error",
      JWT_SECRET: randomBytes(32).toString("hex"),
      DATABASE_POOL_SIZE: POOL_SIZE,
      RATE_LIMIT_PER_MINUTE: "1000000",
      MAX_SUBSCRIPTIONS_PER_CALLER: "100000",
      MAX_CONCURRENT_CHATS_PER_AGENT: "50",
      // false measures the calls between the gateway and the subgraphs over loopback HTTP.
      IN_PROCESS_SUBGRAPH_CALLS: process.env.IN_PROCESS_SUBGRAPH_CALLS ?? "true",
    },
  });
  try {
    const customers = DEMO_CUSTOMERS.slice(0, CONCURRENCY);
    if (customers.length < CONCURRENCY)
      throw new Error(`need ${CONCURRENCY} seeded customers, found ${customers.length}`);
    const tokens = await Promise.all(customers.map((c) => system.token("customer", c.id)));
    const loadBefore = machineLoad();
    const speedBefore = machineSpeedMs();
    progress(`createTicket: ${CONCURRENCY} customers, warm-up ${WARM_UP_SECONDS} s, then ${SECONDS} s`);
    const tickets = await benchCreateTicket(system, tokens);
    progress(
      `sendChatMessage: ${CONCURRENCY} chats with a live subscriber, warm-up ${WARM_UP_SECONDS} s, then ${SECONDS} s`,
    );
    const chat = await benchSendChatMessage(system, tokens);
    const loadAfter = machineLoad();
    const speedAfter = machineSpeedMs();
    printStatementDetail("createTicket", tickets.outcome);
    printStatementDetail("sendChatMessage", chat.outcome);

    const failures = (o: Outcome) => [...o.errors].map(([message, n]) => `${n} × ${message}`).join("; ");
    const perOperationMs = (seconds: number | null, o: Outcome) =>
      seconds === null ? "–" : ((seconds * 1000) / Math.max(1, o.operations)).toFixed(1);
    const row = (name: string, o: Outcome, note: string) =>
      `| ${name} | ${(o.operations / o.seconds).toFixed(0)} | ${o.p50.toFixed(1)} | ${o.p99.toFixed(1)} | ${perOperationMs(o.cpuSeconds, o)} | ${perOperationMs(o.databaseCpuSeconds, o)} | ${statementSplit(o)} | ${note}${o.errors.size ? `; FAILED: ${failures(o)}` : ""} |`;
    const lost = chat.sent - chat.delivered;
    const body = [
      `Gateway and the five subgraphs in one process on ${system.db.kind === "postgres" ? "PostgreSQL" : "PGlite"} (DATABASE_POOL_SIZE ${POOL_SIZE}; calls between them ${system.config.IN_PROCESS_SUBGRAPH_CALLS ? "in process, without sockets" : "over loopback HTTP"}), the load in the same process (keep-alive HTTP over node:http), ${imageNodeFlags()}: ${CONCURRENCY} closed loops (each a distinct seeded customer), ${WARM_UP_SECONDS} s warm-up not counted, then ${SECONDS} s. Machine load (1/5/15 min) before ${loadBefore}, after ${loadAfter}; machine speed (a fixed single-thread loop, lower is faster) before ${speedBefore} ms, after ${speedAfter} ms.`,
      "",
      "| operation | ops/s | p50 ms | p99 ms | CPU ms per operation (this process) | PostgreSQL CPU ms per operation | SQL statements per operation (by schema; transactions) | notes |",
      "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
      row(
        "createTicket",
        tickets.outcome,
        `unique idempotency keys, ${HELD_OUT_TICKETS.length} held-out texts (en/ar/hi/ur); ${tickets.triaged} of the created went to triage`,
      ),
      row(
        "sendChatMessage",
        chat.outcome,
        `${chat.subscribers} graphql-ws subscriber(s) on the agents' side: ${chat.delivered} of ${chat.sent} delivered${lost ? ` (${lost} LOST)` : ", none lost"}`,
      ),
      "",
      "Statements are counted on the pg driver during the timed window, background relays and consumers included (what each write costs the database in all), so the split shows where the work lands, not only the request's own statements. CPU per operation is this process's user + system time over the window divided by the operations: the gateway, the five subgraphs, relays, consumers and the load generator all run here, so it is what one write costs the JavaScript side in all; PostgreSQL's CPU per operation is that of the database server's processes on this machine over the same window (every process named postgres, from /proc; – when the database is elsewhere). Both vary far less from run to run than ops/s on a shared machine.",
      "",
      "Targets (issue): createTicket ≥ 500/s, sendChatMessage ≥ 2,000/s on PostgreSQL with 20 concurrent customers.",
    ].join("\n");
    writeBenchmarkSection("Write path: createTicket and sendChatMessage", body, "npm run bench -- writes --write");
    if (lost) throw new Error(`${lost} chat messages were committed but never delivered to the subscriber`);
  } finally {
    progress("stopping the system");
    loadClient.close();
    await system.close();
  }
}

export default runWritesBenchmark;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runWritesBenchmark().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
