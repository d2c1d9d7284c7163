/**
 * Live chat end to end through the gateway: queue positions and activation (agents' side of the
 * contract simulated on the bus), messages with typing and read receipts, reconnect without
 * losing messages, the chatbot (KYC answer, low-confidence handoff), endings (abandoned,
 * timed out) recorded in the outbox, and bad input that leaves the socket usable.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENT_IDS, DEMO_CUSTOMER_IDS, DEMO_CUSTOMER_CONTEXTS } from "../scripts/seed-data/index.js";
import { EVENTS_TOPIC } from "../shared/outbox.js";
import { collect, DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({
    env: { CHAT_OPERATING_HOURS: "24/7", CHAT_SWEEP_INTERVAL_SECONDS: "0.5", CHAT_TIMEOUT_MINUTES: "30" },
  });
});

afterAll(async () => {
  await system?.close();
});

const CHAT_FIELDS = `id status offline queuePosition estimatedWaitSeconds handedOffAt agent { id } ticket { id } customerReadUpToId agentReadUpToId`;
const START = `mutation($input: StartChatInput!) { startChat(input: $input) { ${CHAT_FIELDS} } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id body cursor senderKind type } }`;
const EVENTS = `subscription($chatId: ID!) { chatEvents(chatId: $chatId) {
  __typename
  ... on ChatMessageEvent { message { id body senderKind cursor attachment } }
  ... on ChatStatusEvent { status agent { id } }
  ... on TypingEvent { participantKind typing }
  ... on ReadReceiptEvent { readerKind upToMessageId }
  ... on QueuePositionEvent { position estimatedWaitSeconds }
} }`;

async function customer(id: string) {
  return system.token("customer", id);
}

async function start(token: string, input: Record<string, unknown> = {}) {
  const result = await system.request(START, { input: { type: "WEB", ...input } }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.startChat;
}

/** The token of the agent who has the chat — or DEMO.agent after taking it when nobody has. */
async function agentFor(chat: { id: string; agent: { id: string } | null }) {
  if (chat.agent) return system.token("agent", chat.agent.id);
  const token = await system.token("agent");
  const taken = await system.request(
    `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status agent { id } } }`,
    { input: { chatId: chat.id, status: "ACTIVE" } },
    token,
  );
  expect(taken.errors).toBeUndefined();
  expect(taken.data!.updateChatStatus).toEqual({ status: "ACTIVE", agent: { id: DEMO.agent.id } });
  return token;
}

const outbox = (chatId: string, type: string) =>
  system.db.prisma.chatOutboxEvent.findMany({ where: { aggregateId: chatId, type } });

