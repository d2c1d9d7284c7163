/**
 * Consuming other subgraphs' domain events ("facts travel as events"). A consumer gets each
 * event live from the bus and, after downtime, by reading the producers' outboxes from its
 * stored cursor. Handling is idempotent: the handler runs in a transaction that also records
 * the event id in `<schema>.processed_events`, so an event delivered twice is applied once.
 */
import type { SubgraphName } from "./config.js";
import type { SubgraphServices } from "./context.js";
import type { Prisma } from "../generated/prisma/client.js";
import { UUID_PATTERN } from "./ids.js";
import { EVENTS_TOPIC, followOutbox, type DomainEvent } from "./outbox.js";
import { combineWrites, runCombined, sqlPart, type SqlPart } from "./sql-part.js";

export type TransactionClient = Prisma.TransactionClient;

export interface EventConsumerOptions {
  /** Subgraph whose schema keeps the bookkeeping tables. */
  owner: Exclude<SubgraphName, "analytics">;
  /** Stable consumer name (part of the idempotency key). */
  name: string;
  /** Event types to handle (others are ignored). */
  types: readonly string[];
  /** Producers to catch up from. */
  sources: readonly SubgraphName[];
  /**
   * Payload only: true when the event asks nothing of this consumer whatever the data (a chat's
   * assignment, to the consumer of ticket assignments). It is dropped before any statement.
   */
  ignores?: (event: DomainEvent) => boolean;
  /**
   * Whether handling the event would change nothing now, usually because the request that caused
   * it applied it already: true or false from the payload alone, or a query (a statement part)
   * that returns a row exactly when it is applied. An applied event is recorded as processed by
   * the same statement as the query — no transaction — exactly as the handler would have left
   * things, so a later redelivery is still skipped by its id.
   */
  alreadyApplied?: (event: DomainEvent) => boolean | SqlPart;
  /** Applies the event inside the transaction that marks it processed. */
  handle: (event: DomainEvent, tx: TransactionClient) => Promise<void>;
  /**
   * Runs when events of `source` this consumer had not read were pruned from its outbox (after a
   * warning is logged): rebuild what they said another way. A failure is retried with the next
   * catch-up pass, which is told again.
   */
  onMissed?: (source: SubgraphName) => Promise<void>;
  /** Runs after the transaction committed (publish live updates, call other services). */
  afterCommit?: (event: DomainEvent) => Promise<void>;
  catchUpIntervalMs?: number;
}

/** An agents `assignment.created` event for this kind of item, naming the item and the agent by id. */
export function isAssignmentOf(kind: "TICKET" | "CHAT", event: DomainEvent): boolean {
  const { kind: itemKind, itemId, agentId } = event.payload as { kind?: unknown; itemId?: unknown; agentId?: unknown };
  const isId = (value: unknown) => typeof value === "string" && UUID_PATTERN.test(value);
  return itemKind === kind && isId(itemId) && isId(agentId);
}

export interface EventConsumer {
  /** Handles one event (idempotent); true when it was handled now (not before, not a no-op). */
  process(event: DomainEvent): Promise<boolean>;
  catchUp(): Promise<number>;
  stop(): Promise<void>;
}

