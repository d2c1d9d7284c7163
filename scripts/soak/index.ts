/**
 * `npm run soak [-- --seconds N] [--write]`: mixed load on the production topology (every
 * service its own process, PostgreSQL, Redis when REDIS_URL is set) for N seconds (default 600):
 * customers creating tickets and chatting, a staff screen following the chat live, knowledge
 * searches, dashboards polling and subscribing. A third of the way in the tickets subgraph is
 * killed (SIGKILL) and started again; two thirds in the gateway is redeployed (SIGTERM, drain,
 * start). The report compares acknowledged writes with rows, counts duplicates, live messages
 * lost after resubscribing, and server errors outside the restart windows; it exits 1 when any
 * of those is not zero. Needs DATABASE_URL (a scratch database is created next to it and dropped).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { loadConfig } from "../../shared/config.js";
import { mintToken } from "../../shared/identity.js";
import { DEMO_CUSTOMERS } from "../seed-data/index.js";
import { writeBenchmarkSection } from "../bench/report.js";
import { createScratchDatabase } from "../scratch-database.js";
import { startCluster, type ServiceName } from "./cluster.js";
import {
  chatFollower,
  chatWriter,
  dashboard,
  graphqlClient,
  newRecorder,
  searcher,
  statusFollower,
  ticketWriter,
  type Recorder,
} from "./load.js";
import { spawnSync } from "node:child_process";
import { projectPath } from "../../shared/paths.js";

/** After a service is back, how long its callers may still see the restart (reconnects, retries). */
const SETTLE_MS = 3_000;

interface Window {
  service: ServiceName;
  how: "crash" | "deploy";
  from: number;
  to: number;
}

const argValue = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const log = (message: string) => process.stderr.write(`soak: ${message}\n`);

async function main(): Promise<number> {
  const seconds = Number(argValue("seconds") ?? 600);
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl)
    throw new Error(
      "npm run soak needs DATABASE_URL (PostgreSQL): every service runs in its own process on one database",
    );
  const scratch = await createScratchDatabase(baseUrl);
  const run = randomUUID().slice(0, 8);
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: scratch.url,
    PUBSUB_CHANNEL_PREFIX: `soak:${run}:`,
    CHAT_OPERATING_HOURS: "24/7",
    LOG_LEVEL: "error",
    // Clients here share one address; the soak measures faults, not the per-address budget.
    RATE_LIMIT_PER_MINUTE: "1000000",
    SEED_DEMO_DATA: "true",
  };
  try {
    log(`migrating and seeding a scratch database`);
    const seeded = spawnSync(process.execPath, ["--import", "tsx", projectPath("scripts/seed-cli.ts")], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (seeded.status !== 0) throw new Error("seeding failed");
    log(`starting 5 subgraphs and the gateway, each in its own process`);
    const cluster = await startCluster(env);
    try {
      return await soak(cluster, env, seconds, run, scratch.url);
    } finally {
      await cluster.close();
    }
  } finally {
    await scratch.drop();
  }
}

