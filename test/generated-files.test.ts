/** Checked-in generated files must match the code: supergraph, subgraph SDL, .env.example, migrations. */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../scripts/compose.js";
import { currentDatamodel, diffDatamodels } from "../scripts/migration-new.js";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("generated files", () => {
  it("schema/supergraph.graphql, schema/subgraphs/*.graphql and .env.example are current (npm run compose)", () => {
    for (const [relative, content] of Object.entries(generatedFiles())) {
      const file = path.join(ROOT, relative);
      expect(existsSync(file), `${relative} is missing — run npm run compose`).toBe(true);
      expect(readFileSync(file, "utf8"), `${relative} is stale — run npm run compose`).toBe(content);
    }
  });

  it("the latest migration covers schema/prisma (npm run migration:new -- <name>)", async () => {
    const snapshot = readFileSync(path.join(ROOT, "schema/migrations/datamodel.snapshot.prisma"), "utf8");
    expect(snapshot).toBe(await currentDatamodel());
    const sql = await diffDatamodels(snapshot, await currentDatamodel());
    expect(sql.trim()).toMatch(/^(-- This is an empty migration\.?)?$/);
  });
});
