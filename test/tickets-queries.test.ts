/**
 * No N+1: listing tickets with their SLA state, conversation, history and categories costs the
 * same number of SQL statements on the tickets tables for 5 tickets as for 50 (DataLoader
 * batching). Statements are counted by wrapping the database drivers' query methods.
 */
import { recordStatements } from "./support/sql-statements.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";
import { matchingTickets } from "../subgraphs/tickets/search.js";
import { ticketsById } from "../subgraphs/tickets/ticket-row.js";
import { lockTicket } from "../subgraphs/tickets/workflow.js";

let system: TestSystem;
let agent: string;
let statements: string[] = [];
let restore: () => void = () => undefined;

beforeAll(async () => {
  ({ statements, restore } = recordStatements());
  system = await startTestSystem({ env: { SLA_SWEEP_INTERVAL_MS: "3600000" } });
  agent = await system.token("agent");
  const now = Date.now();
  for (let i = 0; i < 50; i++) {
    const ticket = await system.db.prisma.ticket.create({
      data: {
        subject: `Bulk ${i}`,
        description: "bulk",
        channel: "EMAIL",
        priority: "MEDIUM",
        language: "en",
        categoryKey: "billing_support",
        subcategoryKey: "fee_clarifications",
        customerId: DEMO.customer.id,
        assignedAgentId: DEMO_AGENTS[i % DEMO_AGENTS.length].id,
        createdAt: new Date(now + i * 1000),
      },
    });
    await system.db.prisma.ticketStatusChange.create({
      data: { ticketId: ticket.id, status: "OPEN", at: ticket.createdAt },
    });
    await system.db.prisma.ticketMessage.createMany({
      data: [0, 1].map((k) => ({
        ticketId: ticket.id,
        authorRole: k ? "agent" : "customer",
        authorId: DEMO.agent.id,
        body: `m${k}`,
        createdAt: new Date(now + i * 1000 + k + 1),
      })),
    });
    await system.db.prisma.ticketHistoryEntry.create({
      data: { ticketId: ticket.id, actorRole: "customer", action: "created" },
    });
  }
});

afterAll(async () => {
  restore();
  await system?.close();
});

const LIST = `query($n: Int!) { tickets(first: $n) { edges { node {
  number category { key } subcategory { key subcategories { key } }
  sla { firstReply { dueAt status } nextReply { status } resolution { dueAt } }
  messages(first: 5) { edges { node { body } } }
  history(first: 5) { edges { node { action } } }
} } } }`;

async function ticketStatementsFor(n: number): Promise<number> {
  await new Promise((r) => setTimeout(r, 200));
  statements.length = 0;
  const result = await system.request(LIST, { n }, agent);
  expect(result.errors).toBeUndefined();
  expect(result.data!.tickets.edges).toHaveLength(n);
  // Only statements on the ticket tables a list touches (background relays poll outboxes meanwhile).
  const relevant = statements.filter((sql) =>
    /"tickets"\."(tickets|messages|status_changes|history|categories|business_schedules)"/.test(sql),
  );
  if (process.env.DEBUG_QUERIES)
    console.log(
      n,
      relevant.map((s) => s.slice(0, 160)),
    );
  return relevant.length;
}

describe("ticket list query cost", () => {
  it("is constant in the number of tickets", async () => {
    const few = await ticketStatementsFor(5);
    const many = await ticketStatementsFor(50);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8);
  });
});

describe("the tickets list's page of rows", () => {
  it("is read in one statement and typed exactly as the ticket loader's rows (dates, enums, arrays, nulls)", async () => {
    const page = { beyond: null, inverted: false, limit: 60 };
    const listed = await matchingTickets(system.db.sql, { filter: {}, audience: "staff", page });
    const loaded = await system.db.prisma.ticket.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 60,
    });
    expect(listed.length).toBeGreaterThan(50);
    expect(listed).toEqual(loaded);
    expect(listed.some((t) => t.tags.length > 0 || t.resolvedAt !== null || t.classificationConfidence !== null)).toBe(
      true,
    );
    // The ticket loader's rows by id (driver) are the same too; an id that is not a UUID matches nothing.
    const byId = await ticketsById(system.db.sql)([...loaded.map((t) => t.id), "not-a-uuid"]);
    expect(new Map(byId.map((t) => [t.id, t]))).toEqual(new Map(loaded.map((t) => [t.id, t])));
    // The row lock of every write returns the same rows, in one statement.
    for (const ticket of loaded.slice(0, 20)) {
      const locked = await system.db.prisma.$transaction((tx) => lockTicket(tx, ticket.id));
      expect(locked).toEqual(ticket);
    }

    await new Promise((r) => setTimeout(r, 200));
    statements.length = 0;
    const result = await system.request(
      `{ tickets(first: 20) { edges { node { number subject status assignedAgentId } } } }`,
      {},
      agent,
    );
    expect(result.errors).toBeUndefined();
    expect(statements.filter((sql) => /"tickets"\."tickets"/.test(sql))).toHaveLength(1);
  });
});

