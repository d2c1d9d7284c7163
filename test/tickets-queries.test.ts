/**
 * No N+1: listing tickets with their SLA state, conversation, history and categories costs the
 * same number of SQL statements on the tickets tables for 5 tickets as for 50 (DataLoader
 * batching). Statements are counted by wrapping the database drivers' query methods.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let agent: string;
const statements: string[] = [];
const restore: (() => void)[] = [];

function wrap(target: { query: (...args: any[]) => any }, textOf: (args: any[]) => string) {
  const original = target.query;
  target.query = function (this: unknown, ...args: any[]) {
    statements.push(textOf(args));
    return original.apply(this, args);
  };
  restore.push(() => (target.query = original));
}

beforeAll(async () => {
  wrap(pg.Client.prototype as any, (args) => (typeof args[0] === "string" ? args[0] : (args[0]?.text ?? "")));
  wrap(PGlite.prototype as any, (args) => String(args[0] ?? ""));
  system = await startTestSystem({ env: { SLA_SWEEP_INTERVAL_MS: "3600000" } });
  agent = await system.token("agent");
  const now = Date.now();
  for (let i = 0; i < 50; i++) {
    const ticket = await system.db.prisma.ticket.create({
      data: { subject: `Bulk ${i}`, description: "bulk", channel: "EMAIL", priority: "MEDIUM", language: "en", categoryKey: "billing_support", subcategoryKey: "fee_clarifications", customerId: DEMO.customer.id, createdAt: new Date(now + i * 1000) },
    });
    await system.db.prisma.ticketStatusChange.create({ data: { ticketId: ticket.id, status: "OPEN", at: ticket.createdAt } });
    await system.db.prisma.ticketMessage.createMany({ data: [0, 1].map((k) => ({ ticketId: ticket.id, authorRole: k ? "agent" : "customer", authorId: DEMO.agent.id, body: `m${k}`, createdAt: new Date(now + i * 1000 + k + 1) })) });
    await system.db.prisma.ticketHistoryEntry.create({ data: { ticketId: ticket.id, actorRole: "customer", action: "created" } });
  }
});

afterAll(async () => {
  for (const undo of restore) undo();
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
  const relevant = statements.filter((sql) => /"tickets"\."(tickets|messages|status_changes|history|categories|business_schedules)"/.test(sql));
  if (process.env.DEBUG_QUERIES) console.log(n, relevant.map((s) => s.slice(0, 160)));
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
