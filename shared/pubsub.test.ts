import { afterEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { startTcpProxy, type TcpProxy } from "../test/support/tcp-proxy.js";
import { createMemoryPubSub, createRedisPubSub, type PubSub, type RedisBusOptions } from "./pubsub.js";

const buses: { name: string; open: () => PubSub }[] = [
  { name: "memory", open: () => createMemoryPubSub() },
  ...(process.env.REDIS_URL
    ? [{ name: "Redis", open: () => createRedisPubSub(process.env.REDIS_URL!, `sbtest:${randomUUID()}:`) }]
    : []),
];

/** The next `count` payloads on `topic`. */
async function take(bus: PubSub, topic: string, count: number): Promise<() => Promise<unknown[]>> {
  const stream = bus.subscribe(topic);
  await bus.ready();
  return async () => {
    const received: unknown[] = [];
    for await (const payload of stream) {
      received.push(payload);
      if (received.length === count) break;
    }
    return received;
  };
}

describe.each(buses)("publishAll on the $name bus", ({ open }) => {
  let bus: PubSub;
  afterEach(async () => bus?.close());

  it("delivers every message to its topic in the order given, a shared payload equal on each", async () => {
    bus = open();
    const all = await take(bus, "events", 3);
    const typed = await take(bus, "events:ticket.created", 2);
    const first = { id: "e1", type: "ticket.created", payload: { subject: "Wallet «XERA» locked" } };
    const second = { id: "e2", type: "ticket.created", payload: {} };
    const third = { id: "e3", type: "assignment.created", payload: { agentId: null } };
    await bus.publishAll([
      { topic: "events", payload: first },
      { topic: "events:ticket.created", payload: first },
      { topic: "events", payload: second },
      { topic: "events:ticket.created", payload: second },
      { topic: "events", payload: third },
    ]);
    await bus.publishAll([]);
    expect(await all()).toEqual([first, second, third]);
    expect(await typed()).toEqual([first, second]);
  });
});

describe.runIf(process.env.REDIS_URL)("publishAll on a Redis bus that is gone", () => {
  it("rejects: the caller (the outbox relay) keeps its events to publish later", async () => {
    const bus = createRedisPubSub(process.env.REDIS_URL!, `sbtest:${randomUUID()}:`);
    await bus.close();
    await expect(bus.publishAll([{ topic: "events", payload: { id: "lost" } }])).rejects.toThrow();
  });
});

describe.runIf(process.env.REDIS_URL)("a topic subscribed while Redis is away", () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * Subscribes "chat:1"; `afterOutage` waits (up to `maxMs`) for the bus to report it subscribed,
   * then expects the one message published on it straight to Redis to arrive.
   */
  function hearsOnceSubscribed(bus: PubSub, prefix: string, maxMs: number) {
    const stream = bus.subscribe<{ n: number }>("chat:1");
    return {
      async afterOutage() {
        for (let waited = 0; bus.listening().subscribing.length > 0 && waited < maxMs; waited += 50) await sleep(50);
        expect(bus.listening().subscribing).toEqual([]);
        const publisher = createRedisPubSub(process.env.REDIS_URL!, prefix);
        try {
          const next = stream.next();
          await publisher.publish("chat:1", { n: 1 });
          expect(await next).toEqual({ done: false, value: { n: 1 } });
        } finally {
          await stream.return?.();
          await publisher.close();
        }
      },
    };
  }

  it("hears its messages once Redis is back, however long the outage lasted", { timeout: 90_000 }, async () => {
    const proxy = await startTcpProxy(process.env.REDIS_URL!);
    const prefix = `sbtest:${randomUUID()}:`;
    // Retries at most 100 ms apart, so an outage of a few seconds outlasts many of them (by
    // default they are up to 2 s apart, and the same holds for an outage of minutes).
    const bus = createRedisPubSub(proxy.url, prefix, { maxRetryDelayMs: 100 });
    try {
      await bus.ready();
      proxy.cut();
      const topic = hearsOnceSubscribed(bus, prefix, 60_000);
      await sleep(6_000);
      expect(bus.listening()).toEqual({ topics: ["chat:1"], subscribing: ["chat:1"] });
      proxy.restore();
      // The SUBSCRIBE goes through at an attempt after the link is back (on a loaded machine,
      // reconnecting can take a while): the bus says when.
      await topic.afterOutage();
    } finally {
      await bus.close();
      await proxy.close();
    }
  });

  // While Redis hangs, ioredis sits with a connection it has opened but that is not ready; a
  // SUBSCRIBE written on it is lost when it drops (neither answered nor failed).
  async function stalledBus(proxy: TcpProxy, prefix: string, options: RedisBusOptions) {
    const bus = createRedisPubSub(proxy.url, prefix, { maxRetryDelayMs: 100, ...options });
    await bus.ready();
    proxy.stall();
    // The bus's two connections reconnect to a link that accepts and never answers.
    for (let waited = 0; proxy.connections() < 2 && waited < 10_000; waited += 50) await sleep(50);
    expect(proxy.connections()).toBeGreaterThanOrEqual(2);
    await sleep(200);
    return bus;
  }

  it("subscribes a topic asked for while Redis hangs once Redis answers again", { timeout: 60_000 }, async () => {
    const proxy = await startTcpProxy(process.env.REDIS_URL!);
    const prefix = `sbtest:${randomUUID()}:`;
    // A command waits up to a minute for its answer: the subscription must not depend on that.
    const bus = await stalledBus(proxy, prefix, { commandTimeoutMs: 60_000 });
    try {
      const topic = hearsOnceSubscribed(bus, prefix, 10_000);
      await sleep(500);
      proxy.cut();
      await sleep(300);
      proxy.restore();
      await topic.afterOutage();
    } finally {
      await bus.close();
      await proxy.close();
    }
  });

  it("fails a publish Redis does not answer within the command time limit", { timeout: 30_000 }, async () => {
    const proxy = await startTcpProxy(process.env.REDIS_URL!);
    const bus = await stalledBus(proxy, `sbtest:${randomUUID()}:`, { commandTimeoutMs: 500 });
    try {
      const started = Date.now();
      await expect(bus.publish("chat:1", { n: 1 })).rejects.toThrow(/timed out/i);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      proxy.cut();
      await bus.close();
      await proxy.close();
    }
  });
});
