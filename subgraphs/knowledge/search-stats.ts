/**
 * Search statistics, written in batches: per-query counters (suggestions, the content-gap
 * report), a `search.zero_results` event for each search that found nothing (the content-gap
 * signal), and one `search.summary` event per batch counting the searches by language. Searches
 * are queued in memory and written together every SEARCH_STATS_FLUSH_MS in one transaction —
 * a search costs no database work of its own on the response path or right after it. Stopping
 * writes what is queued; a crash loses at most one interval of statistics.
 *
 * Not an event per search: searching is the most frequent request, and an event each (an outbox
 * row written, relayed and marked, then an analytics log row) cost the database more than the
 * search itself — 1 to 2 ms of CPU per search at 100,000 articles — for a stream nobody reads
 * search by search; the counters hold the per-query figures.
 */
import type { SubgraphServices } from "../../shared/context.js";
import type { Database } from "../../shared/db.js";
import { recordEvents } from "../../shared/outbox.js";
import { startPeriodicTask } from "../../shared/periodic.js";
import { encodeCursor } from "../../shared/pagination.js";

export interface SearchRecord {
  /** The query's language (given or detected), "any" when unknown. */
  language: string;
  /** Normalised query: the counters' key. */
  query: string;
  /** The query's words as typed: how it is shown (the latest search's wins). */
  display: string;
  /** The query as typed (truncated): what events carry. */
  text: string;
  resultCount: number;
  /** The results had every word (false: only some matched — a partial content gap). */
  matchedAllWords: boolean;
  at: Date;
}