async function soak(
  cluster: Awaited<ReturnType<typeof startCluster>>,
  env: Record<string, string | undefined>,
  seconds: number,
  run: string,
  databaseUrl: string,
): Promise<number> {
  const config = loadConfig(env);
  const token = (role: "customer" | "supervisor", subject: string) =>
    mintToken({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, role, subject });
  const recorder: Recorder = newRecorder();
  const request = graphqlClient(cluster.gatewayUrl, recorder);
  const customers = await Promise.all(DEMO_CUSTOMERS.slice(0, 6).map((c) => token("customer", c.id)));
  const supervisor = await token("supervisor", randomUUID());

  const chatter = customers[0];
  const chat = await request(`mutation { startChat(input: { type: WEB, language: "en" }) { id } }`, {}, chatter);
  const chatId = chat?.data?.startChat.id as string | undefined;
  if (!chatId) throw new Error("could not start the soak's chat");

  const startedAt = Date.now();
  const endsAt = startedAt + seconds * 1000;
  const stopped = () => Date.now() >= endsAt;
  // Writers still retrying at the end get as long as a restart to finish.
  const giveUp = () => Date.now() >= endsAt + 20_000;
  const windows: Window[] = [];

  const stopFollower = chatFollower(cluster.wsUrl, supervisor, chatId, recorder);
  const stopStatus = statusFollower(cluster.wsUrl, supervisor, recorder);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const workers = [
    ...customers.slice(1).map((t) => ticketWriter(request, t, run, recorder, stopped, giveUp)),
    chatWriter(request, chatter, chatId, recorder, stopped, giveUp),
    searcher(request, stopped),
    dashboard(request, supervisor, stopped),
  ];

  const restart = async (service: ServiceName, how: "crash" | "deploy", atFraction: number) => {
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, startedAt + seconds * 1000 * atFraction - Date.now())),
    );
    const from = Date.now();
    log(`${how === "crash" ? "killing" : "redeploying"} ${service} at ${((from - startedAt) / 1000).toFixed(0)} s`);
    await cluster.stop(service, how);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await cluster.start(service);
    windows.push({ service, how, from, to: Date.now() + SETTLE_MS });
    log(`${service} back after ${((Date.now() - from) / 1000).toFixed(1)} s`);
  };
  const progress = setInterval(
    () =>
      log(
        `${((Date.now() - startedAt) / 1000).toFixed(0)}/${seconds} s, ${recorder.answers.length} answers, ${recorder.tickets.size} tickets, ${recorder.chatSent.length} chat messages`,
      ),
    15_000,
  );
  try {
    await restart("tickets", "crash", 1 / 3);
    await restart("gateway", "deploy", 2 / 3);
    await Promise.all(workers);
  } finally {
    clearInterval(progress);
  }
  // Let the follower catch up with the last messages.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && recorder.chatSent.some((body) => !recorder.chatReceived.has(body)))
    await new Promise((resolve) => setTimeout(resolve, 200));
  await stopFollower();
  await stopStatus();

  const figures = await measure(recorder, windows, databaseUrl, run);
  const report = render(figures, seconds, windows, startedAt);
  if (figures.outsideTimes.length)
    log(
      `errors outside windows at ${figures.outsideTimes.map((t) => ((t - startedAt) / 1000).toFixed(1)).join(", ")} s`,
    );
  // Printed always; recorded in BENCHMARKS.md with --write.
  writeBenchmarkSection("Soak", report, `npm run soak -- --seconds ${seconds} --write`);
  const failed =
    figures.missingTickets +
    figures.ticketsWithoutAck +
    figures.duplicateTickets +
    figures.lostLive +
    figures.duplicateLive +
    figures.errorsOutsideWindows;
  return failed === 0 ? 0 : 1;
}

interface Figures {
  answers: number;
  ok: number;
  p50: number;
  p99: number;
  inWindows: number;
  errorsOutsideWindows: number;
  outsideExamples: string[];
  outsideTimes: number[];
  acknowledgedTickets: number;
  rows: number;
  missingTickets: number;
  ticketsWithoutAck: number;
  duplicateTickets: number;
  givenUp: number;
  chatSent: number;
  lostLive: number;
  duplicateLive: number;
  resubscriptions: number;
  liveStatusUpdates: number;
}