/** Every ticket field answered from its own columns (ticket-row.ts FIELD_COLUMNS). */
const COLUMN_FIELDS = `id globalId number subject description channel status priority language
  category { key } subcategory { key } classificationConfidence needsTranslation needsTriage tags
  customer { id } customerId assignedAgentId escalationTier escalatedAt mergedInto { id }
  createdAt updatedAt firstRespondedAt resolvedAt closedAt`;

describe("a tickets list that reads only the columns its fields need", () => {
  const listed = async (nodeFields: string, after?: string) => {
    await new Promise((r) => setTimeout(r, 200));
    statements.length = 0;
    const result = await system.request(
      `query($after: String) { tickets(first: 30, after: $after) { edges { cursor node { ${nodeFields} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
      agent,
    );
    expect(result.errors).toBeUndefined();
    const reads = statements.filter((sql) => /FROM "tickets"\."tickets"/.test(sql));
    return { page: result.data!.tickets, reads };
  };

  it("answers every such field as whole rows do, and pages the same", async () => {
    // `sla` needs the whole row: the same list read whole is the reference.
    const whole = await listed(`${COLUMN_FIELDS} sla { slaHours }`);
    const pruned = await listed(COLUMN_FIELDS);
    expect(whole.reads[0]).toContain('d."slaHours"');
    expect(pruned.reads[0]).not.toContain('d."slaHours"');
    expect(pruned.page.edges.map((e: any) => e.node)).toEqual(
      whole.page.edges.map(({ node: { sla: _sla, ...fields } }: any) => fields),
    );
    expect(pruned.page.pageInfo).toEqual(whole.page.pageInfo);
    const next = await listed("id", pruned.page.pageInfo.endCursor);
    const nextWhole = await listed("id sla { slaHours }", whole.page.pageInfo.endCursor);
    expect(next.page.edges.map((e: any) => e.node.id)).toEqual(nextWhole.page.edges.map((e: any) => e.node.id));
  });

  it("reads the few columns a short list asks for, through fragments too, and never hands a pruned row to the loader", async () => {
    await new Promise((r) => setTimeout(r, 200));
    statements.length = 0;
    const newest = await system.db.prisma.ticket.findFirstOrThrow({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    const result = await system.request(
      `query($id: ID!) {
        tickets(first: 5) { edges { node { ... on Ticket { number } ...Rest } } }
        ticket(id: $id) { id description slaHours: sla { slaHours } }
      }
      fragment Rest on Ticket { subject status }`,
      { id: newest.id },
      agent,
    );
    expect(result.errors).toBeUndefined();
    const list = statements.find((sql) => /FROM "tickets"\."tickets" d/.test(sql))!;
    expect(list).toMatch(/^SELECT d\."id", d\."number", d\."subject", d\."status", d\."createdAt" FROM/);
    // The ticket the list also returned is read whole by `ticket(id:)`.
    expect(result.data!.ticket).toEqual({
      id: newest.id,
      description: newest.description,
      slaHours: { slaHours: newest.slaHours },
    });
  });
});

const AGENTS_WITH_TICKETS = `query($n: Int!) { agents(first: $n) { edges { node { id displayName
  openTickets(first: 3) { edges { cursor node { id number } } pageInfo { hasNextPage } }
} } } }`;

async function openTicketStatementsFor(n: number) {
  await new Promise((r) => setTimeout(r, 200));
  statements.length = 0;
  const result = await system.request(AGENTS_WITH_TICKETS, { n }, agent);
  expect(result.errors).toBeUndefined();
  expect(result.data!.agents.edges).toHaveLength(n);
  const relevant = statements.filter((sql) => /"tickets"\."tickets"/.test(sql));
  return { count: relevant.length, agents: result.data!.agents.edges.map((e: any) => e.node) };
}

describe("Agent.openTickets on a list of agents (an entity field resolved in tickets)", () => {
  it("costs the same statements for 2 agents as for 12, and pages each agent newest first", async () => {
    const few = await openTicketStatementsFor(2);
    const many = await openTicketStatementsFor(12);
    expect(few.count).toBeGreaterThan(0);
    expect(many.count).toBe(few.count);
    for (const node of many.agents) {
      const expected = await system.db.prisma.ticket.findMany({
        where: { assignedAgentId: node.id, status: { in: ["OPEN", "PENDING", "ON_HOLD", "ESCALATED"] } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 4,
      });
      expect(node.openTickets.edges.map((e: any) => e.node.id)).toEqual(expected.slice(0, 3).map((t) => t.id));
      expect(node.openTickets.pageInfo.hasNextPage).toBe(expected.length > 3);
    }
    // The next page continues after the cursor, still batched.
    const first = many.agents.find((a: any) => a.openTickets.pageInfo.hasNextPage);
    const after = first.openTickets.edges.at(-1).cursor;
    const next = await system.request(
      `query($id: ID!, $after: String) { agent(id: $id) { openTickets(first: 3, after: $after) { edges { node { id } } } } }`,
      { id: first.id, after },
      agent,
    );
    const all = await system.db.prisma.ticket.findMany({
      where: { assignedAgentId: first.id, status: { in: ["OPEN", "PENDING", "ON_HOLD", "ESCALATED"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 6,
    });
    expect(next.data!.agent.openTickets.edges.map((e: any) => e.node.id)).toEqual(all.slice(3, 6).map((t) => t.id));
  });
});
