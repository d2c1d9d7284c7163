/**
 * `npm start`: the whole system in one process. Embedded PGlite under ./.data unless
 * DATABASE_URL is set; `--fresh` wipes the embedded data first. Prints the gateway URL and a
 * demo token for each role.
 */
import { rm } from "node:fs/promises";
import { loadConfig, usesDevelopmentSecrets } from "../shared/config.js";
import { runMain } from "../runtime/cli.js";
import { demoTokens } from "./demo-tokens.js";
import { startSystem } from "../runtime/system.js";

runMain(async () => {
  const started = Date.now();
  const config = loadConfig();
  if (process.argv.includes("--fresh") && !config.DATABASE_URL && config.PGLITE_DIR !== "memory://") {
    await rm(config.PGLITE_DIR, { recursive: true, force: true });
  }
  const system = await startSystem();
  const tokens = await demoTokens(system.config);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    "",
    `Switchboard is ready in ${seconds}s on ${system.db.kind === "pglite" ? `embedded PGlite (${config.PGLITE_DIR})` : "PostgreSQL"} with ${system.pubsub.kind} pub/sub.`,
    `  GraphQL (HTTP + graphql-ws): ${system.gateway?.url}`,
    ...Object.values(system.subgraphs).map((s) => `  subgraph ${s?.name.padEnd(9)} ${s?.url}`),
    "",
    ...(usesDevelopmentSecrets(system.config)
      ? [
          "!! WARNING: JWT_SECRET and INTERNAL_SECRET are the public development defaults: anyone can mint tokens for this",
          "!! instance. Fine on your machine; set both (different, random) before anything else reaches it.",
          "",
        ]
      : []),
    "Demo tokens (send as `Authorization: Bearer <token>`):",
    ...Object.entries(tokens).map(([role, t]) => `  ${role.padEnd(10)} ${t.name} (${t.subject})\n    ${t.token}`),
    "",
    "Try:",
    `  curl -s ${system.gateway?.url} -H 'content-type: application/json' -H "authorization: Bearer ${tokens.agent.token.slice(0, 12)}…" \\`,
    `    -d '{"query":"{ tickets(first: 5) { edges { node { number subject assignedAgent { displayName } } } } }"}'`,
    "",
  ];
  process.stderr.write(lines.join("\n") + "\n");
  const shutdown = async () => {
    await system.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
});
