/**
 * Retention of the event logs (shared/event-retention.ts): published outbox events and
 * consumers' processed-event records older than the window are deleted in batches; events not
 * yet published and everything younger are kept. A consumer that starts after a pruning reads
 * on from the oldest event kept.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { pruneEventLog, PRUNE_BATCH_SIZE } from "../shared/event-retention.js";
import { readOutboxPage } from "../shared/outbox.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";
import { eventually } from "./harness.js";
import { lateAnalyticsSuite } from "./support/late-analytics.js";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** `count` outbox events of `source`, occurred `ageDays` ago, published or not. */
async function addOutboxEvents(
  db: Database,
  source: string,
  count: number,
  ageDays: number,
  published: boolean,
): Promise<void> {
  await db.sql.query(
    `INSERT INTO "${source}"."outbox_events" ("id", "type", "aggregateId", "payload", "occurredAt", "publishedAt")
     SELECT gen_random_uuid(), 'retention.probe', 'probe', '{}'::jsonb,
       $1::timestamp - i * interval '1 ms', CASE WHEN $2 THEN $1::timestamp END
     FROM generate_series(1, $3::int) i`,
    [new Date(Date.now() - ageDays * DAY_MS), published, count],
  );
}

async function addProcessedRecords(db: Database, schema: string, count: number, ageDays: number): Promise<void> {
  await db.sql.query(
    `INSERT INTO "${schema}"."processed_events" ("consumer", "eventId", "processedAt")
     SELECT 'retention-probe', gen_random_uuid(), CURRENT_TIMESTAMP::timestamp - $1 * interval '1 day'
     FROM generate_series(1, $2::int)`,
    [ageDays, count],
  );
}

async function counts(
  db: Database,
  schema: string,
): Promise<{ published: number; unpublished: number; processed: number }> {
  const [outbox] = await db.sql.query<{ published: number; unpublished: number }>(
    `SELECT count(*) FILTER (WHERE "publishedAt" IS NOT NULL)::int AS "published",
            count(*) FILTER (WHERE "publishedAt" IS NULL)::int AS "unpublished"
     FROM "${schema}"."outbox_events" WHERE "type" = 'retention.probe'`,
  );
  const processed =
    schema === "analytics"
      ? 0
      : (
          await db.sql.query<{ n: number }>(
            `SELECT count(*)::int AS "n" FROM "${schema}"."processed_events" WHERE "consumer" = 'retention-probe'`,
          )
        )[0].n;
  return { ...outbox, processed };
}

