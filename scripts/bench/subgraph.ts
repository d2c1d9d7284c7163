/**
 * `npm run bench -- subgraph [--write]`: what one tickets-subgraph process costs per request, with
 * nothing else in it — the issue's "direct tickets list of 20". The subgraph runs as its own
 * production process (runtime/main.ts tickets, NODE_ENV=production, default LOG_LEVEL, the
 * image's Node flags from the Dockerfile) pinned
 * to one core (`taskset -c BENCH_SUBGRAPH_CORE`, default 1) and autocannon runs here, pinned to
 * the other (BENCH_LOAD_CORE, default 0). PostgreSQL when DATABASE_URL is set (a scratch database),
 * embedded PGlite otherwise.
 *
 * BENCH_CPU_PROF=<dir> runs the subgraph under `node --cpu-prof` and writes the profile there;
 * summarise it with `npx tsx scripts/bench/cpu-profile.ts <file> --skip <s> --requests <n>` (the
 * line printed at the end gives both: the seconds of start-up and warm-up, the requests timed).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { IDENTITY_HEADER } from "../../shared/identity.js";
import { IdentityTokens } from "../../shared/identity-tokens.js";
import { projectPath } from "../../shared/paths.js";
import { createScratchDatabase } from "../scratch-database.js";
import { freePort } from "../free-port.js";
import { productionNodeOptions } from "./production-node.js";
import { cpuSecondsOf, progress, writeBenchmarkSection } from "./report.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
const CONNECTIONS = 20;
const SUBGRAPH_CORE = process.env.BENCH_SUBGRAPH_CORE ?? "1";
const LOAD_CORE = process.env.BENCH_LOAD_CORE ?? "0";
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF;
const IDLE_SECONDS = 5;

/** The gateway benchmark's "direct" row: the list of 20 the gateway's Q1 asks the tickets subgraph for. */
export const DIRECT_TICKETS_QUERY =
  "{ tickets(first: 20) { edges { node { number subject status assignedAgentId } } } }";

interface Case {
  name: string;
  identity: { subject: string; role: "service" | "agent" | "customer" };
  query: string;
}

const CASES: Case[] = [
  {
    name: "list of 20, service identity (the gateway benchmark's direct row)",
    identity: { subject: "bench", role: "service" },
    query: DIRECT_TICKETS_QUERY,
  },
];

const canPin = existsSync("/usr/bin/taskset") || existsSync("/bin/taskset");

/** Pins this process (the load generator) to one core, when taskset exists. */
function pinSelf(core: string): boolean {
  if (!canPin) return false;
  execFileSync("taskset", ["-pc", core, String(process.pid)], { stdio: "ignore" });
  return true;
}

