/**
 * The outbox relay is woken by the NOTIFY each outbox write sends at commit: with its safety
 * poll set to a minute, an event still reaches the bus at once (PGlite by default, PostgreSQL
 * with DATABASE_URL).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../subgraphs/common/db.js";
import { applyMigrations } from "../subgraphs/common/migrations.js";
import { createLogger } from "../subgraphs/common/logger.js";
import { createMemoryPubSub } from "../subgraphs/common/pubsub.js";
import { EVENTS_TOPIC, recordEvents, startOutboxRelay, type DomainEvent } from "../subgraphs/common/outbox.js";
import { createScratchDatabase, eventually } from "./harness.js";

let db: Database;
let drop: (() => Promise<void>) | null = null;

beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL);
    drop = scratch.drop;
    db = await openDatabase({ databaseUrl: scratch.url, poolSize: 3 });
  } else {
    db = await openDatabase({ pgliteDir: "memory://" });
  }
  await applyMigrations(db);
}, 120_000);

afterAll(async () => {
  await db?.close();
  await drop?.();
});

describe("outbox relay", () => {
  it("publishes an event as its transaction commits, without waiting for the poll", async () => {
    const pubsub = createMemoryPubSub();
    const stop = await startOutboxRelay({ db, source: "tickets", pubsub, logger: createLogger("silent"), intervalMs: 60_000 });
    try {
      const received: DomainEvent[] = [];
      const events = pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
      void (async () => {
        for await (const event of events) received.push(event);
      })();
      await new Promise((resolve) => setTimeout(resolve, 200)); // the relay's first run (at start) is over
      const [written] = await db.prisma.$transaction((tx) => recordEvents(tx, "tickets", [{ type: "test.woken", aggregateId: "a-1", payload: { n: 1 } }]));
      await eventually(async () => received.some((e) => e.id === written.id), 10_000);
      expect(received.find((e) => e.id === written.id)).toMatchObject({ type: "test.woken", source: "tickets", aggregateId: "a-1", payload: { n: 1 } });
      await events.return?.();
    } finally {
      await stop();
    }
  });

  it("publishes the events of one write in the order given, also when they share their time", async () => {
    const pubsub = createMemoryPubSub();
    const stop = await startOutboxRelay({ db, source: "tickets", pubsub, logger: createLogger("silent"), intervalMs: 60_000 });
    try {
      const received: DomainEvent[] = [];
      const events = pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
      void (async () => {
        for await (const event of events) received.push(event);
      })();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const at = new Date();
      const types = Array.from({ length: 12 }, (_, i) => `test.ordered_${i}`);
      const written = await db.prisma.$transaction((tx) => recordEvents(tx, "tickets", types.map((type) => ({ type, aggregateId: "a-2", payload: {}, occurredAt: at }))));
      await eventually(async () => written.every((w) => received.some((e) => e.id === w.id)), 10_000);
      expect(received.filter((e) => e.aggregateId === "a-2").map((e) => e.type)).toEqual(types);
      await events.return?.();
    } finally {
      await stop();
    }
  });
});
