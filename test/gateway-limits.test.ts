/**
 * Operation limits at the gateway, before planning: the known attacks are refused with
 * QUERY_TOO_COMPLEX naming the limit, the rate limiter charges by estimated cost (over HTTP and
 * over graphql-ws alike), and the response-size ceiling holds. Normal use — including a
 * partner's introspection — passes.
 */
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { collect, sleep, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { SEARCH_STATS_FLUSH_MS: "50" } });
});

afterAll(async () => {
  await system?.close();
});

async function postRaw(body: unknown, token?: string) {
  const started = performance.now();
  const response = await fetch(system.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
    ms: performance.now() - started,
  };
}

describe("the known attacks are refused before planning", () => {
  it("an anonymous 79 KB document of fragments × aliases over knowledgeArticles", async () => {
    const aliases = Array.from(
      { length: 120 },
      (_, i) => `a${i}: knowledgeArticles(first: 50) { edges { node { id title body tags } } }`,
    ).join("\n");
    const spreads = Array.from({ length: 60 }, (_, i) => `f${i}: __typename ...Bomb`).join(" ");
    const query = `query { ${spreads} } fragment Bomb on Query { ${aliases} }`;
    expect(query.length).toBeGreaterThan(7_000);
    const padded = `${query}\n${"# padding so the document weighs as much as the reported one\n".repeat(1200)}`;
    expect(padded.length).toBeGreaterThan(79_000);
    const result = await postRaw({ query: padded });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX" });
    expect(["maxTokens", "maxAliases", "maxRootFields"]).toContain(result.body.errors[0].extensions.limit);
  });

  it("a staff query nesting assignedAgent → openTickets 20 levels", async () => {
    let inner = "id displayName";
    for (let i = 0; i < 20; i++) inner = `openTickets(first: 3) { edges { node { id assignedAgent { ${inner} } } } }`;
    const result = await postRaw(
      { query: `{ tickets(first: 20) { edges { node { assignedAgent { ${inner} } } } } }` },
      await system.token("supervisor"),
    );
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "maxDepth", max: 15 });
  });

  it("1,000 aliases of searchKnowledge: refused, and no search is counted", async () => {
    const count = async () =>
      Number(
        (
          await system.db.sql.query<{ n: string }>(
            `SELECT coalesce(sum("searchCount"), 0) AS n FROM "knowledge"."search_queries"`,
          )
        )[0].n,
      );
    const before = await count();
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: searchKnowledge(query: "password") { totalCount }`).join(" ")} }`;
    for (const token of [undefined, await system.token("customer")]) {
      const result = await postRaw({ query }, token);
      expect(result.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX" });
    }
    await sleep(300);
    expect(await count()).toBe(before);
  });

  it("a partner's standard introspection query passes anonymously", async () => {
    const result = await postRaw({ query: getIntrospectionQuery() });
    expect(result.status).toBe(200);
    expect(result.body.data.__schema.queryType.name).toBe("Query");
  });
});

describe("the rate limiter charges by estimated cost", () => {
  it("an expensive operation spends many points; a 429 says when to retry", async () => {
    const limited = await startTestSystem({ env: { RATE_LIMIT_PER_MINUTE: "60", RATE_LIMIT_COST_PER_POINT: "10" } });
    try {
      const token = await limited.token("agent");
      // 1 + 50 × (1 + 1 × (1 + 4)) = 301 → 1 + 30 points of 60.
      const expensive = `{ tickets(first: 50) { edges { node { id subject status priority } } } }`;
      const post = (query: string) =>
        fetch(limited.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
      expect((await post(expensive)).status).toBe(200);
      const second = await post(expensive);
      expect(second.status).toBe(429);
      expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await second.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
  }, 120_000);

  it("operations over one graphql-ws socket spend the same budget as over HTTP", async () => {
    const limited = await startTestSystem({ env: { RATE_LIMIT_PER_MINUTE: "100" } });
    const client = createClient({
      url: limited.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await limited.token("agent")}` },
      lazy: false,
      retryAttempts: 0,
    });
    try {
      const outcomes: string[] = [];
      for (let i = 0; i < 150; i++) {
        const stream = collect<any>(client, `{ ticketCategories { key } }`);
        await stream.waitFor(1);
        const failure = stream.error as { extensions?: { code?: string } }[] | { code?: number } | null;
        const code = Array.isArray(failure)
          ? failure[0]?.extensions?.code
          : failure
            ? `closed ${failure.code}`
            : (stream.received[0]?.errors?.[0]?.extensions?.code ?? "ok");
        outcomes.push(String(code));
        if (code !== "ok") break;
      }
      // The connection spent one point; each operation one more.
      expect(outcomes.filter((o) => o === "ok")).toHaveLength(99);
      expect(outcomes.at(-1)).toBe("RATE_LIMITED");
    } finally {
      await client.dispose();
      await limited.close();
    }
  }, 120_000);

  it("a request with an invalid token spends its address's budget", async () => {
    const limited = await startTestSystem({ env: { RATE_LIMIT_PER_MINUTE: "5" } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await fetch(limited.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer not.a.token" },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  }, 120_000);
});

describe("every refusal says what to do next", () => {
  it("a bad token's 401 names the Bearer scheme; once over budget its 429 carries Retry-After", async () => {
    const limited = await startTestSystem({ env: { RATE_LIMIT_PER_MINUTE: "2" } });
    try {
      const send = () =>
        fetch(limited.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer not.a.token" },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
      const refused = [await send(), await send()];
      expect(refused.map((r) => [r.status, r.headers.get("www-authenticate")])).toEqual([
        [401, "Bearer"],
        [401, "Bearer"],
      ]);
      const limitedResponse = await send();
      expect(limitedResponse.status).toBe(429);
      expect(Number(limitedResponse.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(limitedResponse.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect(((await limitedResponse.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
  }, 120_000);
});

describe("the response-size ceiling", () => {
  it("replaces an oversized answer with QUERY_TOO_COMPLEX naming maxResponseBytes", async () => {
    const small = await startTestSystem({ env: { ANONYMOUS_MAX_RESPONSE_BYTES: "2048" } });
    try {
      const response = await fetch(small.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ knowledgeArticles(first: 20) { edges { node { title body } } } }` }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0].extensions).toMatchObject({
        code: "QUERY_TOO_COMPLEX",
        limit: "maxResponseBytes",
        max: 2048,
      });
    } finally {
      await small.close();
    }
  }, 120_000);
});
