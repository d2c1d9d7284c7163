/** Operational promises of the gateway: rate limiting, CORS, body limits, unknown routes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({
    only: ["knowledge", "agents"],
    env: { RATE_LIMIT_PER_MINUTE: "5", CORS_ORIGINS: "https://app.example" },
  });
});

afterAll(async () => {
  await system?.close();
});

describe("gateway operations", () => {
  it("limits each caller's request rate with RATE_LIMITED (HTTP 429) and keeps other callers unaffected", async () => {
    const token = await system.token("agent");
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const result = await system.request(`{ knowledgeCategories { key } }`, {}, token);
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(codes.slice(5)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    const limited = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(limited.status).toBe(429);
    const other = await system.request(`{ knowledgeCategories { key } }`, {}, await system.token("supervisor"));
    expect(other.errors).toBeUndefined();
  });

  it("answers CORS preflight for allowed origins only", async () => {
    const allowed = await fetch(system.url, {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "POST" },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example");
    const denied = await fetch(system.url, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(denied.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("rejects malformed JSON bodies and unknown paths with clear answers", async () => {
    const malformed = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const missing = await fetch(system.url.replace("/graphql", "/nope"));
    expect(missing.status).toBe(404);
  });
});
