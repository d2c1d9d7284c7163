/**
 * The real queue, end to end through the gateway with the agents subgraph's routing: with one chat
 * per agent (set through agents' updateAgent), customers beyond capacity wait with a position; as agents resolve chats the
 * position falls live and the chat is finally given to an agent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";
import { collect, eventually, startTestSystem, type TestSystem } from "./harness.js";
import { oneChatPerAgent } from "./support/chat-seats.js";

let system: TestSystem;

beforeAll(async () => {
  // AUTO_ESCALATION_ENABLED=false is exercised by the last test here.
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7", AUTO_ESCALATION_ENABLED: "false" } });
  await oneChatPerAgent(system);
});

afterAll(async () => {
  await system?.close();
});

const START = `mutation { startChat(input: { type: WEB, language: "en" }) { id status queuePosition estimatedWaitSeconds agent { id } } }`;
const EVENTS = `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on QueuePositionEvent { position estimatedWaitSeconds } ... on ChatStatusEvent { status agent { id } } } }`;

describe("waiting in the queue", () => {
  it("shows the queue position falling as agents free up, then gets an agent", async () => {
    const active: { id: string; agentId: string }[] = [];
    const waiting: { id: string; token: string; queuePosition: number }[] = [];
    for (const customer of DEMO_CUSTOMERS) {
      if (waiting.length === 2) break;
      const token = await system.token("customer", customer.id);
      const result = await system.request(START, {}, token);
      expect(result.errors).toBeUndefined();
      const chat = result.data!.startChat;
      if (chat.status === "ACTIVE") active.push({ id: chat.id, agentId: chat.agent.id });
      else waiting.push({ id: chat.id, token, queuePosition: chat.queuePosition });
    }
    expect(waiting).toHaveLength(2);
    expect(active.length).toBeGreaterThan(0);
    expect(waiting.map((w) => w.queuePosition)).toEqual([1, 2]);
    const second = waiting[1];
    const secondChat = await system.request(
      `query($id: ID!) { chat(id: $id) { estimatedWaitSeconds } }`,
      { id: second.id },
      second.token,
    );
    expect(secondChat.data!.chat.estimatedWaitSeconds).toBeGreaterThan(0);

    const client = system.subscribe(second.token);
    const events = collect<any>(client, EVENTS.replace("__typename", "__typename ... on TypingEvent { typing }"), {
      chatId: second.id,
    });
    // Subscribed once a typing probe comes back.
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: second.id, typing: false } },
          second.token,
        );
        return events.received.length > 0;
      },
      8000,
      200,
    );

    // One agent resolves their chat: the first waiting chat gets that agent, the second moves up.
    const freed = active[0];
    const agentToken = await system.token("agent", freed.agentId);
    const resolved = await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
      { input: { chatId: freed.id, status: "RESOLVED" } },
      agentToken,
    );
    expect(resolved.errors).toBeUndefined();
    const moved = await eventually(
      async () =>
        events.received
          .map((e) => e.data!.chatEvents)
          .find((e) => e.__typename === "QueuePositionEvent" && e.position === 1),
      20_000,
    );
    expect(moved.position).toBe(1);
    const first = await eventually(async () => {
      const chat = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: waiting[0].id } });
      return chat.status === "ACTIVE" && chat;
    }, 20_000);
    expect(first.agentId).toBe(freed.agentId);

    // Another agent frees up: the second chat is now answered and told so live.
    const next = active[1];
    await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
      { input: { chatId: next.id, status: "RESOLVED" } },
      await system.token("agent", next.agentId),
    );
    const activated = await eventually(
      async () =>
        events.received
          .map((e) => e.data!.chatEvents)
          .find((e) => e.__typename === "ChatStatusEvent" && e.status === "ACTIVE"),
      20_000,
    );
    expect(activated.agent.id).toBe(next.agentId);
    const answered = await system.db.prisma.chatOutboxEvent.findMany({
      where: { aggregateId: second.id, type: "chat.answered" },
    });
    expect(answered).toHaveLength(1);
    expect((answered[0].payload as { waitSeconds: number }).waitSeconds).toBeGreaterThanOrEqual(0);
    await client.dispose();
  });

  it("with AUTO_ESCALATION_ENABLED=false, asks a low-confidence customer to rephrase instead of queueing them, but still hands over on request", async () => {
    const customerId = DEMO_CUSTOMERS.at(-1)!.id;
    const token = await system.token("customer", customerId);
    const started = await system.request(
      `mutation { startChat(input: { type: WEB, botFirst: true }) { id status } }`,
      {},
      token,
    );
    const chatId = started.data!.startChat.id;
    const send = (body: string) =>
      system.request(
        `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
        { input: { chatId, body } },
        token,
      );
    const messages = () => system.db.prisma.chatMessage.findMany({ where: { chatId }, orderBy: { seq: "asc" } });
    await send("xylophone quantum banana");
    const rephrase = await eventually(async () =>
      (await messages()).find((m) => m.senderKind === "BOT" && m.body.includes("rephrase")),
    );
    expect(rephrase.body).toContain("ask for an agent");
    let chat = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: chatId } });
    expect(chat).toMatchObject({ handedOffAt: null, queuedAt: null });
    await send("I want to talk to a real person");
    await eventually(async () =>
      (await messages()).some(
        (m) => m.senderKind === "SYSTEM" && (m.attachment as any)?.handoff?.reason === "CUSTOMER_REQUEST",
      ),
    );
    chat = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: chatId } });
    expect(chat.handedOffAt).not.toBeNull();
    expect(chat.queuedAt).not.toBeNull();
  });
});
