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
import { explainAnalyzed, rowsScanned } from "./support/query-plans.js";
import { recordStatements } from "./support/sql-statements.js";

describe.each(ENGINES)("a page of the ticket list on $name", ({ url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  /** The statement a page runs, as recorded on the driver, with its rows. */
  const pageStatement = async (beyond: [string, string] | null) => {
    const recorder = recordStatements();
    try {
      const rows = await matchingTickets(db.sql, {
        filter: {},
        audience: "staff",
        page: { beyond, inverted: false, limit: 21 },
        columns: ["id", "createdAt"],
      });
      const [call] = recorder.calls.filter((c) => c.sql.includes(`FROM "tickets"."tickets" d`));
      return { rows, call };
    } finally {
      recorder.restore();
    }
  };

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

    const first = await pageStatement(null);
    expect(first.rows).toHaveLength(21);
    expect(rowsScanned(await explainAnalyzed(db, first.call.sql, [...first.call.params]), "tickets")).toBe(21);

    const last = first.rows[19] as { id: string; createdAt: Date };
    const next = await pageStatement([new Date(last.createdAt).toISOString(), last.id]);
    expect(next.rows[0]).toEqual(first.rows[20]);
    expect(rowsScanned(await explainAnalyzed(db, next.call.sql, [...next.call.params]), "tickets")).toBe(21);
  });
});
