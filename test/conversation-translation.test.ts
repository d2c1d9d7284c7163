/**
 * Automatic translation of a chat or ticket nobody on it speaks, through the gateway, against two local
 * translator servers that disagree: each customer message is translated for the agent and each
 * reply back for the customer, the original kept in `body`, the more confident provider's answer
 * kept; a chat whose agent speaks its language is left alone.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";
import { startLocalTranslator, type LocalTranslator } from "./support/translator-servers.js";

let system: TestSystem;
let literal: LocalTranslator;
let fluent: LocalTranslator;

const JAMES = DEMO_AGENTS.find((a) => a.displayName === "James Whitfield")!; // en only
const KHALID = DEMO_AGENTS.find((a) => a.displayName === "Khalid Al-Mutairi")!; // ar only

beforeAll(async () => {
  // They disagree: "literal" is sure of itself into English, "fluent" into Urdu.
  literal = await startLocalTranslator((call) => ({
    text: `[literal ${call.source}->${call.target}] ${call.q}`,
    confidence: call.target === "en" ? 0.9 : 0.4,
  }));
  fluent = await startLocalTranslator((call) => ({
    text: `[fluent ${call.source}->${call.target}] ${call.q}`,
    confidence: call.target === "en" ? 0.6 : 0.85,
  }));
  system = await startTestSystem({
    env: {
      TRANSLATOR_URL: literal.url,
      TRANSLATION_PROVIDERS: `fluent=${fluent.url}`,
      CHAT_OPERATING_HOURS: "24/7",
      REDIS_URL: undefined,
    },
  });
}, 60_000);

afterAll(async () => {
  await system?.close();
  await literal?.close();
  await fluent?.close();
});

async function onlyOnline(ids: string[]) {
  await system.db.prisma.agent.updateMany({ data: { status: "OFFLINE" } });
  await system.db.prisma.agent.updateMany({ where: { id: { in: ids } }, data: { status: "ONLINE" } });
}

async function newCustomer(preferredLanguage: string) {
  const id = randomUUID();
  await system.db.prisma.customer.create({ data: { id, name: `Customer ${id.slice(0, 6)}`, preferredLanguage } });
  return { id, token: await system.token("customer", id) };
}

const START = `mutation($input: StartChatInput!) { startChat(input: $input) { id language status needsTranslation agent { id } } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id body translation { text translated confidence fromLanguage toLanguage provider unavailableReason } } }`;
const MESSAGES = `query($id: ID!) { chat(id: $id) { needsTranslation messages(first: 20) { edges { node { senderKind body translation { text confidence fromLanguage toLanguage provider } } } } } }`;

async function activeChat(token: string) {
  const started = await system.request(START, { input: { type: "WEB" } }, token);
  expect(started.errors).toBeUndefined();
  const chatId = started.data!.startChat.id as string;
  return eventually(async () => {
    const row = await system.db.prisma.chatSession.findUnique({ where: { id: chatId } });
    return row?.status === "ACTIVE" ? row : null;
  });
}

describe("automatic chat translation", () => {
  it("translates each customer message for the agent and each reply for the customer, keeping the original and the best answer", async () => {
    await onlyOnline([JAMES.id]);
    const customer = await newCustomer("ur");
    const chat = await activeChat(customer.token);
    expect(chat).toMatchObject({ language: "ur", agentId: JAMES.id, needsTranslation: true });

    const question = "میرا ٹوکن خریدنے کا آرڈر ابھی تک مکمل نہیں ہوا";
    const sent = await system.request(SEND, { input: { chatId: chat.id, body: question } }, customer.token);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendChatMessage).toEqual({
      id: expect.any(String),
      body: question,
      translation: {
        text: `[literal ur->en] ${question}`,
        translated: true,
        confidence: 0.9,
        fromLanguage: "ur",
        toLanguage: "en",
        provider: new URL(literal.url).host,
        unavailableReason: null,
      },
    });
    // Both providers were asked.
    expect(literal.calls.at(-1)).toMatchObject({ q: question, source: "ur", target: "en" });
    expect(fluent.calls.at(-1)).toMatchObject({ q: question, source: "ur", target: "en" });

    const agent = await system.token("agent", JAMES.id);
    const answer = "Your order is pending; it completes within 10 minutes.";
    const reply = await system.request(SEND, { input: { chatId: chat.id, body: answer } }, agent);
    expect(reply.errors).toBeUndefined();
    expect(reply.data!.sendChatMessage.translation).toMatchObject({
      text: `[fluent en->ur] ${answer}`,
      confidence: 0.85,
      fromLanguage: "en",
      toLanguage: "ur",
      provider: "fluent",
    });

    // Both sides read the conversation with originals and translations side by side.
    const seen = await system.request(MESSAGES, { id: chat.id }, customer.token);
    expect(seen.errors).toBeUndefined();
    const texts = seen
      .data!.chat.messages.edges.map((e: any) => e.node)
      .filter((m: any) => m.senderKind !== "SYSTEM" && m.senderKind !== "BOT");
    expect(texts.map((m: any) => [m.senderKind, m.body, m.translation?.text])).toEqual([
      ["CUSTOMER", question, `[literal ur->en] ${question}`],
      ["AGENT", answer, `[fluent en->ur] ${answer}`],
    ]);
  });

  it("leaves a chat alone when its agent speaks the language", async () => {
    await onlyOnline([KHALID.id]);
    const customer = await newCustomer("ar");
    const chat = await activeChat(customer.token);
    expect(chat).toMatchObject({ language: "ar", agentId: KHALID.id, needsTranslation: false });
    const before = literal.calls.length;
    const sent = await system.request(SEND, { input: { chatId: chat.id, body: "لم تصل أرباحي بعد" } }, customer.token);
    expect(sent.data!.sendChatMessage.translation).toBeNull();
    expect(literal.calls.length).toBe(before);
  });

  it("switches translation on when an agent who does not speak the language takes the chat by hand", async () => {
    await onlyOnline([]);
    const customer = await newCustomer("ar");
    const started = await system.request(START, { input: { type: "WEB" } }, customer.token);
    const chatId = started.data!.startChat.id;
    expect(started.data!.startChat).toMatchObject({ status: "WAITING", needsTranslation: false });
    const agent = await system.token("agent", JAMES.id);
    const reply = await system.request(
      SEND,
      { input: { chatId, body: "Hello, I am looking at your account now." } },
      agent,
    );
    expect(reply.errors).toBeUndefined();
    expect(reply.data!.sendChatMessage.translation).toMatchObject({
      fromLanguage: "en",
      toLanguage: "ar",
      translated: true,
    });
    const chat = await system.request(MESSAGES, { id: chatId }, customer.token);
    expect(chat.data!.chat.needsTranslation).toBe(true);
    const answer = await system.request(SEND, { input: { chatId, body: "شكرا لك" } }, customer.token);
    expect(answer.data!.sendChatMessage.translation).toMatchObject({
      fromLanguage: "ar",
      toLanguage: "en",
      provider: new URL(literal.url).host,
    });
  });
});

describe("automatic ticket translation", () => {
  const ADD = `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id body translation { text translated confidence fromLanguage toLanguage provider } } }`;

  it("translates the customer's messages for the agent and the agent's replies for the customer (notification included)", async () => {
    await onlyOnline([JAMES.id]);
    const customer = await newCustomer("ur");
    const created = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id language } }`,
      { input: { channel: "IN_APP", subject: "ٹوکن", description: "میرا ٹوکن خریدنے کا آرڈر ابھی تک مکمل نہیں ہوا" } },
      customer.token,
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const ticketId = created.data!.createTicket.id;
    expect(created.data!.createTicket.language).toBe("ur");
    const supervisor = await system.token("supervisor");
    const assigned = await system.request(
      `mutation($input: AssignTicketInput!) { assignTicket(input: $input) { status agentId needsTranslation } }`,
      { input: { ticketId, agentId: JAMES.id } },
      supervisor,
    );
    expect(assigned.errors, JSON.stringify(assigned.errors)).toBeUndefined();
    expect(assigned.data!.assignTicket).toMatchObject({
      status: "ASSIGNED",
      agentId: JAMES.id,
      needsTranslation: true,
    });
    await eventually(
      async () => (await system.db.prisma.ticket.findUnique({ where: { id: ticketId } }))?.assignedAgentId === JAMES.id,
    );

    const question = "کیا آپ میری مدد کر سکتے ہیں؟";
    const asked = await system.request(ADD, { input: { ticketId, body: question } }, customer.token);
    expect(asked.errors, JSON.stringify(asked.errors)).toBeUndefined();
    expect(asked.data!.addTicketMessage).toMatchObject({
      body: question,
      translation: {
        text: `[literal ur->en] ${question}`,
        translated: true,
        confidence: 0.9,
        fromLanguage: "ur",
        toLanguage: "en",
        provider: new URL(literal.url).host,
      },
    });

    const agent = await system.token("agent", JAMES.id);
    const answer = "Your order completed a minute ago.";
    const replied = await system.request(ADD, { input: { ticketId, body: answer } }, agent);
    expect(replied.data!.addTicketMessage).toMatchObject({
      body: answer,
      translation: { text: `[fluent en->ur] ${answer}`, provider: "fluent", confidence: 0.85 },
    });
    // An internal note is never translated.
    const note = await system.request(
      `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { translation { text } } }`,
      { input: { ticketId, body: "Checked the ledger.", internal: true } },
      agent,
    );
    expect(note.data!.addTicketMessage.translation).toBeNull();

    const ticket = await system.request(
      `query($id: ID!) { ticket(id: $id) { needsTranslation messages(first: 10) { edges { node { body translation { text } } } } } }`,
      { id: ticketId },
      customer.token,
    );
    expect(ticket.errors).toBeUndefined();
    expect(ticket.data!.ticket.needsTranslation).toBe(true);
    // The customer is told in Urdu, with the reply in Urdu.
    const notes = await system.request(
      `{ notifications(first: 20) { edges { node { kind title body ticketId } } } }`,
      {},
      customer.token,
    );
    const reply = notes
      .data!.notifications.edges.map((e: any) => e.node)
      .find((n: any) => n.ticketId === ticketId && n.kind === "TICKET_REPLY");
    expect(reply.title).toMatch(/پر نیا جواب$/);
    expect(reply.body).toBe(`[fluent en->ur] ${answer}`);
  });
});
