/**
 * End-to-end test kit: boots the real system in-process on random ports, on a fresh
 * PostgreSQL database per suite when DATABASE_URL is set (PGlite in memory otherwise), and
 * talks GraphQL / graphql-ws to the gateway like a client would.
 */
import { createHash, randomUUID } from "node:crypto";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { mintToken, type UserRole } from "../shared/identity.js";
import { loadConfig } from "../shared/config.js";
import { createLogger } from "../shared/logger.js";
import { startSystem, type RunningSystem, type SystemOptions } from "../runtime/system.js";
import { createScratchDatabase } from "../scripts/scratch-database.js";
import { inject } from "vitest";
import { trackOpenSystem } from "./support/failure-report.js";
import { seededTemplate, seedVariant } from "./support/seeded-template.js";

export { createScratchDatabase };
import { DEMO_AGENTS, DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestSystem extends RunningSystem {
  url: string;
  wsUrl: string;
  env: Record<string, string | undefined>;
  request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  token(role: UserRole, subject?: string): Promise<string>;
  subscribe(token: string | null): Client;
}

export const DEMO = {
  customer: DEMO_CUSTOMERS[0],
  otherCustomer: DEMO_CUSTOMERS[1],
  agent: DEMO_AGENTS.find((a) => a.role === "agent")!,
  supervisor: DEMO_AGENTS.find((a) => a.role === "supervisor")!,
  admin: DEMO_AGENTS.find((a) => a.role === "admin")!,
};

/** The default subject for each role's token: the seeded demo people. */
const DEFAULT_SUBJECT: Record<UserRole, string> = {
  customer: DEMO.customer.id,
  agent: DEMO.agent.id,
  supervisor: DEMO.supervisor.id,
  admin: DEMO.admin.id,
};

export async function startTestSystem(
  options: Omit<SystemOptions, "env" | "randomPorts"> & {
    env?: Record<string, string | undefined>;
    database?: { url: string };
  } = {},
): Promise<TestSystem> {
  const baseUrl = process.env.DATABASE_URL;
  const env: Record<string, string | undefined> = {
    NODE_ENV: "test",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    REDIS_URL: process.env.REDIS_URL,
    // Suites run in parallel on one Redis: each system gets its own channels, except replicas
    // of one deployment (same database), which must share them.
    PUBSUB_CHANNEL_PREFIX: `sbtest:${options.database ? createHash("sha1").update(options.database.url).digest("hex").slice(0, 12) : randomUUID()}:`,
    PGLITE_DIR: "memory://",
    DATABASE_POOL_SIZE: "5",
    RATE_LIMIT_PER_MINUTE: "100000",
    // Live chat is staffed around the clock unless a suite says otherwise: by default chat hours
    // follow the support hours, and a suite starting a chat on a weekend would get an offline
    // message instead (test/chat-offline.test.ts sets its own hours).
    CHAT_OPERATING_HOURS: "24/7",
    ...options.env,
  };
  const chosenUrl =
    options.database?.url ?? (options.env && "DATABASE_URL" in options.env ? options.env.DATABASE_URL : undefined);
  const scratch = chosenUrl !== undefined || !baseUrl ? null : await scratchDatabase(baseUrl, env);
  env.DATABASE_URL = chosenUrl ?? scratch?.url;
  const config = loadConfig(env);
  const system = await startSystem({
    ...options,
    env,
    randomPorts: true,
    logger: options.logger ?? createLogger(config.LOG_LEVEL),
  });
  const untrack = trackOpenSystem(system);
  const url = system.gateway?.url ?? "";
  const wsUrl = system.gateway?.wsUrl ?? "";
  return {
    ...system,
    url,
    wsUrl,
    env,
    async request(query, variables = {}, token = null, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    token: (role, subject) =>
      mintToken({
        secret: config.JWT_SECRET,
        issuer: config.JWT_ISSUER,
        role,
        subject: subject ?? DEFAULT_SUBJECT[role],
      }),
    subscribe: (token) =>
      createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      }),
    async close() {
      untrack();
      await system.close();
      await scratch?.drop();
    },
  };
}

/** A fresh database for one system: a copy of the run's seeded template when the system wants the demo data. */
async function scratchDatabase(baseUrl: string, env: Record<string, string | undefined>) {
  // Benchmarks and scripts boot systems through this kit too, outside vitest: no run, no template.
  const runId = process.env.VITEST ? inject("templateRunId") : undefined;
  const variant = seedVariant(env);
  const template = runId && variant ? await seededTemplate(baseUrl, runId, variant, env) : undefined;
  return createScratchDatabase(baseUrl, { template });
}

/** Collects events of one graphql-ws subscription into an array you can await on. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: GraphQLResponse<T>[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let failure: unknown = null;
  const notify = () => {
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.count || failure) {
        waiter.resolve();
        waiters.splice(waiters.indexOf(waiter), 1);
      }
    }
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        received.push(value as GraphQLResponse<T>);
        notify();
      },
      error: (error) => {
        failure = error;
        notify();
      },
      complete: () => notify(),
    },
  );
  return {
    received,
    get error() {
      return failure;
    },
    /** Resolves once `count` events arrived (or the subscription failed); rejects after `timeoutMs`. */
    waitFor(count: number, timeoutMs = 5000): Promise<GraphQLResponse<T>[]> {
      if (received.length >= count || failure) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${count} events (got ${received.length})`)),
          timeoutMs,
        );
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(received)) });
      });
    },
    dispose,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Repeats `probe` until it returns a truthy value or the time runs out. */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 5000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(intervalMs);
  }
}

/** Two instances of the whole system on one scratch PostgreSQL database: replicas of one deployment. */
export async function startReplicas(
  env: Record<string, string | undefined> = {},
): Promise<{ a: TestSystem; b: TestSystem; close(): Promise<void> }> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error("startReplicas needs DATABASE_URL");
  const scratch = await createScratchDatabase(baseUrl);
  const a = await startTestSystem({ database: scratch, env });
  const b = await startTestSystem({ database: scratch, env });
  return {
    a,
    b,
    async close() {
      await a.close();
      await b.close();
      await scratch.drop();
    },
  };
}
