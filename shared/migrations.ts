/**
 * Applies the standard Prisma migration folders (schema/migrations/<name>/migration.sql)
 * without Prisma's native engine. Bookkeeping is Prisma's own `_prisma_migrations` table
 * (name + sha256 checksum), so `prisma migrate deploy` on a machine with network access
 * sees the same history.
 *
 * Why hand-written: `prisma migrate deploy` needs Prisma's native schema engine, a binary
 * downloaded per platform, which offline installs do not have and which cannot drive the
 * embedded PGlite; node-pg-migrate and postgres-migrations take a `pg` connection, not PGlite,
 * and keep their own history tables instead of Prisma's, so a deployment could not move between
 * them and `prisma migrate deploy`; umzug is storage-agnostic and would leave all of the
 * bookkeeping below to write anyway. What is left to do is short: read the folders in
 * order, refuse a changed checksum, run each in a transaction under Prisma's advisory lock.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Database } from "./db.js";
import { projectPath } from "./paths.js";

export const MIGRATIONS_DIR = projectPath("schema", "migrations");
/** Same key Prisma uses, so our runner and `prisma migrate deploy` exclude each other. */
const MIGRATION_LOCK_KEY = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrations: MigrationFile[] = [];
  for (const name of entries) {
    const file = path.join(dir, name, "migration.sql");
    if (!existsSync(file)) continue;
    const sql = await readFile(file, "utf8");
    migrations.push({ name, sql, checksum: createHash("sha256").update(sql).digest("hex") });
  }
  return migrations;
}

const BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/** Applies every pending migration in order, each in its own transaction. */
export async function applyMigrations(db: Database, dir = MIGRATIONS_DIR): Promise<MigrationReport> {
  const migrations = await readMigrations(dir);
  return db.withSession(async (session) => {
    if (db.kind === "postgres") await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await session.exec(BOOKKEEPING_TABLE);
      const rows = await session.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
      const applied: string[] = [];
      for (const migration of migrations) {
        if (done.has(migration.name)) {
          if (done.get(migration.name) !== migration.checksum) {
            throw new Error(`Migration ${migration.name} was changed after it was applied (checksum mismatch)`);
          }
          continue;
        }
        await session.exec("BEGIN");
        try {
          await session.exec(migration.sql);
          await session.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
            [randomUUID(), migration.checksum, migration.name],
          );
          await session.exec("COMMIT");
        } catch (error) {
          await session.exec("ROLLBACK");
          throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
        }
        applied.push(migration.name);
      }
      return { applied, alreadyApplied: done.size };
    } finally {
      if (db.kind === "postgres") await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}
