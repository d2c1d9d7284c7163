/**
 * Background workers woken by a NOTIFY sent at commit: the outbox relay by each outbox write,
 * the notification delivery worker by each transaction that queues deliveries. With their safety
 * poll set to a minute, the work is still done at once (PGlite by default, PostgreSQL with
 * DATABASE_URL).
 */
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { createLogger } from "../shared/logger.js";
import { createMemoryPubSub } from "../shared/pubsub.js";
import {
  claimBatchSql,
  EVENTS_TOPIC,
  recordEvents,
  relayOutboxBatch,
  startOutboxRelay,
  type DomainEvent,
} from "../shared/outbox.js";
import type { PubSub } from "../shared/pubsub.js";
import { loadConfig } from "../shared/config.js";
import { notificationTopic } from "../subgraphs/tickets/notifications/channels.js";
import { startDeliveryWorker } from "../subgraphs/tickets/notifications/delivery.js";
import { notify } from "../subgraphs/tickets/notifications/outbox.js";
import { eventually } from "./harness.js";
import { ownMigratedDatabase } from "./support/engines.js";
import { explainAnalyzed, rowsDiscarded } from "./support/query-plans.js";

let db: Database;
ownMigratedDatabase(process.env.DATABASE_URL ?? null, 3, (opened) => (db = opened));

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

describe("one relay batch", () => {
  /** Every event published on EVENTS_TOPIC, by id, and every topic published on. */
  const recordingBus = (fail = false) => {
    const published: DomainEvent[] = [];
    const topics: string[] = [];
    const publish = async (topic: string, payload: unknown) => {
      if (fail) throw new Error("bus down");
      topics.push(topic);
      if (topic === EVENTS_TOPIC) published.push(payload as DomainEvent);
    };
    const bus: PubSub = {
      ...createMemoryPubSub(),
      publish,
      async publishAll(messages) {
        for (const { topic, payload } of messages) await publish(topic, payload);
      },
    };
    return { bus, published, topics };
  };
  const drain = async (bus: PubSub) => {
    while ((await relayOutboxBatch(db, "agents", bus)) > 0);
  };
  /** Publishes what the outbox holds, then writes `count` events in one transaction. */
  const freshEvents = async (count: number, name: string) => {
    await drain(recordingBus().bus);
    return db.prisma.$transaction((tx) =>
      recordEvents(
        tx,
        "agents",
        Array.from({ length: count }, (_, i) => ({ type: `test.${name}_${i}`, aggregateId: name, payload: {} })),
      ),
    );
  };

  it("leaves its events unpublished when the bus refuses them, and a later batch publishes each once", async () => {
    const written = await freshEvents(5, "retried");
    await expect(relayOutboxBatch(db, "agents", recordingBus(true).bus)).rejects.toThrow("bus down");
    const unpublished = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "agents"."outbox_events" WHERE "id" = ANY($1::uuid[]) AND "publishedAt" IS NULL`,
      [written.map((w) => w.id)],
    );
    expect(unpublished[0].n).toBe(5);

    const { bus, published, topics } = recordingBus();
    await drain(bus);
    expect(published.map((e) => e.id)).toEqual(written.map((w) => w.id));
    // One message per event, on the one events topic.
    expect(topics).toEqual(written.map(() => EVENTS_TOPIC));
    await drain(bus);
    expect(published).toHaveLength(5);
  });

  it("never publishes an event twice when batches run at once", async () => {
    const written = await freshEvents(450, "concurrent");
    const { bus, published } = recordingBus();
    await Promise.all([drain(bus), drain(bus), drain(bus)]);
    const ids = published.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(written.map((w) => w.id)));
  });
});

describe.runIf(process.env.DATABASE_URL)("a relay claim on a large outbox (PostgreSQL)", () => {
  it("reads the waiting events only, not the published ones before them", async () => {
    // 3,000 events, analysed while they were all waiting (a backlog, say after the bus was down),
    // then published; two more wait. The statistics still expect thousands of waiting events: the
    // shape in which a claim once walked the outbox from its oldest event and filtered out every
    // published one (and marked by scanning the whole table).
    await db.sql.exec(`INSERT INTO "analytics"."outbox_events" ("id", "type", "aggregateId", "payload", "occurredAt")
      SELECT gen_random_uuid(), 'test.old', 'plan', '{}'::jsonb, now() - interval '1 day' + i * interval '1 second'
      FROM generate_series(1, 3000) AS i;
      ANALYZE "analytics"."outbox_events";
      UPDATE "analytics"."outbox_events" SET "publishedAt" = now() WHERE "aggregateId" = 'plan';
      INSERT INTO "analytics"."outbox_events" ("id", "type", "aggregateId", "payload", "occurredAt")
      SELECT gen_random_uuid(), 'test.waiting', 'plan', '{}'::jsonb, now() FROM generate_series(1, 2);`);
    // Explained with ANALYZE (it runs: the claim marks what it finds), then rolled back.
    const nodes = await explainAnalyzed(db, claimBatchSql("analytics"));
    expect(nodes[0]["Actual Rows"]).toBe(2);
    // Published events read and thrown away on the way (thousands when the claim walked the
    // outbox from its oldest event): none to speak of.
    expect(rowsDiscarded(nodes)).toBeLessThan(50);
    expect(nodes.every((node) => node["Node Type"] !== "Seq Scan")).toBe(true);
    await db.sql.exec(`DELETE FROM "analytics"."outbox_events" WHERE "aggregateId" = 'plan'`);
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
