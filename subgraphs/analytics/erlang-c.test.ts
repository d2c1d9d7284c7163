import { describe, expect, it } from "vitest";
import { agentsNeeded, averageSpeedOfAnswerSeconds, erlangC, serviceLevel, trafficIntensity } from "./erlang-c.js";

/** The textbook example: 200 contacts an hour (100 per half hour), 180 s handle time = 10 Erlangs. */
const textbook = { arrivalRatePerHour: 200, averageHandleSeconds: 180 };

/** Erlang C straight from its definition with factorials — fine for small queues only. */
function erlangCByDefinition(traffic: number, agents: number): number {
  let factorial = 1;
  let below = 0;
  for (let k = 0; k < agents; k++) {
    if (k > 0) factorial *= k;
    below += traffic ** k / factorial;
  }
  const waiting = ((traffic ** agents / (factorial * agents)) * agents) / (agents - traffic);
  return waiting / (below + waiting);
}

describe("trafficIntensity", () => {
  it("is arrivals × handle time in Erlangs", () => {
    expect(trafficIntensity(textbook)).toBe(10);
  });
});

describe("erlangC", () => {
  it.each([
    [11, 0.6821],
    [12, 0.4494],
    [13, 0.2853],
    [14, 0.1741],
    [15, 0.102],
  ])("matches the textbook probability of waiting with %i agents on 10 Erlangs", (agents, expected) => {
    expect(erlangC({ ...textbook, agents })).toBeCloseTo(expected, 4);
  });

  it("gives 4/9 for 2 Erlangs on 3 agents", () => {
    expect(erlangC({ arrivalRatePerHour: 2, averageHandleSeconds: 3600, agents: 3 })).toBeCloseTo(4 / 9, 12);
  });

  it("agrees with the factorial definition", () => {
    for (const agents of [3, 8, 20, 40]) {
      const traffic = agents * 0.85;
      const load = { arrivalRatePerHour: traffic * 12, averageHandleSeconds: 300, agents };
      expect(erlangC(load)).toBeCloseTo(erlangCByDefinition(traffic, agents), 10);
    }
  });

  it("stays stable for very large queues where factorials overflow", () => {
    const probability = erlangC({ arrivalRatePerHour: 3600, averageHandleSeconds: 1000, agents: 1030 });
    expect(Number.isFinite(probability)).toBe(true);
    expect(probability).toBeGreaterThan(0);
    expect(probability).toBeLessThan(1);
  });

  it("is certain waiting when agents cannot keep up, and no waiting without traffic", () => {
    expect(erlangC({ ...textbook, agents: 10 })).toBe(1);
    expect(erlangC({ ...textbook, agents: 0 })).toBe(1);
    expect(erlangC({ arrivalRatePerHour: 0, averageHandleSeconds: 180, agents: 2 })).toBe(0);
  });

  it("rejects fractional agents and negative rates", () => {
    expect(() => erlangC({ ...textbook, agents: 2.5 })).toThrow(RangeError);
    expect(() => erlangC({ arrivalRatePerHour: -1, averageHandleSeconds: 180, agents: 2 })).toThrow(RangeError);
  });
});

describe("serviceLevel", () => {
  it.each([
    [13, 0.7956],
    [14, 0.8884],
  ])("matches the textbook share answered within 20 s with %i agents", (agents, expected) => {
    expect(serviceLevel({ ...textbook, agents, targetWaitSeconds: 20 })).toBeCloseTo(expected, 4);
  });

  it("is 1 − P(wait) for a zero-second target, and 0 when understaffed", () => {
    expect(serviceLevel({ ...textbook, agents: 12, targetWaitSeconds: 0 })).toBeCloseTo(1 - 0.4494, 4);
    expect(serviceLevel({ ...textbook, agents: 9, targetWaitSeconds: 60 })).toBe(0);
  });
});

describe("averageSpeedOfAnswerSeconds", () => {
  it("matches the textbook average wait", () => {
    expect(averageSpeedOfAnswerSeconds({ ...textbook, agents: 14 })).toBeCloseTo(7.84, 2);
    expect(averageSpeedOfAnswerSeconds({ ...textbook, agents: 10 })).toBe(Infinity);
  });
});

describe("agentsNeeded", () => {
  it("finds 14 agents for 80% within 20 s on 10 Erlangs", () => {
    expect(agentsNeeded({ ...textbook, targetWaitSeconds: 20, targetServiceLevel: 0.8 })).toBe(14);
  });

  it("needs at least one agent more than the traffic, and none without traffic", () => {
    expect(agentsNeeded({ ...textbook, targetWaitSeconds: 3600, targetServiceLevel: 0 })).toBe(11);
    expect(
      agentsNeeded({
        arrivalRatePerHour: 0,
        averageHandleSeconds: 180,
        targetWaitSeconds: 20,
        targetServiceLevel: 0.8,
      }),
    ).toBe(0);
  });

  it("scales to large contact centres", () => {
    const agents = agentsNeeded({
      arrivalRatePerHour: 3600,
      averageHandleSeconds: 1000,
      targetWaitSeconds: 20,
      targetServiceLevel: 0.9,
    });
    expect(agents).toBeGreaterThan(1000);
    expect(
      serviceLevel({ arrivalRatePerHour: 3600, averageHandleSeconds: 1000, agents, targetWaitSeconds: 20 }),
    ).toBeGreaterThanOrEqual(0.9);
    expect(
      serviceLevel({ arrivalRatePerHour: 3600, averageHandleSeconds: 1000, agents: agents - 1, targetWaitSeconds: 20 }),
    ).toBeLessThan(0.9);
  });

  it("rejects unreachable targets", () => {
    expect(() => agentsNeeded({ ...textbook, targetWaitSeconds: 20, targetServiceLevel: 1 })).toThrow(RangeError);
  });
});
