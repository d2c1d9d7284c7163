/**
 * Resume after reconnect: a client that lost its connection resubscribes to chatEvents with the
 * cursor of the last message it saw and receives what it missed, in order, exactly once, then the
 * live stream. A message whose live publish fails is still a success for the sender.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";
import { encodeCursor } from "../shared/pagination.js";
import { subscriptionRefusal } from "./support/subscription-refusal.js";
import { collect, sleep, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let customer: string;
let agent: string;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
  customer = await system.token("customer", DEMO_CUSTOMERS[7].id);
  agent = await system.token("supervisor");
});

afterAll(async () => {
  await system?.close();
});

const EVENTS = `subscription($chatId: ID!, $after: String) { chatEvents(chatId: $chatId, after: $after) {
  __typename ... on ChatMessageEvent { message { body cursor } } } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id cursor } }`;

const bodies = (events: any[]) =>
  events.filter((e) => e.data?.chatEvents.__typename === "ChatMessageEvent").map((e) => e.data.chatEvents.message.body);

describe("chatEvents(after:)", () => {
  it("delivers the messages sent while the client was away, in order, once, then live ones", async () => {
    const chat = await system.request(
      `mutation { startChat(input: { type: WEB, language: "en" }) { id } }`,
      {},
      customer,
    );
    const chatId = chat.data!.startChat.id as string;

    const first = system.subscribe(agent);
    const before = collect(first, EVENTS, { chatId });
    await sleep(300);
    await system.request(SEND, { input: { chatId, body: "one" } }, customer);
    await eventually(() => bodies(before.received).includes("one"));
    const lastSeen = before.received.map((e: any) => e.data?.chatEvents).find((e: any) => e?.message?.body === "one")
      .message.cursor;
    before.dispose();
    await first.dispose();

    // Sent while the client is disconnected.
    await system.request(SEND, { input: { chatId, body: "two" } }, customer);
    await system.request(SEND, { input: { chatId, body: "three" } }, customer);

    const second = system.subscribe(agent);
    const after = collect(second, EVENTS, { chatId, after: lastSeen });
    await eventually(() => bodies(after.received).includes("three"));
    await system.request(SEND, { input: { chatId, body: "four" } }, customer);
    await eventually(() => bodies(after.received).includes("four"));
    await sleep(300);
    const got = bodies(after.received).filter((b) => ["one", "two", "three", "four"].includes(b));
    expect(got).toEqual(["two", "three", "four"]);
    after.dispose();
    await second.dispose();
  });

  it("refuses a cursor more than 500 messages behind, naming after, rather than skip what it cannot replay", async () => {
    const chat = await system.request(
      `mutation { startChat(input: { type: WEB, language: "en" }) { id } }`,
      {},
      customer,
    );
    const chatId = chat.data!.startChat.id as string;
    const sent = await system.request(SEND, { input: { chatId, body: "last seen" } }, customer);
    const lastSeen = sent.data!.sendChatMessage.cursor as string;
    // 501 messages stored while the client was away.
    await system.db.prisma.chatMessage.createMany({
      data: Array.from({ length: 501 }, (_, i) => ({ chatId, senderKind: "CUSTOMER" as const, body: `away ${i}` })),
    });

    const refused = await subscriptionRefusal(system, agent, EVENTS, { chatId, after: lastSeen });
    expect(refused).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
    expect(refused!.message).toContain("chat.messages(after:)");

    // From the 500th of them, what is left (the 501st) is replayed.
    const [{ seq, id }] = await system.db.sql.query<{ seq: string; id: string }>(
      `SELECT "seq"::text AS "seq", "id"::text AS "id" FROM "chat"."messages" WHERE "chatId" = $1 AND "body" = 'away 499'`,
      [chatId],
    );
    const from = encodeCursor([seq, id]);
    const client = system.subscribe(agent);
    const resumed = collect(client, EVENTS, { chatId, after: from });
    await eventually(() => bodies(resumed.received).includes("away 500"));
    expect(bodies(resumed.received)).toEqual(["away 500"]);
    resumed.dispose();
    await client.dispose();
  });

  it("refuses a cursor that is not a message cursor", async () => {
    const chat = await system.request(
      `mutation { startChat(input: { type: WEB, language: "en" }) { id } }`,
      {},
      customer,
    );
    const error = await subscriptionRefusal(system, customer, EVENTS, {
      chatId: chat.data!.startChat.id,
      after: "not-a-cursor",
    });
    expect(JSON.stringify(error)).toContain("BAD_USER_INPUT");
  });
});

async function eventually(probe: () => boolean, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(50);
  }
}
