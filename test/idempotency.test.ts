/**
 * Idempotency keys through the gateway: the same key with the same request returns the first
 * result; with a different request it is CONFLICT and nothing is written. createTicket,
 * addTicketMessage and sendChatMessage all take one.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";
import { ticketByIdempotencyKey } from "../subgraphs/tickets/submit-ticket.js";
import { startTestSystem, type TestSystem } from "./harness.js";
import { recordStatements } from "./support/sql-statements.js";

let system: TestSystem;
let customer: string;
let agent: string;

beforeAll(async () => {
  system = await startTestSystem({ env: { TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1" } });
  customer = await system.token("customer");
  agent = await system.token("agent");
});

afterAll(async () => {
  await system?.close();
});

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const MESSAGE = `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id body } }`;
const CHAT_MESSAGE = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id body } }`;

describe("createTicket", () => {
  it("returns the first ticket for a retry and refuses the key for a different request", async () => {
    const key = randomUUID();
    const input = {
      channel: "IN_APP",
      subject: "Tokens missing",
      description: "My PROPX tokens are missing.",
      categoryKey: "token_purchase_issues",
      idempotencyKey: key,
    };
    const recorder = recordStatements();
    let first;
    try {
      first = await system.request(CREATE, { input }, customer);
    } finally {
      recorder.restore();
    }
    // A first request pays no lookup of its key: the insert's unique key recognises a retry.
    expect(recorder.statements.filter((sql) => sql.includes(`"idempotencyKey" = $2`))).toEqual([]);
    const again = await system.request(CREATE, { input: { ...input, subject: "  Tokens missing " } }, customer);
    expect(first.errors).toBeUndefined();
    expect(again.data!.createTicket.id).toBe(first.data!.createTicket.id);
    // The retry answers the stored row as the client reads it, field for field.
    const stored = await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: first.data!.createTicket.id } });
    const replayed = await ticketByIdempotencyKey(system.db.sql, DEMO_CUSTOMERS[0].id, input.idempotencyKey);
    expect(replayed).toEqual(stored);
    const before = await system.db.prisma.ticket.count();
    for (const change of [
      { subject: "Other subject" },
      { description: "Something else entirely." },
      { categoryKey: "staking_support" },
      { priorityOverride: "LOW" },
    ]) {
      const different = await system.request(CREATE, { input: { ...input, ...change } }, customer);
      expect(different.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "idempotencyKey" });
    }
    expect(await system.db.prisma.ticket.count()).toBe(before);
  });

  it("settles concurrent duplicates on one ticket", async () => {
    const input = {
      channel: "IN_APP",
      subject: "Race",
      description: "Same request twice at once.",
      categoryKey: "login_issues",
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.all([1, 2, 3].map(() => system.request(CREATE, { input }, customer)));
    expect(new Set(results.map((r) => r.data?.createTicket.id)).size).toBe(1);
  });
});

describe("addTicketMessage", () => {
  it("stores one message per key and refuses the key for another message or author", async () => {
    const ticket = await system.request(
      CREATE,
      {
        input: {
          channel: "IN_APP",
          subject: "Wallet",
          description: "MetaMask will not connect.",
          categoryKey: "wallet_connection_problems",
        },
      },
      customer,
    );
    const ticketId = ticket.data!.createTicket.id;
    const key = randomUUID();
    const first = await system.request(
      MESSAGE,
      { input: { ticketId, body: "Still failing today.", idempotencyKey: key } },
      customer,
    );
    const again = await system.request(
      MESSAGE,
      { input: { ticketId, body: "Still failing today.", idempotencyKey: key } },
      customer,
    );
    expect(first.errors).toBeUndefined();
    expect(again.data!.addTicketMessage.id).toBe(first.data!.addTicketMessage.id);
    expect(await system.db.prisma.ticketMessage.count({ where: { ticketId, idempotencyKey: key } })).toBe(1);
    const changed = await system.request(
      MESSAGE,
      { input: { ticketId, body: "Now it works.", idempotencyKey: key } },
      customer,
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "idempotencyKey" });
    const byAgent = await system.request(
      MESSAGE,
      { input: { ticketId, body: "Still failing today.", idempotencyKey: key } },
      agent,
    );
    expect(byAgent.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "idempotencyKey" });
    expect(await system.db.prisma.ticketMessage.count({ where: { ticketId, body: "Now it works." } })).toBe(0);
    // Another customer reusing the key on this ticket learns nothing about it: FORBIDDEN, as for any
    // ticket not theirs, whether they ask for a reply or an internal note.
    const stranger = await system.token("customer", DEMO_CUSTOMERS[5].id);
    for (const internal of [false, true]) {
      const probe = await system.request(
        MESSAGE,
        { input: { ticketId, body: "Still failing today.", idempotencyKey: key, internal } },
        stranger,
      );
      expect(probe.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("sendChatMessage", () => {
  it("stores one message per key and refuses the key for another message", async () => {
    const token = await system.token("customer", DEMO_CUSTOMERS[5].id);
    const chat = await system.request(`mutation { startChat(input: { type: WEB, language: "en" }) { id } }`, {}, token);
    expect(chat.errors).toBeUndefined();
    const chatId = chat.data!.startChat.id;
    const key = randomUUID();
    const first = await system.request(
      CHAT_MESSAGE,
      { input: { chatId, body: "Hello, my deposit is stuck.", idempotencyKey: key } },
      token,
    );
    const again = await system.request(
      CHAT_MESSAGE,
      { input: { chatId, body: "Hello, my deposit is stuck.", idempotencyKey: key } },
      token,
    );
    expect(first.errors).toBeUndefined();
    expect(again.data!.sendChatMessage.id).toBe(first.data!.sendChatMessage.id);
    const older = await system.request(
      CHAT_MESSAGE,
      { input: { chatId, body: "Hello, my deposit is stuck.", clientMessageId: key } },
      token,
    );
    expect(older.data!.sendChatMessage.id).toBe(first.data!.sendChatMessage.id);
    const changed = await system.request(
      CHAT_MESSAGE,
      { input: { chatId, body: "Never mind.", idempotencyKey: key } },
      token,
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "idempotencyKey" });
    expect(await system.db.prisma.chatMessage.count({ where: { chatId, body: "Never mind." } })).toBe(0);
  });
});
