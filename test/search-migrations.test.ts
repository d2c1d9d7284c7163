/**
 * The search functions the migrations leave in each searching schema are the ones the code
 * defines (`searchSqlFunctions`): documents are normalised in SQL exactly as queries are in
 * TypeScript. A change to the normaliser without a migration that re-creates the functions (and
 * rewrites the stored vectors) fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { projectPath } from "../shared/paths.js";
import { searchSqlFunctions } from "../shared/search/index.js";

const MIGRATIONS = projectPath("schema", "migrations");
const FUNCTION = /CREATE OR REPLACE FUNCTION "(\w+)"\.(search_\w+)\([\s\S]*?\$fn\$;/g;

/** Every `CREATE OR REPLACE FUNCTION "<schema>".search_*` statement, by "<schema>.<name>", the last one winning. */
function definitions(sql: string, into = new Map<string, string>()): Map<string, string> {
  for (const match of sql.matchAll(FUNCTION)) into.set(`${match[1]}.${match[2]}`, match[0].trim());
  return into;
}

describe("search functions in the migrations", () => {
  const applied = new Map<string, string>();
  for (const name of readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    definitions(readFileSync(`${MIGRATIONS}/${name}/migration.sql`, "utf8"), applied);
  }

  for (const schema of ["knowledge", "tickets"]) {
    it(`leave "${schema}" with the functions searchSqlFunctions("${schema}") defines`, () => {
      const expected = definitions(searchSqlFunctions(schema));
      expect(expected.size).toBe(4);
      for (const [name, statement] of expected) expect(applied.get(name), name).toBe(statement);
    });
  }
});
