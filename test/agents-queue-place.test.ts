/**
 * A queued item's place is the count of its kind's items queued ahead of it: every one of them
 * is read, so the statement that queues an item (its `assignment.queued` event and the answer's
 * position) counts them once, and from the index of waiting items in queue order, never from
 * the table. Checked on the plan PostgreSQL and PGlite choose with a backlog of 2,000 chats. Only
 * chats' places are counted as they are queued (a waiting customer is told theirs); a ticket's is
 * counted when asked (test/agents-routing.test.ts).
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { QUEUED_EVENT_SQL, QUEUE_WHEN_NOBODY_HAS_ROOM_SQL } from "../subgraphs/agents/assignment.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";
import { explained, planNodes } from "./support/query-plans.js";

describe.each(ENGINES)("a queued item's place on $name", ({ url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  it("is counted once per queued item, from the queue-order index", async () => {
    // A backlog: waiting tickets and chats, and tickets already assigned.
    await db.sql.exec(`
      INSERT INTO "agents"."work_items" ("id", "kind", "itemId", "language", "languageKey", "priorityRank", "status", "queuedAt", "updatedAt")
        SELECT gen_random_uuid(), 'CHAT', gen_random_uuid(), 'en', 'en', i % 4, 'QUEUED', now() - i * interval '1 ms', now()
        FROM generate_series(1, 2000) i;
      INSERT INTO "agents"."work_items" ("id", "kind", "itemId", "language", "languageKey", "priorityRank", "status", "queuedAt", "updatedAt")
        SELECT gen_random_uuid(), 'TICKET', gen_random_uuid(), 'en', 'en', i % 4, 'QUEUED', now() - i * interval '1 ms', now()
        FROM generate_series(1, 200) i;
      INSERT INTO "agents"."work_items" ("id", "kind", "itemId", "language", "languageKey", "priorityRank", "status", "agentId", "queuedAt", "assignedAt", "updatedAt")
        SELECT gen_random_uuid(), 'CHAT', gen_random_uuid(), 'en', 'en', i % 4, 'ASSIGNED', gen_random_uuid(), now() - i * interval '1 ms', now(), now()
        FROM generate_series(1, 3000) i;
      ANALYZE "agents"."work_items";`);
    const plan = await explained(db, QUEUED_EVENT_SQL, ["CHAT", randomUUID(), 2, new Date().toISOString(), "[]"]);
    const workItemScans = plan
      .filter((node) => node["Relation Name"] === "work_items")
      .map((scan) =>
        planNodes(scan)
          .map((node) => node["Index Name"])
          .filter(Boolean)
          .join(" "),
      );
    // Two reads of the table: the queue count (index-only, or through a bitmap of the same index
    // while the table's pages are not yet all visible) and the latest assignments of the estimate.
    expect(workItemScans.sort()).toEqual(["work_items_kind_assignedAt_idx", "work_items_queue_order_idx"]);
  });

  it("is counted from the same index when a new item is queued for want of room", async () => {
    const now = new Date().toISOString();
    const plan = await explained(db, QUEUE_WHEN_NOBODY_HAS_ROOM_SQL, [
      randomUUID(),
      "CHAT",
      randomUUID(),
      null,
      "en",
      "en",
      "MEDIUM",
      2,
      null,
      [],
      now,
      "[]",
      20,
    ]);
    const indexes = plan.map((node) => node["Index Name"]).filter(Boolean);
    // The count ahead, the agents' workloads (by agent) and the recent waits: each from its index.
    expect(indexes).toEqual(
      expect.arrayContaining([
        "work_items_queue_order_idx",
        "work_items_agentId_status_kind_idx",
        "work_items_kind_assignedAt_idx",
      ]),
    );
    expect(plan.filter((node) => node["Node Type"] === "Seq Scan" && node["Relation Name"] === "work_items")).toEqual(
      [],
    );
  });
});
