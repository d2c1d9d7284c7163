/**
 * The database engines a statement-level test runs on — PostgreSQL when DATABASE_URL is set, and
 * always the embedded PGlite — and a database of its own on each.
 */
import { createScratchDatabase } from "../../scripts/scratch-database.js";
import { openDatabase, type Database } from "../../shared/db.js";

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
