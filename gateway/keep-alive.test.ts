import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KEEP_ALIVE_SLICES, keepSocketsAlive, type PingableSocket } from "./keep-alive.js";

class FakeSocket implements PingableSocket {
  readonly OPEN = 1;
  readyState = 1;
  pings: number[] = [];
  terminated = false;
  ping() {
    this.pings.push(Date.now());
  }
  terminate() {
    this.terminated = true;
    this.readyState = 3;
  }
}

const INTERVAL = 12_000;
const SLICE = INTERVAL / KEEP_ALIVE_SLICES;

describe("keepSocketsAlive", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("pings every socket once per interval, a slice of them at a time", () => {
    const sockets = new Set(Array.from({ length: 1000 }, () => new FakeSocket()));
    const keepAlive = keepSocketsAlive(sockets, INTERVAL);
    const pingsPerSlice: number[] = [];
    let before = 0;
    for (let i = 0; i < KEEP_ALIVE_SLICES; i++) {
      vi.advanceTimersByTime(SLICE);
      const total = [...sockets].reduce((sum, socket) => sum + socket.pings.length, 0);
      pingsPerSlice.push(total - before);
      before = total;
    }
    // 1,000 sockets over 20 slices: 50 a slice, never the whole set in one tick.
    expect(pingsPerSlice).toEqual(Array(KEEP_ALIVE_SLICES).fill(1000 / KEEP_ALIVE_SLICES));
    for (const socket of sockets) keepAlive.settled(socket);
    vi.advanceTimersByTime(INTERVAL);
    for (const socket of sockets) {
      expect(socket.pings).toHaveLength(2);
      expect(socket.pings[1] - socket.pings[0]).toBe(INTERVAL);
      expect(socket.terminated).toBe(false);
    }
    keepAlive.stop();
  });

  it("terminates a socket that did not answer its ping by its next turn, and only that one", () => {
    const [silent, answering] = [new FakeSocket(), new FakeSocket()];
    const sockets = new Set([silent, answering]);
    const keepAlive = keepSocketsAlive(sockets, INTERVAL);
    vi.advanceTimersByTime(INTERVAL);
    expect([silent.pings.length, answering.pings.length]).toEqual([1, 1]);
    keepAlive.settled(answering);
    vi.advanceTimersByTime(INTERVAL);
    expect(silent.terminated).toBe(true);
    expect(answering.terminated).toBe(false);
    expect(answering.pings).toHaveLength(2);
    keepAlive.stop();
  });

  it("gives a ping half an interval at least when the socket moves up the round", () => {
    const early = Array.from({ length: 100 }, () => new FakeSocket());
    const late = new FakeSocket();
    const sockets = new Set([...early, late]);
    const keepAlive = keepSocketsAlive(sockets, INTERVAL);
    vi.advanceTimersByTime(INTERVAL); // one round: `late` pinged in the last slice
    for (const socket of early) {
      keepAlive.settled(socket);
      sockets.delete(socket);
    }
    // Next round, `late` comes first: its ping is one slice old, so it is left alone, not
    // terminated and not pinged again.
    vi.advanceTimersByTime(SLICE);
    expect(late.terminated).toBe(false);
    expect(late.pings).toHaveLength(1);
    keepAlive.settled(late);
    vi.advanceTimersByTime(INTERVAL);
    expect(late.pings).toHaveLength(2);
    expect(late.terminated).toBe(false);
    keepAlive.stop();
  });

  it("picks up sockets that joined, skips closed ones, and stops", () => {
    const first = new FakeSocket();
    const sockets = new Set([first]);
    const keepAlive = keepSocketsAlive(sockets, INTERVAL);
    vi.advanceTimersByTime(INTERVAL);
    const joined = new FakeSocket();
    sockets.add(joined);
    const closed = new FakeSocket();
    closed.readyState = 3;
    sockets.add(closed);
    keepAlive.settled(first);
    vi.advanceTimersByTime(INTERVAL);
    expect(joined.pings).toHaveLength(1);
    expect(closed.pings).toHaveLength(0);
    keepAlive.stop();
    vi.advanceTimersByTime(3 * INTERVAL);
    expect(first.pings).toHaveLength(2);
  });
});
