import { describe, expect, it } from "vitest";
import { createMemoryPubSub } from "../../shared/pubsub.js";
import { coalescedUpdates } from "./coalesced-updates.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("coalescedUpdates", () => {
  it("sends the first value at once, then one computation per interval however many signals arrive", async () => {
    const bus = createMemoryPubSub();
    let computations = 0;
    let state = 0;
    const updates = coalescedUpdates(bus.subscribe("changed"), async () => (computations++, { state }), {
      intervalMs: 200,
    });
    const first = await updates.next();
    expect(first.value).toEqual({ state: 0 });
    const times: number[] = [];
    const reading = (async () => {
      for (;;) {
        const next = await updates.next();
        if (next.done) return;
        times.push(Date.now());
      }
    })();
    const started = Date.now();
    for (let i = 1; i <= 1000; i++) {
      state = i;
      await bus.publish("changed", {});
    }
    await sleep(500);
    expect(times.length).toBeGreaterThanOrEqual(1);
    expect(times[0] - started).toBeGreaterThanOrEqual(150); // not before the interval since the first value
    expect(computations).toBeLessThanOrEqual(3);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(195);
    await updates.return!();
    await reading;
  });

  it("sends nothing when the value did not change", async () => {
    const bus = createMemoryPubSub();
    let computations = 0;
    const updates = coalescedUpdates(bus.subscribe("changed"), async () => (computations++, { same: true }), {
      intervalMs: 50,
    });
    await updates.next();
    let extra = 0;
    const reading = (async () => {
      while (!(await updates.next()).done) extra++;
    })();
    for (let i = 0; i < 5; i++) {
      await bus.publish("changed", {});
      await sleep(70);
    }
    expect(computations).toBeGreaterThan(1);
    expect(extra).toBe(0);
    await updates.return!();
    await reading;
  });

  it("ends a pending read and unsubscribes when the subscriber leaves", async () => {
    const bus = createMemoryPubSub();
    const trigger = bus.subscribe("changed");
    const updates = coalescedUpdates(trigger, async () => ({ n: 1 }), { intervalMs: 50 });
    await updates.next();
    const pending = updates.next();
    await updates.return!();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(await trigger.next()).toEqual({ done: true, value: undefined });
  });
});

describe("coalescedUpdates refresh", () => {
  it("recomputes on a timer without signals and sends only changed values", async () => {
    const bus = createMemoryPubSub();
    let tick = 0;
    const updates = coalescedUpdates(bus.subscribe("changed"), async () => ({ wait: Math.floor(tick++ / 2) }), {
      intervalMs: 10,
      refreshMs: 30,
    });
    expect((await updates.next()).value).toEqual({ wait: 0 });
    // tick 1 → wait 0 (same, not sent), tick 2 → wait 1 (sent)
    expect((await updates.next()).value).toEqual({ wait: 1 });
    await updates.return!();
  });
});