describe.each(ENGINES)("pruning an event log on $name", ({ url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  it("deletes what is published and older than the window, in batches, and keeps the rest", async () => {
    const old = 2 * PRUNE_BATCH_SIZE + 17;
    await addOutboxEvents(db, "tickets", old, 8, true);
    await addOutboxEvents(db, "tickets", 3, 30, false); // never published: kept whatever its age
    await addOutboxEvents(db, "tickets", 5, 6, true);
    await addProcessedRecords(db, "tickets", PRUNE_BATCH_SIZE + 1, 8);
    await addProcessedRecords(db, "tickets", 4, 6);

    expect(await pruneEventLog(db, "tickets", WEEK_MS)).toEqual({
      outboxEvents: old,
      processedEvents: PRUNE_BATCH_SIZE + 1,
    });
    expect(await counts(db, "tickets")).toEqual({ published: 5, unpublished: 3, processed: 4 });
    // Nothing left to prune: a second pass deletes nothing.
    expect(await pruneEventLog(db, "tickets", WEEK_MS)).toEqual({ outboxEvents: 0, processedEvents: 0 });
  });

  it("prunes analytics' outbox, which has no processed-event records", async () => {
    await addOutboxEvents(db, "analytics", 3, 10, true);
    await addOutboxEvents(db, "analytics", 2, 1, true);
    expect(await pruneEventLog(db, "analytics", WEEK_MS)).toEqual({ outboxEvents: 3, processedEvents: 0 });
    expect(await counts(db, "analytics")).toEqual({ published: 2, unpublished: 0, processed: 0 });
  });

  it("records the newest event pruned, and tells a reader positioned before it what it missed", async () => {
    await addOutboxEvents(db, "knowledge", 4, 9, true);
    const oldest = await db.sql.query<{ occurredAt: Date; id: string }>(
      `SELECT "occurredAt", "id"::text AS "id" FROM "knowledge"."outbox_events" ORDER BY "occurredAt", "id"`,
    );
    const [first, , , newest] = oldest.map((e) => ({ occurredAt: new Date(e.occurredAt), id: e.id }));
    await addOutboxEvents(db, "knowledge", 2, 1, true);
    expect(await readOutboxPage(db, "knowledge", first, 10)).toMatchObject({ missedThrough: null });

    expect((await pruneEventLog(db, "knowledge", WEEK_MS)).outboxEvents).toBe(4);
    const through = { occurredAt: newest.occurredAt.toISOString(), id: newest.id };
    // Before the horizon (or from the start): told; at it: nothing missed. Both read on from the oldest kept.
    for (const after of [null, first]) {
      const page = await readOutboxPage(db, "knowledge", after, 10);
      expect(page.missedThrough).toEqual(through);
      expect(page.events).toHaveLength(2);
    }
    expect(await readOutboxPage(db, "knowledge", newest, 10)).toMatchObject({ missedThrough: null });
    // A later pruning of older rows (published late) does not move the horizon back.
    await db.sql.query(`UPDATE "knowledge"."outbox_events" SET "occurredAt" = $1::timestamp - interval '1 day'`, [
      newest.occurredAt,
    ]);
    expect((await pruneEventLog(db, "knowledge", WEEK_MS)).outboxEvents).toBe(2);
    expect((await readOutboxPage(db, "knowledge", null, 10)).missedThrough).toEqual(through);
  });

  it("stops after the batch in flight when asked", async () => {
    await addOutboxEvents(db, "chat", PRUNE_BATCH_SIZE + 10, 9, true);
    await addProcessedRecords(db, "chat", 10, 9);
    const stopped = () => true;
    expect(await pruneEventLog(db, "chat", WEEK_MS, stopped)).toEqual({
      outboxEvents: PRUNE_BATCH_SIZE,
      processedEvents: 10,
    });
    expect((await counts(db, "chat")).published).toBe(10);
  });
});

describe("a consumer starting after a pruning", () => {
  const suite = lateAnalyticsSuite();

  const createTicket = async (subject: string): Promise<string> => {
    const created = await suite.producers.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          channel: "EMAIL",
          subject,
          description: `${subject}: the dividend for last quarter has not arrived.`,
          categoryKey: "dividend_inquiries",
          language: "en",
        },
      },
      await suite.producers.token("customer"),
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createTicket.id;
  };

  const ticketEventIds = async (ticketId: string): Promise<string[]> =>
    (
      await suite.producers.db.sql.query<{ id: string }>(
        `SELECT "id"::text AS "id" FROM "tickets"."outbox_events" WHERE "aggregateId" = $1 AND "publishedAt" IS NOT NULL`,
        [ticketId],
      )
    ).map((row) => row.id);

  it("reads on from the oldest event kept", async () => {
    // Analytics is not running: its cursor stays where it was (nowhere) while events are written.
    const early = await createTicket(`Retention early ${randomUUID()}`);
    const earlyEvents = await eventually(async () => {
      const ids = await ticketEventIds(early);
      return ids.length > 0 && ids;
    });
    // The early ticket's events age past the window and are pruned.
    await suite.producers.db.sql.query(
      `UPDATE "tickets"."outbox_events" SET "occurredAt" = "occurredAt" - interval '8 days' WHERE "aggregateId" = $1`,
      [early],
    );
    const pruned = await pruneEventLog(suite.producers.db, "tickets", WEEK_MS);
    expect(pruned.outboxEvents).toBeGreaterThanOrEqual(earlyEvents.length);

    const late = await createTicket(`Retention late ${randomUUID()}`);
    const lateEvents = await eventually(async () => {
      const ids = await ticketEventIds(late);
      return ids.length > 0 && ids;
    });

    await suite.startAnalytics();

    const logged = async (ids: string[]): Promise<number> => {
      const [row] = await suite.producers.db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS "n" FROM "analytics"."events" WHERE "id" = ANY($1::uuid[])`,
        [ids],
      );
      return row.n;
    };
    await eventually(async () => (await logged(lateEvents)) === lateEvents.length, 15_000);
    expect(await logged(earlyEvents)).toBe(0);
  });

  it("derives again what a ticket's events said when they were pruned before analytics read them", async () => {
    // Analytics has read everything and backfilled every owner once; then it is down for a while.
    const marks = () => suite.producers.db.prisma.analyticsBackfillMark.count();
    await eventually(async () => (await marks()) === 3, 30_000);
    await suite.stopAnalytics();

    const unseen = await createTicket(`Retention unseen ${randomUUID()}`);
    await eventually(async () => (await ticketEventIds(unseen)).length > 0);
    // Eight days pass: the ticket's events, and the position analytics had read to, age past the window.
    await suite.producers.db.sql.query(
      `UPDATE "tickets"."outbox_events" SET "occurredAt" = "occurredAt" - interval '8 days' WHERE "aggregateId" = $1`,
      [unseen],
    );
    await suite.producers.db.sql.query(
      `UPDATE "analytics"."cursors" SET "occurredAt" = "occurredAt" - interval '8 days' WHERE "source" = 'tickets'`,
    );
    expect((await pruneEventLog(suite.producers.db, "tickets", WEEK_MS)).outboxEvents).toBeGreaterThan(0);

    // Back up, analytics is told its tickets cursor is behind the horizon and backfills again:
    // the ticket counts, from an event derived from its state.
    await suite.startAnalytics();
    const derived = await eventually(
      () =>
        suite.producers.db.prisma.analyticsEvent.findFirst({ where: { aggregateId: unseen, type: "ticket.created" } }),
      15_000,
    );
    expect(derived.payload).toMatchObject({ ticketId: unseen, backfilled: true });
    await eventually(async () => (await marks()) === 3, 30_000);
  });
});
