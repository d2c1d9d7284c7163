import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
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
    const events = await client().readOutbox("agents", { occurredAt: "2026-12-05T00:00:00.000Z", id: "e0" }, 10);
    expect(events).toEqual([{ id: "e1", type: "t", payload: {} }]);
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
