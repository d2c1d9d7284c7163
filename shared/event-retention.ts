/**
 * Retention of the event logs. Every domain event stays in its producer's outbox after it is
 * published — consumers that were down catch up from there, live streams resume from there — and
 * every event a consumer handled leaves its id in `<schema>.processed_events`. Without a limit
 * both grow with every ticket and message for as long as the system runs. Kept: whatever is
 * younger than EVENT_RETENTION_DAYS, and every event not yet published whatever its age. A
 * consumer (or a live stream's resume cursor) further behind than that misses the pruned events;
 * one that catches up reads on from the oldest event still kept, and is told what it missed (the
 * outbox's horizon: the newest event pruned).
 */
import type { SubgraphName } from "./config.js";
import type { SubgraphServices } from "./context.js";
import type { Database } from "./db.js";
import { startPeriodicTask } from "./periodic.js";

/** Rows one statement deletes at most: short transactions, locks held briefly. */
export const PRUNE_BATCH_SIZE = 5000;

/** Every hour; the first run 10 minutes after start (not among a starting system's own work). */
export const PRUNE_INTERVAL_MS = 3_600_000;
export const FIRST_PRUNE_DELAY_MS = 600_000;

const DAY_MS = 86_400_000;

/** Subgraphs whose schema holds consumers' processed-event records (analytics keeps its own log). */
const hasProcessedEvents = (schema: SubgraphName): boolean => schema !== "analytics";

/**
 * Published outbox events that occurred before the cutoff, a batch at most. Rows another
 * transaction holds (a relay publishing them, another replica pruning) are left for next time.
 * The outbox's times are UTC clock times written by the process, so the cutoff is bound. The
 * newest event deleted moves the outbox's horizon forward: a reader positioned before it has
 * missed events (outbox.ts, readOutboxPage).
 */
const pruneOutboxSql = (schema: SubgraphName) => `WITH gone AS (
    DELETE FROM "${schema}"."outbox_events" WHERE "id" = ANY(ARRAY(
      SELECT "id" FROM "${schema}"."outbox_events"
      WHERE "occurredAt" < $1 AND "publishedAt" IS NOT NULL
      LIMIT ${PRUNE_BATCH_SIZE} FOR UPDATE SKIP LOCKED))
    RETURNING "occurredAt", "id"),
  newest AS (SELECT "occurredAt", "id" FROM gone ORDER BY "occurredAt" DESC, "id" DESC LIMIT 1),
  horizon AS (INSERT INTO "${schema}"."outbox_horizon" AS h ("source", "occurredAt", "eventId")
    SELECT '${schema}', "occurredAt", "id" FROM newest
    ON CONFLICT ("source") DO UPDATE SET "occurredAt" = EXCLUDED."occurredAt", "eventId" = EXCLUDED."eventId"
    WHERE (h."occurredAt", h."eventId") < (EXCLUDED."occurredAt", EXCLUDED."eventId"))
  SELECT count(*)::int AS "deleted" FROM gone`;

/**
 * Processed-event records older than the window, a batch at most. Their times are the
 * database's own (the column's default), so the cutoff is taken on the same clock.
 */
const pruneProcessedSql = (schema: SubgraphName) => `WITH gone AS (
    DELETE FROM "${schema}"."processed_events" WHERE ("consumer", "eventId") IN (
      SELECT "consumer", "eventId" FROM "${schema}"."processed_events"
      WHERE "processedAt" < CURRENT_TIMESTAMP::timestamp - $1 * interval '1 millisecond'
      LIMIT ${PRUNE_BATCH_SIZE} FOR UPDATE SKIP LOCKED)
    RETURNING 1)
  SELECT count(*)::int AS "deleted" FROM gone`;

export interface PrunedEvents {
  outboxEvents: number;
  processedEvents: number;
}

/** Runs one batched delete until a batch comes back short (or the caller stops); the total deleted. */
async function deleteInBatches(
  db: Database,
  sql: string,
  parameters: unknown[],
  isStopped: () => boolean,
): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.sql.query<{ deleted: number }>(sql, parameters);
    total += row.deleted;
    if (row.deleted < PRUNE_BATCH_SIZE || isStopped()) return total;
  }
}

/** Deletes one subgraph's published events and processed-event records older than `retentionMs`. */
export async function pruneEventLog(
  db: Database,
  schema: SubgraphName,
  retentionMs: number,
  isStopped: () => boolean = () => false,
): Promise<PrunedEvents> {
  const cutoff = new Date(Date.now() - retentionMs);
  const outboxEvents = await deleteInBatches(db, pruneOutboxSql(schema), [cutoff], isStopped);
  const processedEvents = hasProcessedEvents(schema)
    ? await deleteInBatches(db, pruneProcessedSql(schema), [retentionMs], isStopped)
    : 0;
  return { outboxEvents, processedEvents };
}

/** Prunes the subgraph's event logs every hour, keeping EVENT_RETENTION_DAYS; returns the stop function. */
export function startEventRetention(services: SubgraphServices, schema: SubgraphName): () => Promise<void> {
  const { db, logger, config } = services;
  const retentionMs = config.EVENT_RETENTION_DAYS * DAY_MS;
  const prune = async (isStopped: () => boolean) => {
    const pruned = await pruneEventLog(db, schema, retentionMs, isStopped);
    if (pruned.outboxEvents + pruned.processedEvents > 0) {
      logger.info("event log pruned", { schema, retentionDays: config.EVENT_RETENTION_DAYS, ...pruned });
    }
  };
  const task = startPeriodicTask({
    intervalMs: PRUNE_INTERVAL_MS,
    run: prune,
    onError: (error) =>
      logger.warn("event log pruning failed; will retry", { schema, error: (error as Error).message }),
  });
  const first = setTimeout(() => task.wake(), FIRST_PRUNE_DELAY_MS);
  first.unref();
  return async () => {
    clearTimeout(first);
    await task();
  };
}
