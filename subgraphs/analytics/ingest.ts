/**
 * The analytics event log. Events arrive live from the bus and, to survive downtime, are also
 * pulled from each producer's outbox from the last position read (catch-up). Both paths insert
 * with ON CONFLICT DO NOTHING on the event id, so each event lands exactly once.
 */
import type { SubgraphName } from "../common/config.js";
import { SUBGRAPH_NAMES } from "../common/config.js";
import type { SubgraphServices } from "../common/context.js";
import type { Database } from "../common/db.js";
import { EVENTS_TOPIC, followOutbox, type DomainEvent, type OutboxPosition } from "../common/outbox.js";
import { affectedItems, refreshFacts } from "./facts.js";

export async function ingestEvents(db: Database, events: DomainEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  // The log insert and the rollup refresh commit together: a crash between them would leave
  // facts stale for events the ON CONFLICT would then never insert again.
  return db.prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ id: string; type: string; aggregateId: string }[]>(
      `INSERT INTO "analytics"."events" ("id", "type", "source", "aggregateId", "payload", "occurredAt")
       SELECT e.id::uuid, e.type, e.source, e."aggregateId", e.payload, e."occurredAt"::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS e(id text, type text, source text, "aggregateId" text, payload jsonb, "occurredAt" text)
       ON CONFLICT ("id") DO NOTHING RETURNING "id", "type", "aggregateId"`,
      // Same lock order in every concurrent ingest (live batches, catch-up passes): no deadlocks.
      JSON.stringify([...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))),
    );
    await refreshFacts({ query: async (sql, params = []) => (await tx.$executeRawUnsafe(sql, ...params), []) }, affectedItems(rows));
    return rows.length;
  }, INGEST_TRANSACTION);
}

/** A batch of 500 under load can take longer than Prisma's 5 s default. */
const INGEST_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** Pubsub topic analytics announces "the log changed" on (the live dashboard listens). */
export const LOG_CHANGED_TOPIC = "analytics:log-changed";

export async function announce(services: SubgraphServices, count: number) {
  if (count > 0) await services.pubsub.publish(LOG_CHANGED_TOPIC, { count }).catch(() => undefined);
}

/** Pulls every event a producer wrote after our stored cursor; returns how many were new. */
export function catchUpFrom(services: SubgraphServices, source: SubgraphName, fetchPage: (source: SubgraphName, after: OutboxPosition | null) => Promise<DomainEvent[]>): Promise<number> {
  const { prisma } = services.db;
  return followOutbox({
    load: async () => {
      const cursor = await prisma.analyticsCursor.findUnique({ where: { source } });
      return cursor ? { occurredAt: cursor.occurredAt.toISOString(), id: cursor.eventId } : null;
    },
    fetchPage: (after) => fetchPage(source, after),
    handle: async (events) => {
      const fresh = await ingestEvents(services.db, events);
      await announce(services, fresh);
      return fresh;
    },
    save: async ({ occurredAt, id }) => {
      await prisma.analyticsCursor.upsert({
        where: { source },
        create: { source, occurredAt: new Date(occurredAt), eventId: id },
        update: { occurredAt: new Date(occurredAt), eventId: id },
      });
    },
  });
}

export async function catchUpAll(services: SubgraphServices, fetchPage: Parameters<typeof catchUpFrom>[2]): Promise<number> {
  let total = 0;
  for (const source of SUBGRAPH_NAMES) {
    try {
      total += await catchUpFrom(services, source, fetchPage);
    } catch (error) {
      services.logger.warn("analytics catch-up failed for a source; will retry", { source, error: (error as Error).message });
    }
  }
  return total;
}

/** Most events written per transaction on the live path. */
const LIVE_BATCH = 500;
/** Tries per live batch before leaving it to the catch-up pass (deadlocks, pool exhaustion). */
const LIVE_ATTEMPTS = 4;

/**
 * Live path: every event published on the bus goes into the log. Events that arrive while a
 * batch is being written are written together in the next one, so a burst costs a few
 * transactions rather than one per event. Returns a stop function.
 */
export function startLiveIngestion(services: SubgraphServices): () => Promise<void> {
  const events = services.pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
  const pending: DomainEvent[] = [];
  const signal: { wake: (() => void) | null } = { wake: null };
  let done = false;
  const reader = (async () => {
    for await (const event of events) {
      pending.push(event);
      signal.wake?.();
    }
    done = true;
    signal.wake?.();
  })();
  const writer = (async () => {
    for (;;) {
      if (pending.length === 0) {
        if (done) return;
        await new Promise<void>((resolve) => (signal.wake = resolve));
        signal.wake = null;
        continue;
      }
      const batch = pending.splice(0, LIVE_BATCH);
      for (let attempt = 1; ; attempt++) {
        try {
          await announce(services, await ingestEvents(services.db, batch));
          break;
        } catch (error) {
          if (attempt < LIVE_ATTEMPTS && !done) {
            await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
            continue;
          }
          // Not lost: the periodic catch-up reads them from the producers' outboxes.
          services.logger.warn("analytics live ingest failed", { events: batch.length, attempts: attempt, error: (error as Error).message });
          break;
        }
      }
    }
  })();
  return async () => {
    await events.return?.();
    await reader;
    await writer;
  };
}
