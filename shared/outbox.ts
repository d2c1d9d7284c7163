/**
 * Domain events, written in the same transaction as the change they describe (each subgraph
 * has its own `<schema>.outbox_events` table) and then published on the bus by a relay.
 * Consumers dedupe by event id, so a re-published event is harmless.
 */
import { randomUUID } from "node:crypto";
import type { SubgraphName } from "./config.js";
import type { Database } from "./db.js";
import type { Logger } from "./logger.js";
import type { PubSub } from "./pubsub.js";
import { startNotifiedTask } from "./periodic.js";
import { runPart, sqlPart, type RawStatements, type SqlPart } from "./sql-part.js";

export interface DomainEvent<Payload = Record<string, unknown>> {
  id: string;
  type: string;
  source: SubgraphName;
  aggregateId: string;
  occurredAt: string;
  payload: Payload;
}

export interface NewEvent {
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt?: Date;
}

/** The bus topic every event is published on (once); consumers filter by `type`. */
export const EVENTS_TOPIC = "events";

type Tx = Pick<RawStatements, "$executeRawUnsafe">;

/** The NOTIFY channel a subgraph's outbox writes wake its relays on. */
export const outboxChannel = (source: SubgraphName) => `outbox_${source}`;

/**
 * The events as they will be stored and published: ids ascending in the order given (readers
 * order by ("occurredAt", "id"), so events recorded together at one instant — ticket.status_changed
 * then ticket.resolved — are published in it).
 */
export function eventsToRecord(source: SubgraphName, events: NewEvent[]): DomainEvent[] {
  const ids = events.map(() => randomUUID()).sort();
  return events.map((event, index) => ({
    id: ids[index],
    type: event.type,
    source,
    aggregateId: event.aggregateId,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    payload: event.payload,
  }));
}

/**
 * The statement storing `eventsToRecord`'s events, given as the JSON of `outboxParameter` in
 * parameter `parameter` (e.g. "$1"): usable alone or as a data-modifying CTE of a larger
 * statement. ISO times in UTC: a timestamp column takes their clock time, as Prisma stores
 * DateTime. The NOTIFY (delivered at commit) wakes the relays at once.
 */
export function outboxInsertSql(source: SubgraphName, parameter: string): string {
  return `INSERT INTO "${source}"."outbox_events" ("id", "type", "aggregateId", "payload", "occurredAt")
     SELECT e."id", e."type", e."aggregateId", e."payload", e."occurredAt"
     FROM jsonb_to_recordset(${parameter}::jsonb) AS e("id" uuid, "type" text, "aggregateId" text, "payload" jsonb, "occurredAt" timestamp)
     CROSS JOIN (SELECT pg_notify('${outboxChannel(source)}', '')) AS wake`;
}

export const outboxParameter = (events: DomainEvent[]): string =>
  JSON.stringify(
    events.map(({ id, type, aggregateId, payload, occurredAt }) => ({ id, type, aggregateId, payload, occurredAt })),
  );

/** The statement part storing `eventsToRecord`'s events (alone, or a CTE of a larger write). */
export const outboxInsert = (source: SubgraphName, events: DomainEvent[]): SqlPart =>
  sqlPart(outboxInsertSql(source, "$1"), [outboxParameter(events)]);

/** Writes events into the subgraph's outbox inside the caller's transaction (one statement). */
export async function recordEvents(tx: Tx, source: SubgraphName, events: NewEvent[]): Promise<DomainEvent[]> {
  const written = eventsToRecord(source, events);
  if (written.length === 0) return written;
  await runPart(tx, outboxInsert(source, written));
  return written;
}

