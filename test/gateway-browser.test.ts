/**
 * The gateway as browsers and third-party clients meet it: an IDE served from the project's own
 * dependencies (no CDN), CORS for the headers real clients send, urql's default GET queries,
 * CSRF prevention for simple POSTs, and Apollo BatchHttpLink batches with a limit.
 */
import { get } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ env: { MAX_BATCH_SIZE: "3", CORS_ORIGINS: "https://console.example" } });
});

afterAll(async () => {
  await system?.close();
});

describe("the IDE at GET /graphql", () => {
  it("is a self-contained GraphiQL page: no script, style or font from another host", async () => {
    const response = await fetch(system.url, {
      headers: { accept: "text/html,application/xhtml+xml", "accept-encoding": "identity" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain("<title>Switchboard GraphiQL</title>");
    expect(html).toContain('"subscriptionsProtocol":"WS"');
    expect(html).toContain('"endpoint":"/graphql"');
    // Every external reference a browser would fetch: <script src>, <link href>, CSS @import/url().
    expect(html.match(/<script[^>]+src=["']https?:/gi)).toBeNull();
    expect(html.match(/<link[^>]+href=["']https?:/gi)).toBeNull();
    expect(html.match(/@import\s+(url\()?["']?https?:/gi)).toBeNull();
    expect(html.match(/url\(["']?https?:\/\/(?!www\.w3\.org)/gi)).toBeNull();
  });

  it("is sent gzipped to browsers that accept it", async () => {
    // node:http, not fetch: fetch would decompress the body itself.
    const { headers, body } = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        get(system.url, { headers: { accept: "text/html", "accept-encoding": "gzip" } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject);
      },
    );
    expect(headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(body).toString("utf8")).toContain("Switchboard GraphiQL");
  });
});

describe("clients", () => {
  it("allows the headers real clients send in CORS preflight", async () => {
    const wanted = [
      "apollographql-client-name",
      "apollographql-client-version",
      "x-request-id",
      "apollo-require-preflight",
      "traceparent",
      "authorization",
      "content-type",
    ];
    const response = await fetch(system.url, {
      method: "OPTIONS",
      headers: {
        origin: "https://console.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": wanted.join(","),
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://console.example");
    const allowed = (response.headers.get("access-control-allow-headers") ?? "").split(/,\s*/);
    for (const header of wanted) expect(allowed).toContain(header);
    expect(response.headers.get("access-control-expose-headers")).toContain("retry-after");
  });

  it("answers urql's default GET query without extra headers, and never runs a mutation over GET", async () => {
    const query = encodeURIComponent("{ knowledgeCategories { key } }");
    const get = await fetch(`${system.url}?query=${query}`, {
      headers: { accept: "application/graphql-response+json, application/json" },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.knowledgeCategories.length).toBe(4);
    const mutation = encodeURIComponent(
      'mutation { rateArticle(input: { articleId: "00000000-0000-4000-8000-000000000000", helpful: true }) { id } }',
    );
    const refused = await fetch(`${system.url}?query=${mutation}`, { headers: { accept: "application/json" } });
    expect(refused.status).toBeGreaterThanOrEqual(400);
  });

  it("blocks a simple cross-site POST (text/plain) before it runs", async () => {
    const response = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ knowledgeCategories { key } }" }),
    });
    expect(response.status).toBe(400);
  });

  it("answers a BatchHttpLink batch in order, and refuses one over MAX_BATCH_SIZE", async () => {
    const batch = [
      { query: "{ knowledgeCategories { key } }" },
      {
        query: "query($slug: String) { knowledgeArticle(slug: $slug) { slug } }",
        variables: { slug: "how_to_register_account" },
      },
    ];
    const response = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(batch),
    });
    expect(response.status).toBe(200);
    const results = (await response.json()) as any[];
    expect(results).toHaveLength(2);
    expect(results[0].data.knowledgeCategories).toHaveLength(4);
    expect(results[1].errors).toBeUndefined();
    const tooMany = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([...batch, ...batch]),
    });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as any).errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      limit: "maxBatchSize",
      max: 3,
    });
  });
});
