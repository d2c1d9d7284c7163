import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pacedSignal } from "./paced-signal.js";

describe("pacedSignal", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends the first signal at once and a burst after it once, at the end of the interval", () => {
    const sent: number[] = [];
    const signal = pacedSignal(() => sent.push(Date.now()), 250);
    const start = Date.now();
    signal();
    expect(sent).toEqual([start]);
    for (let i = 0; i < 100; i++) {
      vi.advanceTimersByTime(1);
      signal();
    }
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(150);
    expect(sent).toEqual([start, start + 250]);
    // Nothing changed since: nothing more is sent.
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });

  it("sends at once again after a quiet interval", () => {
    const sent: number[] = [];
    const signal = pacedSignal(() => sent.push(Date.now()), 250);
    const start = Date.now();
    signal();
    vi.advanceTimersByTime(400);
    signal();
    expect(sent).toEqual([start, start + 400]);
  });

  it("follows the last change of a burst with a send, however long the burst", () => {
    const sent: number[] = [];
    const signal = pacedSignal(() => sent.push(Date.now()), 100);
    const start = Date.now();
    for (let t = 0; t < 1000; t += 10) {
      signal();
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(100);
    // One send per interval while it lasts, the last after the burst's last change (at 990 ms).
    expect(sent.length).toBeLessThanOrEqual(11);
    expect(sent.at(-1)).toBeGreaterThanOrEqual(start + 990);
    expect(sent.every((at, i) => i === 0 || at - sent[i - 1] >= 100)).toBe(true);
  });

  it("drops a pending send when cancelled", () => {
    const sent: number[] = [];
    const signal = pacedSignal(() => sent.push(Date.now()), 250);
    signal();
    signal();
    signal.cancel();
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
  });
});
