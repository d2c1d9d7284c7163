/**
 * A reference to a person or article another subgraph does not know never nulls out a list:
 * staff cannot create a ticket for an unknown customer, and every reference field resolved
 * across subgraphs is nullable, reading null with a NOT_FOUND field error when the owner has no
 * such entity (a customer's own token may open tickets and chats before agents holds a profile).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema, isNonNullType, type GraphQLField } from "graphql";
import { readFileSync } from "node:fs";
import { projectPath } from "../shared/paths.js";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let agent: string;
let stranger: string;
const strangerId = randomUUID();

beforeAll(async () => {
  system = await startTestSystem({ env: { TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1" } });
  agent = await system.token("agent");
  stranger = await system.token("customer", strangerId);
});

afterAll(async () => {
  await system?.close();
});

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;

describe("unknown customers", () => {
  it("staff cannot open a ticket for a customer agents does not know, and nothing is written", async () => {
    const before = await system.db.prisma.ticket.count();
    const result = await system.request(
      CREATE,
      { input: { channel: "PHONE", subject: "Called in", description: "Asked about fees.", customerId: randomUUID() } },
      agent,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "customerId" });
    expect(await system.db.prisma.ticket.count()).toBe(before);
  });

  it("a customer without a profile opens a ticket; lists, the ticket and myTickets stay whole", async () => {
    const created = await system.request(
      CREATE,
      { input: { channel: "IN_APP", subject: "Staking rewards", description: "Where are my XERA staking rewards?" } },
      stranger,
    );
    expect(created.errors).toBeUndefined();
    const ticketId = created.data!.createTicket.id as string;

    const list = await system.request(
      `{ tickets(first: 100) { edges { node { id customerId customer { id name } } } } }`,
      {},
      agent,
    );
    expect(list.data?.tickets).toBeTruthy();
    const nodes = list.data!.tickets.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    const strangers = nodes.find((n: any) => n.id === ticketId);
    expect(strangers).toMatchObject({ customerId: strangerId, customer: null });
    expect(nodes.filter((n: any) => n.id !== ticketId).every((n: any) => typeof n.customer?.name === "string")).toBe(
      true,
    );
    expect(list.errors?.some((e) => e.extensions?.code === "NOT_FOUND")).toBe(true);

    const one = await system.request(
      `query($id: ID!) { ticket(id: $id) { id subject customer { name } } }`,
      { id: ticketId },
      agent,
    );
    expect(one.data?.ticket).toMatchObject({ id: ticketId, subject: "Staking rewards", customer: null });
    expect(one.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const mine = await system.request(
      `{ myTickets(first: 10) { edges { node { id customer { name } } } } }`,
      {},
      stranger,
    );
    expect(mine.data?.myTickets.edges.map((e: any) => e.node.id)).toContain(ticketId);
  });

  it("a customer without a profile starts a chat; the staff chat list stays whole", async () => {
    const started = await system.request(
      `mutation { startChat(input: { type: WEB, language: "en" }) { id } }`,
      {},
      stranger,
    );
    expect(started.errors).toBeUndefined();
    const chats = await system.request(`{ chats(first: 100) { edges { node { id customer { name } } } } }`, {}, agent);
    expect(chats.data?.chats).toBeTruthy();
    const node = chats.data!.chats.edges.map((e: any) => e.node).find((n: any) => n.id === started.data!.startChat.id);
    expect(node).toMatchObject({ customer: null });
  });
});

describe("the supergraph", () => {
  it("declares every field that returns another subgraph's entity nullable", () => {
    const owners: Record<string, string> = {
      Agent: "agents",
      Customer: "agents",
      Ticket: "tickets",
      ChatSession: "chat",
      Article: "knowledge",
    };
    const offenders: string[] = [];
    for (const subgraph of ["tickets", "chat", "knowledge", "agents", "analytics"]) {
      const sdl = readFileSync(projectPath("schema", "subgraphs", `${subgraph}.graphql`), "utf8");
      const schema = buildSchema(
        `scalar _Any scalar FieldSet scalar link__Import enum link__Purpose { SECURITY EXECUTION } directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
        directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
        directive @external on FIELD_DEFINITION | OBJECT directive @extends on OBJECT | INTERFACE directive @shareable repeatable on OBJECT | FIELD_DEFINITION
        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        directive @requires(fields: FieldSet!) on FIELD_DEFINITION
        ${sdl}`,
        { assumeValidSDL: true },
      );
      for (const type of Object.values(schema.getTypeMap())) {
        if (
          !("getFields" in type) ||
          type.name.startsWith("__") ||
          ["Query", "Mutation", "Subscription"].includes(type.name)
        )
          continue;
        for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
          if (!isNonNullType(field.type)) continue;
          const named = field.type.ofType.toString().replace(/[[\]!]/g, "");
          if (owners[named] && owners[named] !== subgraph && !named.endsWith("Connection"))
            offenders.push(`${subgraph}: ${type.name}.${field.name}: ${field.type}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