describe("queue position and activation (agents' side simulated on the bus, per docs/contracts.md)", () => {
  it("pushes QueuePositionEvent as the position falls, then ACTIVE when agents assigns the chat", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.hiraKhan);
    const chat = await start(token, { botFirst: true });
    expect(chat.status).toBe("WAITING");
    const client = system.subscribe(token);
    const events = collect<any>(client, EVENTS, { chatId: chat.id });
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: chat.id, typing: false } },
          token,
        );
        return events.received.length > 0;
      },
      5000,
      200,
    );
    events.received.length = 0;
    await system.pubsub.publish("queue:CHAT", {
      items: [{ itemId: chat.id, position: 3, estimatedWaitSeconds: null }],
    });
    await system.pubsub.publish("queue:CHAT", {
      items: [{ itemId: chat.id, position: 3, estimatedWaitSeconds: null }],
    }); // unchanged: no event
    await system.pubsub.publish("queue:CHAT", { items: [{ itemId: chat.id, position: 2, estimatedWaitSeconds: 90 }] });
    await system.pubsub.publish("queue:CHAT", { items: [{ itemId: chat.id, position: 1, estimatedWaitSeconds: 40 }] });
    const queueEvents = () =>
      events.received.map((e) => e.data!.chatEvents).filter((e) => e.__typename === "QueuePositionEvent");
    const positions = await eventually(async () => queueEvents().length >= 3 && queueEvents(), 20_000);
    expect(positions.map((p) => p.position)).toEqual([3, 2, 1]);
    expect(positions[0].estimatedWaitSeconds).toBeNull(); // agents' estimator is the only one: none given, none shown
    expect(positions[2].estimatedWaitSeconds).toBe(40);
    const stored = await system.request(
      `query($id: ID!) { chat(id: $id) { queuePosition estimatedWaitSeconds } }`,
      { id: chat.id },
      token,
    );
    expect(stored.data!.chat).toEqual({ queuePosition: 1, estimatedWaitSeconds: 40 });

    // agents' assignment.created (delivered twice: consumers are idempotent).
    const event = {
      id: randomUUID(),
      type: "assignment.created",
      source: "agents",
      aggregateId: chat.id,
      occurredAt: new Date().toISOString(),
      payload: {
        kind: "CHAT",
        itemId: chat.id,
        agentId: DEMO_AGENT_IDS.fatimaBenali,
        needsTranslation: false,
        waitedSeconds: 5,
      },
    };
    await system.pubsub.publish(EVENTS_TOPIC, event);
    await system.pubsub.publish(EVENTS_TOPIC, event);
    const activated = await eventually(async () =>
      events.received.map((e) => e.data!.chatEvents).find((e) => e.__typename === "ChatStatusEvent"),
    );
    expect(activated).toEqual({
      __typename: "ChatStatusEvent",
      status: "ACTIVE",
      agent: { id: DEMO_AGENT_IDS.fatimaBenali },
    });
    const answered = await eventually(async () => {
      const rows = await outbox(chat.id, "chat.answered");
      return rows.length > 0 && rows;
    });
    expect(answered).toHaveLength(1);
    expect(answered[0].payload).toMatchObject({
      chatId: chat.id,
      agentId: DEMO_AGENT_IDS.fatimaBenali,
      waitSeconds: expect.any(Number),
    });
    await client.dispose();
  });
});

