/**
 * A conversation's next message is sent on the chat as this process last read it (no read of the
 * chat), the insert writing only if the chat is still as read; when the chat changed meanwhile
 * (here, behind the process's back, as another instance would change it) the send runs on a
 * fresh read and answers what it would have answered without the copy: closed, reassigned,
 * another customer's. Through the gateway, on the configured engine.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS, DEMO_CUSTOMER_IDS } from "../scripts/seed-data/index.js";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";
import { recordStatements } from "./support/sql-statements.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7", AI_CHATBOT_ENABLED: "false" } });
});

afterAll(async () => {
  await system?.close();
});

const START = `mutation($input: StartChatInput!) { startChat(input: $input) { id status agent { id } } }`;
const TAKE = `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id body } }`;

/** An active chat of `customerId` (taken by the demo agent when routing gave it to nobody); the tokens of both sides. */
async function activeChat(customerId: string) {
  const customer = await system.token("customer", customerId);
  const started = await system.request(START, { input: { type: "WEB" } }, customer);
  expect(started.errors).toBeUndefined();
  const { id: chatId, agent: assigned } = started.data!.startChat as { id: string; agent: { id: string } | null };
  const agent = await system.token("agent", assigned?.id ?? DEMO.agent.id);
  if (!assigned) {
    const taken = await system.request(TAKE, { input: { chatId, status: "ACTIVE" } }, agent);
    expect(taken.errors).toBeUndefined();
  }
  return { chatId, customer, agent };
}

const send = (token: string, chatId: string, body: string) => system.request(SEND, { input: { chatId, body } }, token);

/** The statements one send ran that read or write the chat's row. */
async function sessionStatementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const recorder = recordStatements();
  try {
    await work();
  } finally {
    recorder.restore();
  }
  return recorder.statements.filter((sql) => sql.includes('"chat"."sessions"'));
}

const messagesIn = (chatId: string) =>
  system.db.prisma.chatMessage.findMany({ where: { chatId, senderKind: { in: ["CUSTOMER", "AGENT"] } } });

describe("a conversation's next message", () => {
  it("is sent without reading the chat again: one statement checks it and writes the message", async () => {
    const { chatId, customer, agent } = await activeChat(DEMO_CUSTOMER_IDS.oliverBennett);
    const first = await send(customer, chatId, "first");
    expect(first.errors).toBeUndefined();
    const statements = await sessionStatementsOf(async () => {
      expect((await send(customer, chatId, "second")).errors).toBeUndefined();
      expect((await send(agent, chatId, "a reply")).errors).toBeUndefined();
    });
    // Two sends, two statements on the chat's row, each the message's own insert (no read before it).
    expect(statements).toHaveLength(2);
    expect(statements.every((sql) => sql.includes('INSERT INTO "chat"."messages"'))).toBe(true);
    expect((await messagesIn(chatId)).map((m) => m.body).sort()).toEqual(["a reply", "first", "second"]);
  });

  it("finds a chat closed meanwhile and refuses the message, writing nothing", async () => {
    const { chatId, customer } = await activeChat(DEMO_CUSTOMER_IDS.emilyCarter);
    expect((await send(customer, chatId, "hello")).errors).toBeUndefined();
    await system.db.prisma.chatSession.update({ where: { id: chatId }, data: { status: "RESOLVED" } });
    const refused = await send(customer, chatId, "still there?");
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await messagesIn(chatId)).map((m) => m.body)).toEqual(["hello"]);
    const events = await system.db.prisma.chatOutboxEvent.findMany({
      where: { aggregateId: chatId, type: "message.sent" },
    });
    expect(events).toHaveLength(1);
  });

  it("finds a chat reassigned meanwhile: the agent it left is refused, the one it went to is not", async () => {
    const { chatId, customer } = await activeChat(DEMO_CUSTOMER_IDS.graceThompson);
    const [first, second] = DEMO_AGENTS.filter((a) => a.role === "agent");
    await system.db.prisma.chatSession.update({ where: { id: chatId }, data: { agentId: first.id } });
    const left = await system.token("agent", first.id);
    expect((await send(left, chatId, "I am on it")).errors).toBeUndefined();
    await system.db.prisma.chatSession.update({ where: { id: chatId }, data: { agentId: second.id } });
    const refused = await send(left, chatId, "me again");
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const taker = await system.token("agent", second.id);
    expect((await send(taker, chatId, "taking over")).errors).toBeUndefined();
    expect((await send(customer, chatId, "thanks")).errors).toBeUndefined();
    expect((await messagesIn(chatId)).map((m) => m.body).sort()).toEqual(["I am on it", "taking over", "thanks"]);
  });

  it("is never sent on another customer's remembered chat", async () => {
    const { chatId, customer } = await activeChat(DEMO_CUSTOMER_IDS.meeraNair);
    expect((await send(customer, chatId, "mine")).errors).toBeUndefined();
    const other = await system.token("customer", DEMO.otherCustomer.id);
    const refused = await send(other, chatId, "not mine");
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await messagesIn(chatId)).map((m) => m.body)).toEqual(["mine"]);
  });
});
