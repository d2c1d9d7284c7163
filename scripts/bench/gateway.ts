/**
 * `npm run bench -- gateway`: our gateway, stock `@apollo/gateway` (stock-gateway.ts) and Hive
 * Gateway (the shipped example config, examples/hive-gateway/) over the same running subgraphs,
 * each gateway alone in its own process, plus the direct tickets-subgraph path. Responses are
 * checked equal across gateways before timing; each row gets a warm-up that is not counted;
 * ratios are printed. autocannon, 20 connections, BENCH_SECONDS (default 10) per row.
 */
import { freePort } from "../free-port.js";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { SUBGRAPH_NAMES } from "../../shared/config.js";
import { IDENTITY_HEADER } from "../../shared/identity.js";
import { IdentityTokens } from "../../shared/identity-tokens.js";
import { projectPath } from "../../shared/paths.js";
import { startTestSystem, type TestSystem } from "../../test/harness.js";
import { composeSupergraph } from "../compose.js";
import { DEMO_AGENTS, DEMO_CUSTOMERS } from "../seed-data/index.js";
import { cpuSecondsOf, progress, writeBenchmarkSection } from "./report.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
const CONNECTIONS = 20;

const Q1 = "{ tickets(first: 20) { edges { node { number subject status assignedAgent { displayName } } } } }";
const Q2 =
  "{ tickets(first: 20) { edges { node { number subject status assignedAgent { displayName openTickets(first: 3) { edges { node { number status } } } } } } } }";
const q2With = (first: number) => Q2.replace("tickets(first: 20)", `tickets(first: ${first})`);
const DIRECT = "{ tickets(first: 20) { edges { node { number subject status assignedAgentId } } } }";
const MY_TICKETS = (first: number) => `{ myTickets(first: ${first}) { edges { node { number subject status } } } }`;
const ADD_NOTE = "mutation AddNote($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id internal } }";
/** The mixed row: identities taking turns, one request in MUTATION_EVERY a write. */
const MIX_IDENTITIES = { agents: 3, customers: 3 };
const MUTATION_EVERY = 10;
const MIX_LENGTH = 60;
const MIXED = `mixed: ${MIX_IDENTITIES.agents} staff + ${MIX_IDENTITIES.customers} customers, 1 in ${MUTATION_EVERY} a write`;

interface Gateway {
  name: string;
  url: string;
  process: ChildProcess;
}

async function waitUntil(probe: () => Promise<boolean>, what: string, child: ChildProcess) {
  const deadline = Date.now() + 90_000;
  while (!(await probe().catch(() => false))) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${what} not ready in 90 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function post(url: string, query: string, headers: Record<string, string>, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

async function startGateways(system: TestSystem, supergraphFile: string, token: string): Promise<Gateway[]> {
  const secrets = {
    JWT_SECRET: system.config.JWT_SECRET,
    JWT_ISSUER: system.config.JWT_ISSUER,
    INTERNAL_SECRET: system.config.INTERNAL_SECRET,
  };
  const base = {
    ...process.env,
    ...secrets,
    NODE_ENV: "production",
    LOG_LEVEL: "error",
    CORS_ORIGINS: "http://localhost",
    RATE_LIMIT_PER_MINUTE: "1000000",
    MAX_SUBSCRIPTIONS_PER_CALLER: "1000000",
  };
  const urls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) urls[`${name.toUpperCase()}_URL`] = system.subgraphs[name]!.url;
  const [ours, stock, hive] = [await freePort(), await freePort(), await freePort()];
  const launch = (args: string[], env: Record<string, string | undefined>) =>
    spawn(process.execPath, args, { cwd: projectPath("."), env, stdio: ["ignore", "ignore", "inherit"] });
  const gateways: Gateway[] = [
    {
      name: "our gateway",
      url: `http://127.0.0.1:${ours}/graphql`,
      process: launch(["--import", "tsx", projectPath("runtime/main.ts"), "gateway"], {
        ...base,
        ...urls,
        HOST: "127.0.0.1",
        GATEWAY_PORT: String(ours),
      }),
    },
    {
      name: "stock @apollo/gateway",
      url: `http://127.0.0.1:${stock}/`,
      process: launch(
        ["--import", "tsx", projectPath("scripts/bench/stock-gateway.ts"), supergraphFile, String(stock)],
        base,
      ),
    },
    {
      name: "Hive Gateway",
      url: `http://127.0.0.1:${hive}/graphql`,
      process: launch(
        [
          projectPath("node_modules/@graphql-hive/gateway/dist/bin.js"),
          "supergraph",
          supergraphFile,
          "-c",
          projectPath("examples/hive-gateway/gateway.config.ts"),
          "-p",
          String(hive),
          "-h",
          "127.0.0.1",
        ],
        base,
      ),
    },
  ];
  for (const gateway of gateways) {
    progress(`waiting for ${gateway.name}`);
    await waitUntil(
      async () => ((await post(gateway.url, Q1, { authorization: `Bearer ${token}` })).data ?? null) !== null,
      gateway.name,
      gateway.process,
    );
  }
  return gateways;
}

interface Row {
  query: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  /** Answers with GraphQL errors in the timed run (rows of several requests). */
  withErrors?: number;
  /** CPU (user + system) per answered request of the gateway's process; null for the direct path. */
  gatewayCpuUs: number | null;
  /** CPU per answered request of this process: the five subgraphs and the load generator. */
  subgraphsCpuUs: number;
}

/** One request of a row: its JSON body and, when it differs per request, its caller's headers. */
interface BenchRequest {
  body: string;
  headers?: Record<string, string>;
}

/** Answers that carried GraphQL errors (a 200 with `errors`), counted by rows that list their requests. */
let answersWithErrors = 0;
const countErrors = (_status: number, body: string) => {
  if (body.includes('"errors"')) answersWithErrors++;
};

async function load(url: string, headers: Record<string, string>, requests: BenchRequest[], seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        method: "POST",
        connections: CONNECTIONS,
        duration: seconds,
        headers: { "content-type": "application/json", ...headers },
        ...(requests.length === 1 && !requests[0].headers
          ? { body: requests[0].body }
          : {
              requests: requests.map((r) => ({
                method: "POST" as const,
                body: r.body,
                onResponse: countErrors,
                ...(r.headers ? { headers: { "content-type": "application/json", ...r.headers } } : {}),
              })),
            }),
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
  });
}