async function waitForReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  const health = url.replace(/\/graphql$/, "/ready");
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the tickets subgraph exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("the tickets subgraph was not ready in 120 s");
    const ok = await fetch(health).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function startSubgraph(port: number, env: Record<string, string | undefined>): ChildProcess {
  const node = [
    ...productionNodeOptions(),
    ...(CPU_PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", CPU_PROFILE_DIR] : []),
    "--import",
    "tsx",
    projectPath("runtime/main.ts"),
    "tickets",
  ];
  const [command, args] = canPin
    ? ["taskset", ["-c", SUBGRAPH_CORE, process.execPath, ...node]]
    : [process.execPath, node];
  return spawn(command, args, {
    cwd: projectPath("."),
    env: { ...process.env, ...env, HOST: "127.0.0.1", TICKETS_PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function load(url: string, headers: Record<string, string>, body: string, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        method: "POST",
        connections: CONNECTIONS,
        duration: seconds,
        headers: { "content-type": "application/json", ...headers },
        body,
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
  });
}

export async function runSubgraphBenchmark(): Promise<void> {
  const pinned = pinSelf(LOAD_CORE);
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : null;
  const secrets = { JWT_SECRET: randomBytes(32).toString("hex"), INTERNAL_SECRET: randomBytes(32).toString("hex") };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const spawnedAt = Date.now();
  progress(
    `starting the tickets subgraph${pinned ? ` on core ${SUBGRAPH_CORE}` : ""}${CPU_PROFILE_DIR ? ` under --cpu-prof (${CPU_PROFILE_DIR})` : ""}`,
  );
  const child = startSubgraph(port, {
    ...secrets,
    NODE_ENV: "production",
    RUN_MIGRATIONS: "true",
    SEED_DEMO_DATA: "true",
    DATABASE_URL: scratch?.url,
    PGLITE_DIR: scratch ? undefined : "memory://",
    PUBSUB_CHANNEL_PREFIX: `sbbench:${randomBytes(6).toString("hex")}:`,
  });
  try {
    await waitForReady(url, child);
    // What the process spends with no requests (sweepers, pollers, timers), per second: at low
    // throughput it would otherwise be charged to the few requests answered.
    const idleStart = cpuSecondsOf(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const idleEnd = cpuSecondsOf(child.pid!);
    const backgroundPerSecond = idleStart !== null && idleEnd !== null ? (idleEnd - idleStart) / IDLE_SECONDS : 0;
    const tokens = new IdentityTokens(secrets.INTERNAL_SECRET);
    const rows: string[] = [];
    let skipSeconds = 0;
    let edges = 0;
    let profiledRequests = 0;
    for (const c of CASES) {
      const headers = { [IDENTITY_HEADER]: (await tokens.tokenFor(c.identity, "tickets"))! };
      const body = JSON.stringify({ query: c.query });
      const check = (await (
        await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body })
      ).json()) as { data?: { tickets?: { edges: unknown[] } }; errors?: unknown };
      if (check.errors || !check.data?.tickets?.edges.length)
        throw new Error(`${c.name}: unexpected answer ${JSON.stringify(check).slice(0, 300)}`);
      edges = check.data.tickets.edges.length;
      progress(`${c.name} (${edges} tickets in the answer): warm-up ${WARM_UP_SECONDS} s, then ${SECONDS} s`);
      await load(url, headers, body, WARM_UP_SECONDS);
      if (rows.length === 0) skipSeconds = (Date.now() - spawnedAt) / 1000;
      const cpuBefore = cpuSecondsOf(child.pid!);
      const result = await load(url, headers, body, SECONDS);
      const cpuAfter = cpuSecondsOf(child.pid!);
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${c.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      profiledRequests += result.requests.total;
      const cpuMicros =
        cpuBefore !== null && cpuAfter !== null && result.requests.total > 0
          ? ((cpuAfter - cpuBefore - backgroundPerSecond * SECONDS) * 1e6) / result.requests.total
          : null;
      const cpuColumns = cpuMicros === null ? "– | –" : `${cpuMicros.toFixed(0)} | ${(1e6 / cpuMicros).toFixed(0)}`;
      rows.push(
        `| ${c.name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${cpuColumns} |`,
      );
    }
    const body = [
      `Query: \`${DIRECT_TICKETS_QUERY}\` (the demo data answers it with ${edges} tickets).`,
      "",
      `The tickets subgraph alone in a production process (NODE_ENV=production, default LOG_LEVEL, the image's Node flags: \`${productionNodeOptions().join(" ") || "none"}\`)${pinned ? ` pinned to core ${SUBGRAPH_CORE}, autocannon pinned to core ${LOAD_CORE}` : " (taskset missing: not pinned)"}; ${scratch ? "PostgreSQL" : "PGlite"}; ${CONNECTIONS} connections, ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up. The machine is shared: compare runs made back to back.`,
      "",
      "| case | req/s | p50 ms | p99 ms | subgraph CPU µs per request | req/s one free core could serve (10⁶ ÷ CPU µs) |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
      "",
      `Target (issue): ≥ 2,000 req/s on one core, i.e. at most 500 µs of subgraph CPU per request. req/s depends on what else the machine runs; CPU per request much less: the user + system time of the subgraph process over the timed run (from /proc), less what it spends idle (${(backgroundPerSecond * 1000).toFixed(0)} ms/s measured over ${IDLE_SECONDS} s before the load), divided by the requests answered.`,
    ].join("\n");
    writeBenchmarkSection("Tickets subgraph alone, one core", body, "npm run bench -- subgraph --write");
    if (CPU_PROFILE_DIR)
      progress(
        `profile: summarise with --skip ${skipSeconds.toFixed(1)} (start-up and warm-up) --requests ${profiledRequests} (served after that)`,
      );
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    await scratch?.drop();
    if (CPU_PROFILE_DIR) {
      const newest = readdirSync(CPU_PROFILE_DIR)
        .filter((f) => f.endsWith(".cpuprofile"))
        .map((f) => path.join(CPU_PROFILE_DIR, f));
      progress(`profiles in ${CPU_PROFILE_DIR}: ${newest.join(", ")}`);
    }
  }
}

export default runSubgraphBenchmark;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runSubgraphBenchmark().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