interface OutboxRow {
  id: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

const toEvent = (source: SubgraphName, row: OutboxRow): DomainEvent => ({
  id: row.id,
  type: row.type,
  source,
  aggregateId: row.aggregateId,
  occurredAt: new Date(row.occurredAt).toISOString(),
  payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload,
});

/** Events one relay transaction claims at most. */
export const OUTBOX_BATCH_SIZE = 200;

/**
 * The oldest unpublished events (a batch at most) no other relay holds, locked and marked
 * published, oldest first. A prepared statement, so the batch size is written in: with
 * `LIMIT $1` the generic plan guessed a small limit and walked ("occurredAt") from the oldest
 * event, filtering out every published one (thousands, in the writes bench). The unpublished
 * events also have an index of their own (migration 20261206084000_outbox_unpublished_index). The
 * mark looks its rows up by key: `= ANY(ARRAY(…))` is an index condition, where `IN (SELECT …)`
 * let the planner hash-join a scan of the whole outbox when it expected a large batch.
 */
export const claimBatchSql = (source: SubgraphName) => `WITH claimed AS (
    SELECT "id", "type", "aggregateId", "payload", "occurredAt" FROM "${source}"."outbox_events"
    WHERE "publishedAt" IS NULL ORDER BY "occurredAt", "id" LIMIT ${OUTBOX_BATCH_SIZE} FOR UPDATE SKIP LOCKED
  ),
  marked AS (UPDATE "${source}"."outbox_events" SET "publishedAt" = now() WHERE "id" = ANY(ARRAY(SELECT "id" FROM claimed)))
  SELECT * FROM claimed ORDER BY "occurredAt", "id"`;

/**
 * Publishes one batch of unpublished events. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several replicas can relay the same outbox without publishing an event twice.
 */
export async function relayOutboxBatch(
  db: Database,
  source: SubgraphName,
  pubsub: PubSub,
  options: { knownPending?: boolean } = {},
): Promise<number> {
  // The relay polls often; an idle poll is one indexed read, not a session with a transaction.
  // When an outbox write's NOTIFY woke it, there is (almost always) work: it goes straight to it.
  if (!options.knownPending) {
    const [pending] = await db.sql.query(
      `SELECT 1 FROM "${source}"."outbox_events" WHERE "publishedAt" IS NULL LIMIT 1`,
      [],
      { prepare: true },
    );
    if (!pending) return 0;
  }
  return db.transaction(async (tx) => {
    // Claimed and marked in one statement; a failed publish rolls the mark back with the claim.
    const rows = await tx.query<OutboxRow>(claimBatchSql(source), [], { prepare: true });
    // The whole batch goes to the bus as one pipeline, in outbox order (so subscribers see that
    // order), instead of a write and a round trip per message while this transaction holds its
    // rows and a pooled connection.
    await pubsub.publishAll(rows.map((row) => ({ topic: EVENTS_TOPIC, payload: toEvent(source, row) })));
    return rows.length;
  });
}

/** Reads events after a position, oldest first — how a consumer that was down catches up. */
export async function readOutbox(
  db: Database,
  source: SubgraphName,
  after: { occurredAt: Date; id: string } | null,
  limit: number,
): Promise<DomainEvent[]> {
  const rows = after
    ? await db.sql.query<OutboxRow>(
        `SELECT "id", "type", "aggregateId", "payload", "occurredAt" FROM "${source}"."outbox_events"
         WHERE ("occurredAt", "id") > ($1, $2::uuid) ORDER BY "occurredAt", "id" LIMIT $3`,
        [after.occurredAt, after.id, limit],
      )
    : await db.sql.query<OutboxRow>(
        `SELECT "id", "type", "aggregateId", "payload", "occurredAt" FROM "${source}"."outbox_events" ORDER BY "occurredAt", "id" LIMIT $1`,
        [limit],
      );
  return rows.map((row) => toEvent(source, row));
}

/** A position in a producer's outbox: the last event read. */
export interface OutboxPosition {
  occurredAt: string;
  id: string;
}

/**
 * A page of a producer's outbox as a catching-up consumer reads it. `missedThrough` is set when
 * the retention pruned events after the reader's position before it read them (the newest event
 * pruned, the outbox's horizon): what they said is gone, and the reader has to rebuild it another way.
 */
export interface OutboxPage {
  events: DomainEvent[];
  missedThrough: OutboxPosition | null;
}

const HORIZON_AFTER_SQL = (source: SubgraphName) =>
  `SELECT "occurredAt", "eventId" FROM "${source}"."outbox_horizon"
   WHERE "source" = $1 AND ($2::timestamp IS NULL OR ("occurredAt", "eventId") > ($2::timestamp, $3::uuid))`;

/** `readOutbox`, and whether events after the position were pruned before this read. */
export async function readOutboxPage(
  db: Database,
  source: SubgraphName,
  after: { occurredAt: Date; id: string } | null,
  limit: number,
): Promise<OutboxPage> {
  const [events, [horizon]] = await Promise.all([
    readOutbox(db, source, after, limit),
    db.sql.query<{ occurredAt: Date; eventId: string }>(HORIZON_AFTER_SQL(source), [
      source,
      after?.occurredAt ?? null,
      after?.id ?? null,
    ]),
  ]);
  const missedThrough = horizon
    ? { occurredAt: new Date(horizon.occurredAt).toISOString(), id: horizon.eventId }
    : null;
  return { events, missedThrough };
}

/**
 * Catch-up: reads a producer's outbox from the stored position to its end, a page at a time,
 * handing each page over and storing the new position after it. Returns what `handle` counted.
 * When the retention pruned events past the stored position, a warning naming the reader is
 * logged and `missed` (what the reader rebuilds instead, if anything) runs, once, before the
 * events kept are handed over.
 */
export async function followOutbox(steps: {
  /** Who reads (a consumer's name), and the producer read: for the warning. */
  reader: string;
  source: SubgraphName;
  logger: Logger;
  load: () => Promise<OutboxPosition | null>;
  fetchPage: (after: OutboxPosition | null) => Promise<OutboxPage>;
  missed?: () => Promise<void>;
  handle: (events: DomainEvent[]) => Promise<number>;
  save: (position: OutboxPosition) => Promise<void>;
}): Promise<number> {
  let after = await steps.load();
  let handled = 0;
  let told = false;
  for (;;) {
    const { events, missedThrough } = await steps.fetchPage(after);
    if (missedThrough && !told) {
      told = true;
      steps.logger.warn("events were pruned from a producer's outbox before this reader read them", {
        reader: steps.reader,
        source: steps.source,
        after,
        missedThrough,
      });
      await steps.missed?.();
    }
    if (events.length === 0) return handled;
    handled += await steps.handle(events);
    const last = events[events.length - 1];
    after = { occurredAt: last.occurredAt, id: last.id };
    await steps.save(after);
  }
}

/**
 * Publishes new events: woken by the NOTIFY of each outbox write as it commits, with a slow poll
 * as the safety net (a missed notification, a lost listening connection). Returns a stop function.
 */
export function startOutboxRelay(options: {
  db: Database;
  source: SubgraphName;
  pubsub: PubSub;
  logger: Logger;
  intervalMs?: number;
}): Promise<() => Promise<void>> {
  return startNotifiedTask({
    listen: (channel, onNotify) => options.db.listen(channel, onNotify),
    channel: outboxChannel(options.source),
    intervalMs: options.intervalMs ?? 1000,
    run: async (isStopped, woken) => {
      // A short batch drained the outbox: events committed meanwhile wake another run.
      let knownPending = woken;
      while (
        !isStopped() &&
        (await relayOutboxBatch(options.db, options.source, options.pubsub, { knownPending })) === OUTBOX_BATCH_SIZE
      )
        knownPending = true;
    },
    onError: (error) => options.logger.warn("outbox relay failed; will retry", { source: options.source, error }),
    onListenError: (error) =>
      options.logger.warn("outbox relay: LISTEN failed; polling only", {
        source: options.source,
        error: String(error),
      }),
  });
}
