/**
 * Resuming a live stream of domain events after a disconnect: the client resubscribes with the
 * cursor of the last event it saw; the producer's outbox (every event it committed, in order) is
 * read from there and replayed first, then the live stream follows without the events already
 * replayed, so each arrives once and in order. The live subscription is opened before the outbox
 * is read, so nothing falls in between.
 */
import type { Database } from "./db.js";
import { badInput } from "./errors.js";
import type { SubgraphName } from "./config.js";
import { readOutbox, type DomainEvent } from "./outbox.js";
import { decodeCursor, encodeCursor } from "./pagination.js";

/** Most stored events replayed on resume; a client further behind reloads its view instead. */
export const MAX_REPLAYED_EVENTS = 500;

/** The cursor of an event: where a resumed stream continues from. */
export const eventCursor = (event: Pick<DomainEvent, "id" | "occurredAt">): string =>
  encodeCursor([new Date(event.occurredAt).toISOString(), event.id]);

/** The outbox position inside an event cursor, or BAD_USER_INPUT naming `after`. */
export function positionOfCursor(cursor: string): { occurredAt: Date; id: string } {
  let parts: readonly (string | number)[];
  try {
    parts = decodeCursor(cursor);
  } catch {
    throw badInput("after must be an event cursor (the `cursor` of an event this stream sent)", { field: "after" });
  }
  const [at, id] = parts;
  const occurredAt = new Date(String(at));
  if (Number.isNaN(occurredAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(String(id))) {
    throw badInput("after must be an event cursor (the `cursor` of an event this stream sent)", { field: "after" });
  }
  return { occurredAt, id: String(id) };
}

/**
 * `live` preceded by the producer's stored events after `after` that `accept` lets through
 * (up to MAX_REPLAYED_EVENTS); live events already replayed are skipped.
 */
export async function* resumeFromOutbox(
  db: Database,
  source: SubgraphName,
  after: { occurredAt: Date; id: string },
  accept: (event: DomainEvent) => boolean,
  live: AsyncIterator<DomainEvent>,
): AsyncGenerator<DomainEvent> {
  const replayed = new Set<string>();
  let position = after;
  let budget = MAX_REPLAYED_EVENTS;
  while (budget > 0) {
    const page = await readOutbox(db, source, position, Math.min(budget, 100));
    if (!page.length) break;
    for (const event of page) {
      budget--;
      replayed.add(event.id);
      if (accept(event)) yield event;
    }
    const last = page[page.length - 1];
    position = { occurredAt: new Date(last.occurredAt), id: last.id };
  }
  for (;;) {
    const result = await live.next();
    if (result.done) return;
    if (replayed.has(result.value.id)) continue;
    yield result.value;
  }
}