async function measure(
  query: string,
  path: string,
  url: string,
  headers: Record<string, string>,
  queries: string[] | BenchRequest[],
  gatewayPid?: number,
): Promise<Row> {
  const requests = queries.map((q) => (typeof q === "string" ? { body: JSON.stringify({ query: q }) } : q));
  progress(`${query} via ${path}: warm-up ${WARM_UP_SECONDS} s, then ${SECONDS} s`);
  await load(url, headers, requests, WARM_UP_SECONDS);
  answersWithErrors = 0;
  const gatewayCpuBefore = gatewayPid ? cpuSecondsOf(gatewayPid) : null;
  const ownCpuBefore = process.cpuUsage();
  const result = await load(url, headers, requests, SECONDS);
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const gatewayCpuAfter = gatewayPid ? cpuSecondsOf(gatewayPid) : null;
  const answered = Math.max(1, result.requests.total);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${query} via ${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    query,
    path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ...(requests.length > 1 ? { withErrors: answersWithErrors } : {}),
    gatewayCpuUs:
      gatewayCpuBefore !== null && gatewayCpuAfter !== null
        ? ((gatewayCpuAfter - gatewayCpuBefore) * 1e6) / answered
        : null,
    subgraphsCpuUs: (ownCpu.user + ownCpu.system) / answered,
  };
}

interface MixedCaller {
  authorization: string;
  role: "agent" | "customer";
}

/**
 * The mixed row's requests, in the order each connection cycles through them: agents and
 * supervisors reading the ticket list (Q1, or Q2 with a varying `first:`), customers reading
 * their own tickets (varying `first:`), and every MUTATION_EVERY-th request an agent's internal
 * note on one of the listed tickets (a write that changes no read of the row). Every caller a
 * stock @apollo/gateway or Hive Gateway forwards the same way: a client bearer token.
 */
function mixedRequests(
  callers: MixedCaller[],
  ticketIds: string[],
): { requests: BenchRequest[]; reads: { query: string; caller: MixedCaller }[] } {
  const agents = callers.filter((c) => c.role === "agent");
  const requests: BenchRequest[] = [];
  const reads: { query: string; caller: MixedCaller }[] = [];
  for (let i = 0; i < MIX_LENGTH; i++) {
    if (i % MUTATION_EVERY === MUTATION_EVERY - 1) {
      const caller = agents[i % agents.length];
      const input = { ticketId: ticketIds[i % ticketIds.length], body: `Bench note ${i}`, internal: true };
      requests.push({
        body: JSON.stringify({ query: ADD_NOTE, variables: { input } }),
        headers: { authorization: caller.authorization },
      });
      continue;
    }
    const caller = callers[i % callers.length];
    const query = caller.role === "customer" ? MY_TICKETS(3 + (i % 5)) : i % 3 === 0 ? Q1 : q2With(5 + (i % 7));
    requests.push({ body: JSON.stringify({ query }), headers: { authorization: caller.authorization } });
    reads.push({ query, caller });
  }
  return { requests, reads };
}

