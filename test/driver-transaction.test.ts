/**
 * `Database.transaction`: a transaction on the driver commits what its work wrote, rolls all of it
 * back when the work throws (rethrowing the work's own error), leaves its connection usable, and
 * never takes in a statement issued from outside it — on PostgreSQL and on the embedded PGlite,
 * whose single connection makes the last one matter.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import type { Database } from "../shared/db.js";
import { ENGINES, openOwnDatabase } from "./support/engines.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ENGINES)("a transaction on the driver on $name", ({ url }) => {
  let db: Database;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ db, close } = await openOwnDatabase(url, 1));
    await db.sql.exec(`CREATE TABLE "notes" ("name" text PRIMARY KEY)`);
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  const names = async () =>
    (await db.sql.query<{ name: string }>(`SELECT "name" FROM "notes" ORDER BY "name"`)).map((r) => r.name);
  const note = (name: string) => db.sql.query(`INSERT INTO "notes" ("name") VALUES ($1)`, [name]);

  it("commits what its work wrote and returns the work's answer", async () => {
    const answer = await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO "notes" ("name") VALUES ($1), ($2)`, ["a1", "a2"]);
      const [row] = await tx.query<{ count: number }>(`SELECT count(*)::int AS "count" FROM "notes"`);
      return row.count;
    });
    expect(answer).toBe(2);
    expect(await names()).toEqual(["a1", "a2"]);
  });

  it("writes nothing when its work throws, rethrows that error, and leaves the connection usable", async () => {
    const refusal = new GraphQLError("refused", { extensions: { code: "CONFLICT" } });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO "notes" ("name") VALUES ($1)`, ["b1"]);
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    // A failed statement aborts the transaction: it is rolled back as well.
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO "notes" ("name") VALUES ($1)`, ["b2"]);
        await tx.query(`INSERT INTO "notes" ("name") VALUES ($1)`, ["a1"]);
      }),
    ).rejects.toMatchObject({ code: "23505" });
    expect(await names()).toEqual(["a1", "a2"]);
    expect(await db.transaction((tx) => tx.query(`SELECT 1 AS "one"`))).toEqual([{ one: 1 }]);
  });

  it("never takes in a statement issued from outside while it is open", async () => {
    let outside: Promise<unknown> | undefined;
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO "notes" ("name") VALUES ($1)`, ["c-inside"]);
        outside = note("c-outside");
        await sleep(50);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await outside;
    // The outside write is its own: the rollback did not take it away.
    expect(await names()).toEqual(["a1", "a2", "c-outside"]);
  });
});
