/**
 * `npm run smoke`: the README's promise on the embedded default. Runs `npm start --fresh`
 * against a temporary PGlite directory, waits for the ready line, and queries demo tickets
 * with their assigned agents' names through the gateway. Exit 0 on success.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../shared/config.js";
import { mintToken } from "../shared/identity.js";
import { DEMO_AGENTS } from "./seed-data/index.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const READY_TIMEOUT_MS = 60_000;

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "switchboard-smoke-"));
  const env: Record<string, string | undefined> = {
    ...process.env,
    PGLITE_DIR: dataDir,
    GATEWAY_PORT: "4100",
    TICKETS_PORT: "4101",
    CHAT_PORT: "4102",
    KNOWLEDGE_PORT: "4103",
    AGENTS_PORT: "4104",
    ANALYTICS_PORT: "4105",
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const started = Date.now();
  const child = spawn("npm", ["start", "--", "--fresh"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready within ${READY_TIMEOUT_MS / 1000}s:\n${output}`)),
      READY_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL \(HTTP \+ graphql-ws\): (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  try {
    const url = await ready;
    const readySeconds = (Date.now() - started) / 1000;
    const config = loadConfig(env);
    const agent = DEMO_AGENTS.find((a) => a.role === "agent")!;
    const token = await mintToken({
      secret: config.JWT_SECRET,
      issuer: config.JWT_ISSUER,
      role: "agent",
      subject: agent.id,
    });
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: "{ tickets(first: 5) { edges { node { number subject assignedAgent { displayName } } } } }",
      }),
    });
    const body = (await response.json()) as {
      data?: { tickets: { edges: { node: { number: string; assignedAgent: { displayName: string } | null } }[] } };
      errors?: unknown;
    };
    const tickets = body.data?.tickets.edges ?? [];
    if (body.errors || tickets.length === 0 || tickets.some((e) => !e.node.assignedAgent?.displayName)) {
      throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
    }
    console.log(
      `smoke: ready in ${readySeconds.toFixed(1)}s on embedded PGlite; ${tickets.length} demo tickets with assigned agents (${tickets[0].node.number} → ${tickets[0].node.assignedAgent?.displayName})`,
    );
    console.log("1 passed, 0 failed");
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`smoke failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