export async function runGatewayBenchmark(): Promise<void> {
  progress("starting the subgraphs (one process, no gateway)");
  // Production-grade secrets: the gateways run with NODE_ENV=production, which refuses the defaults.
  const secrets = { JWT_SECRET: randomBytes(32).toString("hex"), INTERNAL_SECRET: randomBytes(32).toString("hex") };
  const system = await startTestSystem({ withoutGateway: true, env: { LOG_LEVEL: "error", ...secrets } });
  const directory = await mkdtemp(path.join(tmpdir(), "switchboard-bench-"));
  let gateways: Gateway[] = [];
  try {
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, system.subgraphs[name]!.url]));
    const supergraphFile = path.join(directory, "supergraph.graphql");
    await writeFile(supergraphFile, composeSupergraph(urls as Parameters<typeof composeSupergraph>[0]).supergraph);
    const token = await system.token("agent");
    const auth = { authorization: `Bearer ${token}` };
    gateways = await startGateways(system, supergraphFile, token);

    progress("checking the gateways answer identically");
    for (const query of [Q1, Q2]) {
      const answers = await Promise.all(
        gateways.map(async (g) => JSON.stringify((await post(g.url, query, auth)).data)),
      );
      if (new Set(answers).size !== 1)
        throw new Error(
          `gateways disagree on ${query}:\n${answers.map((a, i) => `${gateways[i].name}: ${a.slice(0, 300)}`).join("\n")}`,
        );
    }

    const varied = Array.from({ length: 25 }, (_, i) => q2With(5 + i));
    const rows: Row[] = [];
    for (const gateway of gateways)
      rows.push(await measure("Q1", gateway.name, gateway.url, auth, [Q1], gateway.process.pid));
    const direct = {
      [IDENTITY_HEADER]: (await new IdentityTokens(system.config.INTERNAL_SECRET).tokenFor(
        { subject: "bench", role: "service" },
        "tickets",
      ))!,
    };
    rows.push(
      await measure("Q1", "direct tickets subgraph (no join)", system.subgraphs.tickets!.url, direct, [DIRECT]),
    );
    for (const gateway of gateways)
      rows.push(await measure("Q2", gateway.name, gateway.url, auth, [Q2], gateway.process.pid));
    for (const gateway of gateways)
      rows.push(await measure("Q2, 25 varied first:", gateway.name, gateway.url, auth, varied, gateway.process.pid));

    const staff = DEMO_AGENTS.filter((a) => a.role === "agent" || a.role === "supervisor").slice(
      0,
      MIX_IDENTITIES.agents,
    );
    const callers: MixedCaller[] = [
      ...(await Promise.all(
        staff.map(async (a) => ({
          role: "agent" as const,
          authorization: `Bearer ${await system.token(a.role as "agent", a.id)}`,
        })),
      )),
      ...(await Promise.all(
        DEMO_CUSTOMERS.slice(0, MIX_IDENTITIES.customers).map(async (c) => ({
          role: "customer" as const,
          authorization: `Bearer ${await system.token("customer", c.id)}`,
        })),
      )),
    ];
    const listed = (await post(gateways[0].url, "{ tickets(first: 5) { edges { node { id } } } }", auth)) as {
      data?: { tickets: { edges: { node: { id: string } }[] } };
    };
    const mix = mixedRequests(
      callers,
      listed.data!.tickets.edges.map((e) => e.node.id),
    );
    progress("checking the gateways answer the mixed reads identically");
    for (const { query, caller } of mix.reads) {
      const answers = await Promise.all(
        gateways.map(async (g) => JSON.stringify(await post(g.url, query, { authorization: caller.authorization }))),
      );
      if (new Set(answers).size !== 1 || answers[0].includes('"errors"'))
        throw new Error(
          `gateways disagree (or fail) on ${query} for a ${caller.role}:\n${answers.map((a, i) => `${gateways[i].name}: ${a.slice(0, 300)}`).join("\n")}`,
        );
    }
    const write = mix.requests.find((r) => r.body.includes("addTicketMessage"))!;
    for (const gateway of gateways) {
      const { query, variables } = JSON.parse(write.body) as { query: string; variables: Record<string, unknown> };
      const answer = await post(gateway.url, query, write.headers!, variables);
      if (answer.errors || !answer.data)
        throw new Error(`${gateway.name} refused the mixed row's write: ${JSON.stringify(answer).slice(0, 300)}`);
    }
    for (const gateway of gateways)
      rows.push(await measure(MIXED, gateway.name, gateway.url, {}, mix.requests, gateway.process.pid));

    const rps = (query: string, pathName: string) => rows.find((r) => r.query === query && r.path === pathName)!.rps;
    const ratios = ["Q1", "Q2", "Q2, 25 varied first:", MIXED].map((query) => {
      const ours = rps(query, "our gateway");
      return `| ${query} | ${(ours / rps(query, "Hive Gateway")).toFixed(2)}× | ${(ours / rps(query, "stock @apollo/gateway")).toFixed(2)}× |${query === "Q1" ? ` ${(ours / rps("Q1", "direct tickets subgraph (no join)")).toFixed(2)}×` : " –"} |`;
    });
    const body = [
      `Q1: \`${Q1}\``,
      `Q2: \`${Q2}\` (25 varied: \`first:\` 5…29)`,
      `Mixed: ${MIX_LENGTH} requests each connection cycles through — ${MIX_IDENTITIES.agents} staff (Q1, or Q2 with \`first:\` 5…11) and ${MIX_IDENTITIES.customers} customers (\`${MY_TICKETS(3)}\`, \`first:\` 3…7) taking turns, each with their own bearer token, and every ${MUTATION_EVERY}th request a staff internal note (\`addTicketMessage\`, a write; stock and Hive sign a fresh identity token for it, ours too). The reads are checked equal across gateways, per caller, before timing.`,
      "",
      `Subgraphs in one process (${system.db.kind}); each gateway alone in its own process; autocannon in the benchmark process, ${CONNECTIONS} connections, ${SECONDS} s per row after a ${WARM_UP_SECONDS} s warm-up; answers checked identical across gateways first. The stock gateway and Hive Gateway forward the same identity tokens (stock-gateway.ts, examples/hive-gateway/).`,
      "",
      "| query | path | req/s | p50 ms | p99 ms | answers with errors | gateway CPU µs per request | subgraphs + load CPU µs per request |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...rows.map(
        (r) =>
          `| ${r.query} | ${r.path} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.withErrors ?? "–"} | ${r.gatewayCpuUs === null ? "–" : r.gatewayCpuUs.toFixed(0)} | ${r.subgraphsCpuUs.toFixed(0)} |`,
      ),
      "",
      "| query | ours ÷ Hive Gateway | ours ÷ stock @apollo/gateway | ours ÷ direct subgraph |",
      "| --- | ---: | ---: | ---: |",
      ...ratios,
      "",
      "Targets (issue): ≥ 1.0× Hive Gateway and ≥ 1.5× stock on every query; Q1 ≥ 0.5× the direct subgraph.",
      "",
      "CPU per request is each process's user + system time over the timed run divided by the requests answered (the gateway's from /proc; the subgraphs share this process with autocannon, whose cost per request is about the same whichever gateway it drives). Two cores run the gateway, this process and PostgreSQL, so a row's req/s is bounded by what one request costs all of them; the CPU columns say where it goes and vary much less from run to run than req/s.",
      "",
      "Caveats: the requests of the Q1, Q2 and varied rows come from one identity, so our gateway's in-flight deduplication merges many of them (it never merges across identities that could see different data) — which is also why it can beat the direct subgraph path; the mixed row is the one with several identities and writes. Hive Gateway runs the shipped example configuration, which verifies the client token and signs a fresh single-use identity token per subgraph request; the stock gateway reuses query tokens for 30 s like ours.",
    ].join("\n");
    writeBenchmarkSection(
      "Gateway: ours vs stock @apollo/gateway vs Hive Gateway",
      body,
      "npm run bench -- gateway --write",
    );
  } finally {
    progress("stopping gateways and subgraphs");
    for (const gateway of gateways) gateway.process.kill("SIGTERM");
    await system.close();
    await rm(directory, { recursive: true, force: true });
  }
}
