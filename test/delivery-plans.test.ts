/**
 * Recording delivery outcomes reads only the deliveries it updates, however many were ever made:
 * checked on the plan PostgreSQL and PGlite run with 5,000 deliveries in the table.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { RECORD_OUTCOMES_SQL } from "../subgraphs/tickets/notifications/delivery.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";
import { explainAnalyzed, rowsScanned } from "./support/query-plans.js";

describe.each(ENGINES)("recording delivery outcomes on $name", ({ url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  it("reads the deliveries it records by key, not the table", async () => {
    await db.sql.exec(`
      INSERT INTO "tickets"."deliveries" ("id", "channel", "target", "body", "status", "nextAttemptAt")
        SELECT gen_random_uuid(), 'EMAIL', 'customer@example.com', 'Your ticket was updated', 'DELIVERED', now() - i * interval '1 s'
        FROM generate_series(1, 5000) i;
      ANALYZE "tickets"."deliveries";`);
    const sending = [randomUUID(), randomUUID()];
    await db.sql.query(
      `INSERT INTO "tickets"."deliveries" ("id", "channel", "target", "body", "status", "attempts")
       SELECT id, 'EMAIL', 'customer@example.com', 'Your ticket was updated', 'SENDING', 1 FROM unnest($1::uuid[]) id`,
      [sending],
    );
    const outcomes = [
      { id: sending[0], status: "DELIVERED", lastError: null, deliveredAt: new Date().toISOString() },
      { id: sending[1], status: "PENDING", lastError: "relay refused", nextAttemptAt: new Date().toISOString() },
    ];
    const nodes = await explainAnalyzed(db, RECORD_OUTCOMES_SQL, [JSON.stringify(outcomes)]);
    expect(rowsScanned(nodes, "deliveries")).toBe(2);

    await db.sql.query(RECORD_OUTCOMES_SQL, [JSON.stringify(outcomes)]);
    const rows = await db.sql.query<{ id: string; status: string; lastError: string | null; delivered: boolean }>(
      `SELECT "id"::text AS "id", "status", "lastError", "deliveredAt" IS NOT NULL AS "delivered"
       FROM "tickets"."deliveries" WHERE "id" = ANY($1::uuid[]) ORDER BY "status"`,
      [sending],
    );
    expect(rows).toEqual([
      { id: sending[0], status: "DELIVERED", lastError: null, delivered: true },
      { id: sending[1], status: "PENDING", lastError: "relay refused", delivered: false },
    ]);
  });
});