describe("a conversation, live", () => {
  it("exchanges messages with typing indicators (which expire) and read receipts", async () => {
    const customerToken = await customer(DEMO_CUSTOMER_IDS.oliverBennett);
    const chat = await start(customerToken, { topic: "deposit failed" });
    expect(["WAITING", "ACTIVE"]).toContain(chat.status);
    const agentToken = await agentFor(chat);

    const customerClient = system.subscribe(customerToken);
    const agentClient = system.subscribe(agentToken);
    const customerEvents = collect<any>(customerClient, EVENTS, { chatId: chat.id });
    const agentEvents = collect<any>(agentClient, EVENTS, { chatId: chat.id });
    // Both subscribed once a probe typing event reached both.
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: chat.id, typing: false } },
          customerToken,
        );
        return customerEvents.received.length > 0 && agentEvents.received.length > 0;
      },
      5000,
      200,
    );
    const live = (events: typeof customerEvents) => events.received.map((e) => e.data!.chatEvents);
    const agentTyping = () =>
      live(customerEvents).filter((e) => e.__typename === "TypingEvent" && e.participantKind === "AGENT");

    const typing = await system.request(
      `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing expiresAt } }`,
      { input: { chatId: chat.id, typing: true } },
      agentToken,
    );
    expect(typing.data!.setTyping.typing).toBe(true);
    expect(new Date(typing.data!.setTyping.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const [typingOn] = await eventually(async () => agentTyping().length >= 1 && agentTyping());
    expect(typingOn).toEqual({ __typename: "TypingEvent", participantKind: "AGENT", typing: true });
    // Not refreshed: it expires on its own.
    const [, typingOff] = await eventually(async () => agentTyping().length >= 2 && agentTyping(), 10_000);
    expect(typingOff).toEqual({ __typename: "TypingEvent", participantKind: "AGENT", typing: false });

    const reply = await system.request(
      SEND,
      { input: { chatId: chat.id, body: "Hi Oliver, I can see the failed deposit.", clientMessageId: "agent-1" } },
      agentToken,
    );
    expect(reply.errors).toBeUndefined();
    const message = await eventually(async () =>
      live(customerEvents).find((e) => e.__typename === "ChatMessageEvent" && e.message.senderKind === "AGENT"),
    );
    expect(message.message).toMatchObject({
      id: reply.data!.sendChatMessage.id,
      body: "Hi Oliver, I can see the failed deposit.",
      senderKind: "AGENT",
    });

    const read = await system.request(
      `mutation($input: MarkChatReadInput!) { markChatRead(input: $input) { customerReadUpToId } }`,
      { input: { chatId: chat.id, upToMessageId: reply.data!.sendChatMessage.id } },
      customerToken,
    );
    expect(read.data!.markChatRead.customerReadUpToId).toBe(reply.data!.sendChatMessage.id);
    const receipt = await eventually(async () =>
      agentEvents.received.map((e) => e.data!.chatEvents).find((e) => e.__typename === "ReadReceiptEvent"),
    );
    expect(receipt).toEqual({
      __typename: "ReadReceiptEvent",
      readerKind: "CUSTOMER",
      upToMessageId: reply.data!.sendChatMessage.id,
    });

    const answer = await system.request(
      SEND,
      { input: { chatId: chat.id, body: "Thanks! Should I retry?", clientMessageId: "cust-1" } },
      customerToken,
    );
    const fromCustomer = await eventually(async () =>
      agentEvents.received
        .map((e) => e.data!.chatEvents)
        .find((e) => e.__typename === "ChatMessageEvent" && e.message.body === "Thanks! Should I retry?"),
    );
    expect(fromCustomer.message.id).toBe(answer.data!.sendChatMessage.id);
    // A retry with the same clientMessageId returns the stored message and stores nothing new.
    const retry = await system.request(
      SEND,
      { input: { chatId: chat.id, body: "Thanks! Should I retry?", clientMessageId: "cust-1" } },
      customerToken,
    );
    expect(retry.data!.sendChatMessage.id).toBe(answer.data!.sendChatMessage.id);
    expect(await system.db.prisma.chatMessage.count({ where: { chatId: chat.id, clientMessageId: "cust-1" } })).toBe(1);

    // Resolving ends the chat (chat.ended) and tells both sides.
    const resolved = await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status endedAt } }`,
      { input: { chatId: chat.id, status: "RESOLVED" } },
      agentToken,
    );
    expect(resolved.data!.updateChatStatus.status).toBe("RESOLVED");
    await eventually(async () =>
      customerEvents.received.some(
        (e) => e.data!.chatEvents.__typename === "ChatStatusEvent" && e.data!.chatEvents.status === "RESOLVED",
      ),
    );
    expect(await outbox(chat.id, "chat.ended")).toHaveLength(1);
    await customerClient.dispose();
    await agentClient.dispose();
  });

  it("lets a dropped subscriber fetch every missed message exactly once, in order, with messages(after:)", async () => {
    const customerToken = await customer(DEMO_CUSTOMER_IDS.emilyCarter);
    const chat = await start(customerToken);
    const agentToken = await agentFor(chat);
    const send = (body: string) =>
      system.request(SEND, { input: { chatId: chat.id, body, clientMessageId: body } }, agentToken);

    let client = system.subscribe(customerToken);
    let events = collect<any>(client, EVENTS, { chatId: chat.id });
    let probe = 0;
    await eventually(
      async () => {
        await send(`probe-${probe++}`);
        return events.received.some((e) => e.data!.chatEvents.__typename === "ChatMessageEvent");
      },
      5000,
      250,
    );
    await send("m1");
    const seen = await eventually(async () => {
      const bodies = events.received
        .filter((e) => e.data!.chatEvents.__typename === "ChatMessageEvent")
        .map((e) => e.data!.chatEvents.message);
      return bodies.some((m) => m.body === "m1") && bodies;
    });
    const lastSeen = seen.at(-1);
    expect(lastSeen.body).toBe("m1");

    // The socket dies mid-conversation; the conversation goes on.
    client.terminate();
    await client.dispose();
    for (const body of ["m2", "m3", "m4", "m5"]) expect((await send(body)).errors).toBeUndefined();

    // Reconnect, resubscribe, then fetch what was missed.
    client = system.subscribe(customerToken);
    events = collect<any>(client, EVENTS, { chatId: chat.id });
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: chat.id, typing: false } },
          customerToken,
        );
        return events.received.length > 0;
      },
      5000,
      200,
    );
    const missed: any[] = [];
    let after: string | null = lastSeen.cursor;
    for (;;) {
      const page: any = await system.request(
        `query($id: ID!, $after: String) { chat(id: $id) { messages(first: 2, after: $after) { edges { cursor node { body cursor } } pageInfo { hasNextPage endCursor } } } }`,
        { id: chat.id, after },
        customerToken,
      );
      expect(page.errors).toBeUndefined();
      missed.push(...page.data.chat.messages.edges.map((e: any) => e.node.body));
      if (!page.data.chat.messages.pageInfo.hasNextPage) break;
      after = page.data.chat.messages.pageInfo.endCursor;
    }
    expect(missed).toEqual(["m2", "m3", "m4", "m5"]);
    // And live delivery continues on the new socket.
    await send("m6");
    await eventually(async () =>
      events.received.some(
        (e) => e.data!.chatEvents.__typename === "ChatMessageEvent" && e.data!.chatEvents.message.body === "m6",
      ),
    );
    await client.dispose();
  });
});

describe("the chatbot", () => {
  const youssef = DEMO_CUSTOMER_CONTEXTS[DEMO_CUSTOMER_IDS.youssefMansour];

  it("says which customer-context provider is active", async () => {
    const result = await system.request(
      `{ chatbotStatus { customerContextProvider confidenceThreshold autoReplyThreshold autoEscalationEnabled } }`,
      {},
      await customer(DEMO_CUSTOMER_IDS.youssefMansour),
    );
    expect(result.data!.chatbotStatus).toEqual({
      customerContextProvider: "DEMO",
      confidenceThreshold: 0.7,
      autoReplyThreshold: 0.8,
      autoEscalationEnabled: true,
    });
  });

  it("answers chatbotAnswer about the caller's own KYC with intent, confidence and entities", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.youssefMansour);
    const result = await system.request(
      `query($input: ChatbotQueryInput!) { chatbotAnswer(input: $input) { response intent confidence escalateToHuman canResolve suggestedActions entities { type value } articles { title article { id } } } }`,
      { input: { text: "has my kyc been approved yet? I uploaded it on 10 November 2025" } },
      token,
    );
    expect(result.errors).toBeUndefined();
    const answer = result.data!.chatbotAnswer;
    expect(answer).toMatchObject({
      intent: "kyc_status_inquiry",
      escalateToHuman: false,
      canResolve: true,
      suggestedActions: ["check_documents", "view_limits"],
    });
    expect(answer.confidence).toBeGreaterThan(0.8);
    expect(answer.response).toContain(youssef.kycNextStep);
    expect(answer.entities).toContainEqual({ type: "DATE", value: "2025-11-10" });
    expect(Array.isArray(answer.articles)).toBe(true);
  });

  it("answers a KYC question inside a chat, then hands a low-confidence one to a human with the transcript", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.youssefMansour);
    // Youssef prefers Arabic; this chat is asked in English explicitly (the bot answers in the chat's language).
    const chat = await start(token, { botFirst: true, language: "en" });
    expect(chat).toMatchObject({ status: "WAITING", agent: null, queuePosition: null });
    const client = system.subscribe(token);
    const events = collect<any>(client, EVENTS, { chatId: chat.id });
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: chat.id, typing: false } },
          token,
        );
        return events.received.length > 0;
      },
      5000,
      200,
    );

    await system.request(SEND, { input: { chatId: chat.id, body: "Why was my verification rejected?" } }, token);
    const botAnswer = await eventually(async () =>
      events.received
        .map((e) => e.data!.chatEvents)
        .find((e) => e.__typename === "ChatMessageEvent" && e.message.senderKind === "BOT"),
    );
    expect(botAnswer.message.body).toContain("Your KYC verification status is: rejected.");
    expect(botAnswer.message.attachment).toMatchObject({ intent: "kyc_status_inquiry" });
    expect(botAnswer.message.attachment.confidence).toBeGreaterThan(0.8);
    expect((await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: chat.id } })).handedOffAt).toBeNull();

    await system.request(SEND, { input: { chatId: chat.id, body: "xylophone quantum banana" } }, token);
    const handoff = await eventually(async () =>
      events.received
        .map((e) => e.data!.chatEvents)
        .find(
          (e) =>
            e.__typename === "ChatMessageEvent" && e.message.senderKind === "SYSTEM" && e.message.attachment?.handoff,
        ),
    );
    expect(handoff.message.attachment.handoff).toMatchObject({ reason: "LOW_CONFIDENCE" });
    expect(handoff.message.attachment.transcript.map((m: any) => m.body)).toEqual(
      expect.arrayContaining(["Why was my verification rejected?", botAnswer.message.body, "xylophone quantum banana"]),
    );
    // Joined the human queue: agents either gives it an agent or a position.
    const after = await eventually(async () => {
      const row = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: chat.id } });
      return (row.agentId !== null || row.queuePosition !== null) && row;
    }, 10_000);
    expect(after.handedOffAt).not.toBeNull();
    expect(after.queuedAt).not.toBeNull();
    // A human takes over; the bot stays quiet from then on.
    const agentToken = await agentFor(
      await (async () => ({ id: chat.id, agent: after.agentId ? { id: after.agentId } : null }))(),
    );
    await system.request(SEND, { input: { chatId: chat.id, body: "Hello, I'm here to help." } }, agentToken);
    await system.request(SEND, { input: { chatId: chat.id, body: "What's the status of my KYC?" } }, token);
    await eventually(async () =>
      events.received.some(
        (e) =>
          e.data!.chatEvents.__typename === "ChatMessageEvent" &&
          e.data!.chatEvents.message.body === "What's the status of my KYC?",
      ),
    );
    const botMessages = await system.db.prisma.chatMessage.count({ where: { chatId: chat.id, senderKind: "BOT" } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await system.db.prisma.chatMessage.count({ where: { chatId: chat.id, senderKind: "BOT" } })).toBe(
      botMessages,
    );
    await client.dispose();
  });

  it("brings the top knowledge-base articles from the knowledge subgraph's search", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.aaravPatel);
    const result = await system.request(
      `query($input: ChatbotQueryInput!) { chatbotAnswer(input: $input) { intent response articles { title article { id title } } } }`,
      { input: { text: "How do I add my XERA to a liquidity pool?", language: "en" } },
      token,
    );
    expect(result.errors).toBeUndefined();
    const answer = result.data!.chatbotAnswer;
    expect(answer.intent).toBe("knowledge_question");
    expect(answer.articles.length).toBeGreaterThan(0);
    expect(answer.articles.length).toBeLessThanOrEqual(3);
    for (const hit of answer.articles) expect(hit.article.title).toBe(hit.title); // resolved from knowledge by the gateway
    expect(answer.articles.map((a: any) => a.title).join(" ")).toMatch(/liquidity pools/i);
    expect(answer.response).toContain(answer.articles[0].title);
  });

  it("hands over at once when the customer asks for a person", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.raniaKhalil);
    const chat = await start(token, { botFirst: true });
    await system.request(SEND, { input: { chatId: chat.id, body: "I want to speak to a human agent please" } }, token);
    const handoff = await eventually(async () => {
      const messages = await system.db.prisma.chatMessage.findMany({
        where: { chatId: chat.id, senderKind: "SYSTEM" },
      });
      return messages.find((m) => (m.attachment as any)?.handoff);
    });
    expect((handoff.attachment as any).handoff).toMatchObject({ reason: "CUSTOMER_REQUEST", intent: "human_handoff" });
  });

  it("stays quiet while an agent is typing in the chat, and answers again once they stop", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.saraAlQahtani);
    const chat = await start(token, { botFirst: true });
    const supervisor = await system.token("supervisor");
    const typing = (on: boolean) =>
      system.request(
        `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
        { input: { chatId: chat.id, typing: on } },
        supervisor,
      );
    const botReplies = () =>
      system.db.prisma.chatMessage.count({ where: { chatId: chat.id, senderKind: "BOT", type: "AUTO_RESPONSE" } });
    const greeting = await botReplies();
    expect((await typing(true)).errors).toBeUndefined();
    await sleep(200);
    await system.request(SEND, { input: { chatId: chat.id, body: "Is my identity verification complete?" } }, token);
    await sleep(1500);
    expect(await botReplies()).toBe(greeting);
    await typing(false);
    await sleep(200);
    await system.request(
      SEND,
      { input: { chatId: chat.id, body: "Is my identity verification complete?", clientMessageId: "again" } },
      token,
    );
    await eventually(async () => (await botReplies()) > greeting);
  });

  it("suggests replies to the agent", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.meeraNair);
    const chat = await start(token);
    await system.request(SEND, { input: { chatId: chat.id, body: "what is my KYC status?" } }, token);
    const agentToken = await agentFor(chat);
    const result = await system.request(
      `query($id: ID!) { chatbotSuggestions(chatId: $id) { body source } }`,
      { id: chat.id },
      agentToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.chatbotSuggestions[0]).toMatchObject({
      source: "CHATBOT",
      body: expect.stringContaining("Your KYC verification status is: not started."),
    });
    const forbidden = await system.request(
      `query($id: ID!) { chatbotSuggestions(chatId: $id) { body } }`,
      { id: chat.id },
      token,
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("endings feed analytics", () => {
  it("records a customer leaving the queue as ABANDONED (chat.abandoned)", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.vikramSingh);
    const chat = await start(token, { botFirst: true });
    const left = await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status endedAt } }`,
      { input: { chatId: chat.id, status: "RESOLVED" } },
      token,
    );
    expect(left.data!.updateChatStatus.status).toBe("ABANDONED");
    const [event] = await outbox(chat.id, "chat.abandoned");
    expect(event.payload).toMatchObject({ chatId: chat.id, agentId: null, waitSeconds: expect.any(Number) });
    const again = await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
      { input: { chatId: chat.id, status: "ABANDONED" } },
      token,
    );
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await outbox(chat.id, "chat.abandoned")).toHaveLength(1);
  });

  it("closes an idle chat as TIMED_OUT (chat.timed_out) and tells the subscriber", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.zainabHussain);
    const chat = await start(token);
    const client = system.subscribe(token);
    const events = collect<any>(client, EVENTS, { chatId: chat.id });
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: chat.id, typing: false } },
          token,
        );
        return events.received.length > 0;
      },
      5000,
      200,
    );
    // Silence counts only in an ACTIVE conversation (since the last message or pickup).
    await system.db.prisma.chatSession.update({
      where: { id: chat.id },
      data: {
        status: "ACTIVE",
        agentId: DEMO_AGENT_IDS.fatimaBenali,
        answeredAt: new Date(Date.now() - 31 * 60_000),
        lastMessageAt: new Date(Date.now() - 31 * 60_000),
      },
    });
    const closed = await eventually(
      async () =>
        events.received
          .map((e) => e.data!.chatEvents)
          .find((e) => e.__typename === "ChatStatusEvent" && e.status === "TIMED_OUT"),
      5000,
    );
    expect(closed).toBeTruthy();
    const rows = await outbox(chat.id, "chat.timed_out");
    expect(rows).toHaveLength(1);
    const stored = await system.request(`query($id: ID!) { chat(id: $id) { status endedAt } }`, { id: chat.id }, token);
    expect(stored.data!.chat.status).toBe("TIMED_OUT");
    await client.dispose();
  });
});

describe("video sessions", () => {
  it("ends an ACTIVE video chat after the type's maxDurationSeconds (chat type options as configuration)", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.bilalAhmed);
    const chat = await start(token, { type: "VIDEO" });
    await agentFor(chat);
    await system.db.prisma.chatSession.update({
      where: { id: chat.id },
      data: { answeredAt: new Date(Date.now() - 3601_000) },
    });
    const ended = await eventually(async () => {
      const row = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: chat.id } });
      return row.status === "RESOLVED" && row;
    }, 5000);
    expect(ended.endedAt).not.toBeNull();
    expect(await outbox(chat.id, "chat.ended")).toHaveLength(1);
  });
});

describe("bad input", () => {
  it("answers with coded errors, stores nothing and keeps the socket usable", async () => {
    const ownerToken = await customer(DEMO_CUSTOMER_IDS.danaAlEnezi);
    const otherToken = await customer(DEMO_CUSTOMER_IDS.rohanMehta);
    const chat = await start(ownerToken);
    const otherChat = await start(otherToken);
    const before = await system.db.prisma.chatMessage.count();
    const outboxBefore = await system.db.prisma.chatOutboxEvent.count();
    const codeOf = async (input: Record<string, unknown>, token = ownerToken) =>
      (await system.request(SEND, { input }, token)).errors?.[0].extensions?.code;

    expect(await codeOf({ chatId: chat.id, body: "   " })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ chatId: chat.id, body: "x".repeat(10_001) })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ chatId: chat.id, body: "hi", type: "SYSTEM" })).toBe("BAD_USER_INPUT");
    expect(
      await codeOf({ chatId: chat.id, body: "file", type: "FILE", attachment: { url: "javascript:alert(1)" } }),
    ).toBe("BAD_USER_INPUT");
    expect(await codeOf({ chatId: otherChat.id, body: "hello" })).toBe("FORBIDDEN");
    expect(await codeOf({ chatId: "00000000-0000-4000-8000-000000000000", body: "hello" })).toBe("NOT_FOUND");
    expect(await codeOf({ chatId: "not-a-uuid", body: "hello" })).toBe("BAD_USER_INPUT");
    const badCursor = await system.request(
      `query($id: ID!) { chat(id: $id) { messages(after: "garbage") { edges { cursor } } } }`,
      { id: chat.id },
      ownerToken,
    );
    expect(badCursor.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const transfer = await system.request(
      `mutation($input: TransferChatInput!) { transferChat(input: $input) { id } }`,
      { input: { chatId: chat.id, toAgentId: DEMO.agent.id, toQueue: "billing_support" } },
      await system.token("supervisor"),
    );
    expect(transfer.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await system.db.prisma.chatMessage.count()).toBe(before);
    expect(await system.db.prisma.chatOutboxEvent.count()).toBe(outboxBefore);

    // Closed chat → CONFLICT.
    await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
      { input: { chatId: otherChat.id, status: "RESOLVED" } },
      otherToken,
    );
    expect(await codeOf({ chatId: otherChat.id, body: "still there?" }, otherToken)).toBe("CONFLICT");

    // One socket: a forbidden subscription, then a valid one on the same connection.
    const client = system.subscribe(otherToken);
    const denied = collect<any>(client, EVENTS, { chatId: chat.id });
    const [refusal] = await denied.waitFor(1);
    expect(refusal.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const own = await start(otherToken);
    const allowed = collect<any>(client, EVENTS, { chatId: own.id });
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: own.id, typing: true } },
          otherToken,
        );
        return allowed.received.length > 0;
      },
      5000,
      200,
    );
    expect(allowed.received.map((e) => e.data!.chatEvents)).toContainEqual({
      __typename: "TypingEvent",
      participantKind: "CUSTOMER",
      typing: true,
    });
    await client.dispose();
  });
});

describe("staff views and actions", () => {
  it("lists chats with filters as a connection, transfers to an agent and to a queue, and converts a chat to a ticket", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.nadiaFarouk);
    const chat = await start(token, { topic: "card deposit declined" });
    await system.request(
      SEND,
      { input: { chatId: chat.id, body: "My card deposit of 500 USD was declined twice." } },
      token,
    );
    const agentToken = await agentFor(chat);
    const supervisorToken = await system.token("supervisor");

    const listed = await system.request(
      `query($f: ChatFilter) { chats(filter: $f, first: 50) { edges { node { id status customer { id } } } pageInfo { hasNextPage } } }`,
      { f: { customerId: DEMO_CUSTOMER_IDS.nadiaFarouk, status: ["ACTIVE", "WAITING", "TRANSFERRED"] } },
      supervisorToken,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.chats.edges.map((e: any) => e.node.id)).toEqual([chat.id]);
    const denied = await system.request(`{ chats(first: 5) { edges { node { id } } } }`, {}, token);
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const moved = await system.request(
      `mutation($input: TransferChatInput!) { transferChat(input: $input) { status agent { id } } }`,
      { input: { chatId: chat.id, toAgentId: DEMO_AGENT_IDS.jamesWhitfield, note: "billing specialist" } },
      agentToken,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.transferChat).toEqual({ status: "TRANSFERRED", agent: { id: DEMO_AGENT_IDS.jamesWhitfield } });
    const [transferred] = await outbox(chat.id, "chat.transferred");
    expect(transferred.payload).toMatchObject({ chatId: chat.id, toAgentId: DEMO_AGENT_IDS.jamesWhitfield });
    // The previous agent no longer has the chat.
    expect(
      await (async () =>
        (await system.request(SEND, { input: { chatId: chat.id, body: "still me" } }, agentToken)).errors?.[0]
          .extensions?.code)(),
    ).toBe("FORBIDDEN");

    const james = await system.token("agent", DEMO_AGENT_IDS.jamesWhitfield);
    const toQueue = await system.request(
      `mutation($input: TransferChatInput!) { transferChat(input: $input) { status queue } }`,
      { input: { chatId: chat.id, toQueue: "billing_support" } },
      james,
    );
    expect(toQueue.errors).toBeUndefined();
    expect(toQueue.data!.transferChat.queue).toBe("billing_support");

    const converted = await system.request(
      `mutation($input: ConvertChatToTicketInput!) { convertChatToTicket(input: $input) { status ticket { id number subject channel } } }`,
      { input: { chatId: chat.id } },
      supervisorToken,
    );
    expect(converted.errors).toBeUndefined();
    expect(converted.data!.convertChatToTicket).toMatchObject({
      status: "RESOLVED",
      ticket: { number: expect.stringMatching(/^SB-/), subject: "card deposit declined", channel: "CHAT" },
    });
    const again = await system.request(
      `mutation($input: ConvertChatToTicketInput!) { convertChatToTicket(input: $input) { ticket { id } } }`,
      { input: { chatId: chat.id } },
      supervisorToken,
    );
    expect(again.data!.convertChatToTicket.ticket.id).toBe(converted.data!.convertChatToTicket.ticket.id);
  });

  it("pages the caller's own chats with myChats, newest first", async () => {
    const token = await customer(DEMO_CUSTOMER_IDS.vikramSingh); // left the queue earlier (ABANDONED)
    const fresh = await start(token, { botFirst: true });
    const page1 = await system.request(
      `{ myChats(first: 1) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }`,
      {},
      token,
    );
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.myChats.edges.map((e: any) => e.node)).toEqual([{ id: fresh.id, status: "WAITING" }]);
    expect(page1.data!.myChats.pageInfo.hasNextPage).toBe(true);
    const page2 = await system.request(
      `query($after: String) { myChats(first: 5, after: $after) { edges { node { status } } pageInfo { hasNextPage } } }`,
      { after: page1.data!.myChats.pageInfo.endCursor },
      token,
    );
    expect(page2.data!.myChats).toEqual({
      edges: [{ node: { status: "ABANDONED" } }],
      pageInfo: { hasNextPage: false },
    });
  });

  it("answers supportAvailability and the chat type options", async () => {
    const result = await system.request(
      `{ supportAvailability { open liveAgentsAvailable nextOpenAt operatingHours waitingChats } chatTypeOptions { type fileUpload offlineMessages recording maxDurationSeconds } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.supportAvailability).toMatchObject({
      open: true,
      liveAgentsAvailable: true,
      operatingHours: "24/7",
    });
    expect(result.data!.chatTypeOptions).toContainEqual({
      type: "VIDEO",
      fileUpload: false,
      offlineMessages: false,
      recording: true,
      maxDurationSeconds: 1800,
    });
  });
});

