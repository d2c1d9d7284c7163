/**
 * Writes the next migration offline: `npm run migration:new -- <name>`.
 *
 * Prisma's `migrate dev` needs a native engine that cannot be downloaded here, so this drives
 * Prisma's WASM schema engine directly: it diffs the datamodel recorded with the latest
 * migration (schema/migrations/datamodel.snapshot.prisma) against schema/prisma/*.prisma and
 * writes the SQL as a standard Prisma migration folder. The engine needs a database adapter to
 * start (it does not touch it for a datamodel→datamodel diff): an in-memory PGlite serves.
 * `--check` exits 1 when the datamodel has changes that no migration covers.
 *
 * Why not a migration library: the diff is Prisma's own (its WASM engine, above), so the SQL is
 * exactly what `prisma migrate dev` would write; only the file handling around it is ours.
 */
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const ROOT = path.resolve(import.meta.dirname, "..");
const DATAMODEL_DIR = path.join(ROOT, "schema/prisma");
const MIGRATIONS_DIR = path.join(ROOT, "schema/migrations");
const SNAPSHOT = path.join(MIGRATIONS_DIR, "datamodel.snapshot.prisma");

export async function currentDatamodel(): Promise<string> {
  const files = (await readdir(DATAMODEL_DIR))
    .filter((f) => f.endsWith(".prisma"))
    .sort((a, b) => (a === "schema.prisma" ? -1 : b === "schema.prisma" ? 1 : a.localeCompare(b)));
  const parts = await Promise.all(
    files.map(async (f) => `// ---- ${f}\n${await readFile(path.join(DATAMODEL_DIR, f), "utf8")}`),
  );
  return parts.join("\n");
}

async function loadSchemaEngine() {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = await import(bgPath);
  const wasmBytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  // Node's global WebAssembly (the DOM lib that types it is not part of this server project).
  const wasm = (
    globalThis as unknown as {
      WebAssembly: {
        instantiate(bytes: Buffer, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
      };
    }
  ).WebAssembly;
  const { instance } = await wasm.instantiate(wasmBytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bindings.SchemaEngine as {
    new: (
      options: unknown,
      log: (message: string) => void,
      adapter: unknown,
    ) => Promise<{ diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }> }>;
  };
}

export async function diffDatamodels(from: string | null, to: string): Promise<string> {
  const SchemaEngine = await loadSchemaEngine();
  const pglite = await PGlite.create();
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
    const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => undefined, adapter);
    const target = (content: string | null) =>
      content === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };
    const result = await engine.diff({
      from: target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    await pglite.close();
  }
}

const isEmptyDiff = (sql: string) => sql.trim() === "" || /^-- This is an empty migration\.?\s*$/.test(sql.trim());

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const name = args.find((a) => !a.startsWith("--"));
  const previous = existsSync(SNAPSHOT) ? await readFile(SNAPSHOT, "utf8") : null;
  const next = await currentDatamodel();
  const sql = await diffDatamodels(previous, next);
  if (isEmptyDiff(sql)) {
    console.log("Datamodel matches the latest migration; nothing to write.");
    return;
  }
  if (check) {
    console.error("schema/prisma has changes no migration covers. Run: npm run migration:new -- <name>\n" + sql);
    process.exit(1);
  }
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npm run migration:new -- <snake_case_name>");
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), sql);
  await writeFile(SNAPSHOT, next);
  if (!existsSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"))) {
    await writeFile(
      path.join(MIGRATIONS_DIR, "migration_lock.toml"),
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  console.log(`Wrote ${path.relative(ROOT, folder)}/migration.sql`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
