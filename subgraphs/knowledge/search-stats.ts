/**
 * Search statistics, written in batches: per-query counters (suggestions, the content-gap
 * report) and one `search.performed` event per search (plus `search.zero_results`). Searches
 * are queued in memory and written together every SEARCH_STATS_FLUSH_MS in one transaction —
 * a search costs no database work of its own on the response path or right after it. Stopping
 * writes what is queued; a crash loses at most one interval of statistics.
 */
import type { SubgraphServices } from "../common/context.js";
import type { Database } from "../common/db.js";
import { recordEvents } from "../common/outbox.js";
import { startPeriodicTask } from "../common/periodic.js";

export interface SearchRecord {
  /** The query's language (given or detected), "any" when unknown. */
  language: string;
  /** Normalised query: the counters' key. */
  query: string;
  /** The query as typed (truncated): what events carry. */
  text: string;
  resultCount: number;
  at: Date;
}

/** Writes a batch: counters upserted per (language, query), events in order. */
export async function writeSearchRecords(db: Database, records: SearchRecord[]): Promise<void> {
  if (records.length === 0) return;
  const counters = new Map<string, { language: string; query: string; searches: number; zero: number; lastResultCount: number }>();
  for (const r of records) {
    const key = `${r.language}\u0000${r.query}`;
    const counter = counters.get(key) ?? { language: r.language, query: r.query, searches: 0, zero: 0, lastResultCount: 0 };
    counter.searches++;
    if (r.resultCount === 0) counter.zero++;
    counter.lastResultCount = r.resultCount;
    counters.set(key, counter);
  }
  await db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO "knowledge"."search_queries" ("language", "query", "searchCount", "zeroResultCount", "lastResultCount", "lastSearchedAt")
       SELECT c."language", c."query", c."searches", c."zero", c."lastResultCount", now()
       FROM jsonb_to_recordset($1::jsonb) AS c("language" text, "query" text, "searches" int, "zero" int, "lastResultCount" int)
       ORDER BY c."language", c."query"
       ON CONFLICT ("language", "query") DO UPDATE SET "searchCount" = search_queries."searchCount" + EXCLUDED."searchCount",
         "zeroResultCount" = search_queries."zeroResultCount" + EXCLUDED."zeroResultCount",
         "lastResultCount" = EXCLUDED."lastResultCount", "lastSearchedAt" = now()`,
      JSON.stringify([...counters.values()]),
    );
    await recordEvents(
      tx,
      "knowledge",
      records.flatMap((r) => {
        const payload = { query: r.text, language: r.language, resultCount: r.resultCount };
        const aggregateId = `${r.language}:${r.query}`.slice(0, 200);
        return [
          { type: "search.performed", aggregateId, payload, occurredAt: r.at },
          ...(r.resultCount === 0 ? [{ type: "search.zero_results", aggregateId, payload, occurredAt: r.at }] : []),
        ];
      }),
    );
  });
}

interface SearchRecorder {
  queue: SearchRecord[];
}

/** One queue per database (per running knowledge subgraph). */
const recorders = new WeakMap<Database, SearchRecorder>();

function recorderOf(db: Database): SearchRecorder {
  let recorder = recorders.get(db);
  if (!recorder) recorders.set(db, (recorder = { queue: [] }));
  return recorder;
}

/** Queues a search for the next batch. */
export function recordSearch(db: Database, record: SearchRecord | null): void {
  if (record) recorderOf(db).queue.push(record);
}

/** Writes the queue now (also what the periodic flush runs). */
export async function flushSearchRecords(db: Database): Promise<void> {
  const recorder = recorderOf(db);
  const batch = recorder.queue.splice(0, 5000);
  try {
    await writeSearchRecords(db, batch);
  } catch (error) {
    // Back to the front of the queue: the next flush retries them.
    recorder.queue.unshift(...batch);
    throw error;
  }
}

/** Flushes every SEARCH_STATS_FLUSH_MS, and once more when stopped. */
export function startSearchStatsFlush(services: SubgraphServices): () => Promise<void> {
  const stop = startPeriodicTask({
    intervalMs: services.config.SEARCH_STATS_FLUSH_MS,
    run: () => flushSearchRecords(services.db),
    onError: (error) => services.logger.warn("knowledge: writing search statistics failed; will retry", { error: String(error) }),
  });
  return async () => {
    await stop();
    await flushSearchRecords(services.db).catch((error) => services.logger.warn("knowledge: final search statistics flush failed", { error: String(error) }));
  };
}
