/** `npm run seed`: migrates, then loads the demo data (idempotent). */
import { loadConfig } from "../subgraphs/common/config.js";
import { openDatabase } from "../subgraphs/common/db.js";
import { applyMigrations } from "../subgraphs/common/migrations.js";
import { runMain } from "./cli.js";
import { seedDemoData } from "./seed.js";

runMain(async () => {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    await applyMigrations(db);
    console.log(JSON.stringify(await seedDemoData(db, { config })));
  } finally {
    await db.close();
  }
});
