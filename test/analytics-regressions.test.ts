/**
 * Regressions found by acceptance testing in analytics (issue 14.23–14.26) and the shared DateTime
 * scalar (14.25), each through the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let supervisor: string;

beforeAll(async () => {
  system = await startTestSystem();
  supervisor = await system.token("supervisor");
});

afterAll(async () => {
  await system?.close();
});

describe("DateTime input (14.25)", () => {
  const now = new Date().toISOString();
  const cases: [string, string, Record<string, unknown>][] = [
    ["supportMetrics literal", `{ supportMetrics(from: "yesterday", to: "${now}") { ticketsTotal } }`, {}],
    ["supportMetrics variable", `query($from: DateTime!, $to: DateTime!) { supportMetrics(from: $from, to: $to) { ticketsTotal } }`, { from: "yesterday", to: now }],
    ["feedbackAnalytics literal", `{ feedbackAnalytics(from: "not-a-date", to: "${now}") { responses } }`, {}],
    ["feedbackAnalytics variable", `query($from: DateTime!) { feedbackAnalytics(from: $from, to: "${now}") { responses } }`, { from: "not-a-date" }],
    ["chats filter literal", `{ chats(filter: { createdAfter: "garbage" }) { edges { node { id } } } }`, {}],
    ["chats filter variable", `query($f: ChatFilter) { chats(filter: $f) { edges { node { id } } } }`, { f: { createdAfter: "garbage" } }],
    ["impossible calendar date", `{ supportMetrics(from: "2026-02-30T00:00:00Z", to: "${now}") { ticketsTotal } }`, {}],
    ["number", `query($from: DateTime!) { supportMetrics(from: $from, to: "${now}") { ticketsTotal } }`, { from: 12 }],
  ];
  for (const [name, query, variables] of cases) {
    it(`refuses a bad date with BAD_USER_INPUT: ${name}`, async () => {
      const result = await system.request(query, variables, supervisor);
      expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
      for (const error of result.errors!) expect(error.extensions?.code, JSON.stringify(error)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|    at /);
    });
  }
});
