/** Checked-in generated files must match the code: supergraph, subgraph SDL, .env.example, migrations. */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles, LOCAL_URLS } from "../scripts/compose.js";
import { loadConfig, subgraphPort, SUBGRAPH_NAMES } from "../shared/config.js";
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

  it("the local supergraph is the production one with npm start's default subgraph ports", () => {
    const files = generatedFiles();
    const production = files["schema/supergraph.graphql"];
    const local = files["schema/supergraph.local.graphql"];
    const defaults = loadConfig({});
    for (const name of SUBGRAPH_NAMES) {
      expect(LOCAL_URLS[name]).toBe(`http://127.0.0.1:${subgraphPort(defaults, name)}/graphql`);
      expect(local).toContain(`url: "${LOCAL_URLS[name]}"`);
    }
    expect(local.replace(/url: "[^"]+"/g, "url")).toBe(production.replace(/url: "[^"]+"/g, "url"));
  });

  it("the latest migration covers schema/prisma (npm run migration:new -- <name>)", async () => {
    const snapshot = readFileSync(path.join(ROOT, "schema/migrations/datamodel.snapshot.prisma"), "utf8");
    expect(snapshot).toBe(await currentDatamodel());
    const sql = await diffDatamodels(snapshot, await currentDatamodel());
    expect(sql.trim()).toMatch(/^(-- This is an empty migration\.?)?$/);
  });
});
