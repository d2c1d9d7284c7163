/**
 * Every internal call between subgraphs is a declared operation (subgraphs/<caller>/clients/) that
 * validates against the callee's published SDL, so changing an internal field breaks this test
 * before it breaks a caller in production; docs/contracts.md lists exactly these operations.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse, validate, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CONTRACTS_DOC,
  ROOT,
  loadDeclaredOperations,
  withOperationList,
  type DeclaredOperation,
} from "../scripts/internal-contracts.js";
import type { SubgraphName } from "../shared/config.js";

const schemas = new Map<SubgraphName, GraphQLSchema>();
function schemaOf(subgraph: SubgraphName): GraphQLSchema {
  let schema = schemas.get(subgraph);
  if (!schema) {
    schema = buildSubgraphSchema(
      parse(readFileSync(path.join(ROOT, "schema/subgraphs", `${subgraph}.graphql`), "utf8")),
    );
    schemas.set(subgraph, schema);
  }
  return schema;
}

describe("internal contracts", () => {
  let declared: DeclaredOperation[] = [];
  beforeAll(async () => {
    declared = await loadDeclaredOperations();
  });

  it("every declared operation validates against its callee's SDL", () => {
    for (const { caller, operation } of declared) {
      const errors = validate(schemaOf(operation.callee), parse(operation.document)).map((error) => error.message);
      expect(errors, `${caller} → ${operation.callee}: ${operation.name}`).toEqual([]);
    }
  });

  it("never calls its own subgraph through the network", () => {
    for (const { caller, operation } of declared) expect(operation.callee, operation.name).not.toBe(caller);
  });

  it("docs/contracts.md lists exactly the declared operations (npm run docs:contracts)", () => {
    const document = readFileSync(CONTRACTS_DOC, "utf8");
    expect(document).toBe(withOperationList(document, declared));
  });

  it("no module calls another subgraph except through a declared operation", () => {
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) return sourceFiles(full);
        return full.endsWith(".ts") && !full.endsWith(".test.ts") ? [full] : [];
      });
    const allowed = new Set([path.join(ROOT, "shared/contracts.ts"), path.join(ROOT, "shared/internal-client.ts")]);
    const offenders = [
      ...sourceFiles(path.join(ROOT, "subgraphs")),
      ...sourceFiles(path.join(ROOT, "shared")),
      ...sourceFiles(path.join(ROOT, "gateway")),
    ]
      .filter((file) => !allowed.has(file) && /\binternal\??\.request\s*[<(]/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
    expect(declared.length).toBeGreaterThan(0);
  });

  it("a renamed internal field would be caught", () => {
    const errors = validate(schemaOf("agents"), parse("query Probe { noSuchInternalField }"));
    expect(errors.map((error) => error.message).join()).toMatch(/noSuchInternalField/);
  });
});