async function measure(recorder: Recorder, windows: Window[], databaseUrl: string, run: string): Promise<Figures> {
  // A request counts where it ended: one in flight when a service went down is the restart's.
  const inWindow = (end: number) => windows.some((w) => end >= w.from && end <= w.to);
  const failures = recorder.answers.filter((a) => a.outcome !== "ok" && a.outcome !== "BAD_USER_INPUT");
  const outside = failures.filter((a) => !inWindow(a.at + a.ms));
  const latencies = recorder.answers
    .filter((a) => a.outcome === "ok")
    .map((a) => a.ms)
    .sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: string; idempotencyKey: string | null }>(
    `SELECT "id", "idempotencyKey" FROM "tickets"."tickets" WHERE "subject" LIKE $1`,
    [`Soak ${run}:%`],
  );
  await client.end();
  const acknowledgedIds = new Set(recorder.tickets.values());
  const rowIds = new Set(rows.map((r) => r.id));
  const perKey = new Map<string, number>();
  for (const row of rows)
    if (row.idempotencyKey) perKey.set(row.idempotencyKey, (perKey.get(row.idempotencyKey) ?? 0) + 1);
  const givenUp = new Set(recorder.ticketsGivenUp);

  const received = recorder.chatReceived;
  return {
    answers: recorder.answers.length,
    ok: latencies.length,
    p50: pick(0.5),
    p99: pick(0.99),
    inWindows: failures.length - outside.length,
    errorsOutsideWindows: outside.length,
    outsideExamples: [...new Set(outside.map((a) => a.outcome))].slice(0, 5),
    outsideTimes: outside.map((a) => a.at + a.ms),
    acknowledgedTickets: acknowledgedIds.size,
    rows: rows.length,
    missingTickets: [...acknowledgedIds].filter((id) => !rowIds.has(id)).length,
    // A row no client was told about (its writer gave up before an answer came back).
    ticketsWithoutAck: rows.filter(
      (r) => !acknowledgedIds.has(r.id) && !(r.idempotencyKey && givenUp.has(r.idempotencyKey)),
    ).length,
    duplicateTickets: [...perKey.values()].filter((n) => n > 1).length + (rows.length - rowIds.size),
    givenUp: givenUp.size,
    chatSent: recorder.chatSent.length,
    lostLive: recorder.chatSent.filter((body) => !received.has(body)).length,
    duplicateLive: [...received.values()].filter((n) => n > 1).length,
    resubscriptions: recorder.resubscriptions,
    liveStatusUpdates: recorder.liveStatusUpdates,
  };
}

function render(f: Figures, seconds: number, windows: Window[], startedAt: number): string {
  const restarts = windows
    .map(
      (w) =>
        `${w.service} ${w.how === "crash" ? "killed (SIGKILL)" : "redeployed (SIGTERM)"} at ${((w.from - startedAt) / 1000).toFixed(0)} s, serving again ${((w.to - SETTLE_MS - w.from) / 1000).toFixed(1)} s later`,
    )
    .join("; ");
  return [
    `${seconds} s of mixed load through the gateway; every service in its own process on PostgreSQL${process.env.REDIS_URL ? " + Redis" : ""}. Restarts: ${restarts}.`,
    "",
    "| figure | value |",
    "| --- | ---: |",
    `| requests answered | ${f.answers} (${f.ok} ok; p50 ${f.p50} ms, p99 ${f.p99} ms) |`,
    `| failed answers inside restart windows (retried by the clients) | ${f.inWindows} |`,
    `| **server errors outside restart windows** | **${f.errorsOutsideWindows}**${f.outsideExamples.length ? ` (${f.outsideExamples.join(", ")})` : ""} |`,
    `| tickets acknowledged / rows | ${f.acknowledgedTickets} / ${f.rows} |`,
    `| **acknowledged tickets missing** | **${f.missingTickets}** |`,
    `| **rows without an acknowledgement** | **${f.ticketsWithoutAck}** (writers that gave up: ${f.givenUp}) |`,
    `| **duplicate tickets** | **${f.duplicateTickets}** |`,
    `| chat messages acknowledged | ${f.chatSent} |`,
    `| **live messages lost after resubscribing** | **${f.lostLive}** (resubscriptions: ${f.resubscriptions}) |`,
    `| **live messages delivered twice** | **${f.duplicateLive}** |`,
    `| live status updates received | ${f.liveStatusUpdates} |`,
  ].join("\n");
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`soak failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
