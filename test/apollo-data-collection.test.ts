/**
 * The gateway sends nothing to Apollo: @apollo/gateway reports the host it runs on (OS,
 * architecture, CPU count and frequency, memory, uptime) to usage-reporting.api.apollographql.com
 * every hour and when it stops, unless APOLLO_TELEMETRY_DISABLED is set — a self-hosted
 * deployment's operator has to ask for that, not find it.
 */
import https from "node:https";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestSystem } from "./harness.js";

const hostOf = (target: unknown): string =>
  typeof target === "string"
    ? new URL(target).hostname
    : target instanceof URL
      ? target.hostname
      : String((target as { hostname?: unknown; host?: unknown })?.hostname ?? (target as { host?: unknown })?.host);

describe("Apollo's data collection", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is off: a gateway started and stopped makes no request to Apollo", async () => {
    const hosts: string[] = [];
    const request = https.request;
    vi.spyOn(https, "request").mockImplementation(((...args: Parameters<typeof https.request>) => {
      hosts.push(hostOf(args[0]));
      return request(...args);
    }) as typeof https.request);
    const system = await startTestSystem();
    try {
      const answer = await system.request("{ __typename }");
      expect(answer.errors).toBeUndefined();
    } finally {
      await system.close();
    }
    expect(hosts.filter((host) => host.endsWith("apollographql.com"))).toEqual([]);
  }, 60_000);
});
