/**
 * Autovacuum's work for the embedded engine. PGlite runs PostgreSQL in one process without its
 * background workers, so nothing ever vacuums or analyzes the embedded database on its own: dead
 * row versions from updates (work items, agents, tickets) pile up in tables and indexes, and the
 * planner chooses without statistics. Each pass does what autovacuum would, with its default
 * thresholds: a table with more dead rows than 50 + 20% of its live ones, or more rows inserted
 * since its last vacuum than 1,000 + 20%, is vacuumed and analyzed; one with more rows changed
 * since its last analyze than 50 + 10% is analyzed. The first pass runs at once (after the
 * migrations and the seed), then every UPKEEP_INTERVAL_MS, as autovacuum's one-minute nap.
 */
import type { SqlExecutor } from "./db.js";
import { startPeriodicTask } from "./periodic.js";

export const UPKEEP_INTERVAL_MS = 60_000;

export interface UpkeepAction {
  table: string;
  vacuumed: boolean;
  analyzed: boolean;
}

/**
 * The tables past a threshold, by the statistics the engine has counted. Single-user PostgreSQL
 * flushes its counters only when asked, so the pass asks first (the flush lands before the next statement).
 */
const DUE_TABLES_SQL = `SELECT format('%I.%I', "schemaname", "relname") AS "table",
    ("n_dead_tup" > 50 + 0.2 * "n_live_tup" OR "n_ins_since_vacuum" > 1000 + 0.2 * "n_live_tup") AS "vacuum",
    "n_mod_since_analyze" > 50 + 0.1 * "n_live_tup" AS "analyze"
  FROM pg_stat_user_tables
  WHERE "n_dead_tup" > 50 + 0.2 * "n_live_tup" OR "n_ins_since_vacuum" > 1000 + 0.2 * "n_live_tup"
    OR "n_mod_since_analyze" > 50 + 0.1 * "n_live_tup"
  ORDER BY 1`;

/** One pass: vacuums and analyzes what is due; returns what it did. */
export async function upkeepPass(sql: SqlExecutor, isStopped: () => boolean = () => false): Promise<UpkeepAction[]> {
  await sql.query("SELECT pg_stat_force_next_flush()");
  const due = await sql.query<{ table: string; vacuum: boolean; analyze: boolean }>(DUE_TABLES_SQL);
  const done: UpkeepAction[] = [];
  for (const { table, vacuum } of due) {
    if (isStopped()) break;
    // A vacuum analyzes too: the table's statistics are fresh after either.
    await sql.exec(vacuum ? `VACUUM (ANALYZE) ${table}` : `ANALYZE ${table}`);
    done.push({ table, vacuumed: vacuum, analyzed: true });
  }
  return done;
}

/** Runs the upkeep now and every UPKEEP_INTERVAL_MS; returns the stop function (waits for a pass in flight). */
export function startEmbeddedUpkeep(
  sql: SqlExecutor,
  report: { done: (actions: UpkeepAction[]) => void; failed: (error: unknown) => void },
): () => Promise<void> {
  const task = startPeriodicTask({
    intervalMs: UPKEEP_INTERVAL_MS,
    run: async (isStopped) => {
      const actions = await upkeepPass(sql, isStopped);
      if (actions.length > 0) report.done(actions);
    },
    onError: report.failed,
  });
  task.wake();
  return task;
}
