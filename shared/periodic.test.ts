import { describe, expect, it } from "vitest";
import { startPeriodicTask } from "./periodic.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a periodic task", () => {
  it("tells a run whether a wake-up asked for it, and runs once more for wake-ups that arrive during a run", async () => {
    const runs: boolean[] = [];
    let release: () => void = () => undefined;
    const task = startPeriodicTask({
      intervalMs: 60_000,
      run: async (_isStopped, woken) => {
        runs.push(woken);
        if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
      },
      onError: () => undefined,
    });
    task.wake();
    await sleep(10);
    expect(runs).toEqual([true]);
    // Three wake-ups while the first run is in flight: one more run, and it knows it was woken.
    task.wake();
    task.wake();
    task.wake();
    release();
    await sleep(10);
    expect(runs).toEqual([true, true]);
    await task();
  });

  it("runs on its timer without a wake-up, and says so", async () => {
    const runs: boolean[] = [];
    const task = startPeriodicTask({
      intervalMs: 20,
      run: async (_isStopped, woken) => void runs.push(woken),
      onError: () => undefined,
    });
    await sleep(70);
    await task();
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.every((woken) => woken === false)).toBe(true);
  });
});
