/**
 * Every subgraph has the same shape (docs/architecture.md): GraphQL wiring in `schema/` (small
 * files, no storage calls), its event consumers in `events.ts`, its background work started from
 * `jobs.ts`, calls to other subgraphs in `clients/`, and no file name that means one job here and
 * another there.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const SUBGRAPHS = ["tickets", "chat", "knowledge", "agents", "analytics"];
const MAX_SCHEMA_FILE_LINES = 300;
/** Names that used to mean different jobs in different subgraphs. */
const AMBIGUOUS_NAMES = [
  "schema.ts",
  "facts.ts",
  "outbox.ts",
  "routing.ts",
  "live.ts",
  "background.ts",
  "consumers.ts",
  "ingest.ts",
  "sweeper.ts",
];
/** Storage calls: Prisma's client or a transaction's, and raw SQL. */
const STORAGE_CALL =
  /\b(prisma|tx)\s*\.\s*(\$transaction|\$queryRaw\w*|\$executeRaw\w*|[a-z]\w*\s*\.\s*(find\w*|create\w*|update\w*|upsert|delete\w*|count|aggregate|groupBy))\s*\(/;

describe.each(SUBGRAPHS)("the %s subgraph's layout", (name) => {
  const folder = path.join(ROOT, "subgraphs", name);
  const schemaFiles = readdirSync(path.join(folder, "schema")).filter((file) => file.endsWith(".ts"));

  it("wires GraphQL in schema/, small files assembled by schema/index.ts, with no storage calls", () => {
    expect(schemaFiles).toContain("index.ts");
    for (const file of schemaFiles) {
      const text = readFileSync(path.join(folder, "schema", file), "utf8");
      expect(text.split("\n").length, `schema/${file} is over ${MAX_SCHEMA_FILE_LINES} lines`).toBeLessThanOrEqual(
        MAX_SCHEMA_FILE_LINES,
      );
      expect(text, `schema/${file} calls storage; move it into a domain module`).not.toMatch(STORAGE_CALL);
    }
  });

  it("names each role the same way as every other subgraph", () => {
    expect(existsSync(path.join(folder, "events.ts")), "events.ts (its event consumers)").toBe(true);
    expect(existsSync(path.join(folder, "jobs.ts")), "jobs.ts (its background work)").toBe(true);
    const files = readdirSync(folder);
    for (const ambiguous of AMBIGUOUS_NAMES) expect(files, `${name}/${ambiguous}`).not.toContain(ambiguous);
  });
});

describe("the layout rule itself", () => {
  it("recognises storage calls however they are spelled", () => {
    for (const call of [
      "ctx.db.prisma.ticket.findMany({",
      "tx.agent.update({",
      "prisma.$transaction(async",
      "tx.$queryRawUnsafe(`",
      "prisma\n      .chatMessage\n      .count(",
    ]) {
      expect(call).toMatch(STORAGE_CALL);
    }
    expect("import type { PrismaClient } from").not.toMatch(STORAGE_CALL);
  });
});
