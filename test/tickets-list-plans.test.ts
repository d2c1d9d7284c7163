/**
 * A page of the ticket list (newest first, keyset on ("createdAt", "id")) reads the rows it
 * returns, not every ticket: checked on the plans PostgreSQL and PGlite run with 5,000 tickets,
 * for the first page and the next.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { matchingTickets } from "../subgraphs/tickets/search.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";
import { rowsReadBy } from "./support/query-plans.js";

describe.each(ENGINES)("a page of the ticket list on $name", ({ url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  const page = (beyond: [string, string] | null) =>
    rowsReadBy(db, { schema: "tickets", relation: "tickets" }, () =>
      matchingTickets(db.sql, {
        filter: {},
        audience: "staff",
        page: { beyond, inverted: false, limit: 21 },
        columns: ["id", "createdAt"],
      }),
    );

  it("reads only the tickets of the page, newest first", async () => {
    await db.sql.query(
      `INSERT INTO "tickets"."tickets" ("id", "subject", "description", "channel", "priority", "language", "customerId",
         "createdAt", "updatedAt")
       SELECT gen_random_uuid(), 'Dividend not received', 'My quarterly dividend has not arrived yet.', 'EMAIL', 'MEDIUM', 'en',
         $1::uuid, now() - i * interval '1 min', now()
       FROM generate_series(1, 5000) i`,
      [randomUUID()],
    );
    await db.sql.exec(`ANALYZE "tickets"."tickets"`);

    const first = await page(null);
    expect(first.result).toHaveLength(21);
    expect(first.rows).toBe(21);

    const last = first.result[19] as { id: string; createdAt: Date };
    const next = await page([new Date(last.createdAt).toISOString(), last.id]);
    expect(next.result[0]).toEqual(first.result[20]);
    expect(next.rows).toBe(21);
  });
});
