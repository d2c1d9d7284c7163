/**
 * What the systems a failed test ran against were doing when it failed: for each system still
 * open in this worker, the bus topics listened to (and any whose SUBSCRIBE has not gone through)
 * and its database's busy connections (waiting on a lock, open transactions). Printed on stderr
 * by test/report-failures.ts after each failed test, so a failure seen once on CI explains itself
 * in the log rather than needing a reproduction.
 */
import pg from "pg";
import type { RunningSystem } from "../../runtime/system.js";

const openSystems = new Set<RunningSystem>();

/** Tracks `system` until it closes. */
export function trackOpenSystem(system: RunningSystem): () => void {
  openSystems.add(system);
  return () => openSystems.delete(system);
}

async function databaseActivity(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ state: string; wait: string | null; seconds: number | null; query: string }>(
      `SELECT state, wait_event_type || ':' || wait_event AS wait,
              round(extract(epoch FROM now() - xact_start)::numeric, 1)::float AS seconds, left(query, 160) AS query
         FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'`,
    );
    if (rows.length === 0) return "    database: no busy connection";
    return [
      "    database, busy connections:",
      ...rows.map((r) => `      ${r.state} ${r.wait ?? ""} ${r.seconds ?? "-"} s: ${r.query}`),
    ].join("\n");
  } catch (error) {
    return `    database: not read (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function describeOpenSystems(): Promise<string> {
  if (openSystems.size === 0) return "no system open in this worker";
  const parts: string[] = [];
  for (const system of openSystems) {
    const { topics, subscribing } = system.pubsub.listening();
    parts.push(
      [
        `  system on ${system.config.DATABASE_URL ? new URL(system.config.DATABASE_URL).pathname.slice(1) : "PGlite"}, bus ${system.pubsub.kind} (${system.config.PUBSUB_CHANNEL_PREFIX})`,
        `    listening to ${topics.length} topics: ${topics.slice(0, 12).join(", ")}${topics.length > 12 ? ", …" : ""}`,
        `    not yet subscribed: ${subscribing.length ? subscribing.join(", ") : "none"}`,
        system.config.DATABASE_URL ? await databaseActivity(system.config.DATABASE_URL) : "",
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
  return parts.join("\n");
}
