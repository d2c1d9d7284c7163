/**
 * The access matrix, generated from the schema: every root query, mutation and subscription of
 * the public graph × every role, checked against the rule declared on the field (its Pothos
 * `authScopes`). A root field without a rule fails here unless it is listed as public below —
 * so a new field cannot ship without someone deciding who may call it. Service-only fields are
 * checked on each subgraph directly with a service identity.
 *
 * A refusal by rule carries `extensions.reason: "role"`; refusals about one record (a ticket that
 * is not yours) are the resolvers' business and are tested where that record lives.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  type GraphQLField,
  type GraphQLObjectType,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY_HEADER, signIdentity, type Role } from "../shared/identity.js";
import type { AuthScopes } from "../shared/builder.js";
import { SUBGRAPHS } from "../runtime/registry.js";
import { collect, startTestSystem, type TestSystem } from "./harness.js";
import { sampleValue } from "./support/input-slots.js";

/** Root fields anyone may call, anonymous included (the public help centre, availability). */
const PUBLIC = new Set([
  "Query.ticketCategories",
  "Query.chatTypeOptions",
  "Query.supportAvailability",
  "Query.supportedLanguages",
  "Query.bestKnowledgeAnswer",
  "Query.contextualHelp",
  "Query.knowledgeArticle",
  "Query.knowledgeArticles",
  "Query.knowledgeCategories",
  "Query.searchKnowledge",
  "Mutation.rateArticle",
]);

const USER_ROLES = ["anonymous", "customer", "agent", "supervisor", "admin"] as const;
type UserRoleOrAnonymous = (typeof USER_ROLES)[number];

/** Roles each scope admits (a field admits the union of its scopes). */
const SCOPE_ROLES: Record<keyof AuthScopes, Role[]> = {
  authenticated: ["customer", "agent", "supervisor", "admin", "service"],
  customer: ["customer"],
  staff: ["agent", "supervisor", "admin"],
  supervisor: ["supervisor", "admin"],
  admin: ["admin"],
  service: ["service"],
};

interface Rule {
  subgraph: string;
  coordinate: string;
  /** Roles the rule admits; null = public. */
  roles: Set<Role> | null;
}

function declaredRules(): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  for (const [subgraph, definition] of Object.entries(SUBGRAPHS)) {
    for (const root of [
      definition.schema.getQueryType(),
      definition.schema.getMutationType(),
      definition.schema.getSubscriptionType(),
    ]) {
      if (!root) continue;
      for (const field of Object.values(root.getFields())) {
        if (field.name === "_entities" || field.name === "_service") continue;
        const coordinate = `${root.name}.${field.name}`;
        const scopes = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;
        if (typeof scopes === "function")
          throw new Error(
            `${coordinate}: authScopes as a function cannot be checked by the matrix; declare the roles as data`,
          );
        const roles = scopes
          ? new Set(
              Object.entries(scopes as Record<string, boolean>).flatMap(([scope, on]) =>
                on ? SCOPE_ROLES[scope as keyof AuthScopes] : [],
              ),
            )
          : null;
        rules.set(coordinate, { subgraph, coordinate, roles });
      }
    }
  }
  return rules;
}

let system: TestSystem;
let tokens: Record<Exclude<UserRoleOrAnonymous, "anonymous">, string>;

beforeAll(async () => {
  system = await startTestSystem({ env: { SLA_SWEEP_INTERVAL_MS: "3600000" } });
  tokens = {
    customer: await system.token("customer"),
    agent: await system.token("agent"),
    supervisor: await system.token("supervisor"),
    admin: await system.token("admin"),
  };
});

afterAll(async () => {
  await system?.close();
});

function operationFor(kind: "query" | "mutation" | "subscription", field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
  return {
    document: `${kind}${variables ? `(${variables})` : ""} { ${field.name}${call ? `(${call})` : ""} ${selection} }`,
    variables: Object.fromEntries(
      field.args
        .filter((arg) => String(arg.type).endsWith("!"))
        .map((arg) => [arg.name, sampleValue(arg.type, [], arg.name)]),
    ),
  };
}

type Outcome = "refused by rule" | "allowed";
const outcomeOf = (errors: { extensions?: Record<string, unknown> }[] | undefined): Outcome =>
  errors?.some((error) => error.extensions?.reason === "role") ? "refused by rule" : "allowed";

