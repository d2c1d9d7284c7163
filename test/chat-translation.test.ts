/**
 * Automatic translation of a chat nobody on it speaks, through the gateway, against two local
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
  literal = await startLocalTranslator((call) => ({ text: `[literal ${call.source}->${call.target}] ${call.q}`, confidence: call.target === "en" ? 0.9 : 0.4 }));
  fluent = await startLocalTranslator((call) => ({ text: `[fluent ${call.source}->${call.target}] ${call.q}`, confidence: call.target === "en" ? 0.6 : 0.85 }));
  system = await startTestSystem({
    env: { TRANSLATOR_URL: literal.url, TRANSLATION_PROVIDERS: `fluent=${fluent.url}`, CHAT_OPERATING_HOURS: "24/7", REDIS_URL: undefined },
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
      translation: { text: `[literal ur->en] ${question}`, translated: true, confidence: 0.9, fromLanguage: "ur", toLanguage: "en", provider: new URL(literal.url).host, unavailableReason: null },
    });
    // Both providers were asked.
    expect(literal.calls.at(-1)).toMatchObject({ q: question, source: "ur", target: "en" });
    expect(fluent.calls.at(-1)).toMatchObject({ q: question, source: "ur", target: "en" });

    const agent = await system.token("agent", JAMES.id);
    const answer = "Your order is pending; it completes within 10 minutes.";
    const reply = await system.request(SEND, { input: { chatId: chat.id, body: answer } }, agent);
    expect(reply.errors).toBeUndefined();
    expect(reply.data!.sendChatMessage.translation).toMatchObject({ text: `[fluent en->ur] ${answer}`, confidence: 0.85, fromLanguage: "en", toLanguage: "ur", provider: "fluent" });

    // Both sides read the conversation with originals and translations side by side.
    const seen = await system.request(MESSAGES, { id: chat.id }, customer.token);
    expect(seen.errors).toBeUndefined();
    const texts = seen.data!.chat.messages.edges.map((e: any) => e.node).filter((m: any) => m.senderKind !== "SYSTEM" && m.senderKind !== "BOT");
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
    const reply = await system.request(SEND, { input: { chatId, body: "Hello, I am looking at your account now." } }, agent);
    expect(reply.errors).toBeUndefined();
    expect(reply.data!.sendChatMessage.translation).toMatchObject({ fromLanguage: "en", toLanguage: "ar", translated: true });
    const chat = await system.request(MESSAGES, { id: chatId }, customer.token);
    expect(chat.data!.chat.needsTranslation).toBe(true);
    const answer = await system.request(SEND, { input: { chatId, body: "شكرا لك" } }, customer.token);
    expect(answer.data!.sendChatMessage.translation).toMatchObject({ fromLanguage: "ar", toLanguage: "en", provider: new URL(literal.url).host });
  });
});
