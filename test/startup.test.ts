/** Start-up: configuration errors name the variable and exit 1; migrations and seed are idempotent. */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../shared/config.js";
import { openDatabase } from "../shared/db.js";
import { applyMigrations } from "../shared/migrations.js";
import { seedDemoData } from "../scripts/seed.js";
import { startSystem } from "../runtime/system.js";
import type { Logger } from "../shared/logger.js";
import { sleep } from "./harness.js";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("configuration", () => {
  it("names the bad variable", () => {
    expect(() => loadConfig({ MAX_CONCURRENT_CHATS_PER_AGENT: "three" })).toThrow(/MAX_CONCURRENT_CHATS_PER_AGENT/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    expect(() => loadConfig({ GATEWAY_WORKERS: "0" })).toThrow(/GATEWAY_WORKERS/);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/);
    expect(loadConfig({}).MAX_CONCURRENT_CHATS_PER_AGENT).toBe(3);
  });

  it("production refuses guessable secrets and one secret for both jobs", () => {
    const random = () => randomBytes(32).toString("base64");
    const production = (jwt: string, internal: string) => () =>
      loadConfig({ NODE_ENV: "production", JWT_SECRET: jwt, INTERNAL_SECRET: internal });
    expect(production("a".repeat(32), random())).toThrow(/^Invalid configuration: JWT_SECRET is too easy to guess/);
    expect(production(random(), "abababababababababababababababab")).toThrow(/INTERNAL_SECRET is too easy to guess/);
    const shared = random();
    expect(production(shared, shared)).toThrow(/INTERNAL_SECRET must differ from JWT_SECRET/);
    expect(production(random(), random())).not.toThrow();
    expect(production(randomBytes(16).toString("hex"), "correct horse battery staple with a river view")).not.toThrow();
    // A 32-hex-character secret with many repeated digits (one random draw in a thousand looks
    // like this) scores ~89 bits by its own frequencies; it is random, not guessable.
    expect(production("4e44e9e475e499ae9f6eba9995e569b9", random())).not.toThrow();
    expect(production("ab".repeat(16), random())).toThrow(/JWT_SECRET is too easy to guess/);
  });

  it("npm start exits 1 with one line naming the variable", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", CHATBOT_CONFIDENCE_THRESHOLD: "1.5" },
      encoding: "utf8",
      timeout: 80_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^Invalid configuration: CHATBOT_CONFIDENCE_THRESHOLD must be between 0 and 1/),
    ]);
  }, 90_000);
});

describe("migrations and seed", () => {
  it("apply once, then are a no-op; the seed is idempotent", async () => {
    const db = await openDatabase({ pgliteDir: "memory://" });
    try {
      const first = await applyMigrations(db);
      expect(first.applied.length).toBeGreaterThan(0);
      const second = await applyMigrations(db);
      expect(second.applied).toEqual([]);
      const rows = await db.sql.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations"`,
      );
      expect(rows.map((r) => r.checksum)).toEqual(rows.map(() => expect.stringMatching(/^[0-9a-f]{64}$/)));
      const seeded = await seedDemoData(db);
      expect(seeded).toMatchObject({ ticketCategories: 30, knowledgeArticles: 40, agents: 12, customers: 20 });
      expect(await seedDemoData(db)).toEqual(seeded);
    } finally {
      await db.close();
    }
  }, 120_000);
});

/** A logger that keeps every line it is given, children included. */
function recordingLogger(
  lines: { level: string; msg: string; fields: Record<string, unknown> }[],
  base: Record<string, unknown> = {},
): Logger {
  const write =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, msg, fields: { ...base, ...fields } });
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child: (fields) => recordingLogger(lines, { ...base, ...fields }),
  };
}

describe("a clean start", () => {
  it("logs no warning: every subgraph listens before any consumer catches up from the others", async () => {
    const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
    const system = await startSystem({
      env: { NODE_ENV: "test", PGLITE_DIR: "memory://", SEED_DEMO_DATA: "false", RATE_LIMIT_PER_MINUTE: "100000" },
      randomPorts: true,
      logger: recordingLogger(lines),
    });
    try {
      await sleep(1500); // the consumers' first catch-up pass runs at start
      expect(lines.filter((line) => line.level === "warn" || line.level === "error")).toEqual([]);
    } finally {
      await system.close();
    }
  }, 120_000);
});

describe("command-line errors are one clear line, never a stack", () => {
  const run = (script: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", ...env },
      encoding: "utf8",
      timeout: 120_000,
    });

  it("a port in use names the port and the variable that sets it, exit 1", async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const result = run("scripts/start.ts", [], {
        PGLITE_DIR: "memory://",
        SEED_DEMO_DATA: "false",
        TICKETS_PORT: String(port),
        LOG_LEVEL: "silent",
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        `Port ${port} on 127.0.0.1 is already in use; stop what holds it or set TICKETS_PORT to a free port.`,
      ]);
    } finally {
      busy.close();
    }
  }, 150_000);

  it("a service that fails after its logger exists writes the failure as one redacted JSON log line, exit 1", () => {
    const password = "hunter2-database-password";
    const result = run("runtime/main.ts", ["tickets"], {
      DATABASE_URL: `postgresql://switchboard:${password}@127.0.0.1:1/switchboard`,
      RUN_MIGRATIONS: "true",
      TICKETS_PORT: "0",
      LOG_LEVEL: "error",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, any>);
    expect(lines).toEqual([
      expect.objectContaining({
        level: "error",
        msg: "tickets failed to start",
        error: expect.objectContaining({ message: expect.stringContaining("ECONNREFUSED") }),
      }),
    ]);
    expect(result.stdout).not.toContain(password);
  }, 60_000);

  it("npm run token -- --help prints the usage; an unknown option prints it too, exit 1", () => {
    const help = run("scripts/token.ts", ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run token -- --role/);
    expect(help.stderr).not.toMatch(/\n\s+at /);
    const bad = run("scripts/token.ts", ["--bogus"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^Unknown option '--bogus'\nUsage: npm run token/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
