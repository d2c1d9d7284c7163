import { describe, expect, it } from "vitest";
import { ViewerStore, type ViewerReport } from "./viewers.js";

const T = "11111111-1111-4111-8111-111111111111";
const report = (agentId: string, activity: ViewerReport["activity"], at: string, ttlSeconds = 30): ViewerReport => ({
  ticketId: T,
  agentId,
  activity,
  at,
  expiresAt: new Date(new Date(at).getTime() + ttlSeconds * 1000).toISOString(),
});

describe("ViewerStore", () => {
  it("lists typing agents first, then viewers by arrival, and keeps `since` across renewals", () => {
    const store = new ViewerStore();
    store.apply(report("a", "VIEWING", "2026-01-01T10:00:00Z"));
    store.apply(report("b", "VIEWING", "2026-01-01T10:00:05Z"));
    store.apply(report("b", "TYPING", "2026-01-01T10:00:10Z"));
    store.apply(report("a", "VIEWING", "2026-01-01T10:00:12Z"));
    const now = new Date("2026-01-01T10:00:15Z");
    expect(store.viewers(T, now).map((v) => [v.agentId, v.activity, v.since.toISOString()])).toEqual([
      ["b", "TYPING", "2026-01-01T10:00:05.000Z"],
      ["a", "VIEWING", "2026-01-01T10:00:00.000Z"],
    ]);
  });

  it("drops agents who left or whose report expired, and ignores reports older than the stored one", () => {
    const store = new ViewerStore();
    store.apply(report("a", "VIEWING", "2026-01-01T10:00:00Z", 30));
    store.apply(report("b", "VIEWING", "2026-01-01T10:00:00Z", 60));
    store.apply(report("b", "LEFT", "2026-01-01T10:00:20Z"));
    store.apply(report("b", "VIEWING", "2026-01-01T10:00:10Z")); // late duplicate of an older report
    expect(store.viewers(T, new Date("2026-01-01T10:00:25Z")).map((v) => v.agentId)).toEqual(["a"]);
    expect(store.viewers(T, new Date("2026-01-01T10:00:31Z"))).toEqual([]);
  });
});
