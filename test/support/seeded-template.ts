/**
 * Migrating and seeding a fresh PostgreSQL database costs seconds; copying a database costs a
 * fraction of one. The first suite of a test run that needs the demo data builds a migrated,
 * seeded template (one per seed variant, under an advisory lock so parallel workers build it
 * once); every suite after that starts from `CREATE DATABASE … TEMPLATE`. Templates belong to
 * one run (its id comes from test/global-setup.ts), so the seed's relative timestamps are never
 * older than the run, and the run's teardown drops them.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { loadConfig } from "../../shared/config.js";
import { openDatabase } from "../../shared/db.js";
import { applyMigrations } from "../../shared/migrations.js";
import { seedDemoData } from "../../scripts/seed.js";

export const TEMPLATE_PREFIX = "sb_tpl_";

/** Template names carry the run's start time so a later run can drop leftovers of a killed one. */
export function newTemplateRunId(now = Date.now()): string {
  return `${Math.floor(now / 1000)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Which seed a system asks for: only these variables change what the demo data writes. */
export function seedVariant(env: Record<string, string | undefined>): string | null {
  if (env.SEED_DEMO_DATA !== undefined && !/^(1|true|yes|on)$/i.test(env.SEED_DEMO_DATA)) return null;
  return createHash("sha1")
    .update(`chats=${env.MAX_CONCURRENT_CHATS_PER_AGENT ?? ""}`)
    .digest("hex")
    .slice(0, 8);
}

async function withAdmin<T>(baseUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The template's name for this run and seed variant, built on first use. */
export async function seededTemplate(
  baseUrl: string,
  runId: string,
  variant: string,
  env: Record<string, string | undefined>,
): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${runId}_${variant}`;
  await withAdmin(baseUrl, async (admin) => {
    const lock = createHash("sha1").update(name).digest().readInt32BE(0);
    await admin.query("SELECT pg_advisory_lock($1)", [lock]);
    try {
      const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (rowCount) return;
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      const config = loadConfig({ ...env, DATABASE_URL: url.toString() });
      const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 2, pgliteDir: "memory://" });
      try {
        await applyMigrations(db);
        await seedDemoData(db, { config });
      } catch (error) {
        await db.close();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        throw error;
      }
      await db.close();
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1)", [lock]);
    }
  });
  return name;
}

/** Drops this run's templates, and any left by runs started more than `staleAfterMs` ago. */
export async function dropTemplates(
  baseUrl: string,
  options: { runId?: string; staleAfterMs: number; now?: number },
): Promise<void> {
  await withAdmin(baseUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${TEMPLATE_PREFIX}%`,
    ]);
    const oldest = ((options.now ?? Date.now()) - options.staleAfterMs) / 1000;
    for (const { datname } of rows) {
      const [startedAt] = datname.slice(TEMPLATE_PREFIX.length).split("_");
      const ours = options.runId && datname.startsWith(`${TEMPLATE_PREFIX}${options.runId}_`);
      if (ours || Number(startedAt) < oldest) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
