/**
 * Database access: one Prisma client (driver-adapter based, engine-free) over either
 * PostgreSQL (DATABASE_URL, via @prisma/adapter-pg) or embedded PGlite, plus a raw SQL
 * executor over the same connection for migrations, full-text search and row locking.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import type { Transaction } from "@electric-sql/pglite";

export type { PrismaClient } from "../generated/prisma/client.js";
export { Prisma } from "../generated/prisma/client.js";

export interface QueryOptions {
  /**
   * Hot statements whose text repeats (the search's): PostgreSQL prepares each text once per
   * connection and reuses the plan, so parsing and planning (1–2 ms for a large statement) are
   * not paid per request. Ignored by PGlite.
   */
  prepare?: boolean;
}

export interface SqlExecutor {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Row[]>;
  /** Runs a multi-statement script (no parameters). */
  exec(sql: string): Promise<void>;
}

export interface Database {
  kind: "postgres" | "pglite";
  prisma: PrismaClient;
  sql: SqlExecutor;
  /**
   * Calls `onNotify` on every NOTIFY on `channel` (delivered when the notifying transaction
   * commits); resolves to the unsubscribe function. A lost listening connection is not
   * re-established: callers keep a slow poll as a safety net.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Runs `work` on one dedicated connection (session-level locks). */
  withSession<T>(work: (session: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in a transaction on the driver: committed when it resolves, rolled back when it
   * throws (the error is rethrown). On PGlite every other statement waits until it ends, so
   * nothing from outside runs inside it; `work` must use only the executor it is given.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  poolSize?: number;
  pgliteDir?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPglite(options.pgliteDir ?? "memory://");
}

// Raw SQL binds JS Dates; Prisma's DateTime columns are timestamps in UTC.
pg.defaults.parseInputDatesAsUTC = true;
// ...and reads them back as UTC too, whatever the process's time zone, so a row read with raw SQL
// carries the same instants as Prisma's (its adapter parses these columns itself).
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, parseUtcTimestamp);

const parseTimestampWithZone = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ);
const PLAIN_TIMESTAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$/;
/** A `timestamp` column's text as a UTC instant; the engine's ISO parser for the usual shape (a list's rows carry many). */
export function parseUtcTimestamp(value: string): Date {
  return PLAIN_TIMESTAMP.test(value) ? new Date(`${value.replace(" ", "T")}Z`) : parseTimestampWithZone(`${value}+00`);
}

/** Prepared statements are named by their text (hashed once per distinct text). */
const preparedNames = new Map<string, string>();
function preparedName(sql: string): string {
  let name = preparedNames.get(sql);
  if (!name) {
    name = `sb_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    if (preparedNames.size < 1000) preparedNames.set(sql, name);
  }
  return name;
}

function openPostgres(connectionString: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client that errors (server restart) must not crash the process.
  pool.on("error", () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const executorOf = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query(sql, params, options) {
      const result = options?.prepare
        ? await client.query({ name: preparedName(sql), text: sql, values: params as unknown[] })
        : await client.query(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql) {
      await client.query(sql);
    },
  });
  // One connection per process holds every LISTEN.
  let listener: Promise<pg.Client> | null = null;
  const listeners = new Map<string, Set<() => void>>();
  const listeningClient = () =>
    (listener ??= (async () => {
      const client = new pg.Client({ connectionString });
      client.on("error", () => undefined);
      client.on("notification", (message) => {
        for (const callback of listeners.get(message.channel) ?? []) callback();
      });
      await client.connect();
      return client;
    })());
  return {
    kind: "postgres",
    prisma,
    sql: executorOf(pool),
    async listen(channel, onNotify) {
      const client = await listeningClient();
      let callbacks = listeners.get(channel);
      if (!callbacks) {
        listeners.set(channel, (callbacks = new Set()));
        await client.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
      }
      callbacks.add(onNotify);
      return async () => {
        callbacks.delete(onNotify);
      };
    },
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work(executorOf(client));
      } finally {
        client.release();
      }
    },
    async transaction(work) {
      const client = await pool.connect();
      // A connection whose ROLLBACK failed is in an unknown state: it leaves the pool.
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await work(executorOf(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await prisma.$disconnect();
      if (listener) await (await listener.catch(() => null))?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  if (dataDir !== "memory://") {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(dataDir === "memory://" ? undefined : dataDir, { extensions: { pg_trgm } });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const executorOf = (session: Pick<Transaction, "query" | "exec">): SqlExecutor => ({
    async query<Row>(sql: string, params?: unknown[]) {
      const result = await session.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql) {
      await session.exec(sql);
    },
  });
  const sql = executorOf(pglite);
  return {
    kind: "pglite",
    prisma,
    sql,
    // PGlite is a single connection: every call already shares one session.
    withSession: (work) => work(sql),
    transaction: (work) => pglite.transaction((tx) => work(executorOf(tx))),
    async listen(channel, onNotify) {
      const unlisten = await pglite.listen(channel, () => onNotify());
      return () => unlisten();
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
