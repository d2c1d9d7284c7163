/**
 * Writes many small records as few statements: a record added while no write is running goes out
 * on the next turn of the event loop together with every record added in the same turn; records
 * added while a write runs wait for it and go out together in the one after. So outcomes that
 * settle at once share a statement, and none waits for a slow one that settles later.
 *
 * Each `add` resolves once the write that carried its record has finished, or rejects with that
 * write's error (every record of a failed write sees the same error).
 */
export function groupWrites<T>(write: (records: T[]) => Promise<unknown>): (record: T) => Promise<void> {
  interface Waiting {
    record: T;
    resolve: () => void;
    reject: (error: unknown) => void;
  }
  let waiting: Waiting[] = [];
  let busy = false;

  const drain = async () => {
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        await write(group.map((w) => w.record));
        for (const w of group) w.resolve();
      } catch (error) {
        for (const w of group) w.reject(error);
      }
    }
    busy = false;
  };

  return (record) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ record, resolve, reject });
      if (busy) return;
      busy = true;
      setImmediate(() => void drain());
    });
}
