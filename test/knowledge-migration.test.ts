/**
 * The migrations to the specification's knowledge base carry an existing database along: articles
 * of the previous categories move to the specification's (none deleted, versions too), the old
 * category rows go, untouched old contextual-help mappings make way for the new defaults while
 * edited ones stay, and ranking's weighted figures start from the counts already given.
 */
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../shared/db.js";
import { applyMigrations, MIGRATIONS_DIR } from "../shared/migrations.js";
import { createScratchDatabase } from "./harness.js";

const FIRST_KNOWLEDGE_MIGRATION = "knowledge_base_specification";

async function migrationsBefore(suffix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "sb-kb-migrations-"));
  for (const name of (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    if (name.endsWith(suffix)) break;
    await cp(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

async function freshDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const baseUrl = process.env.DATABASE_URL;
  const scratch = baseUrl ? await createScratchDatabase(baseUrl) : null;
  const db = await openDatabase({ databaseUrl: scratch?.url, pgliteDir: "memory://", poolSize: 2 });
  return {
    db,
    drop: async () => {
      await db.close();
      await scratch?.drop();
    },
  };
}

describe("migration to the specification's knowledge base", () => {
  let before: string;
  beforeAll(async () => {
    before = await migrationsBefore(FIRST_KNOWLEDGE_MIGRATION);
  });
  afterAll(async () => {
    await rm(before, { recursive: true, force: true });
  });

  it("moves articles of the old categories, keeps edited help mappings, and starts the weights from the counts", async () => {
    const { db, drop } = await freshDatabase();
    try {
      await applyMigrations(db, before);
      await db.sql.exec(`
        INSERT INTO "knowledge"."categories" ("key", "name", "description") VALUES
          ('getting_started', 'Getting started', 'old'), ('investments', 'Investments', 'old'),
          ('account_security', 'Account security', 'old'), ('payments_billing', 'Payments & billing', 'old');
        INSERT INTO "knowledge"."help_topics" ("page", "action", "topics") VALUES
          ('billing', '', '{fees,subscription,refund,invoices,plans}'),
          ('security', '', '{security,2fa,password,edited-by-an-admin}');`);
      const ids: Record<string, string> = {};
      for (const category of ["getting_started", "investments", "account_security", "payments_billing"]) {
        ids[category] = randomUUID();
        await db.sql.query(
          `INSERT INTO "knowledge"."articles" ("id", "translationGroup", "language", "slug", "title", "body", "categoryKey", "tags", "keywords", "status", "viewCount", "helpfulCount", "unhelpfulCount", "updatedAt")
           VALUES ($1::uuid, $1::uuid, 'en', $2, 'Old article', 'Body', $2, '{}', '{}', 'PUBLISHED', 12, 3, 1, now())`,
          [ids[category], category],
        );
        await db.sql.query(
          `INSERT INTO "knowledge"."article_versions" ("id", "articleId", "version", "title", "body", "categoryKey", "tags", "status") VALUES ($1::uuid, $2::uuid, 1, 'Old article', 'Body', $3, '{}', 'PUBLISHED')`,
          [randomUUID(), ids[category], category],
        );
      }

      await applyMigrations(db);

      const categories = await db.sql.query<{ key: string; name: string; description: string }>(
        `SELECT "key", "name", "description" FROM "knowledge"."categories" ORDER BY "key"`,
      );
      expect(categories).toEqual([
        { key: "getting_started", name: "Getting Started", description: "Basic platform orientation and first steps" },
        { key: "investment_guide", name: "Investment Guide", description: "Investment processes and strategies" },
        { key: "trading_help", name: "Trading Help", description: "Trading platform and features" },
        { key: "troubleshooting", name: "Troubleshooting", description: "Common issues and solutions" },
      ]);
      const articles = new Map(
        (
          await db.sql.query<{
            id: string;
            categoryKey: string;
            viewWeight: number;
            helpfulWeight: number;
            unhelpfulWeight: number;
          }>(`SELECT "id", "categoryKey", "viewWeight", "helpfulWeight", "unhelpfulWeight" FROM "knowledge"."articles"`)
        ).map((a) => [a.id, a]),
      );
      expect(articles.size).toBe(4);
      expect(articles.get(ids.getting_started)!.categoryKey).toBe("getting_started");
      expect(articles.get(ids.investments)!.categoryKey).toBe("investment_guide");
      expect(articles.get(ids.account_security)!.categoryKey).toBe("troubleshooting");
      expect(articles.get(ids.payments_billing)!.categoryKey).toBe("trading_help");
      for (const article of articles.values())
        expect(article).toMatchObject({ viewWeight: 12, helpfulWeight: 3, unhelpfulWeight: 1 });
      const versions = await db.sql.query<{ categoryKey: string }>(
        `SELECT DISTINCT "categoryKey" FROM "knowledge"."article_versions" ORDER BY 1`,
      );
      expect(versions.map((v) => v.categoryKey)).toEqual([
        "getting_started",
        "investment_guide",
        "trading_help",
        "troubleshooting",
      ]);
      const help = await db.sql.query<{ page: string; topics: string[] }>(
        `SELECT "page", "topics" FROM "knowledge"."help_topics"`,
      );
      expect(help).toEqual([{ page: "security", topics: ["security", "2fa", "password", "edited-by-an-admin"] }]);
    } finally {
      await drop();
    }
  });
});