export function startEventConsumer(services: SubgraphServices, options: EventConsumerOptions): EventConsumer {
  const { db, logger } = services;
  const schema = options.owner;
  const wanted = new Set(options.types);

  const markProcessed = `INSERT INTO "${schema}"."processed_events" ("consumer", "eventId") VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING`;
  const relevant = (event: DomainEvent): boolean => wanted.has(event.type) && !options.ignores?.(event);

  const recordIfApplied = `INSERT INTO "${schema}"."processed_events" ("consumer", "eventId")
    SELECT $1, $2::uuid WHERE EXISTS (SELECT 1 FROM applied) ON CONFLICT DO NOTHING`;

  /** The events whose ids this consumer has not recorded as processed, in their order. */
  const notYetProcessed = async (events: DomainEvent[]): Promise<DomainEvent[]> => {
    if (events.length === 0) return events;
    const rows = await db.sql.query<{ eventId: string }>(
      `SELECT "eventId" FROM "${schema}"."processed_events" WHERE "consumer" = $1 AND "eventId" = ANY($2::uuid[])`,
      [options.name, events.map((event) => event.id)],
      { prepare: true },
    );
    const processed = new Set(rows.map((row) => row.eventId));
    return events.filter((event) => !processed.has(event.id));
  };

  /** True when the event was already applied — and is now recorded as processed. */
  const settledAsApplied = async (event: DomainEvent): Promise<boolean> => {
    const check = options.alreadyApplied?.(event) ?? false;
    if (check === false) return false;
    if (check === true) {
      await db.sql.query(markProcessed, [options.name, event.id], { prepare: true });
      return true;
    }
    const statement = combineWrites(
      [{ name: "applied", ...check }, sqlPart(recordIfApplied, [options.name, event.id])],
      sqlPart(`SELECT EXISTS (SELECT 1 FROM applied) AS "applied"`),
    );
    const [row] = await runCombined<{ applied: boolean }>(db.sql, statement);
    return row.applied;
  };

  const process = async (event: DomainEvent): Promise<boolean> => {
    if (!relevant(event)) return false;
    if (await settledAsApplied(event)) return false;
    const fresh = await db.prisma.$transaction(async (tx) => {
      const inserted = await tx.$executeRawUnsafe(markProcessed, options.name, event.id);
      if (inserted === 0) return false;
      await options.handle(event, tx);
      return true;
    });
    if (fresh) await options.afterCommit?.(event);
    return fresh;
  };

  const catchUpSource = (source: SubgraphName): Promise<number> =>
    followOutbox({
      reader: options.name,
      source,
      logger,
      load: async () => {
        const [cursor] = await db.sql.query<{ occurredAt: Date; eventId: string }>(
          `SELECT "occurredAt", "eventId" FROM "${schema}"."consumer_cursors" WHERE "consumer" = $1 AND "source" = $2`,
          [options.name, source],
        );
        return cursor ? { occurredAt: new Date(cursor.occurredAt).toISOString(), id: cursor.eventId } : null;
      },
      fetchPage: (after) => services.internal.readOutbox(source, after),
      missed: async () => options.onMissed?.(source),
      handle: async (events) => {
        // Most of a page was handled live already: one read finds those, instead of a
        // transaction per event that only finds its id recorded.
        const unseen = await notYetProcessed(events.filter(relevant));
        let handled = 0;
        for (const event of unseen) if (await process(event)) handled++;
        return handled;
      },
      save: async (position) => {
        await db.sql.query(
          `INSERT INTO "${schema}"."consumer_cursors" ("consumer", "source", "occurredAt", "eventId") VALUES ($1, $2, $3, $4::uuid)
           ON CONFLICT ("consumer", "source") DO UPDATE SET "occurredAt" = EXCLUDED."occurredAt", "eventId" = EXCLUDED."eventId"`,
          [options.name, source, new Date(position.occurredAt), position.id],
        );
      },
    });

  let catchingUp: Promise<number> | null = null;
  const catchUp = (): Promise<number> => {
    catchingUp ??= (async () => {
      let total = 0;
      for (const source of options.sources) {
        try {
          total += await catchUpSource(source);
        } catch (error) {
          logger.warn("event catch-up failed; will retry", {
            consumer: options.name,
            source,
            error: (error as Error).message,
          });
        }
      }
      return total;
    })().finally(() => {
      catchingUp = null;
    });
    return catchingUp;
  };

  const live = services.pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
  const loop = (async () => {
    for await (const event of live) {
      if (!relevant(event)) continue;
      try {
        await process(event);
      } catch (error) {
        // Not lost: the next catch-up pass reads it from the producer's outbox.
        logger.warn("event handling failed", {
          consumer: options.name,
          eventId: event.id,
          type: event.type,
          error: (error as Error).message,
        });
      }
    }
  })();
  const timer = setInterval(() => void catchUp(), options.catchUpIntervalMs ?? 15_000);
  timer.unref();
  const first = catchUp();

  return {
    process,
    catchUp,
    async stop() {
      clearInterval(timer);
      await first.catch(() => 0);
      await catchingUp?.catch(() => 0);
      await live.return?.();
      await loop;
    },
  };
}
