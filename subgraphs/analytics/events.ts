/**
 * How other subgraphs' events reach the analytics log (event-log.ts). They arrive live from the
 * bus and, to survive downtime, are also pulled from each producer's outbox from the last
 * position read (catch-up). Both paths insert with ON CONFLICT DO NOTHING on the event id, so
 * each event lands exactly once.
 */
import type { SubgraphName } from "../../shared/config.js";
import { SUBGRAPH_NAMES } from "../../shared/config.js";
import type { SubgraphServices } from "../../shared/context.js";
import {
  EVENTS_TOPIC,
  followOutbox,
  type DomainEvent,
  type OutboxPage,
  type OutboxPosition,
} from "../../shared/outbox.js";
import { BACKFILL_ORDER, backfillFrom } from "./backfill.js";
import { announce, ingestEvents } from "./event-log.js";

/** Reads a producer's outbox after a position (the internal client's readOutbox, or a test's). */
export type OutboxReader = (source: SubgraphName, after: OutboxPosition | null) => Promise<OutboxPage>;

/** Told when a producer pruned events before analytics read them. */
export type MissedEvents = (source: SubgraphName) => Promise<void>;

/**
 * Pulls every event a producer wrote after our stored cursor; returns how many were new. Events
 * the producer pruned before we read them are logged and reported to `onMissed`.
 */
export function catchUpFrom(
  services: SubgraphServices,
  source: SubgraphName,
  fetchPage: OutboxReader,
  onMissed: MissedEvents = async () => undefined,
): Promise<number> {
  const { prisma } = services.db;
  return followOutbox({
    reader: "analytics",
    source,
    logger: services.logger,
    load: async () => {
      const cursor = await prisma.analyticsCursor.findUnique({ where: { source } });
      return cursor ? { occurredAt: cursor.occurredAt.toISOString(), id: cursor.eventId } : null;
    },
    fetchPage: (after) => fetchPage(source, after),
    missed: () => onMissed(source),
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

/** Catches up from every producer (a failed one is retried at the next pass); how many events were new. */
export async function catchUpAll(
  services: SubgraphServices,
  fetchPage: OutboxReader,
  onMissed?: MissedEvents,
): Promise<number> {
  let total = 0;
  for (const source of SUBGRAPH_NAMES) {
    try {
      total += await catchUpFrom(services, source, fetchPage, onMissed);
    } catch (error) {
      services.logger.warn("analytics catch-up failed for a source; will retry", {
        source,
        error: (error as Error).message,
      });
    }
  }
  return total;
}

/**
 * Reads every producer's outbox from where analytics left off, then backfills every owner's items
 * the log has no events for; returns how many events were new.
 */
export async function catchUpAndBackfill(services: SubgraphServices): Promise<number> {
  const caughtUp = await catchUpAll(services, (source, after) => services.internal.readOutbox(source, after));
  let backfilled = 0;
  for (const source of BACKFILL_ORDER) backfilled += await backfillFrom(services, source);
  if (backfilled > 0) await announce(services, backfilled);
  return caughtUp + backfilled;
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
          services.logger.warn("analytics live ingest failed", {
            events: batch.length,
            attempts: attempt,
            error: (error as Error).message,
          });
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
