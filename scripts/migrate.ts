/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded PGlite). */
import { loadConfig } from "../shared/config.js";
import { openDatabase } from "../shared/db.js";
import { applyMigrations } from "../shared/migrations.js";
import { runMain } from "../runtime/cli.js";

runMain(async () => {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    const report = await applyMigrations(db);
    console.log(
      report.applied.length
        ? `Applied: ${report.applied.join(", ")}`
        : `Up to date (${report.alreadyApplied} migrations applied earlier).`,
    );
  } finally {
    await db.close();
  }
});
