/**
 * A page of the staff's chat list (newest first, keyset on ("createdAt", "id")) reads the rows it
 * returns, not every chat nor the pages before it: checked on the plans PostgreSQL and PGlite run
 * with 5,000 chats, for the first page and the eleventh.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { filteredChats } from "../subgraphs/chat/chat-lists.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";
import { rowsReadBy } from "./support/query-plans.js";

describe.each(ENGINES)("a page of the chat list on $name", ({ url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  const page = (after: string | null) =>
    rowsReadBy(db, { schema: "chat", relation: "sessions" }, () => filteredChats(db, { first: 20, after }, {}));

  it("reads only the chats of the page, newest first", async () => {
    await db.sql.query(
      `INSERT INTO "chat"."sessions" ("id", "customerId", "status", "language", "createdAt", "lastMessageAt", "endedAt")
       SELECT gen_random_uuid(), $1::uuid, 'RESOLVED', 'en', now() - i * interval '1 min', now() - i * interval '1 min', now()
       FROM generate_series(1, 5000) i`,
      [randomUUID()],
    );
    await db.sql.exec(`ANALYZE "chat"."sessions"`);

    const first = await page(null);
    expect(first.result.edges).toHaveLength(20);
    expect(first.rows).toBeLessThanOrEqual(21);

    // Ten pages in, a page still reads its own rows, not the nine before it.
    let previous = first.result;
    let deep = first;
    for (let i = 0; i < 10; i++) {
      deep = await page(previous.pageInfo.endCursor ?? null);
      expect(deep.result.edges).toHaveLength(20);
      expect(deep.result.edges[0].node.createdAt.getTime()).toBeLessThan(previous.edges[19].node.createdAt.getTime());
      previous = deep.result;
    }
    // Its 20 rows, the one that says whether there is a next page, and the cursor's own row.
    expect(deep.rows).toBeLessThanOrEqual(22);
  });
});