describe("a bus that refuses live events", () => {
  it("does not turn a committed transfer or ending into an error: the chat's events stay in storage", async () => {
    const customerToken = await customer(DEMO_CUSTOMER_IDS.graceThompson);
    const chat = await start(customerToken);
    const agentToken = await agentFor(chat);
    const publish = system.pubsub.publish;
    system.pubsub.publish = () => Promise.reject(new Error("the bus refuses"));
    try {
      const transferred = await system.request(
        `mutation($input: TransferChatInput!) { transferChat(input: $input) { id status } }`,
        { input: { chatId: chat.id, toQueue: "billing_support", note: "Billing question" } },
        agentToken,
      );
      expect(transferred.errors).toBeUndefined();
      const ended = await system.request(
        `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
        { input: { chatId: chat.id, status: "RESOLVED" } },
        customerToken,
      );
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.updateChatStatus.status).toBe("RESOLVED");
    } finally {
      system.pubsub.publish = publish;
    }
    const stored = await system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: chat.id } });
    expect(stored.status).toBe("RESOLVED");
    // What the live events would have said is read back from storage by a client that resumes.
    const messages = await system.db.prisma.chatMessage.findMany({ where: { chatId: chat.id, senderKind: "SYSTEM" } });
    expect(messages.map((m) => m.body)).toContain("Transferred to billing_support: Billing question");
  });
});
