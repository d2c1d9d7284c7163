/**
 * `npm run seed`: migrates, then loads the demo data (idempotent). Progress goes to stderr, one
 * line per step; the final row counts are one JSON line on stdout.
 */
import { loadConfig } from "../shared/config.js";
import { openDatabase } from "../shared/db.js";
import { applyMigrations } from "../shared/migrations.js";
import { runMain } from "../runtime/cli.js";
import { seedDemoData } from "./seed.js";

const started = Date.now();
const progress = (message: string) =>
  process.stderr.write(`seed [${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

/** Where the data goes, without credentials. */
function describeTarget(databaseUrl: string | undefined, pgliteDir: string): string {
  if (!databaseUrl) return `embedded PGlite in ${pgliteDir}`;
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

runMain(async () => {
  const config = loadConfig();
  progress(`opening ${describeTarget(config.DATABASE_URL, config.PGLITE_DIR)}`);
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    progress("applying migrations");
    const migrations = await applyMigrations(db);
    progress(`migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied} already there`);
    const report = await seedDemoData(db, { config, onStep: (step) => progress(`seeding ${step}`) });
    progress(
      `done: ${Object.entries(report)
        .map(([what, count]) => `${count} ${what}`)
        .join(", ")}`,
    );
    console.log(JSON.stringify(report));
  } finally {
    await db.close();
  }
});
