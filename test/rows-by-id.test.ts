/**
 * The hot loaders' rows by id (`rowsById`): whole rows as Prisma's client returns them, for one
 * id and for a batch, ids that are not UUIDs matching nothing — on PostgreSQL and on the embedded
 * PGlite. On PostgreSQL, a one-id load is a statement the server plans a few times and then
 * never again (its generic plan), where `= ANY($1)` would be planned on every execution.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../shared/db.js";
import { rowsById } from "../shared/rows-by-id.js";
import { Prisma, type ChatSession } from "../generated/prisma/client.js";
import { ENGINES, ownMigratedDatabase } from "./support/engines.js";

const sessionsById = rowsById<ChatSession>(`"chat"."sessions"`, Prisma.ChatSessionScalarFieldEnum);

describe.each(ENGINES)("rows by id on $name", ({ name, url }) => {
  let db: Database;
  // One connection: the prepared statements the test looks at are all on it.
  ownMigratedDatabase(url, 1, (opened) => (db = opened));

  const newChat = (topic: string) =>
    db.prisma.chatSession.create({ data: { customerId: randomUUID(), status: "ACTIVE", topic } });

  it("reads one row, and a batch, as the client reads them; non-UUIDs and unknown ids match nothing", async () => {
    const [first, second] = [await newChat("first"), await newChat("second")];
    const load = sessionsById(db.sql);

    expect(await load([first.id])).toEqual([
      await db.prisma.chatSession.findUniqueOrThrow({ where: { id: first.id } }),
    ]);
    const batch = await load([second.id, "not-a-uuid", first.id, randomUUID()]);
    expect(batch.sort((a, b) => a.topic!.localeCompare(b.topic!))).toEqual(
      await db.prisma.chatSession.findMany({ where: { id: { in: [first.id, second.id] } }, orderBy: { topic: "asc" } }),
    );
    expect(await load(["not-a-uuid"])).toEqual([]);
    expect(await load([randomUUID()])).toEqual([]);
    expect(await load([])).toEqual([]);
  });

  it.runIf(name === "PostgreSQL")("plans a one-id load a few times, then reuses its generic plan", async () => {
    const chat = await newChat("planned");
    const load = sessionsById(db.sql);
    for (let i = 0; i < 10; i++) expect((await load([chat.id]))[0]?.id).toBe(chat.id);
    const statements = await db.sql.query<{ statement: string; generic_plans: string; custom_plans: string }>(
      `SELECT statement, generic_plans::text, custom_plans::text FROM pg_prepared_statements
        WHERE statement LIKE '%FROM "chat"."sessions" r WHERE r."id" = $1::uuid'`,
    );
    expect(statements).toHaveLength(1);
    // PostgreSQL tries five custom plans before it compares them with the generic one.
    expect(Number(statements[0].custom_plans)).toBeLessThanOrEqual(5);
    expect(Number(statements[0].generic_plans)).toBeGreaterThanOrEqual(5);
  });
});
