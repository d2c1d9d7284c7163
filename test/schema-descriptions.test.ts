/**
 * The public API schema is documented and consistently named (docs/schema-conventions.md): every
 * root field and at least 95 % of all types, fields, arguments, input fields and enum values carry
 * a description; connections are `<Node>…Connection`, enum values UPPER_CASE, no field ends in `Query`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildApiSchema, descriptionCoverage, namingViolations } from "../scripts/schema-docs.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const schema = buildApiSchema(readFileSync(path.join(ROOT, "schema/supergraph.graphql"), "utf8"));

const ROOT_FIELD_COVERAGE = 1;
const OVERALL_COVERAGE = 0.95;

describe("public schema documentation", () => {
  const coverage = descriptionCoverage(schema);

  it("every root field (query, mutation, subscription) has a description", () => {
    expect(
      coverage.rootFields,
      `root fields without a description:\n${coverage.undocumentedRootFields.join("\n")}`,
    ).toBeGreaterThanOrEqual(ROOT_FIELD_COVERAGE);
  });

  it(`at least ${OVERALL_COVERAGE * 100} % of types, fields, arguments, input fields and enum values have a description`, () => {
    const message = `${(coverage.overall * 100).toFixed(1)} % described; undocumented:\n${coverage.undocumented.join("\n")}`;
    expect(coverage.overall, message).toBeGreaterThanOrEqual(OVERALL_COVERAGE);
  });

  it("counts a missing description (the check can fail)", () => {
    const bare = buildSchema(
      'type Query { "Documented." a: Int b(x: Int): Int c("Limit: at most 10 characters." y: String): Int }',
    );
    const result = descriptionCoverage(bare);
    expect(result.undocumentedRootFields).toEqual(["Query.b", "Query.c"]);
    // The limit sentence the input-limits plugin appends is not a description.
    expect(result.undocumented).toEqual(["Query", "Query.b", "Query.b(x:)", "Query.c", "Query.c(y:)"]);
  });
});

describe("public schema naming", () => {
  it("connections are named after their node type and end in Connection, enum values are UPPER_CASE, no field ends in Query", () => {
    expect(namingViolations(schema)).toEqual([]);
  });

  it("reports each kind of violation", () => {
    const bad = buildSchema(`
      type Query { searchQuery: Int items: ThingPage }
      enum Colour { red BLUE }
      type ThingPage { edges: [ThingEdge!]! pageInfo: Int }
      type ThingEdge { node: Thing! cursor: String! }
      type Thing { id: ID! }
    `);
    expect(namingViolations(bad)).toEqual([
      "enum value Colour.red is not UPPER_CASE",
      'field Query.searchQuery ends in "Query"',
      'connection type ThingPage does not end in "Connection"',
    ]);
  });
});
