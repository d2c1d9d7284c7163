/**
 * Two gateway+subgraph instances sharing PostgreSQL and Redis: live chat events cross
 * instances, queue positions are announced once, and both inactivity sweepers together close
 * each idle chat exactly once (FOR UPDATE SKIP LOCKED).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS, DEMO_CUSTOMER_IDS } from "../scripts/seed-data/index.js";
import { collect, eventually, sleep, startReplicas, type TestSystem } from "./harness.js";

const redisUrl = process.env.REDIS_URL;
const databaseUrl = process.env.DATABASE_URL;
const runnable = Boolean(redisUrl && databaseUrl);
if (!runnable) console.warn("chat-replicas.test.ts skipped: needs REDIS_URL and DATABASE_URL (bash .ci/run sets both)");

const EVENTS = `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on TypingEvent { participantKind typing } ... on ReadReceiptEvent { readerKind upToMessageId } ... on QueuePositionEvent { position } ... on ChatStatusEvent { status } } }`;
const START = `mutation($input: StartChatInput!) { startChat(input: $input) { id status agent { id } } }`;

describe.runIf(runnable)("chat across two instances", () => {
  let a: TestSystem;
  let b: TestSystem;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ a, b, close } = await startReplicas({ CHAT_OPERATING_HOURS: "24/7", CHAT_SWEEP_INTERVAL_SECONDS: "0.3" }));
  });

  afterAll(async () => {
    await close?.();
  });

  it("delivers typing and read receipts sent through A to a subscriber on B", async () => {
    const customerToken = await a.token("customer", DEMO_CUSTOMER_IDS.faisalAlDosari);
    const chat = (await a.request(START, { input: { type: "WEB" } }, customerToken)).data!.startChat;
    const agentToken = chat.agent ? await a.token("agent", chat.agent.id) : await a.token("agent");
    const sent = await a.request(
      `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
      { input: { chatId: chat.id, body: "Hello from the agent" } },
      agentToken,
    );
    expect(sent.errors).toBeUndefined();

    const client = b.subscribe(customerToken);
    const events = collect<any>(client, EVENTS, { chatId: chat.id });
    const agentEvents = collect<any>(b.subscribe(agentToken), EVENTS, { chatId: chat.id });
    await eventually(
      async () => {
        await a.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: chat.id, typing: true } },
          agentToken,
        );
        return events.received.length > 0;
      },
      8000,
      300,
    );
    expect(events.received[0].data!.chatEvents).toEqual({
      __typename: "TypingEvent",
      participantKind: "AGENT",
      typing: true,
    });
    await a.request(
      `mutation($input: MarkChatReadInput!) { markChatRead(input: $input) { id } }`,
      { input: { chatId: chat.id, upToMessageId: sent.data!.sendChatMessage.id } },
      customerToken,
    );
    const receipt = await eventually(
      async () => agentEvents.received.map((e) => e.data!.chatEvents).find((e) => e.__typename === "ReadReceiptEvent"),
      8000,
    );
    expect(receipt).toEqual({
      __typename: "ReadReceiptEvent",
      readerKind: "CUSTOMER",
      upToMessageId: sent.data!.sendChatMessage.id,
    });
    await client.dispose();
  });

  it("announces a queue position once although both instances hear agents' snapshot", async () => {
    const token = await a.token("customer", DEMO_CUSTOMER_IDS.hamadAlKuwari);
    const chat = (await a.request(START, { input: { type: "WEB", botFirst: true } }, token)).data!.startChat;
    const client = b.subscribe(token);
    const events = collect<any>(client, EVENTS, { chatId: chat.id });
    await eventually(
      async () => {
        await a.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: chat.id, typing: false } },
          token,
        );
        return events.received.length > 0;
      },
      8000,
      300,
    );
    await a.pubsub.publish("queue:CHAT", { items: [{ itemId: chat.id, position: 4, estimatedWaitSeconds: 200 }] });
    await eventually(
      async () => events.received.some((e) => e.data!.chatEvents.__typename === "QueuePositionEvent"),
      8000,
    );
    await sleep(500);
    expect(
      events.received
        .filter((e) => e.data!.chatEvents.__typename === "QueuePositionEvent")
        .map((e) => e.data!.chatEvents),
    ).toEqual([{ __typename: "QueuePositionEvent", position: 4 }]);
    await client.dispose();
  });

  it("times out each idle chat exactly once with two sweepers running", async () => {
    const customers = [
      DEMO_CUSTOMER_IDS.raniaKhalil,
      DEMO_CUSTOMER_IDS.ananyaIyer,
      DEMO_CUSTOMER_IDS.bilalAhmed,
      DEMO_CUSTOMER_IDS.saraAlQahtani,
      DEMO_CUSTOMER_IDS.aaravPatel,
    ];
    const ids: string[] = [];
    for (const [index, customerId] of customers.entries()) {
      const system = index % 2 ? a : b;
      const chat = (
        await system.request(START, { input: { type: "MOBILE" } }, await system.token("customer", customerId))
      ).data!.startChat;
      ids.push(chat.id);
    }
    // Idle means silent in an ACTIVE conversation (queue time never counts): make each one an
    // hour-old answered chat nobody wrote in since.
    const anHourAgo = new Date(Date.now() - 60 * 60_000);
    await a.db.prisma.chatSession.updateMany({
      where: { id: { in: ids } },
      data: { status: "ACTIVE", agentId: DEMO_AGENTS[0].id, answeredAt: anHourAgo, lastMessageAt: anHourAgo },
    });
    await eventually(
      async () =>
        (await a.db.prisma.chatSession.count({ where: { id: { in: ids }, status: "TIMED_OUT" } })) === ids.length,
      10_000,
    );
    await sleep(1000); // give both sweepers more rounds
    const events = await a.db.prisma.chatOutboxEvent.findMany({
      where: { aggregateId: { in: ids }, type: "chat.timed_out" },
    });
    expect(events.map((e) => e.aggregateId).sort()).toEqual([...ids].sort());
  });
});
