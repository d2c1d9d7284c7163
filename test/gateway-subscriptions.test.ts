/**
 * graphql-ws through the gateway is limited like HTTP and shares what it can: identical
 * subscriptions of callers who see the same events ride one upstream subscription; caps per
 * connection, per caller and per address answer with coded errors; and thousands of
 * subscribe/close cycles leave nothing behind.
 */
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({
    env: { MAX_SUBSCRIPTIONS_PER_SOCKET: "60", MAX_SUBSCRIPTIONS_PER_CALLER: "80", MAX_SOCKETS_PER_ADDRESS: "8" },
  });
});

afterAll(async () => {
  await system?.close();
});

const socket = async (token: string | null): Promise<Client> => {
  const client = createClient({
    url: system.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
  });
  await new Promise<void>((resolve, reject) => {
    const off = client.on("connected", () => (off(), resolve()));
    const offError = client.on(
      "closed",
      (event) => (offError(), reject(new Error(`closed ${(event as { code?: number }).code}`))),
    );
  });
  return client;
};

const STATUS = `subscription { agentStatusChanged { agentId } }`;

/** The coded refusal a stream ended with: an error message, or a result carrying errors. */
const refusalOf = (stream: { error: unknown; received: { errors?: { extensions?: Record<string, unknown> }[] }[] }) =>
  (stream.error as { extensions?: Record<string, unknown> }[] | null)?.[0]?.extensions ??
  stream.received[0]?.errors?.[0]?.extensions;

describe("sharing", () => {
  it("staff following the same stream share one upstream subscription; events reach all of them", async () => {
    const supervisors = await Promise.all([
      socket(await system.token("supervisor")),
      socket(await system.token("admin")),
      socket(await system.token("agent")),
    ]);
    try {
      const streams = supervisors.map((client) => collect<any>(client, STATUS));
      await eventually(async () => system.gateway!.subscriptionStats().members === 3);
      expect(system.gateway!.subscriptionStats()).toEqual({ groups: 1, members: 3 });
      await sleep(200);
      const agent = await system.token("agent", DEMO.agent.id);
      await system.request(`mutation { setAgentStatus(status: AWAY) { status } }`, {}, agent);
      for (const stream of streams) {
        const [event] = await stream.waitFor(1);
        expect(event.data!.agentStatusChanged.agentId).toBe(DEMO.agent.id);
      }
      streams.forEach((stream) => stream.dispose());
      await eventually(async () => system.gateway!.subscriptionStats().groups === 0);
    } finally {
      await Promise.all(supervisors.map((client) => client.dispose()));
    }
  });

  it("a customer's chat stream is never shared with another customer", async () => {
    const a = await socket(await system.token("customer"));
    const b = await socket(await system.token("customer", DEMO.otherCustomer.id));
    try {
      const streamA = collect<any>(a, `subscription { notificationAdded { id } }`);
      const streamB = collect<any>(b, `subscription { notificationAdded { id } }`);
      await eventually(async () => system.gateway!.subscriptionStats().members === 2);
      expect(system.gateway!.subscriptionStats().groups).toBe(2);
      streamA.dispose();
      streamB.dispose();
    } finally {
      await a.dispose();
      await b.dispose();
    }
  });
});

describe("caps", () => {
  it("per connection: the operation over the cap is RATE_LIMITED naming the limit; the connection stays usable", async () => {
    const client = await socket(await system.token("supervisor"));
    try {
      const open = Array.from({ length: 60 }, () => collect<any>(client, STATUS));
      await eventually(async () => system.gateway!.subscriptionStats().members >= 60);
      const over = collect<any>(client, STATUS);
      await over.waitFor(1);
      expect(refusalOf(over)).toMatchObject({ code: "RATE_LIMITED", limit: "maxSubscriptionsPerSocket", max: 60 });
      open[0].dispose();
      await eventually(async () => system.gateway!.subscriptionStats().members === 59);
      const again = collect<any>(client, `{ ticketCategories { key } }`);
      expect((await again.waitFor(1))[0].errors).toBeUndefined();
      open.forEach((stream) => stream.dispose());
    } finally {
      await client.dispose();
    }
  });

  it("per caller, across connections", async () => {
    const token = await system.token("supervisor");
    const clients = [await socket(token), await socket(token)];
    try {
      const open = [
        ...Array.from({ length: 50 }, () => collect<any>(clients[0], STATUS)),
        ...Array.from({ length: 30 }, () => collect<any>(clients[1], STATUS)),
      ];
      await eventually(async () => system.gateway!.subscriptionStats().members >= 80);
      const over = collect<any>(clients[1], STATUS);
      await over.waitFor(1);
      expect(refusalOf(over)).toMatchObject({ code: "RATE_LIMITED", limit: "maxSubscriptionsPerCaller", max: 80 });
      open.forEach((stream) => stream.dispose());
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it("per address: the connection over the cap is refused with 429", async () => {
    await eventually(async () => system.gateway!.subscriptionStats().members === 0);
    const token = await system.token("agent");
    const clients = await Promise.all(Array.from({ length: 8 }, () => socket(token)));
    try {
      const refused = await new Promise<number>((resolve) => {
        const raw = new WebSocket(system.wsUrl, "graphql-transport-ws");
        raw.on("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
        raw.on("open", () => resolve(101));
        raw.on("error", () => undefined);
      });
      expect(refused).toBe(429);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
    await sleep(200);
    const after = await socket(token);
    await after.dispose();
  });
});

describe("no leak", () => {
  it("10,000 subscribe/close cycles leave no group, no member and the heap where it was", async () => {
    setFlagsFromString("--expose_gc");
    const gc = runInNewContext("gc") as () => void;
    const client = await socket(await system.token("supervisor"));
    try {
      const cycle = async () => {
        const stream = collect<any>(client, STATUS);
        await sleep(0);
        stream.dispose();
      };
      await Promise.all(Array.from({ length: 50 }, cycle));
      await eventually(async () => system.gateway!.subscriptionStats().groups === 0);
      gc();
      const baseline = process.memoryUsage().heapUsed;
      for (let i = 0; i < 10_000; i += 50) await Promise.all(Array.from({ length: 50 }, cycle));
      await eventually(async () => system.gateway!.subscriptionStats().groups === 0, 20_000);
      expect(system.gateway!.subscriptionStats()).toEqual({ groups: 0, members: 0 });
      await sleep(500);
      gc();
      const grown = process.memoryUsage().heapUsed - baseline;
      // The whole system shares this heap; 10,000 retained subscriptions would hold far more.
      expect(grown).toBeLessThan(20 * 1024 * 1024);
    } finally {
      await client.dispose();
    }
  }, 300_000);
});
