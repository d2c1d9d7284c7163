/**
 * The migration to the specification's taxonomy carries every stored reference from the first
 * taxonomy's keys to the specification's, loses no ticket, turns numeric escalation tiers into
 * named ones, and refuses (changing nothing) when it meets a key it cannot map.
 */
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../shared/db.js";
import { applyMigrations, MIGRATIONS_DIR } from "../shared/migrations.js";
import { createScratchDatabase } from "./harness.js";

const TAXONOMY_MIGRATION = "support_taxonomy_spec";

/** A migrations folder holding only the migrations before the taxonomy change. */
async function migrationsBeforeTaxonomy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "sb-migrations-"));
  for (const name of (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    if (name.endsWith(TAXONOMY_MIGRATION)) break;
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

async function insertOldTicket(
  db: Database,
  categoryKey: string | null,
  subcategoryKey: string | null,
  priority: string,
  escalationTier: number | null,
): Promise<string> {
  const id = randomUUID();
  await db.sql.query(
    `INSERT INTO "tickets"."tickets" ("id", "subject", "description", "channel", "status", "priority", "language", "categoryKey", "subcategoryKey", "tags", "customerId", "escalationTier", "updatedAt")
     VALUES ($1::uuid, 'old', 'old ticket', 'EMAIL', 'OPEN', $2::"tickets"."TicketPriority", 'en', $3, $4, '{}', $5::uuid, $6, now())`,
    [id, priority, categoryKey, subcategoryKey, randomUUID(), escalationTier],
  );
  return id;
}

async function seedOldTaxonomy(db: Database): Promise<void> {
  await db.sql.exec(`
    INSERT INTO "tickets"."categories" ("key", "parentKey", "name", "defaultPriority", "slaHours", "escalationTier", "keywords") VALUES
      ('billing_support', NULL, 'Billing', 'MEDIUM', 4, 2, '{}'),
      ('account_management', NULL, 'Account', 'MEDIUM', 4, 1, '{}'),
      ('compliance', NULL, 'Compliance', 'HIGH', 2, 3, '{}'),
      ('payment_failed', 'billing_support', 'Payment failed', 'MEDIUM', 4, 2, '{}'),
      ('password_reset', 'account_management', 'Password reset', 'MEDIUM', 4, 1, '{}'),
      ('aml_review', 'compliance', 'AML review', 'HIGH', 2, 3, '{}');`);
}

describe("migration to the specification's taxonomy", () => {
  let before: string;
  beforeAll(async () => {
    before = await migrationsBeforeTaxonomy();
  });
  afterAll(async () => {
    await rm(before, { recursive: true, force: true });
  });

  it("maps every old key, keeps every ticket and names the escalation tiers", async () => {
    const { db, drop } = await freshDatabase();
    try {
      await applyMigrations(db, before);
      await seedOldTaxonomy(db);
      const card = await insertOldTicket(db, "billing_support", "payment_failed", "MEDIUM", null);
      const password = await insertOldTicket(db, "account_management", "password_reset", "HIGH", 2);
      const aml = await insertOldTicket(db, "compliance", "aml_review", "HIGH", 3);
      const withdrawal = await insertOldTicket(db, "investment_support", "withdrawal_request", "URGENT", null);
      const triaged = await insertOldTicket(db, null, null, "MEDIUM", null);
      const agentId = randomUUID();
      await db.sql.query(
        `INSERT INTO "agents"."agents" ("id", "email", "displayName", "specializations", "languages", "escalationTiers", "updatedAt")
         VALUES ($1::uuid, 'old@example.com', 'Old Agent', '{compliance,account_management}', '{en}', '{1,2,3}', now())`,
        [agentId],
      );
      const ticketCount = (await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "tickets"."tickets"`))[0]
        .n;

      await applyMigrations(db);

      const rows = await db.sql.query<{
        id: string;
        categoryKey: string | null;
        subcategoryKey: string | null;
        escalationTier: string | null;
        priorityOverride: string | null;
        slaCheckAt: Date | null;
      }>(
        `SELECT "id", "categoryKey", "subcategoryKey", "escalationTier", "priorityOverride", "slaCheckAt" FROM "tickets"."tickets"`,
      );
      expect(rows).toHaveLength(ticketCount);
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(card)).toMatchObject({
        categoryKey: "billing_support",
        subcategoryKey: "payment_issues",
        escalationTier: null,
      });
      expect(byId.get(password)).toMatchObject({
        categoryKey: "account_support",
        subcategoryKey: "account_security",
        escalationTier: "account_specialist",
        priorityOverride: "HIGH",
      });
      expect(byId.get(aml)).toMatchObject({
        categoryKey: "compliance_support",
        subcategoryKey: "aml_inquiries",
        escalationTier: "supervisor",
      });
      // A subcategory that moved category takes its ticket with it.
      expect(byId.get(withdrawal)).toMatchObject({ categoryKey: "billing_support", subcategoryKey: "payment_issues" });
      expect(byId.get(triaged)).toMatchObject({ categoryKey: null, subcategoryKey: null });
      // Never-swept active tickets are due for the SLA sweeper now.
      for (const row of rows) expect(row.slaCheckAt).not.toBeNull();

      const categories = await db.sql.query<{
        key: string;
        parentKey: string | null;
        defaultPriority: string;
        slaHours: number;
        escalationTier: string;
      }>(
        `SELECT "key", "parentKey", "defaultPriority"::text AS "defaultPriority", "slaHours", "escalationTier" FROM "tickets"."categories" ORDER BY "key"`,
      );
      expect(categories).toHaveLength(30);
      expect(categories.find((c) => c.key === "technical_support")).toMatchObject({
        parentKey: null,
        defaultPriority: "HIGH",
        slaHours: 2,
        escalationTier: "technical_specialist",
      });
      expect(categories.find((c) => c.key === "2fa_assistance")).toMatchObject({
        parentKey: "account_support",
        escalationTier: "account_specialist",
      });
      expect(categories.some((c) => ["account_management", "compliance", "payment_failed"].includes(c.key))).toBe(
        false,
      );

      const [agent] = await db.sql.query<{ specializations: string[]; escalationTiers: string[] }>(
        `SELECT "specializations", "escalationTiers" FROM "agents"."agents" WHERE "id" = $1::uuid`,
        [agentId],
      );
      expect(agent.specializations).toEqual(["account_support", "compliance_support"]);
      expect(agent.escalationTiers).toEqual(["account_specialist", "compliance_specialist", "supervisor"]);
    } finally {
      await drop();
    }
  });

  it("refuses a key it cannot map and changes nothing", async () => {
    const { db, drop } = await freshDatabase();
    try {
      await applyMigrations(db, before);
      await seedOldTaxonomy(db);
      const mystery = await insertOldTicket(db, "crypto_lending", null, "LOW", null);
      await expect(applyMigrations(db)).rejects.toThrow(/crypto_lending/);
      const [row] = await db.sql.query<{ categoryKey: string }>(
        `SELECT "categoryKey" FROM "tickets"."tickets" WHERE "id" = $1::uuid`,
        [mystery],
      );
      expect(row.categoryKey).toBe("crypto_lending");
      const [category] = await db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "tickets"."categories" WHERE "key" = 'payment_failed'`,
      );
      expect(category.n).toBe(1);
    } finally {
      await drop();
    }
  });
});
