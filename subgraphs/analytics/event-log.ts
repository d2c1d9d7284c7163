/**
 * The analytics event log: writing events into it exactly once (with the rollups they touch),
 * announcing that it changed, and reading it back (pages of events, counts by type).
 */
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import type { AnalyticsEvent, Prisma } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import type { Database } from "../../shared/db.js";
import type { DomainEvent } from "../../shared/outbox.js";
import { beyondKeyWhere, keysetConnection, keysetOrder, type Connection } from "../../shared/pagination.js";
import { affectedItems, refreshFacts } from "./rollups.js";
import type { Range } from "./metrics.js";

/**
 * Inserts the events the log does not hold yet (ON CONFLICT DO NOTHING on the event id, so each
 * lands exactly once whether it came live or by catch-up) and refreshes their rollups; returns
 * how many were new.
 */
export async function ingestEvents(db: Database, events: DomainEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  // Same lock order in every concurrent ingest (live batches, catch-up passes): no deadlocks.
  const sorted = [JSON.stringify([...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))];
  const touched = affectedItems(events);
  if (touched.tickets.length === 0 && touched.chats.length === 0) {
    // No rollup row follows from these (chat messages, agents' events…): the insert alone, no transaction.
    return (await db.sql.query(INSERT_EVENTS, sorted, { prepare: true })).length;
  }
  // The log insert and the rollup refresh commit together: a crash between them would leave
  // facts stale for events the ON CONFLICT would then never insert again.
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string; type: string; aggregateId: string }>(INSERT_EVENTS, sorted, {
      prepare: true,
    });
    await refreshFacts(tx, affectedItems(rows));
    return rows.length;
  });
}

/** The events the log does not hold yet, inserted from a JSON array; the new ones returned. */
const INSERT_EVENTS = `INSERT INTO "analytics"."events" ("id", "type", "source", "aggregateId", "payload", "occurredAt")
   SELECT e.id::uuid, e.type, e.source, e."aggregateId", e.payload, e."occurredAt"::timestamptz
   FROM jsonb_to_recordset($1::jsonb) AS e(id text, type text, source text, "aggregateId" text, payload jsonb, "occurredAt" text)
   ON CONFLICT ("id") DO NOTHING RETURNING "id", "type", "aggregateId"`;

/** Pubsub topic analytics announces "the log changed" on (the live dashboard listens). */
export const LOG_CHANGED_TOPIC = "analytics:log-changed";

export async function announce(services: SubgraphServices, count: number) {
  if (count > 0) await services.pubsub.publish(LOG_CHANGED_TOPIC, { count }).catch(() => undefined);
}

const EVENT_KEY = ["occurredAt", "id"] as const;

export interface EventLogFilter {
  type?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** One cursor page of the recorded events matching the filter, newest first. */
export function eventLogPage(
  db: Database,
  filter: EventLogFilter,
  page: DefaultConnectionArguments,
): Promise<Connection<AnalyticsEvent>> {
  const where: Prisma.AnalyticsEventWhereInput = {
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.from || filter.to
      ? { occurredAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
  return keysetConnection(
    page,
    (e: AnalyticsEvent) => [e.occurredAt.toISOString(), e.id],
    (keyset) =>
      db.prisma.analyticsEvent.findMany({
        where: { AND: [where, beyondKeyWhere(EVENT_KEY, keyset, true, (v) => new Date(v))] },
        orderBy: keysetOrder(EVENT_KEY, keyset, true),
        take: keyset.limit,
      }),
  );
}

export interface EventCount {
  type: string;
  count: number;
}

/** How many events of each type occurred in the range, by type name. */
export async function countEventsByType(db: Database, range: Range): Promise<EventCount[]> {
  const rows = await db.sql.query<{ type: string; count: string }>(
    `SELECT "type", count(*) AS count FROM "analytics"."events" WHERE "occurredAt" >= $1::timestamp AND "occurredAt" < $2::timestamp GROUP BY "type" ORDER BY "type"`,
    [range.from.toISOString().replace("Z", ""), range.to.toISOString().replace("Z", "")],
  );
  return rows.map((r) => ({ type: r.type, count: Number(r.count) }));
}
