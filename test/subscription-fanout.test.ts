/**
 * Live fan-out through a real gateway: however many client subscriptions are open, the gateway
 * holds ONE graphql-ws connection per subgraph and carries every subscription on it, each named
 * with its own caller. On that shared connection each subscription is still authorised and run
 * as its caller: a customer never receives another customer's chat events, and cannot open
 * another customer's chat at all.
 */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_CUSTOMER_IDS } from "../scripts/seed-data/index.js";
import { collect, DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({
    env: { CHAT_OPERATING_HOURS: "24/7", MAX_SUBSCRIPTIONS_PER_SOCKET: "200", MAX_SUBSCRIPTIONS_PER_CALLER: "500" },
  });
});

afterAll(async () => {
  await system?.close();
});

const socket = async (token: string): Promise<Client> => {
  const client = createClient({
    url: system.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
  await new Promise<void>((resolve, reject) => {
    const off = client.on("connected", () => (off(), resolve()));
    const offClosed = client.on(
      "closed",
      (event) => (offClosed(), reject(new Error(`closed ${(event as { code?: number }).code}`))),
    );
  });
  return client;
};

const START = `mutation($input: StartChatInput!) { startChat(input: $input) { id } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id body } }`;
const CHAT_MESSAGES = `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on ChatMessageEvent { message { id body } } } }`;
const DASHBOARD = `subscription { liveSupportStatus { chatsWaiting activeChats } }`;
const AGENT_STATUS = `subscription { agentStatusChanged { agentId } }`;

type Stream = ReturnType<typeof collect<any>>;
const bodiesOf = (stream: Stream) =>
  stream.received.flatMap((event) =>
    event.data?.chatEvents?.__typename === "ChatMessageEvent" ? [event.data.chatEvents.message.body as string] : [],
  );

async function startChat(token: string): Promise<string> {
  const result = await system.request(START, { input: { type: "WEB" } }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.startChat.id;
}

async function send(token: string, chatId: string, body: string) {
  const result = await system.request(SEND, { input: { chatId, body } }, token);
  expect(result.errors).toBeUndefined();
}

describe("one upstream connection per subgraph carries every subscription", () => {
  it("200 client subscriptions of many callers on 22 client sockets ride one socket to each subgraph", async () => {
    const alice = await system.token("customer", DEMO.customer.id);
    const bob = await system.token("customer", DEMO.otherCustomer.id);
    const [aliceChat, bobChat] = [await startChat(alice), await startChat(bob)];
    const staffTokens = await Promise.all([
      system.token("supervisor"),
      system.token("admin"),
      system.token("agent"),
      ...Array.from({ length: 7 }, (_, i) =>
        system.token(i % 2 ? "supervisor" : "admin", `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`),
      ),
    ]);
    const clients: Client[] = [];
    const streams: Stream[] = [];
    try {
      for (const token of [alice, bob]) {
        const client = await socket(token);
        clients.push(client);
        for (let i = 0; i < 10; i++)
          streams.push(collect<any>(client, CHAT_MESSAGES, { chatId: token === alice ? aliceChat : bobChat }));
      }
      for (const [index, token] of staffTokens.entries()) {
        for (const kind of ["dashboard", "supervisor"]) {
          const client = await socket(token);
          clients.push(client);
          for (let i = 0; i < 9; i++) {
            if (kind === "dashboard") streams.push(collect<any>(client, i % 3 ? DASHBOARD : AGENT_STATUS));
            else if (index !== 2)
              streams.push(collect<any>(client, CHAT_MESSAGES, { chatId: i % 2 ? aliceChat : bobChat }));
            else streams.push(collect<any>(client, DASHBOARD)); // the agent follows no one's chat
          }
        }
      }
      expect(clients).toHaveLength(22);
      await eventually(async () => system.gateway!.subscriptionStats().members === streams.length);
      expect(streams.length).toBe(200);
      // Upstream: alice's chat (hers, shared by her 10 streams), bob's, supervisors' alice chat,
      // supervisors' bob chat, the dashboard and the agent status stream; every one on one socket.
      expect(system.gateway!.subscriptionStats().groups).toBe(6);
      expect(system.gateway!.upstreamSockets()).toEqual({ chat: 1, analytics: 1, agents: 1 });
    } finally {
      streams.forEach((stream) => stream.dispose());
      await Promise.all(clients.map((client) => client.dispose()));
    }
    await eventually(async () => system.gateway!.subscriptionStats().groups === 0);
  });
});

describe("one event to a group's sockets", () => {
  it("is written to every socket as the same frame, built once, not sent through ws one by one", async () => {
    await eventually(async () => system.gateway!.subscriptionStats().groups === 0);
    const customer = await system.token("customer", DEMO.customer.id);
    const chatId = await startChat(customer);
    const clients = await Promise.all(Array.from({ length: 5 }, async () => socket(customer)));
    const streams = clients.map((client) => collect<any>(client, CHAT_MESSAGES, { chatId }));
    const sends = vi.spyOn(WebSocket.prototype, "send");
    try {
      await eventually(async () => system.gateway!.subscriptionStats().members === streams.length);
      await send(customer, chatId, "one frame for all");
      for (const stream of streams) await eventually(async () => bodiesOf(stream).includes("one frame for all"));
      // ws.send still writes the gateway's other messages (acks, completes), and the chat subgraph's
      // own graphql-ws server (in this process) sends the event to the gateway's upstream socket
      // with it: one `next`, not one per follower.
      const nextMessages = sends.mock.calls.filter(([data]) => /"type":"next"/.test(String(data)));
      expect(nextMessages).toHaveLength(1);
    } finally {
      sends.mockRestore();
      streams.forEach((stream) => stream.dispose());
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });
});

describe("a shared stream of states", () => {
  it(
    "a dashboard joining an open liveSupportStatus stream gets the current status at once, not at the next change",
    { timeout: 60_000 },
    async () => {
      await eventually(async () => system.gateway!.subscriptionStats().groups === 0);
      const [first, second] = [
        await socket(await system.token("supervisor")),
        await socket(await system.token("agent")),
      ];
      try {
        const opened = collect<any>(first, DASHBOARD);
        const [status] = await opened.waitFor(1);
        expect(status.data!.liveSupportStatus).toEqual({
          chatsWaiting: expect.any(Number),
          activeChats: expect.any(Number),
        });
        // Until the desk is quiet (no change for 2 s; the subgraph sends at most one per second).
        for (let seen = -1; seen !== opened.received.length;) {
          seen = opened.received.length;
          await sleep(2000);
        }
        const before = opened.received.length;
        const joined = collect<any>(second, DASHBOARD);
        // Long before the subgraph's 15 s refresh, and with nothing new sent to the group: the
        // gateway hands the joiner the group's latest status.
        const [current] = await joined.waitFor(1, 1500);
        expect(opened.received.length).toBe(before);
        expect(current).toEqual(opened.received.at(-1));
        expect(system.gateway!.subscriptionStats()).toEqual({ groups: 1, members: 2 });
        opened.dispose();
        joined.dispose();
      } finally {
        await Promise.all([first.dispose(), second.dispose()]);
      }
    },
  );
});

describe("per-operation identity on the shared connection", () => {
  it("a customer receives only their own chat's events; staff following both receive both", async () => {
    // Not the customers of the test above: each starts a fresh chat here.
    const alice = await system.token("customer", DEMO_CUSTOMER_IDS.hiraKhan);
    const bob = await system.token("customer", DEMO_CUSTOMER_IDS.oliverBennett);
    const [aliceChat, bobChat] = [await startChat(alice), await startChat(bob)];
    const [aliceClient, bobClient, supervisorClient] = [
      await socket(alice),
      await socket(bob),
      await socket(await system.token("supervisor")),
    ];
    try {
      const aliceStreams = Array.from({ length: 5 }, () =>
        collect<any>(aliceClient, CHAT_MESSAGES, { chatId: aliceChat }),
      );
      const bobStreams = Array.from({ length: 5 }, () => collect<any>(bobClient, CHAT_MESSAGES, { chatId: bobChat }));
      const supervisorStreams = [
        collect<any>(supervisorClient, CHAT_MESSAGES, { chatId: aliceChat }),
        collect<any>(supervisorClient, CHAT_MESSAGES, { chatId: bobChat }),
      ];
      // Bob asking for Alice's chat over the same upstream connection is refused by the chat subgraph.
      const intruder = collect<any>(bobClient, CHAT_MESSAGES, { chatId: aliceChat });
      await intruder.waitFor(1);
      const refusal =
        (intruder.error as { extensions?: { code?: string } }[] | null)?.[0]?.extensions?.code ??
        intruder.received[0]?.errors?.[0]?.extensions?.code;
      expect(refusal).toBe("FORBIDDEN");
      await eventually(async () => system.gateway!.subscriptionStats().members === 12);
      expect(system.gateway!.upstreamSockets().chat).toBe(1);
      await sleep(200);

      await send(alice, aliceChat, "alice's secret");
      await send(bob, bobChat, "bob's secret");
      for (const stream of aliceStreams) await eventually(async () => bodiesOf(stream).length >= 1);
      for (const stream of bobStreams) await eventually(async () => bodiesOf(stream).length >= 1);
      for (const stream of supervisorStreams) await eventually(async () => bodiesOf(stream).length >= 1);
      await sleep(300); // anything misrouted would have arrived by now
      for (const stream of aliceStreams) expect(bodiesOf(stream)).toEqual(["alice's secret"]);
      for (const stream of bobStreams) expect(bodiesOf(stream)).toEqual(["bob's secret"]);
      expect(supervisorStreams.map(bodiesOf)).toEqual([["alice's secret"], ["bob's secret"]]);
      expect(intruder.received.flatMap((event) => (event.data ? [event] : []))).toEqual([]);
      [...aliceStreams, ...bobStreams, ...supervisorStreams, intruder].forEach((stream) => stream.dispose());
    } finally {
      await Promise.all([aliceClient, bobClient, supervisorClient].map((client) => client.dispose()));
    }
  });
});