/** Writes a batch: counters upserted per (language, query), events in order. */
export async function writeSearchRecords(db: Database, records: SearchRecord[]): Promise<void> {
  if (records.length === 0) return;
  const counters = new Map<
    string,
    {
      language: string;
      query: string;
      display: string;
      searches: number;
      zero: number;
      partial: number;
      lastResultCount: number;
      lastMatchedAllWords: boolean;
    }
  >();
  for (const r of records) {
    const key = `${r.language}\u0000${r.query}`;
    const counter = counters.get(key) ?? {
      language: r.language,
      query: r.query,
      display: r.display,
      searches: 0,
      zero: 0,
      partial: 0,
      lastResultCount: 0,
      lastMatchedAllWords: true,
    };
    counter.searches++;
    if (r.resultCount === 0) counter.zero++;
    else if (!r.matchedAllWords) counter.partial++;
    counter.lastResultCount = r.resultCount;
    counter.lastMatchedAllWords = r.resultCount > 0 && r.matchedAllWords;
    counter.display = r.display;
    counters.set(key, counter);
  }
  await db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO "knowledge"."search_queries" ("language", "query", "display", "searchCount", "zeroResultCount", "partialResultCount", "lastResultCount", "lastMatchedAllWords", "lastSearchedAt")
       SELECT c."language", c."query", c."display", c."searches", c."zero", c."partial", c."lastResultCount", c."lastMatchedAllWords", now()
       FROM jsonb_to_recordset($1::jsonb) AS c("language" text, "query" text, "display" text, "searches" int, "zero" int, "partial" int, "lastResultCount" int, "lastMatchedAllWords" boolean)
       ORDER BY c."language", c."query"
       ON CONFLICT ("language", "query") DO UPDATE SET "display" = EXCLUDED."display", "searchCount" = search_queries."searchCount" + EXCLUDED."searchCount",
         "zeroResultCount" = search_queries."zeroResultCount" + EXCLUDED."zeroResultCount",
         "partialResultCount" = search_queries."partialResultCount" + EXCLUDED."partialResultCount",
         "lastResultCount" = EXCLUDED."lastResultCount", "lastMatchedAllWords" = EXCLUDED."lastMatchedAllWords", "lastSearchedAt" = now()`,
      JSON.stringify([...counters.values()]),
    );
    await recordEvents(tx, "knowledge", [summaryEvent(records), ...zeroResultEvents(records)]);
  });
}

/** One event per batch: how many searches, how many found nothing, per language, and when. */
export function summaryEvent(records: SearchRecord[]) {
  const byLanguage: Record<string, { searches: number; zeroResults: number }> = {};
  for (const r of records) {
    const counts = (byLanguage[r.language] ??= { searches: 0, zeroResults: 0 });
    counts.searches++;
    if (r.resultCount === 0) counts.zeroResults++;
  }
  const times = records.map((r) => r.at.getTime());
  const from = new Date(Math.min(...times));
  const to = new Date(Math.max(...times));
  return {
    type: "search.summary",
    aggregateId: `searches:${from.toISOString()}`,
    occurredAt: to,
    payload: {
      from: from.toISOString(),
      to: to.toISOString(),
      searches: records.length,
      zeroResults: records.filter((r) => r.resultCount === 0).length,
      byLanguage,
    },
  };
}

const zeroResultEvents = (records: SearchRecord[]) =>
  records
    .filter((r) => r.resultCount === 0)
    .map((r) => ({
      type: "search.zero_results",
      aggregateId: `${r.language}:${r.query}`.slice(0, 200),
      payload: { query: r.text, language: r.language, resultCount: 0 },
      occurredAt: r.at,
    }));

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
    onError: (error) =>
      services.logger.warn("knowledge: writing search statistics failed; will retry", { error: String(error) }),
  });
  return async () => {
    await stop();
    await flushSearchRecords(services.db).catch((error) =>
      services.logger.warn("knowledge: final search statistics flush failed", { error: String(error) }),
    );
  };
}

/** One row of the content-gap report. */
export interface SearchGapRow {
  language: string;
  query: string;
  display: string;
  searchCount: number;
  zeroResultCount: number;
  partialResultCount: number;
  lastResultCount: number;
  lastMatchedAllWords: boolean;
  lastSearchedAt: Date;
  /** What the report ranks by: searches that found nothing (+ those that found only some words, when asked). */
  gapCount: number;
}

export interface SearchGapOptions {
  language: string | null;
  /** Also queries whose latest search found articles (the gap has been filled since). */
  includeFilled: boolean;
  /** Also queries that found articles only by some of their words (a partial gap). */
  includePartial: boolean;
  limit: number;
  /** Continue after this (gapCount, "language:query") key. */
  beyond: [number, string] | null;
}

/**
 * The content-gap report: past queries people searched that found nothing (and, on request,
 * found articles only by some of their words), most frequent first; by default only the gaps
 * still open — the query's latest search found nothing (or only some words).
 */
export async function searchGaps(db: Database, options: SearchGapOptions): Promise<SearchGapRow[]> {
  const rows = await db.sql.query<SearchGapRow>(
    `SELECT * FROM (
       SELECT "language", "query", "display", "searchCount", "zeroResultCount", "partialResultCount", "lastResultCount", "lastMatchedAllWords", "lastSearchedAt",
         "zeroResultCount" + CASE WHEN $6 THEN "partialResultCount" ELSE 0 END AS "gapCount",
         "language" || ':' || "query" AS "key"
       FROM "knowledge"."search_queries"
       WHERE ("zeroResultCount" > 0 OR ($6 AND "partialResultCount" > 0)) AND ($1::text IS NULL OR "language" = $1)
         AND ($5 OR "lastResultCount" = 0 OR ($6 AND NOT "lastMatchedAllWords"))) gaps
     WHERE $2::int IS NULL OR ("gapCount", "key") < ($2::int, $3::text)
     ORDER BY "gapCount" DESC, "key" DESC LIMIT $4`,
    [
      options.language,
      options.beyond?.[0] ?? null,
      options.beyond?.[1] ?? null,
      options.limit,
      options.includeFilled,
      options.includePartial,
    ],
  );
  return rows.map((r) => ({ ...r, lastSearchedAt: new Date(r.lastSearchedAt), gapCount: Number(r.gapCount) }));
}

/** One page of the content-gap report, most frequent first, with cursors to continue after it. */
export async function searchGapPage(
  db: Database,
  options: Omit<SearchGapOptions, "limit"> & { first: number; after: string | null },
) {
  const rows = await searchGaps(db, {
    language: options.language,
    includeFilled: options.includeFilled,
    includePartial: options.includePartial,
    limit: options.first + 1,
    beyond: options.beyond,
  });
  const edges = rows
    .slice(0, options.first)
    .map((r) => ({ cursor: encodeCursor([r.gapCount, `${r.language}:${r.query}`]), node: r }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasNextPage: rows.length > options.first,
      hasPreviousPage: Boolean(options.after),
    },
  };
}
