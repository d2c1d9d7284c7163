import { describe, expect, it } from "vitest";
import { MAX_BLOCK, TicketNumbers } from "./ticket-numbers.js";

/** A sequence that records how many numbers each draw asked for. */
function sequence(options: { failNext?: () => boolean } = {}) {
  let last = 10_000;
  const draws: number[] = [];
  const draw = async (count: number) => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (options.failNext?.()) throw new Error("database unavailable");
    draws.push(count);
    // A sequence may hand a block out of order; the allocator sorts it.
    return Array.from({ length: count }, () => ++last).reverse();
  };
  return { draw, draws };
}

describe("TicketNumbers", () => {
  it("draws one number per ticket when tickets come one at a time", async () => {
    let now = 0;
    const { draw, draws } = sequence();
    const numbers = new TicketNumbers(draw, () => now);
    const taken: number[] = [];
    for (let i = 0; i < 4; i++) {
      taken.push(await numbers.next());
      now += 5_000;
    }
    expect(taken).toEqual([10_001, 10_002, 10_003, 10_004]);
    expect(draws).toEqual([1, 1, 1, 1]);
  });

  it("hands a burst its numbers in the order asked, drawn a block at a time", async () => {
    const now = 0;
    const { draw, draws } = sequence();
    const numbers = new TicketNumbers(draw, () => now);
    const taken = await Promise.all(Array.from({ length: 40 }, () => numbers.next()));
    expect(taken).toEqual(Array.from({ length: 40 }, (_, i) => 10_001 + i));
    // The first ask draws one; the 39 waiting behind it are served MAX_BLOCK at a time.
    expect(draws).toEqual([1, MAX_BLOCK, MAX_BLOCK, MAX_BLOCK]);
  });

  it("sizes a block by the creates of the last second, so an idle desk keeps no numbers waiting", async () => {
    let now = 0;
    const { draw, draws } = sequence();
    const numbers = new TicketNumbers(draw, () => now);
    const burst = (count: number) => Promise.all(Array.from({ length: count }, () => numbers.next()));
    // A block's size is decided when its draw starts, from the asks counted so far.
    const taken = [...(await burst(6))]; // one, then six for the five waiting (one left over)
    now = 1_500;
    taken.push(...(await burst(7))); // the one left over, then six (the second before asked six)
    now = 60_000;
    for (let i = 0; i < 3; i++) taken.push(await numbers.next()); // quiet again: one, then two (one left over)
    expect(draws).toEqual([1, 6, 6, 1, 2]);
    expect(taken).toEqual(Array.from({ length: 16 }, (_, i) => 10_001 + i));
    // Numbers drawn and not yet handed out: one (lost if the process stopped now).
  });

  it("fails the creates waiting on a failed draw, and draws again for the next one", async () => {
    let fail = true;
    const { draw } = sequence({ failNext: () => fail });
    const numbers = new TicketNumbers(draw, () => 0);
    const waiting = await Promise.allSettled([numbers.next(), numbers.next()]);
    expect(waiting.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    await expect(numbers.next()).resolves.toBe(10_001);
  });
});
