import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHttpClient, RequestTimeoutError, ResponseTooLargeError } from "./http-client.js";
import type { ExchangeRequest, ExchangeResponse } from "./http.js";
import { serveInProcess } from "./in-process-exchange.js";

describe("in-process exchange", () => {
  let server: Server;
  let origin: string;
  /** Where each request came from: a real socket, or the in-process exchange's stand-in. */
  const arrivals: ("socket" | "in-process")[] = [];
  let stopServing: () => void;
  const inProcess = createHttpClient({ inProcess: true, maxResponseBytes: 100_000 });
  const overHttp = createHttpClient();

  const handler = (request: ExchangeRequest, response: ExchangeResponse) =>
    void (async () => {
      arrivals.push("setTimeout" in request.socket ? "socket" : "in-process");
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(Buffer.from(chunk as Buffer));
      if (request.url === "/slow") return void setTimeout(() => response.end("late"), 2000);
      if (request.url === "/large") return void response.writeHead(200).end("x".repeat(200_000));
      response.setHeader("x-echo-method", request.method ?? "");
      response.setHeader("set-cookie", ["a=1", "b=2"]);
      response.writeHead(201, { "content-type": "application/json" });
      const echo = JSON.stringify({
        url: request.url,
        body: Buffer.concat(chunks).toString("utf8"),
        header: request.headers["x-test"] ?? null,
      });
      response.write(echo.slice(0, 10));
      setImmediate(() => response.end(echo.slice(10)));
    })();

  beforeAll(async () => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stopServing = serveInProcess(origin, handler);
  });

  afterAll(async () => {
    stopServing();
    inProcess.close();
    overHttp.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const echo = (client: typeof inProcess) =>
    client(`${origin}/echo?x=1`, { method: "POST", headers: { "X-Test": "hello" }, body: '{"n":1}' });

  it("answers as the server does over HTTP, without a socket", async () => {
    arrivals.length = 0;
    const [direct, viaSocket] = [await echo(inProcess), await echo(overHttp)];
    expect(arrivals).toEqual(["in-process", "socket"]);
    for (const response of [direct, viaSocket]) {
      expect(response.status).toBe(201);
      expect(response.headers.get("x-echo-method")).toBe("POST");
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(response.headers.get("set-cookie")).toBe("a=1, b=2");
      expect(await response.json()).toEqual({ url: "/echo?x=1", body: '{"n":1}', header: "hello" });
    }
  });

  it("keeps the client's time limit, abort signal and response size limit", async () => {
    const slow = inProcess(`${origin}/slow`, { timeoutMs: 50 });
    await expect(slow).rejects.toBeInstanceOf(RequestTimeoutError);
    const controller = new AbortController();
    const aborted = inProcess(`${origin}/slow`, { signal: controller.signal });
    controller.abort(new Error("gave up"));
    await expect(aborted).rejects.toThrow("gave up");
    await expect(inProcess(`${origin}/large`)).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("goes over HTTP to an origin served elsewhere, and once the server stopped serving here", async () => {
    arrivals.length = 0;
    stopServing();
    expect((await echo(inProcess)).status).toBe(201);
    stopServing = serveInProcess(origin, handler);
    await echo(inProcess);
    expect(arrivals).toEqual(["socket", "in-process"]);
  });

  it("forgets a server that no longer holds its port, so its port's next owner is reached over HTTP", async () => {
    arrivals.length = 0;
    let listening = true;
    const stale = vi.fn(handler);
    stopServing = serveInProcess(origin, stale, () => listening);
    await echo(inProcess);
    listening = false;
    await echo(inProcess);
    listening = true; // forgotten for good: only a new registration serves in process again
    await echo(inProcess);
    expect(stale).toHaveBeenCalledTimes(1);
    expect(arrivals).toEqual(["in-process", "socket", "socket"]);
    stopServing = serveInProcess(origin, handler);
  });
});
