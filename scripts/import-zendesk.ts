/**
 * `npm run import:zendesk -- <export.json> [--tag-map <map.json>]`: imports a Zendesk tickets
 * export into the configured database (DATABASE_URL, else PGLITE_DIR). Needs
 * ZENDESK_MIGRATION_ENABLED=true. Idempotent: run it again with the same or a later export.
 * `--tag-map` names a JSON object of Zendesk tag → category or subcategory key.
 */
import { readFile } from "node:fs/promises";
import { loadConfig, StartupError } from "../shared/config.js";
import { openDatabase } from "../shared/db.js";
import { applyMigrations } from "../shared/migrations.js";
import { runMain } from "../runtime/cli.js";
import { parseZendeskExport, ZendeskExportError } from "./zendesk/export.js";
import { importZendeskExport, ZendeskImportDisabledError } from "./zendesk/importer.js";

const USAGE =
  "Usage: npm run import:zendesk -- <export.json> [--tag-map <map.json>]   (needs ZENDESK_MIGRATION_ENABLED=true)";

async function readJsonFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new StartupError(
      `Cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

runMain(async () => {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  if (!config.ZENDESK_MIGRATION_ENABLED) throw new ZendeskImportDisabledError();
  const tagMapIndex = args.indexOf("--tag-map");
  const tagMapPath = tagMapIndex >= 0 ? args[tagMapIndex + 1] : undefined;
  if (tagMapIndex >= 0 && !tagMapPath) throw new StartupError(`--tag-map needs a file. ${USAGE}`);
  const files = args.filter((arg, index) => !arg.startsWith("--") && !(tagMapIndex >= 0 && index === tagMapIndex + 1));
  if (files.length !== 1) throw new StartupError(USAGE);

  let tagMap: Record<string, string> | undefined;
  if (tagMapPath) {
    try {
      tagMap = JSON.parse(await readJsonFile(tagMapPath, "tag map")) as Record<string, string>;
    } catch (error) {
      if (error instanceof StartupError) throw error;
      throw new StartupError(`The tag map ${tagMapPath} is not JSON`);
    }
  }
  let data;
  try {
    data = parseZendeskExport(await readJsonFile(files[0], "Zendesk export"));
  } catch (error) {
    if (error instanceof ZendeskExportError) throw new StartupError(`${files[0]}: ${error.message}`);
    throw error;
  }
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    await applyMigrations(db);
    const report = await importZendeskExport(data, { db, config, tagMap });
    console.log(JSON.stringify(report));
  } finally {
    await db.close();
  }
});
