/**
 * No N+1 behind entities, found by walking the schema: for every subgraph, every resolvable
 * entity type is fetched through `_entities` with 1 and with 50 representations, selecting every
 * field of that type that returns a list or a connection. The SQL statements the subgraph runs on
 * its own tables must be the same number for both. A new entity type, or a new list field on one,
 * is covered without touching this file (a new entity type only needs a way to make 50 rows in
 * `ENTITY_ROWS`; the test fails until it has one).
 */
import { recordStatements } from "./support/sql-statements.js";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Kind,
  parse,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from "graphql";
import { IDENTITY_HEADER, signIdentity } from "../shared/identity.js";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";

const SUBGRAPHS = ["agents", "analytics", "chat", "knowledge", "tickets"] as const;
type Subgraph = (typeof SUBGRAPHS)[number];
const BATCH = 50;

/** Tables written by background relays and consumers, which poll whatever a request does. */
const BACKGROUND_TABLES = /"(outbox_events|processed_events|consumer_cursors|cursors|deliveries|events)"/;

let system: TestSystem;
let statements: string[] = [];
let restore: () => void = () => undefined;

/** Makes (or finds) at least `BATCH` rows of an entity type and returns their ids. */
const ENTITY_ROWS: Record<string, (system: TestSystem) => Promise<string[]>> = {
  async Agent({ db }) {
    const missing = BATCH - (await db.prisma.agent.count());
    for (let i = 0; i < missing; i++) {
      await db.prisma.agent.create({
        data: {
          email: `walker-${randomUUID()}@example.com`,
          displayName: `Walker ${i}`,
          specializations: ["billing_support"],
          languages: ["en"],
          escalationTiers: [],
        },
      });
    }
    return (await db.prisma.agent.findMany({ select: { id: true }, take: BATCH })).map((row) => row.id);
  },
  async Customer({ db }) {
    const missing = BATCH - (await db.prisma.customer.count());
    for (let i = 0; i < missing; i++)
      await db.prisma.customer.create({ data: { name: `Walker ${i}`, email: `walker-${randomUUID()}@example.com` } });
    return (await db.prisma.customer.findMany({ select: { id: true }, take: BATCH })).map((row) => row.id);
  },
  async Ticket({ db }) {
    const agents = await db.prisma.agent.findMany({ select: { id: true }, take: 5 });
    const missing = BATCH - (await db.prisma.ticket.count());
    for (let i = 0; i < missing; i++) {
      const ticket = await db.prisma.ticket.create({
        data: {
          subject: `Walker ${i}`,
          description: "walker",
          channel: "EMAIL",
          priority: "MEDIUM",
          language: "en",
          categoryKey: "billing_support",
          subcategoryKey: "fee_clarifications",
          customerId: DEMO.customer.id,
          assignedAgentId: agents[i % agents.length].id,
          tags: ["walker"],
        },
      });
      await db.prisma.ticketMessage.create({
        data: { ticketId: ticket.id, authorRole: "customer", authorId: DEMO.customer.id, body: "hello" },
      });
      await db.prisma.ticketHistoryEntry.create({
        data: { ticketId: ticket.id, actorRole: "customer", action: "created" },
      });
    }
    return (await db.prisma.ticket.findMany({ select: { id: true }, take: BATCH })).map((row) => row.id);
  },
  async ChatSession({ db }) {
    const missing = BATCH - (await db.prisma.chatSession.count());
    for (let i = 0; i < missing; i++) {
      await db.prisma.chatSession.create({
        data: {
          customerId: DEMO.customer.id,
          status: "RESOLVED",
          endedAt: new Date(),
          messages: { create: [{ senderKind: "CUSTOMER", senderId: DEMO.customer.id, body: "hi" }] },
        },
      });
    }
    return (await db.prisma.chatSession.findMany({ select: { id: true }, take: BATCH })).map((row) => row.id);
  },
  async Article({ db }) {
    const existing = await db.prisma.article.findMany({ select: { id: true, categoryKey: true }, take: BATCH });
    for (let i = existing.length; i < BATCH; i++) {
      await db.prisma.article.create({
        data: {
          translationGroup: randomUUID(),
          language: "en",
          slug: `walker-${i}`,
          title: `Walker ${i}`,
          body: "walker",
          categoryKey: existing[0].categoryKey,
          tags: ["walker"],
          keywords: [],
        },
      });
    }
    return (await db.prisma.article.findMany({ select: { id: true }, take: BATCH })).map((row) => row.id);
  },
};

interface EntityUnderTest {
  subgraph: Subgraph;
  typename: string;
  selection: string;
}

function namedType(type: TypeNode): { name: string; list: boolean } {
  let list = false;
  while (type.kind !== Kind.NAMED_TYPE) {
    if (type.kind === Kind.LIST_TYPE) list = true;
    type = type.type;
  }
  return { name: type.name.value, list };
}

