import { afterEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createMemoryPubSub, createRedisPubSub, type PubSub } from "./pubsub.js";

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
