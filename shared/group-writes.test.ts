import { describe, expect, it } from "vitest";
import { groupWrites } from "./group-writes.js";

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("groupWrites", () => {
  it("writes the records added in one turn together, and those added during a write in the next", async () => {
    const writes: number[][] = [];
    let release!: () => void;
    const add = groupWrites<number>(async (records) => {
      writes.push(records);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = [add(1), add(2), add(3)];
    await settle();
    expect(writes).toEqual([[1, 2, 3]]);
    // The first write is still running: these wait and go out together after it.
    const later = [add(4), add(5)];
    await settle();
    expect(writes).toHaveLength(1);
    release();
    await Promise.all([...first, ...later]);
    expect(writes).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    // Idle again: the next record is written on its own, at once.
    await add(6);
    expect(writes.at(-1)).toEqual([6]);
  });

  it("rejects every record of a failed write with its error, and goes on with the next", async () => {
    let fail = true;
    const written: string[] = [];
    const add = groupWrites<string>(async (records) => {
      if (fail) throw new Error("database down");
      written.push(...records);
    });
    const failed = await Promise.allSettled([add("a"), add("b")]);
    expect(failed.map((r) => r.status === "rejected" && (r.reason as Error).message)).toEqual([
      "database down",
      "database down",
    ]);
    fail = false;
    await add("c");
    expect(written).toEqual(["c"]);
  });
});
