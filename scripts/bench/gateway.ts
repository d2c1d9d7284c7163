/**
 * Gateway benchmark: one federated query (a ticket list with assigned agents' names, a join
 * across tickets and agents) through the gateway, and the same ticket data straight from the
 * tickets subgraph. autocannon, 10 connections, fixed duration each.
 */
import autocannon from "autocannon";
import { IDENTITY_HEADER } from "../../subgraphs/common/identity.js";
import { IdentityTokens } from "../../subgraphs/common/identity-tokens.js";
import { startTestSystem } from "../../test/harness.js";
import { progress, writeBenchmarkSection } from "./report.js";

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FEDERATED = "{ tickets(first: 20) { edges { node { number subject status assignedAgent { displayName } } } } }";
const DIRECT = "{ tickets(first: 20) { edges { node { number subject status assignedAgentId } } } }";

async function measure(title: string, url: string, headers: Record<string, string>, query: string) {
  progress(`measuring ${title} for ${DURATION_SECONDS}s, 10 connections`);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: "POST", connections: 10, duration: DURATION_SECONDS, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    autocannon.track(instance, { renderProgressBar: true, renderResultsTable: false });
  });
  progress(`  ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms`);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${title}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { title, rps: result.requests.average, p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, total: result.requests.total };
}

export async function runGatewayBenchmark(): Promise<void> {
  progress(`starting the gateway and the five subgraphs (${process.env.DATABASE_URL ? "PostgreSQL scratch database" : "PGlite in memory"}, demo data)`);
  const system = await startTestSystem({ env: { LOG_LEVEL: "error", RATE_LIMIT_PER_MINUTE: "1000000" } });
  progress(`system ready at ${system.url}`);
  try {
    const token = await system.token("agent");
    // Identity tokens live 60 s; each row runs for less.
    const direct = { [IDENTITY_HEADER]: (await new IdentityTokens(system.config.INTERNAL_SECRET).tokenFor({ subject: "bench", role: "service" }, "tickets"))! };
    const rows = [
      await measure("through the gateway (tickets ⋈ agents)", system.url, { authorization: `Bearer ${token}` }, FEDERATED),
      await measure("straight from the tickets subgraph", system.subgraphs.tickets!.url, direct, DIRECT),
    ];
    const table = [
      "| path | req/s (mean) | p50 ms | p97.5 ms | p99 ms | requests |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows.map((r) => `| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.total} |`),
    ].join("\n");
    const body = `Query: \`${FEDERATED}\` — 20 tickets with their assigned agents, ${DURATION_SECONDS}s per path, 10 connections, database: ${system.db.kind}.\n\n${table}`;
    writeBenchmarkSection("Gateway: federated ticket list", body, "npm run bench -- gateway");
  } finally {
    progress("stopping the system");
    await system.close();
  }
}
