import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY_HEADER } from "./identity.js";
import { createInternalClient, InternalCallError } from "./internal-client.js";

describe("createInternalClient", () => {
  let server: Server;
  let base: string;
  const seen: { url: string; identity: boolean; body: string }[] = [];
  const sockets = new Set<unknown>();

  beforeAll(async () => {
    const answer = async (request: IncomingMessage, response: ServerResponse) => {
      sockets.add(request.socket);
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      seen.push({
        url: request.url ?? "",
        identity: typeof request.headers[IDENTITY_HEADER] === "string",
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      if (request.url?.startsWith("/agents/internal/outbox"))
        return json(200, { events: [{ id: "e1", type: "t", payload: {} }] });
      if (request.url === "/agents/graphql") return json(200, { data: { answer: 42 } });
      if (request.url === "/knowledge/graphql")
        return json(200, { errors: [{ message: "no such article", extensions: { code: "NOT_FOUND" } }] });
      if (request.url === "/chat/graphql") return void setTimeout(() => json(200, { data: {} }), 1000);
      response.writeHead(502, { "content-type": "text/html" });
      response.end("<html>bad gateway</html>");
    };
    server = createServer((request, response) => void answer(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const client = () =>
    createInternalClient({
      serviceName: "tickets",
      secret: "s".repeat(32),
      urlOf: (subgraph) => (subgraph === "analytics" ? "http://127.0.0.1:1/graphql" : `${base}/${subgraph}/graphql`),
    });

  it("posts the query with a service identity and answers the data, over one kept-alive connection", async () => {
    const internal = client();
    for (let i = 0; i < 3; i++)
      expect(await internal.request("agents", "query($n: Int) { answer }", { n: i })).toEqual({ answer: 42 });
    const calls = seen.filter((s) => s.url === "/agents/graphql");
    expect(calls.map((c) => JSON.parse(c.body).variables)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(calls.every((c) => c.identity)).toBe(true);
    expect(sockets.size).toBe(1);
  });

  it("reads a producer's outbox after a position", async () => {
    const page = await client().readOutbox("agents", { occurredAt: "2026-12-05T00:00:00.000Z", id: "e0" }, 10);
    expect(page).toEqual({ events: [{ id: "e1", type: "t", payload: {} }], missedThrough: null });
    const url = new URL(seen.at(-1)!.url, base);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      limit: "10",
      afterOccurredAt: "2026-12-05T00:00:00.000Z",
      afterId: "e0",
    });
  });

  it("fails with InternalCallError: the callee's error and code, a timeout, a refused connection, a body that is not GraphQL", async () => {
    const internal = client();
    const failure = (call: Promise<unknown>) => call.then(() => null).catch((error: unknown) => error);
    const refused = await failure(internal.request("knowledge", "{ article }"));
    expect(refused).toBeInstanceOf(InternalCallError);
    expect(refused).toMatchObject({ subgraph: "knowledge", message: "knowledge: no such article", code: "NOT_FOUND" });
    expect(await failure(internal.request("chat", "{ x }", {}, { timeoutMs: 50 }))).toMatchObject({
      name: "InternalCallError",
      message: "chat: timed out",
    });
    expect(await failure(internal.request("analytics", "{ x }"))).toMatchObject({
      name: "InternalCallError",
      message: expect.stringMatching(/^analytics: .*ECONNREFUSED/),
    });
    expect(await failure(internal.request("tickets", "{ x }"))).toMatchObject({
      message: "tickets: HTTP 502 without a GraphQL body",
    });
  });
});

describe("createInternalClient's persisted documents, against Apollo Server", () => {
  let server: Server;
  let base: string;
  const bodies: { query?: string; extensions?: unknown }[] = [];
  let executed = 0;
  const newApollo = async (persistedQueries?: false) => {
    const apollo = new ApolloServer({
      typeDefs: "type Query { double(n: Int!): Int! } type Mutation { bump: Int! }",
      resolvers: {
        Query: { double: (_: unknown, { n }: { n: number }) => (executed++, 2 * n) },
        Mutation: { bump: () => ++executed },
      },
      ...(persistedQueries === false ? { persistedQueries } : {}),
    });
    await apollo.start();
    return apollo;
  };
  let apollo: ApolloServer;

  beforeAll(async () => {
    apollo = await newApollo();
    server = createServer((request, response) => {
      void (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as (typeof bodies)[number];
        bodies.push(body);
        const headers = new HeaderMap();
        headers.set("content-type", "application/json");
        const result = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: "POST", headers, search: "", body },
          context: async () => ({}),
        });
        response.writeHead(result.status ?? 200, { "content-type": "application/json" });
        response.end(result.body.kind === "complete" ? result.body.string : "");
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await apollo.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = () =>
    createInternalClient({ serviceName: "tickets", secret: "s".repeat(32), urlOf: () => `${base}/graphql` });
  const DOUBLE = "query Double($n: Int!) { double(n: $n) }";
  const sentText = () => bodies.map((body) => typeof body.query === "string");

  it("sends a document's text once, then only its hash, and again with the text to a callee that forgot it", async () => {
    const internal = client();
    bodies.length = 0;
    for (const n of [1, 2, 3]) expect(await internal.request("agents", DOUBLE, { n })).toEqual({ double: 2 * n });
    expect(sentText()).toEqual([true, false, false]);
    expect(bodies.every((body) => (body.extensions as { persistedQuery?: unknown })?.persistedQuery)).toBe(true);

    // A restarted callee: the hash alone is refused without running, the text follows, once.
    await apollo.stop();
    apollo = await newApollo();
    bodies.length = 0;
    executed = 0;
    expect(await internal.request("agents", "mutation Bump { bump }")).toEqual({ bump: 1 });
    expect(await internal.request("agents", DOUBLE, { n: 5 })).toEqual({ double: 10 });
    expect(await internal.request("agents", DOUBLE, { n: 6 })).toEqual({ double: 12 });
    expect(sentText()).toEqual([true, false, true, false]);
    expect(executed).toBe(3);
  });

  it("sends the plain text to a callee without persisted queries", async () => {
    await apollo.stop();
    apollo = await newApollo(false);
    const internal = client();
    bodies.length = 0;
    for (const n of [1, 2]) expect(await internal.request("agents", DOUBLE, { n })).toEqual({ double: 2 * n });
    // Refused once (nothing ran), then the plain text, and from then on only that.
    expect(bodies.map((body) => [typeof body.query, body.extensions ?? null])).toEqual([
      ["string", expect.anything()],
      ["string", null],
      ["string", null],
    ]);
  });
});
