/**
 * A value read from the database that a process keeps until it changes: configuration rows that
 * every write consults and admins edit rarely (the business schedule, partner webhooks, ticket
 * categories). Reading them on every write cost each write a statement; kept here, an edit still
 * takes effect at once:
 *
 * - the process that makes the change forgets its copy before the change returns (`changed`),
 * - every other process forgets its copy when the change's NOTIFY reaches it (milliseconds),
 * - and any copy is read again after `ttlMs`, so a lost listening connection cannot keep a stale
 *   value for longer than that.
 *
 * A value is kept only once this process is listening on the channel: a change made before the
 * LISTEN could otherwise go unnoticed. One copy per database (two systems in one process, as in
 * tests, never share one).
 */
import type { Database } from "./db.js";

/** How long a copy is used at most, should a change's NOTIFY be lost. */
export const CHANGE_NOTIFIED_CACHE_TTL_MS = 30_000;

export interface ChangeNotifiedCache<T> {
  /**
   * The current value: the kept copy, or what `read` answers (inside a transaction pass a reader
   * on that transaction; on PGlite's single connection a read outside it would wait for it).
   */
  get(db: Database, read: () => Promise<T>): Promise<T>;
  /** After a change has committed: forgets the copy here at once and tells every other process. */
  changed(db: Database): Promise<void>;
}

interface Copy<T> {
  value: Promise<T> | null;
  readAt: number;
  /** Set once the LISTEN is in place; until then nothing is kept. */
  listening: boolean;
  listen: Promise<unknown> | null;
}

export function changeNotifiedCache<T>(channel: string, ttlMs = CHANGE_NOTIFIED_CACHE_TTL_MS): ChangeNotifiedCache<T> {
  const copies = new WeakMap<Database, Copy<T>>();
  const copyOf = (db: Database) => {
    let copy = copies.get(db);
    if (!copy) copies.set(db, (copy = { value: null, readAt: 0, listening: false, listen: null }));
    return copy;
  };
  return {
    get(db, read) {
      const copy = copyOf(db);
      if (copy.value && Date.now() - copy.readAt < ttlMs) return copy.value;
      copy.value = null;
      // Not awaited: inside a transaction on PGlite the LISTEN waits for the transaction to end.
      copy.listen ??= db
        .listen(channel, () => (copy.value = null))
        .then(
          () => (copy.listening = true),
          () => (copy.listen = null),
        );
      const value = read();
      if (copy.listening) {
        copy.value = value;
        copy.readAt = Date.now();
        // A failed read is not kept: the next caller reads again.
        value.catch(() => {
          if (copy.value === value) copy.value = null;
        });
      }
      return value;
    },
    async changed(db) {
      copyOf(db).value = null;
      await db.sql.query("SELECT pg_notify($1, '')", [channel]);
    },
  };
}
