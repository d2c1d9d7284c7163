/**
 * The identity the gateway forwards cannot be replayed: a captured token is bound to one
 * subgraph, dies within 60 s, and is accepted once for a write — across replicas too when they
 * share Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY_HEADER, signIdentity, type Identity } from "../shared/identity.js";
import { DEMO, startReplicas, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

const admin: Identity = { subject: DEMO.admin.id, role: "admin" };
const MARK_ONLINE = `mutation { setAgentStatus(status: ONLINE) { status } }`;

async function post(url: string, token: string, query: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [IDENTITY_HEADER]: token },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe("a captured forwarded identity", () => {
  it("works once for a mutation; the replay is UNAUTHENTICATED and changes nothing", async () => {
    const token = await signIdentity(
      { subject: DEMO.agent.id, role: "agent" },
      { secret: system.config.INTERNAL_SECRET, audience: "agents" },
    );
    const first = await post(system.subgraphs.agents!.url, token, MARK_ONLINE);
    expect(first.body.errors).toBeUndefined();
    const replay = await post(system.subgraphs.agents!.url, token, MARK_ONLINE);
    expect(replay.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(replay.body.errors?.[0].message).toMatch(/already used/);
  });

  it("may be reused for reads within its lifetime", async () => {
    const token = await signIdentity(admin, { secret: system.config.INTERNAL_SECRET, audience: "tickets" });
    for (let i = 0; i < 3; i++) {
      const read = await post(system.subgraphs.tickets!.url, token, `{ tickets(first: 1) { edges { node { id } } } }`);
      expect(read.body.errors).toBeUndefined();
    }
  });

  it("is refused by every other subgraph", async () => {
    const token = await signIdentity(admin, { secret: system.config.INTERNAL_SECRET, audience: "tickets" });
    const elsewhere = await post(system.subgraphs.agents!.url, token, `{ agents(first: 1) { edges { node { id } } } }`);
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is refused after it expires", async () => {
    const token = await signIdentity(admin, {
      secret: system.config.INTERNAL_SECRET,
      audience: "tickets",
      now: Date.now() - 90_000,
    });
    const late = await post(system.subgraphs.tickets!.url, token, `{ tickets(first: 1) { edges { node { id } } } }`);
    expect(late.status).toBe(401);
  });

  it("through the gateway, every mutation gets a fresh token: repeated writes all succeed", async () => {
    const agent = await system.token("agent");
    for (let i = 0; i < 3; i++) {
      const result = await system.request(MARK_ONLINE, {}, agent);
      expect(result.errors).toBeUndefined();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL || !process.env.REDIS_URL)("replicas sharing Redis", () => {
  it("a token used for a write on one replica is refused by the other", async () => {
    const replicas = await startReplicas();
    try {
      const token = await signIdentity(
        { subject: DEMO.agent.id, role: "agent" },
        { secret: replicas.a.config.INTERNAL_SECRET, audience: "agents" },
      );
      expect((await post(replicas.a.subgraphs.agents!.url, token, MARK_ONLINE)).body.errors).toBeUndefined();
      expect((await post(replicas.b.subgraphs.agents!.url, token, MARK_ONLINE)).body.errors?.[0].extensions?.code).toBe(
        "UNAUTHENTICATED",
      );
    } finally {
      await replicas.close();
    }
  }, 120_000);
});
