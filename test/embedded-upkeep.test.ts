/**
 * The embedded engine's upkeep (shared/embedded-upkeep.ts): PGlite has no autovacuum, so a system
 * on it vacuums and analyzes, with autovacuum's thresholds, the tables whose counters call for it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../shared/db.js";
import { upkeepPass } from "../shared/embedded-upkeep.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";

interface TableStats {
  n_dead_tup: number;
  n_mod_since_analyze: number;
  vacuumed: boolean;
  analyzed: boolean;
}

const statsOf = async (db: Database, schema: string, table: string): Promise<TableStats> => {
  await db.sql.query("SELECT pg_stat_force_next_flush()");
  const [row] = await db.sql.query<TableStats>(
    `SELECT "n_dead_tup"::int AS "n_dead_tup", "n_mod_since_analyze"::int AS "n_mod_since_analyze",
       "last_vacuum" IS NOT NULL AS "vacuumed", "last_analyze" IS NOT NULL AS "analyzed"
     FROM pg_stat_user_tables WHERE "schemaname" = $1 AND "relname" = $2`,
    [schema, table],
  );
  return row;
};

describe("an upkeep pass on PGlite", () => {
  let db: Database;

  beforeAll(async () => {
    db = await openDatabase({ pgliteDir: "memory://" });
    await db.sql.exec(`CREATE TABLE "probe" ("id" int PRIMARY KEY, "v" int)`);
  });

  afterAll(async () => {
    await db?.close();
  });

  it("vacuums and analyzes what passed autovacuum's thresholds, and only that", async () => {
    await db.sql.exec(`INSERT INTO "probe" SELECT i, i FROM generate_series(1, 10000) i`);
    await db.sql.exec(`UPDATE "probe" SET "v" = "v" + 1 WHERE "id" <= 5000`);
    expect(await statsOf(db, "public", "probe")).toMatchObject({ n_dead_tup: 5000, vacuumed: false, analyzed: false });

    expect(await upkeepPass(db.sql)).toEqual([{ table: "public.probe", vacuumed: true, analyzed: true }]);
    expect(await statsOf(db, "public", "probe")).toMatchObject({
      n_dead_tup: 0,
      n_mod_since_analyze: 0,
      vacuumed: true,
      analyzed: true,
    });
    // Nothing is due any more; a few changes stay under the thresholds.
    expect(await upkeepPass(db.sql)).toEqual([]);
    await db.sql.exec(`UPDATE "probe" SET "v" = "v" + 1 WHERE "id" <= 40`);
    expect(await upkeepPass(db.sql)).toEqual([]);
    // 1,500 changed rows: past analyze's 50 + 10% of 10,000, short of vacuum's 50 + 20%.
    await db.sql.exec(`UPDATE "probe" SET "v" = "v" + 1 WHERE "id" <= 1500`);
    expect(await upkeepPass(db.sql)).toEqual([{ table: "public.probe", vacuumed: false, analyzed: true }]);
  });

  it("stops between tables when asked to", async () => {
    await db.sql.exec(`CREATE TABLE "probe_two" ("id" int PRIMARY KEY)`);
    await db.sql.exec(`INSERT INTO "probe_two" SELECT i FROM generate_series(1, 2000) i`);
    await db.sql.exec(`UPDATE "probe" SET "v" = "v" + 1 WHERE "id" <= 3000`);
    expect(await upkeepPass(db.sql, () => true)).toEqual([]);
    expect((await upkeepPass(db.sql)).map((a) => a.table)).toEqual(["public.probe", "public.probe_two"]);
  });
});

describe("a system on the embedded engine", () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ env: { DATABASE_URL: "" } });
  });

  afterAll(async () => {
    await system?.close();
  });

  it("analyzes at start the seeded tables past the threshold", async () => {
    expect(system.db.kind).toBe("pglite");
    // The ticket taxonomy (migrations and seed) is past the threshold; the agents' 20 customers are not.
    await eventually(async () => (await statsOf(system.db, "tickets", "categories")).analyzed, 15_000);
    expect((await statsOf(system.db, "agents", "customers")).analyzed).toBe(false);
  });
});
