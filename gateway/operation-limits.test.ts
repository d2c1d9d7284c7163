import { buildSchema, getIntrospectionQuery, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { measureOperation, parseWithinLimit, rateLimitCharge, type OperationLimits } from "./operation-limits.js";

const schema = buildSchema(`
  type Query { agents(first: Int, last: Int): AgentConnection! agent(id: ID!): Agent tags: [String!]! search(query: String!): [Article!]! }
  type AgentConnection { edges: [AgentEdge!]! nodes: [Agent!]! }
  type AgentEdge { node: Agent! }
  type Agent { id: ID! name: String! openTickets(first: Int): TicketConnection! }
  type TicketConnection { edges: [TicketEdge!]! }
  type TicketEdge { node: Ticket! }
  type Ticket { id: ID! assignedAgent: Agent }
  type Article { id: ID! title: String! }
`);

const generous: OperationLimits = {
  maxDepth: 100,
  maxAliases: 10_000,
  maxRootFields: 10_000,
  maxTokens: 1_000_000,
  maxCost: 100_000_000,
  maxResponseBytes: 1e9,
};
const measure = (query: string, limits: Partial<OperationLimits> = {}, variables: Record<string, unknown> = {}) =>
  measureOperation(parse(query), schema, { variables, limits: { ...generous, ...limits } });
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  return null;
};

describe("measureOperation", () => {
  it("counts a connection's page once and multiplies what is inside it", () => {
    // 1 (agents) + 5 × (1 edges + 1 × (1 node + 1 id + 1 name)) = 21
    expect(measure(`{ agents(first: 5) { edges { node { id name } } } }`)).toEqual({
      depth: 4,
      aliases: 0,
      rootFields: 1,
      cost: 21,
    });
    expect(measure(`query($n: Int) { agents(first: $n) { nodes { id } } }`, {}, { n: 50 })!.cost).toBe(1 + 50 * 2);
    // A page over the subgraphs' maximum (100) is refused by them; it costs no more than 100.
    expect(measure(`{ agents(first: 10000) { nodes { id } } }`)!.cost).toBe(1 + 100 * 2);
    // Without a page size a connection is assumed to hold 20; an unbounded list 10.
    expect(measure(`{ agents { nodes { id } } }`)!.cost).toBe(1 + 20 * 2);
    expect(measure(`{ search(query: "x") { id title } }`)!.cost).toBe(1 + 10 * 2);
  });

  it("expands fragments: aliases and root fields count every time a fragment is spread", () => {
    const query = `fragment F on Query { a: tags b: tags c: tags } { ...F ...F x: agent(id: "1") { ...G } } fragment G on Agent { id }`;
    expect(measure(query)).toMatchObject({ aliases: 7, rootFields: 7 });
    expect(refusal(() => measure(query, { maxAliases: 6 }))).toEqual({
      code: "QUERY_TOO_COMPLEX",
      limit: "maxAliases",
      max: 6,
    });
    expect(refusal(() => measure(query, { maxRootFields: 5 }))).toMatchObject({ limit: "maxRootFields", max: 5 });
  });

  it("refuses the nested assignedAgent → openTickets attack by depth and by cost", () => {
    let inner = "id";
    for (let i = 0; i < 20; i++) inner = `openTickets(first: 3) { edges { node { assignedAgent { ${inner} } } } }`;
    const query = `{ agent(id: "a") { ${inner} } }`;
    expect(refusal(() => measure(query, { maxDepth: 15 }))).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      limit: "maxDepth",
      max: 15,
    });
    expect(refusal(() => measure(query, { maxCost: 20_000 }))).toMatchObject({ limit: "maxCost", max: 20_000 });
  });

  it("stops expanding a fragment bomb at the limit instead of walking 2^30 fields", () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Query { ${i === 29 ? "tags" : `...F${i + 1} ...F${i + 1}`} }`,
    ).join("\n");
    const started = performance.now();
    expect(refusal(() => measure(`{ ...F0 } ${fragments}`, { maxRootFields: 100 }))).toMatchObject({
      limit: "maxRootFields",
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("ignores introspection for depth and cost, so partners can always introspect", () => {
    expect(measure(getIntrospectionQuery(), { maxDepth: 3, maxCost: 10 })).toMatchObject({ cost: 0 });
  });

  it("leaves an operation it cannot choose to the server", () => {
    expect(measureOperation(parse(`query A { tags } query B { tags }`), schema, { limits: generous })).toBeNull();
    expect(measureOperation(parse(`query A { tags }`), schema, { operationName: "Nope", limits: generous })).toBeNull();
  });
});

describe("parseWithinLimit", () => {
  it("refuses a document over the token limit without parsing it all, and leaves syntax errors to the server", () => {
    expect(refusal(() => parseWithinLimit(`{ ${"tags ".repeat(5000)} }`, 2000))).toEqual({
      code: "QUERY_TOO_COMPLEX",
      limit: "maxTokens",
      max: 2000,
    });
    expect(parseWithinLimit("{ tags", 2000)).toBeNull();
    expect(parseWithinLimit("{ tags }", 2000)).not.toBeNull();
  });
});

describe("rateLimitCharge", () => {
  it("is 1 for a cheap operation and grows with the estimate", () => {
    expect(rateLimitCharge(21, 100)).toBe(1);
    expect(rateLimitCharge(1000, 100)).toBe(11);
  });
});
