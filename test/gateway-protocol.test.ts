/**
 * Malformed and hostile requests get 400-class coded answers from the gateway — never a 500,
 * never a hang — and the gateway's public endpoints say no more than they must.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { mintToken } from "../shared/identity.js";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

async function post(body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(system.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
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
    const body = Buffer.concat([
      Buffer.from('{"query":"{ ticketCategories { key } }","variables":{"x":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}}'),
    ]);
    const result = await post(body);
    expect(result.status).toBe(400);
    expect(result.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a document the planner cannot plan within reason", async () => {
    const fragments = Array.from(
      { length: 12 },
      (_, i) =>
        `fragment F${i} on Ticket { assignedAgent { openTickets(first: 1) { edges { node { ...F${i + 1} } } } } }`,
    ).join("\n");
    const query = `{ tickets(first: 1) { edges { node { ...F0 } } } } ${fragments} fragment F12 on Ticket { id }`;
    const result = await post(JSON.stringify({ query }), { authorization: `Bearer ${await system.token("admin")}` });
    expect(result.status).toBe(400);
    expect(result.json.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });
});

describe("signed out and bad tokens get the same answer", () => {
  const STAFF_ONLY = "{ tickets(first: 1) { edges { node { id } } } }";

  it("no token, a malformed, forged or expired one: HTTP 401, UNAUTHENTICATED, WWW-Authenticate", async () => {
    const forged = await mintToken({
      secret: "z".repeat(40),
      issuer: system.config.JWT_ISSUER,
      role: "agent",
      subject: DEMO.agent.id,
    });
    const expired = await mintToken({
      secret: system.config.JWT_SECRET,
      issuer: system.config.JWT_ISSUER,
      role: "agent",
      subject: DEMO.agent.id,
      expiresIn: "-2m",
    });
    const callers: [string, Record<string, string>][] = [
      ["no token", {}],
      ["malformed", { authorization: "Bearer not.a.token" }],
      ["forged", { authorization: `Bearer ${forged}` }],
      ["expired", { authorization: `Bearer ${expired}` }],
    ];
    for (const [name, headers] of callers) {
      const response = await fetch(system.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: STAFF_ONLY }),
      });
      const body = (await response.json()) as any;
      expect({ name, status: response.status, challenge: response.headers.get("www-authenticate") }).toEqual({
        name,
        status: 401,
        challenge: "Bearer",
      });
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
      expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
    }
    const get = await fetch(`${system.url}?query=${encodeURIComponent(STAFF_ONLY)}`, {
      headers: { accept: "application/json" },
    });
    expect(get.status).toBe(401);
    // The same token, valid, is let in.
    const valid = await system.token("agent");
    const signedIn = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${valid}` },
      body: JSON.stringify({ query: STAFF_ONLY }),
    });
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as any).errors).toBeUndefined();
  });

  it("a signed-out operation that also reads public data answers 200 with that data and the refusal beside it", async () => {
    const response = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // `me` is nullable, so its refusal leaves the categories in place.
      body: JSON.stringify({ query: "{ ticketCategories { key } me { id } }" }),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(200);
    expect(body.data.ticketCategories.length).toBeGreaterThan(0);
    expect(body.data.me).toBeNull();
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("a signed-in caller without the role gets 200 with FORBIDDEN: 401 is only about credentials", async () => {
    const response = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await system.token("customer")}` },
      body: JSON.stringify({ query: STAFF_ONLY }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe("FORBIDDEN");
  });
});

describe("what the public endpoints reveal", () => {
  it("anonymous /health does not list the subgraphs; staff see them", async () => {
    const health = system.url.replace(/\/graphql$/, "/health");
    const anonymous = (await (await fetch(health)).json()) as Record<string, unknown>;
    expect(anonymous).toEqual({ status: "ok", service: "gateway" });
    const staff = (await (
      await fetch(health, { headers: { authorization: `Bearer ${await system.token("admin")}` } })
    ).json()) as Record<string, any>;
    expect(Object.keys(staff.subgraphs).sort()).toEqual(["agents", "analytics", "chat", "knowledge", "tickets"]);
  });
});

describe("production defaults", () => {
  it("allow no cross-origin caller unless CORS_ORIGINS names it", async () => {
    const production = await startTestSystem({
      only: ["knowledge"],
      env: {
        NODE_ENV: "production",
        JWT_SECRET: randomBytes(32).toString("base64"),
        INTERNAL_SECRET: randomBytes(32).toString("base64"),
      },
    });
    try {
      const preflight = await fetch(production.url, {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await production.close();
    }
  }, 120_000);
});
