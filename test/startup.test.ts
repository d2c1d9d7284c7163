/** Start-up: configuration errors name the variable and exit 1; migrations and seed are idempotent. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../subgraphs/common/config.js";
import { openDatabase } from "../subgraphs/common/db.js";
import { applyMigrations } from "../subgraphs/common/migrations.js";
import { seedDemoData } from "../scripts/seed.js";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("configuration", () => {
  it("names the bad variable", () => {
    expect(() => loadConfig({ MAX_CONCURRENT_CHATS_PER_AGENT: "three" })).toThrow(/MAX_CONCURRENT_CHATS_PER_AGENT/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/);
    expect(loadConfig({}).MAX_CONCURRENT_CHATS_PER_AGENT).toBe(3);
  });

  it("npm start exits 1 with one line naming the variable", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", CHATBOT_CONFIDENCE_THRESHOLD: "1.5" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Invalid configuration: CHATBOT_CONFIDENCE_THRESHOLD must be between 0 and 1/)]);
  });
});

describe("migrations and seed", () => {
  it("apply once, then are a no-op; the seed is idempotent", async () => {
    const db = await openDatabase({ pgliteDir: "memory://" });
    try {
      const first = await applyMigrations(db);
      expect(first.applied.length).toBeGreaterThan(0);
      const second = await applyMigrations(db);
      expect(second.applied).toEqual([]);
      const rows = await db.sql.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
      expect(rows.map((r) => r.checksum)).toEqual(rows.map(() => expect.stringMatching(/^[0-9a-f]{64}$/)));
      const seeded = await seedDemoData(db);
      expect(seeded).toMatchObject({ ticketCategories: 30, knowledgeArticles: 40, agents: 12, customers: 20 });
      expect(await seedDemoData(db)).toEqual(seeded);
    } finally {
      await db.close();
    }
  }, 120_000);
});
