/**
 * An agent's workload (their ASSIGNED tickets and chats, counted on every routing) is read from
 * the agent's own work items, even when the statistics were gathered while nothing was assigned
 * (a bulk import of closed history, a quiet night): checked on the plans PostgreSQL and PGlite
 * run with 20,000 finished items, then twelve agents with twenty assigned tickets each.
 */
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { onDriver } from "../shared/sql-part.js";
import { loadProfiles } from "../subgraphs/agents/assignment.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";
import { rowsReadBy } from "./support/query-plans.js";

describe.each(ENGINES)("an agent's workload on $name", ({ url }) => {
  let db: Database;
  ownMigratedDatabase(url, 2, (opened) => (db = opened));

  it("is counted from the agent's own assigned items", async () => {
    await db.sql.exec(`
      INSERT INTO "agents"."agents" ("id", "email", "displayName", "status", "escalationTiers", "updatedAt")
        SELECT gen_random_uuid(), 'agent' || i || '@example.com', 'Agent ' || i, 'ONLINE', '{}', now()
        FROM generate_series(1, 12) i;
      INSERT INTO "agents"."work_items" ("id", "kind", "itemId", "language", "languageKey", "status", "agentId", "queuedAt", "assignedAt", "doneAt", "updatedAt")
        SELECT gen_random_uuid(), 'TICKET', gen_random_uuid(), 'en', 'en', 'DONE', a."id", now() - interval '30 days', now() - interval '30 days', now() - interval '29 days', now()
        FROM "agents"."agents" a, generate_series(1, 1700);
      ANALYZE "agents"."work_items";
      INSERT INTO "agents"."work_items" ("id", "kind", "itemId", "language", "languageKey", "status", "agentId", "queuedAt", "assignedAt", "updatedAt")
        SELECT gen_random_uuid(), 'TICKET', gen_random_uuid(), 'en', 'en', 'ASSIGNED', a."id", now(), now(), now()
        FROM "agents"."agents" a, generate_series(1, 20);`);

    const { result: profiles, rows } = await rowsReadBy(db, { schema: "agents", relation: "work_items" }, () =>
      loadProfiles(onDriver(db.sql), { statuses: ["ONLINE", "AWAY"] }),
    );
    expect(profiles.map((p) => p.activeTickets)).toEqual(Array(12).fill(20));
    // Each agent's twenty tickets (and no chats), not every assigned item once per agent (2,880).
    expect(rows).toBeLessThanOrEqual(12 * 20);
  });
});
