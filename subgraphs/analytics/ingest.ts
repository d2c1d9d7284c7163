/**
 * The analytics event log. Events arrive live from the bus and, to survive downtime, are also
 * pulled from each producer's outbox from the last position read (catch-up). Both paths insert
 * with ON CONFLICT DO NOTHING on the event id, so each event lands exactly once.
 */
import type { SubgraphName } from "../common/config.js";
import { SUBGRAPH_NAMES } from "../common/config.js";
import type { SubgraphServices } from "../common/context.js";
import type { Database } from "../common/db.js";
import { EVENTS_TOPIC, type DomainEvent } from "../common/outbox.js";

export async function ingestEvents(db: Database, events: DomainEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const rows = await db.sql.query<{ id: string }>(
    `INSERT INTO "analytics"."events" ("id", "type", "source", "aggregateId", "payload", "occurredAt")
     SELECT e.id::uuid, e.type, e.source, e."aggregateId", e.payload, e."occurredAt"::timestamptz
     FROM jsonb_to_recordset($1::jsonb) AS e(id text, type text, source text, "aggregateId" text, payload jsonb, "occurredAt" text)
     ON CONFLICT ("id") DO NOTHING RETURNING "id"`,
    [JSON.stringify(events)],
  );
  return rows.length;
}

export interface OutboxPage {
  events: DomainEvent[];
}

/** Pulls every event a producer wrote after our stored cursor; returns how many were new. */
export async function catchUpFrom(services: SubgraphServices, source: SubgraphName, fetchPage: (source: SubgraphName, after: { occurredAt: string; id: string } | null) => Promise<DomainEvent[]>): Promise<number> {
  const { prisma } = services.db;
  const cursor = await prisma.analyticsCursor.findUnique({ where: { source } });
  let after = cursor ? { occurredAt: cursor.occurredAt.toISOString(), id: cursor.eventId } : null;
  let ingested = 0;
  for (;;) {
    const events = await fetchPage(source, after);
    if (events.length === 0) break;
    ingested += await ingestEvents(services.db, events);
    const last = events[events.length - 1];
    after = { occurredAt: last.occurredAt, id: last.id };
    await prisma.analyticsCursor.upsert({
      where: { source },
      create: { source, occurredAt: new Date(last.occurredAt), eventId: last.id },
      update: { occurredAt: new Date(last.occurredAt), eventId: last.id },
    });
  }
  return ingested;
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

/** Live path: every event published on the bus goes into the log. Returns a stop function. */
export function startLiveIngestion(services: SubgraphServices): () => Promise<void> {
  const events = services.pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
  const loop = (async () => {
    for await (const event of events) {
      try {
        await ingestEvents(services.db, [event]);
      } catch (error) {
        // Not lost: the periodic catch-up reads it from the producer's outbox.
        services.logger.warn("analytics live ingest failed", { eventId: event.id, error: (error as Error).message });
      }
    }
  })();
  return async () => {
    await events.return?.();
    await loop;
  };
}
