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
import { readOutboxPage, type DomainEvent } from "./outbox.js";
import { decodeCursor, encodeCursor } from "./pagination.js";

/** Most events a resumed stream replays; a client further behind is told to reload its view instead. */
export const MAX_REPLAYED_EVENTS = 500;
/** Most stored events (the stream's and others') read to find them: what one resume may cost. */
export const MAX_EVENTS_READ_ON_RESUME = 5000;
const RESUME_PAGE = 500;

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

/** The refusal of a cursor the outbox can no longer fully replay from. */
const tooFarBehind = (why: string) =>
  badInput(
    `after is too far behind to resume from (${why}): reload what this stream shows and subscribe without after`,
    { field: "after" },
  );

/**
 * The producer's stored events after `after` that `accept` lets through, read whole before any is
 * sent: every one since the cursor, or a refusal (BAD_USER_INPUT naming `after`) when they cannot
 * all be sent — more than MAX_REPLAYED_EVENTS of them, more than MAX_EVENTS_READ_ON_RESUME stored
 * since, or some already pruned by the retention (event-retention.ts). A client never resumes
 * with a hole it cannot see.
 */
async function eventsToReplay(
  db: Database,
  source: SubgraphName,
  after: { occurredAt: Date; id: string },
  accept: (event: DomainEvent) => boolean,
): Promise<DomainEvent[]> {
  const wanted: DomainEvent[] = [];
  let position = after;
  let read = 0;
  for (;;) {
    const page = await readOutboxPage(db, source, position, RESUME_PAGE);
    if (page.missedThrough) throw tooFarBehind("events after it are no longer kept");
    if (!page.events.length) return wanted;
    read += page.events.length;
    wanted.push(...page.events.filter(accept));
    if (wanted.length > MAX_REPLAYED_EVENTS) throw tooFarBehind(`more than ${MAX_REPLAYED_EVENTS} events to replay`);
    if (read > MAX_EVENTS_READ_ON_RESUME)
      throw tooFarBehind(`more than ${MAX_EVENTS_READ_ON_RESUME} events stored since`);
    const last = page.events[page.events.length - 1];
    position = { occurredAt: new Date(last.occurredAt), id: last.id };
  }
}

/**
 * `live` preceded by the producer's stored events after `after` that `accept` lets through
 * (eventsToReplay); live events already replayed are skipped.
 */
export async function* resumeFromOutbox(
  db: Database,
  source: SubgraphName,
  after: { occurredAt: Date; id: string },
  accept: (event: DomainEvent) => boolean,
  live: AsyncIterator<DomainEvent>,
): AsyncGenerator<DomainEvent> {
  const replay = await eventsToReplay(db, source, after, accept);
  const replayed = new Set(replay.map((event) => event.id));
  yield* replay;
  for (;;) {
    const result = await live.next();
    if (result.done) return;
    if (replayed.has(result.value.id)) continue;
    yield result.value;
  }
}
