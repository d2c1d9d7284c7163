/**
 * Background workers woken by a NOTIFY sent at commit: the outbox relay by each outbox write,
 * the notification delivery worker by each transaction that queues deliveries. With their safety
 * poll set to a minute, the work is still done at once (PGlite by default, PostgreSQL with
 * DATABASE_URL).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { applyMigrations } from "../shared/migrations.js";
import { createLogger } from "../shared/logger.js";
import { createMemoryPubSub } from "../shared/pubsub.js";
import { EVENTS_TOPIC, recordEvents, startOutboxRelay, type DomainEvent } from "../shared/outbox.js";
import { loadConfig } from "../shared/config.js";
import { notificationTopic } from "../subgraphs/tickets/notifications/channels.js";
import { startDeliveryWorker } from "../subgraphs/tickets/notifications/delivery.js";
import { notify } from "../subgraphs/tickets/notifications/outbox.js";
import { eventually } from "./harness.js";
import { openOwnDatabase } from "./support/engines.js";

let db: Database;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ db, close } = await openOwnDatabase(process.env.DATABASE_URL ?? null, 3));
  await applyMigrations(db);
}, 120_000);

afterAll(async () => {
  await close?.();
});

describe("outbox relay", () => {
  it("publishes an event as its transaction commits, without waiting for the poll", async () => {
    const pubsub = createMemoryPubSub();
    const stop = await startOutboxRelay({
      db,
      source: "tickets",
      pubsub,
      logger: createLogger("silent"),
      intervalMs: 60_000,
    });
    try {
      const received: DomainEvent[] = [];
      const events = pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
      void (async () => {
        for await (const event of events) received.push(event);
      })();
      await new Promise((resolve) => setTimeout(resolve, 200)); // the relay's first run (at start) is over
      const [written] = await db.prisma.$transaction((tx) =>
        recordEvents(tx, "tickets", [{ type: "test.woken", aggregateId: "a-1", payload: { n: 1 } }]),
      );
      await eventually(async () => received.some((e) => e.id === written.id), 10_000);
      expect(received.find((e) => e.id === written.id)).toMatchObject({
        type: "test.woken",
        source: "tickets",
        aggregateId: "a-1",
        payload: { n: 1 },
      });
      await events.return?.();
    } finally {
      await stop();
    }
  });

  it("publishes the events of one write in the order given, also when they share their time", async () => {
    const pubsub = createMemoryPubSub();
    const stop = await startOutboxRelay({
      db,
      source: "tickets",
      pubsub,
      logger: createLogger("silent"),
      intervalMs: 60_000,
    });
    try {
      const received: DomainEvent[] = [];
      const events = pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
      void (async () => {
        for await (const event of events) received.push(event);
      })();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const at = new Date();
      const types = Array.from({ length: 12 }, (_, i) => `test.ordered_${i}`);
      const written = await db.prisma.$transaction((tx) =>
        recordEvents(
          tx,
          "tickets",
          types.map((type) => ({ type, aggregateId: "a-2", payload: {}, occurredAt: at })),
        ),
      );
      await eventually(async () => written.every((w) => received.some((e) => e.id === w.id)), 10_000);
      expect(received.filter((e) => e.aggregateId === "a-2").map((e) => e.type)).toEqual(types);
      await events.return?.();
    } finally {
      await stop();
    }
  });
});

describe("notification delivery worker", () => {
  it("delivers a notification as its transaction commits, without waiting for the poll", async () => {
    const config = loadConfig({});
    const pubsub = createMemoryPubSub();
    const services = { config, db, pubsub, logger: createLogger("silent"), internal: null as never };
    const stop = await startDeliveryWorker(services, 60_000);
    try {
      const recipient = `agent-${Date.now()}`;
      const received: { id: string }[] = [];
      const pushed = pubsub.subscribe<{ id: string }>(notificationTopic(recipient));
      void (async () => {
        for await (const notification of pushed) received.push(notification);
      })();
      await new Promise((resolve) => setTimeout(resolve, 200)); // the worker's first run (at start) is over
      const id = await db.prisma.$transaction((tx) =>
        notify(tx, config, { recipientId: recipient, kind: "test", title: "Woken", body: "at commit" }),
      );
      await eventually(async () => received.some((n) => n.id === id), 10_000);
      // The row pushed live is the stored one, as the client reads it (the bus carries JSON).
      const stored = await db.prisma.notification.findUniqueOrThrow({ where: { id: id as string } });
      expect(received.find((n) => n.id === id)).toEqual(JSON.parse(JSON.stringify(stored)));
      const delivery = await db.prisma.notificationDelivery.findFirstOrThrow({ where: { target: recipient } });
      expect(delivery).toMatchObject({ channel: "IN_APP", status: "DELIVERED", attempts: 1 });
      await pushed.return?.();
    } finally {
      await stop();
    }
  });
});
