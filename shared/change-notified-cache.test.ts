import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeNotifiedCache } from "./change-notified-cache.js";
import { openDatabase, type Database } from "./db.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two processes' connections to one database (PostgreSQL), or one embedded database. */
const url = process.env.DATABASE_URL;
let here: Database;
let elsewhere: Database | null = null;

beforeAll(async () => {
  here = await openDatabase({ databaseUrl: url, poolSize: 2 });
  if (url) elsewhere = await openDatabase({ databaseUrl: url, poolSize: 2 });
});
afterAll(async () => {
  await here?.close();
  await elsewhere?.close();
});

/** A reader that counts its reads and answers the current `version`. */
function counter() {
  const state = { reads: 0, version: 1 };
  return { state, read: async () => (state.reads++, state.version) };
}

/** Calls `get` until the cache keeps the value (its LISTEN is in place). */
async function untilKept(get: () => Promise<unknown>, reads: () => number) {
  for (let i = 0; i < 100; i++) {
    await get();
    const before = reads();
    await get();
    if (reads() === before) return;
    await sleep(20);
  }
  throw new Error("the cache never kept a value");
}

describe("a change-notified cache", () => {
  it("keeps a value once listening, and forgets it at once when this process changes it", async () => {
    const cache = changeNotifiedCache<number>(`test_cache_${randomUUID().slice(0, 8)}`);
    const { state, read } = counter();
    await untilKept(
      () => cache.get(here, read),
      () => state.reads,
    );
    const reads = state.reads;
    expect(await cache.get(here, read)).toBe(1);
    expect(await cache.get(here, read)).toBe(1);
    expect(state.reads).toBe(reads);

    state.version = 2;
    await cache.changed(here);
    expect(await cache.get(here, read)).toBe(2);
    expect(state.reads).toBe(reads + 1);
  });

  it.runIf(url)("forgets another process's copy when the change's NOTIFY arrives", async () => {
    const cache = changeNotifiedCache<number>(`test_cache_${randomUUID().slice(0, 8)}`);
    const theirs = counter();
    await untilKept(
      () => cache.get(elsewhere!, theirs.read),
      () => theirs.state.reads,
    );
    expect(await cache.get(elsewhere!, theirs.read)).toBe(1);

    theirs.state.version = 2;
    await cache.changed(here);
    let seen = 1;
    for (let i = 0; i < 100 && seen !== 2; i++) {
      await sleep(20);
      seen = await cache.get(elsewhere!, theirs.read);
    }
    expect(seen).toBe(2);
  });

  it("reads again after its time to live, and never keeps a failed read", async () => {
    const cache = changeNotifiedCache<number>(`test_cache_${randomUUID().slice(0, 8)}`, 100);
    const { state, read } = counter();
    await untilKept(
      () => cache.get(here, read),
      () => state.reads,
    );
    state.version = 2;
    expect(await cache.get(here, read)).toBe(1);
    await sleep(150);
    expect(await cache.get(here, read)).toBe(2);

    await cache.changed(here);
    await expect(cache.get(here, () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get(here, read)).toBe(2);
  });
});