async function viaSubscription(
  token: string | null,
  document: string,
  variables: Record<string, unknown>,
): Promise<Outcome> {
  const client = system.subscribe(token);
  try {
    const stream = collect<unknown>(client, document, variables);
    await stream.waitFor(1, 1500).catch(() => undefined);
    const failure = Array.isArray(stream.error) ? (stream.error as { extensions?: Record<string, unknown> }[]) : [];
    return outcomeOf([...failure, ...stream.received.flatMap((result) => result.errors ?? [])]);
  } finally {
    await client.dispose();
  }
}

/** Runs the thunks `width` at a time; results in the thunks' order. */
async function inBatches<T>(thunks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array<T>(thunks.length);
  let next = 0;
  const lane = async () => {
    while (next < thunks.length) {
      const index = next++;
      results[index] = await thunks[index]();
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}

describe("access matrix", () => {
  it("every root field of the public graph has a rule, and every role meets it", async () => {
    const rules = declaredRules();
    const introspection = await system.request<IntrospectionQuery>(getIntrospectionQuery(), {}, tokens.admin);
    const schema = buildClientSchema(introspection.data!);
    const mismatches: string[] = [];
    const checks: (() => Promise<string | null>)[] = [];
    let checked = 0;
    for (const [kind, root] of [
      ["query", schema.getQueryType()],
      ["mutation", schema.getMutationType()],
      ["subscription", schema.getSubscriptionType()],
    ] as const) {
      for (const field of Object.values((root as GraphQLObjectType).getFields())) {
        const coordinate = `${(root as GraphQLObjectType).name}.${field.name}`;
        const rule = rules.get(coordinate);
        if (!rule) {
          mismatches.push(`${coordinate}: no subgraph declares it`);
          continue;
        }
        if (rule.roles === null && !PUBLIC.has(coordinate)) {
          mismatches.push(`${coordinate}: no authScopes and not listed as public — decide who may call it`);
          continue;
        }
        const { document, variables } = operationFor(kind, field);
        for (const role of USER_ROLES) {
          const token = role === "anonymous" ? null : tokens[role];
          const expected: Outcome = rule.roles === null || rule.roles.has(role as Role) ? "allowed" : "refused by rule";
          checks.push(async () => {
            let actual: Outcome;
            let errors: unknown[] | undefined;
            if (kind === "subscription") actual = await viaSubscription(token, document, variables);
            else {
              errors = (await system.request(document, variables, token)).errors;
              actual = outcomeOf(errors as { extensions?: Record<string, unknown> }[] | undefined);
            }
            checked++;
            return actual === expected
              ? null
              : `${coordinate} as ${role}: expected ${expected}, got ${actual}${errors ? ` (errors: ${JSON.stringify(errors)})` : ""}`;
          });
        }
      }
    }
    // The outcome depends on the caller's role only, not on what other calls changed: run them side
    // by side (a subscription that is allowed waits its full window for an event).
    mismatches.push(...(await inBatches(checks, 16)).filter((mismatch): mismatch is string => mismatch !== null));
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  }, 600_000);

  it("every root field of every subgraph admits a service identity exactly when its rule says so", async () => {
    const mismatches: string[] = [];
    for (const [subgraph, definition] of Object.entries(SUBGRAPHS)) {
      const token = await signIdentity(
        { subject: "access-matrix", role: "service" },
        { secret: system.config.INTERNAL_SECRET, audience: subgraph },
      );
      for (const [kind, root] of [
        ["query", definition.schema.getQueryType()],
        ["mutation", definition.schema.getMutationType()],
      ] as const) {
        if (!root) continue;
        for (const field of Object.values(root.getFields())) {
          if (field.name === "_entities" || field.name === "_service") continue;
          const rule = declaredRules().get(`${root.name}.${field.name}`)!;
          const expected: Outcome = rule.roles === null || rule.roles.has("service") ? "allowed" : "refused by rule";
          const { document, variables } = operationFor(kind, field as GraphQLField<unknown, unknown>);
          const response = await fetch(system.subgraphs[subgraph as keyof typeof system.subgraphs]!.url, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              [IDENTITY_HEADER]:
                kind === "mutation"
                  ? await signIdentity(
                      { subject: "access-matrix", role: "service" },
                      { secret: system.config.INTERNAL_SECRET, audience: subgraph },
                    )
                  : token,
            },
            body: JSON.stringify({ query: document, variables }),
          });
          const actual = outcomeOf(
            ((await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] }).errors,
          );
          if (actual !== expected)
            mismatches.push(`${subgraph} ${root.name}.${field.name} as service: expected ${expected}, got ${actual}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);
});
