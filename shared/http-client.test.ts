import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient, RequestTimeoutError } from "./http-client.js";

describe("createHttpClient", () => {
  let server: Server;
  let base: string;
  const sockets = new Set<unknown>();
  const client = createHttpClient();

  beforeAll(async () => {
    const answer = async (request: IncomingMessage, response: ServerResponse) => {
      sockets.add(request.socket);
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      if (request.url === "/slow") return void setTimeout(() => response.end("late"), 2000);
      if (request.url === "/error") {
        response.writeHead(400, { "content-type": "application/json; charset=utf-8" });
        return void response.end(JSON.stringify({ errors: [{ message: "bad" }] }));
      }
      response.writeHead(200, {
        "content-type": "application/json",
        "x-echo-method": request.method ?? "",
        "set-cookie": ["a=1", "b=2"],
      });
      // Several chunks: the client must join them before parsing.
      const echo = JSON.stringify({
        body: Buffer.concat(chunks).toString("utf8"),
        header: request.headers["x-test"] ?? null,
        padding: "é".repeat(40_000),
      });
      response.write(echo.slice(0, 10));
      setImmediate(() => response.end(echo.slice(10)));
    };
    server = createServer((request, response) => void answer(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it("posts a body with headers and reads a multi-chunk JSON answer, reusing one connection", async () => {
    for (let i = 0; i < 3; i++) {
      const response = await client(`${base}/echo`, {
        method: "POST",
        headers: { "x-test": `call ${i}` },
        body: `{"n":${i}}`,
      });
      expect(response.ok).toBe(true);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-echo-method")).toBe("POST");
      expect(response.headers.get("content-type")).toBe("application/json");
      const body = await response.json();
      expect(body).toMatchObject({ body: `{"n":${i}}`, header: `call ${i}` });
      expect(body.padding).toHaveLength(40_000);
    }
    expect(sockets.size).toBe(1);
  });

  it("answers error statuses as responses, with their body", async () => {
    const response = await client(`${base}/error`, { method: "POST", body: "{}" });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: "bad" }] });
    expect(JSON.parse(await response.text())).toEqual({ errors: [{ message: "bad" }] });
  });

  it("abandons an exchange not answered within its time limit, and clears the limit of one answered", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
    const started = performance.now();
    const late = client(`${base}/slow`, { timeoutMs: 100 });
    await expect(late).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect(late).rejects.toThrow(/within 100 ms/);
    expect(performance.now() - started).toBeLessThan(1500);

    const limited = createHttpClient({ timeoutMs: 60_000 });
    try {
      // Counted once the slow exchange is over: the test server's own 2-s timer for it is then
      // running, and counted in both figures (or ends meanwhile, so the count can drop).
      const before = timers();
      for (let i = 0; i < 5; i++) expect((await limited(`${base}/error`)).status).toBe(400);
      // Nothing of the five answered exchanges is left to fire later: the count must not grow.
      expect(timers()).toBeLessThanOrEqual(before);
      // A request's own limit replaces the client's.
      await expect(limited(`${base}/slow`, { timeoutMs: 50 })).rejects.toBeInstanceOf(RequestTimeoutError);
    } finally {
      limited.close();
    }
  });

  it("rejects on an aborted request and on a refused connection", async () => {
    await expect(client(`${base}/slow`, { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    await expect(client("http://127.0.0.1:1/graphql")).rejects.toThrow(/ECONNREFUSED/);
  });
});
