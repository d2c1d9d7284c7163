/**
 * Malformed and hostile requests get 400-class coded answers from the gateway — never a 500,
 * never a hang — and the gateway's public endpoints say no more than they must.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

async function post(body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(system.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json, text };
}

describe("hostile requests get 400-class coded errors", () => {
  it("an unknown operationName", async () => {
    const result = await post(JSON.stringify({ query: "query A { ticketCategories { key } }", operationName: "Nope" }));
    expect(result.status).toBe(400);
    expect(result.json.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });

  it("a variable nested 100,000 levels deep", async () => {
    const deep = `${"[".repeat(100_000)}1${"]".repeat(100_000)}`;
    const result = await post(`{"query":"query($v: [String]) { ticketCategories { key } }","variables":{"v":${deep}}}`);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("invalid UTF-8 in the body", async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ ticketCategories { key } }","variables":{"x":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}')]);
    const result = await post(body);
    expect(result.status).toBe(400);
    expect(result.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a document the planner cannot plan within reason", async () => {
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Ticket { assignedAgent { openTickets(first: 1) { edges { node { ...F${i + 1} } } } } }`).join("\n");
    const query = `{ tickets(first: 1) { edges { node { ...F0 } } } } ${fragments} fragment F12 on Ticket { id }`;
    const result = await post(JSON.stringify({ query }), { authorization: `Bearer ${await system.token("admin")}` });
    expect(result.status).toBe(400);
    expect(result.json.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });
});

describe("what the public endpoints reveal", () => {
  it("anonymous /health does not list the subgraphs; staff see them", async () => {
    const health = system.url.replace(/\/graphql$/, "/health");
    const anonymous = (await (await fetch(health)).json()) as Record<string, unknown>;
    expect(anonymous).toEqual({ status: "ok", service: "gateway" });
    const staff = (await (await fetch(health, { headers: { authorization: `Bearer ${await system.token("admin")}` } })).json()) as Record<string, any>;
    expect(Object.keys(staff.subgraphs).sort()).toEqual(["agents", "analytics", "chat", "knowledge", "tickets"]);
  });
});

describe("production defaults", () => {
  it("allow no cross-origin caller unless CORS_ORIGINS names it", async () => {
    const production = await startTestSystem({
      only: ["knowledge"],
      env: { NODE_ENV: "production", JWT_SECRET: randomBytes(32).toString("base64"), INTERNAL_SECRET: randomBytes(32).toString("base64") },
    });
    try {
      const preflight = await fetch(production.url, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await production.close();
    }
  }, 120_000);
});
