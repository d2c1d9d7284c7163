/**
 * Property-based fuzzing of every mutation of the public graph: inputs generated from the
 * schema's own types (fast-check), including hostile strings, boundary numbers, unknown ids and
 * keys, bad dates and deep JSON. Every answer must be data or coded errors — never
 * INTERNAL_SERVER_ERROR, never a 5xx — and a refused call must write nothing: the owning
 * subgraph's tables hold as many rows after it as before.
 */
import fc from "fast-check";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBGRAPHS } from "../runtime/registry.js";
import { DEMO, sleep, startTestSystem, type TestSystem } from "./harness.js";

const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

/** Tables written by background work (consumers, sweepers, statistics): not the mutation's own writes. */
const BACKGROUND_TABLES = new Set([
  "processed_events",
  "consumer_cursors",
  "work_items",
  "notifications",
  "deliveries",
  "sla_alerts",
  "search_queries",
  "search_terms",
  "article_views",
]);

const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "x",
    "investment_support",
    "en",
    "ar",
    "zz-invalid",
    "null",
    "0",
    "-1",
    "<script>alert(1)</script>",
    "'; DROP TABLE tickets; --",
    "%00",
    "\u202eevil",
    "مرحبا",
    "🎧".repeat(3),
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ maxLength: 5 }).map((s) => s + "\u0000"),
);
const knownIds = fc.constantFrom(
  DEMO.customer.id,
  DEMO.otherCustomer.id,
  DEMO.agent.id,
  DEMO.supervisor.id,
  DEMO.admin.id,
);

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, depth);
  const nullable = (inner: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 5, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return nullable(fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: 4 }));
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((v) => v.value)));
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((field) => [field.name, arbitraryFor(field.type, depth + 1)])), {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      }),
    );
  }
  switch (getNamedType(type).name) {
    case "ID":
      return nullable(fc.oneof(fc.uuid(), knownIds, hostileString));
    case "Int":
      return nullable(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, -1, 2147483647, -2147483648)));
    case "Float":
      return nullable(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
          fc.constantFrom(0, -0.5, 1e300),
        ),
      );
    case "Boolean":
      return nullable(fc.boolean());
    case "DateTime":
      return nullable(
        fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          hostileString,
        ),
      );
    case "JSON":
      return nullable(fc.jsonValue({ maxDepth: 4 }));
    default:
      return nullable(hostileString);
  }
}

/** Variables satisfying GraphQL's own type rules (required values never null), so the mutation runs. */
function argumentsArbitrary(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const required = (type: GraphQLInputType): fc.Arbitrary<unknown> =>
    isNonNullType(type)
      ? arbitraryFor(type).filter((value) => value !== null && isValidFor(type.ofType, value))
      : arbitraryFor(type);
  return fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, required(arg.type)])), {
    requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
  });
}

/** Whether `value` keeps every non-null inner field non-null (GraphQL refuses the variable otherwise). */
function isValidFor(type: GraphQLInputType, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (isNonNullType(type)) return value !== null && isValidFor(type.ofType, value);
  if (isListType(type))
    return (
      Array.isArray(value) &&
      value.every((item) => (isNonNullType(type.ofType) ? item !== null : true) && isValidFor(type.ofType, item))
    );
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).every((field) => {
      const inner = (value as Record<string, unknown>)[field.name];
      if (isNonNullType(field.type) && (inner === null || inner === undefined)) return false;
      return isValidFor(field.type, inner);
    });
  }
  return true;
}

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { SLA_SWEEP_INTERVAL_MS: "3600000", RATE_LIMIT_PER_MINUTE: "1000000" } });
});

afterAll(async () => {
  await system?.close();
});

async function rowCounts(schema: string): Promise<Record<string, number>> {
  const tables = await system.db.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
    [schema],
  );
  const counted = tables.map((t) => t.table_name).filter((name) => !BACKGROUND_TABLES.has(name));
  if (counted.length === 0) return {};
  const [row] = await system.db.sql.query<Record<string, string>>(
    `SELECT ${counted.map((name) => `(SELECT count(*) FROM "${schema}"."${name}") AS "${name}"`).join(", ")}`,
  );
  return Object.fromEntries(Object.entries(row).map(([name, count]) => [name, Number(count)]));
}

function ownerOf(mutation: string): string {
  for (const [name, definition] of Object.entries(SUBGRAPHS))
    if (definition.schema.getMutationType()?.getFields()[mutation]) return name;
  throw new Error(`no subgraph owns ${mutation}`);
}

describe("fuzzing every mutation", () => {
  it(`${RUNS_PER_MUTATION} generated inputs per mutation and caller: coded errors only, and nothing written when refused`, async () => {
    const introspection = await system.request<IntrospectionQuery>(
      getIntrospectionQuery(),
      {},
      await system.token("admin"),
    );
    const mutations = Object.values(buildClientSchema(introspection.data!).getMutationType()!.getFields());
    const callers = { admin: await system.token("admin"), customer: await system.token("customer") };
    const problems: string[] = [];
    let calls = 0;
    for (const field of mutations) {
      const owner = ownerOf(field.name);
      const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
      const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
      const document = `mutation${variables ? `(${variables})` : ""} { ${field.name}${call ? `(${call})` : ""} ${isLeafType(getNamedType(field.type)) ? "" : "{ __typename }"} }`;
      const samples = fc.sample(argumentsArbitrary(field as GraphQLField<unknown, unknown>), {
        numRuns: RUNS_PER_MUTATION,
        seed: SEED,
      });
      for (const [callerName, token] of Object.entries(callers)) {
        for (const sample of samples) {
          const before = await rowCounts(owner);
          const response = await fetch(system.url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: document, variables: sample }),
          });
          calls++;
          const body = (await response.json().catch(() => null)) as {
            data?: Record<string, unknown> | null;
            errors?: { message: string; extensions?: { code?: string } }[];
          } | null;
          const label = `${field.name} as ${callerName} with ${JSON.stringify(sample).slice(0, 160)}`;
          if (response.status >= 500 || !body) problems.push(`${label}: HTTP ${response.status}`);
          const codes = (body?.errors ?? []).map((error) => error.extensions?.code);
          if (codes.some((code) => !code || code === "INTERNAL_SERVER_ERROR"))
            problems.push(`${label}: ${JSON.stringify(body?.errors).slice(0, 200)}`);
          if (codes.length > 0 && (body?.data?.[field.name] ?? null) === null) {
            await sleep(20);
            const after = await rowCounts(owner);
            const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
            if (changed.length > 0)
              problems.push(
                `${label}: refused (${codes.join(",")}) yet changed ${changed.map((t) => `${owner}.${t} ${before[t]}→${after[t]}`).join(", ")}`,
              );
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThan(mutations.length * RUNS_PER_MUTATION);
  }, 900_000);
});