/** A selection for one list/connection field: a small page of ids (or typenames). */
function selectionOf(
  field: FieldDefinitionNode,
  objectTypes: Map<string, ObjectTypeDefinitionNode | ObjectTypeExtensionNode>,
): string | null {
  const { name, list } = namedType(field.type);
  const connection = name.endsWith("Connection");
  if (!list && !connection) return null;
  const required = (field.arguments ?? []).filter((arg) => arg.type.kind === Kind.NON_NULL_TYPE && !arg.defaultValue);
  if (required.length)
    throw new Error(
      `${field.name.value} takes required arguments (${required.map((a) => a.name.value)}); teach the walker how to call it`,
    );
  const args = (field.arguments ?? []).some((arg) => arg.name.value === "first") ? "(first: 3)" : "";
  const target = objectTypes.get(name);
  if (connection) return `${field.name.value}${args} { edges { node { __typename } } pageInfo { hasNextPage } }`;
  if (!target) return `${field.name.value}${args}`; // a list of scalars or enums
  return `${field.name.value}${args} { __typename }`;
}

function entitiesOf(subgraph: Subgraph): EntityUnderTest[] {
  const document = parse(readFileSync(new URL(`../schema/subgraphs/${subgraph}.graphql`, import.meta.url), "utf8"));
  const objectTypes = new Map<string, ObjectTypeDefinitionNode | ObjectTypeExtensionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION)
      objectTypes.set(definition.name.value, definition);
  }
  const entities: EntityUnderTest[] = [];
  for (const type of objectTypes.values()) {
    const keys = (type.directives ?? []).filter((directive) => directive.name.value === "key");
    const resolvable = keys.some(
      (key) =>
        !key.arguments?.some(
          (arg) => arg.name.value === "resolvable" && arg.value.kind === Kind.BOOLEAN && !arg.value.value,
        ),
    );
    if (!resolvable) continue;
    const owned = (type.fields ?? []).filter((field) => !field.directives?.some((d) => d.name.value === "external"));
    const lists = owned.map((field) => selectionOf(field, objectTypes)).filter((s): s is string => s !== null);
    entities.push({ subgraph, typename: type.name.value, selection: ["__typename", ...lists].join(" ") });
  }
  return entities;
}

const ENTITIES = SUBGRAPHS.flatMap(entitiesOf);

beforeAll(async () => {
  ({ statements, restore } = recordStatements());
  system = await startTestSystem({ env: { SLA_SWEEP_INTERVAL_MS: "3600000" } });
});

afterAll(async () => {
  restore();
  await system?.close();
});

async function statementsFor(entity: EntityUnderTest, ids: string[]): Promise<{ count: number; entities: unknown[] }> {
  const token = await signIdentity(
    { subject: DEMO.admin.id, role: "admin" },
    { secret: system.config.INTERNAL_SECRET, audience: entity.subgraph },
  );
  const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${entity.typename} { ${entity.selection} } } }`;
  const representations = ids.map((id) => ({ __typename: entity.typename, id }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  statements.length = 0;
  const response = await fetch(system.subgraphs[entity.subgraph]!.url, {
    method: "POST",
    headers: { "content-type": "application/json", [IDENTITY_HEADER]: token },
    body: JSON.stringify({ query, variables: { representations } }),
  });
  const body = (await response.json()) as { data?: { _entities: unknown[] }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(body.data!._entities).toHaveLength(ids.length);
  const own = statements.filter((sql) => sql.includes(`"${entity.subgraph}".`) && !BACKGROUND_TABLES.test(sql));
  if (process.env.DEBUG_QUERIES)
    console.log(
      entity.typename,
      ids.length,
      own.map((sql) => sql.slice(0, 160)),
    );
  return { count: own.length, entities: body.data!._entities };
}

describe("entity batches walked from the subgraph schemas", () => {
  it("finds the entity types and their list fields", () => {
    const names = ENTITIES.map((e) => `${e.subgraph}:${e.typename}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "tickets:Agent",
        "tickets:Ticket",
        "chat:ChatSession",
        "knowledge:Article",
        "agents:Agent",
      ]),
    );
    expect(ENTITIES.find((e) => e.subgraph === "tickets" && e.typename === "Agent")!.selection).toContain(
      "openTickets(first: 3)",
    );
  });

  for (const entity of ENTITIES) {
    it(`${entity.subgraph} resolves ${entity.typename} { ${entity.selection} } with as many statements for ${BATCH} as for 1`, async () => {
      const makeRows = ENTITY_ROWS[entity.typename];
      if (!makeRows) throw new Error(`No way to make ${BATCH} ${entity.typename} rows: add one to ENTITY_ROWS`);
      const ids = await makeRows(system);
      expect(ids).toHaveLength(BATCH);
      await statementsFor(entity, ids.slice(0, 1)); // warm-up: per-caller work (presence, caches) happens once
      const one = await statementsFor(entity, ids.slice(0, 1));
      const many = await statementsFor(entity, ids);
      expect(many.count).toBe(one.count);
      // Batching changes the cost, never the answer: the first entity reads the same in both.
      expect(many.entities[0]).toEqual(one.entities[0]);
    }, 30_000);
  }
});
