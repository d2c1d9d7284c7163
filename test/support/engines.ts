/**
 * The database engines a statement-level test runs on — PostgreSQL when DATABASE_URL is set, and
 * always the embedded PGlite — and a database of its own on each.
 */
import { afterAll, beforeAll } from "vitest";
import { createScratchDatabase } from "../../scripts/scratch-database.js";
import { openDatabase, type Database } from "../../shared/db.js";
import { applyMigrations } from "../../shared/migrations.js";

export const ENGINES: { name: string; url: string | null }[] = [
  ...(process.env.DATABASE_URL ? [{ name: "PostgreSQL", url: process.env.DATABASE_URL }] : []),
  { name: "PGlite", url: null },
];

/** A scratch database on PostgreSQL (`url`), else an in-memory PGlite; `close` closes it and drops the scratch. */
export async function openOwnDatabase(
  url: string | null,
  poolSize: number,
): Promise<{ db: Database; close: () => Promise<void> }> {
  if (!url) {
    const db = await openDatabase({ pgliteDir: "memory://" });
    return { db, close: () => db.close() };
  }
  const scratch = await createScratchDatabase(url);
  const db = await openDatabase({ databaseUrl: scratch.url, poolSize });
  return {
    db,
    close: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}

/**
 * The suite's hooks for a migrated database of its own (`openOwnDatabase`): opened and migrated
 * before the suite, handed to `use`, closed (and its scratch dropped) after it.
 */
export function ownMigratedDatabase(url: string | null, poolSize: number, use: (db: Database) => void): void {
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const own = await openOwnDatabase(url, poolSize);
    close = own.close;
    await applyMigrations(own.db);
    use(own.db);
  }, 120_000);
  afterAll(async () => {
    await close?.();
  });
}
