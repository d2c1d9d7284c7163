/**
 * The gateway survives a misbehaving subgraph and says so in a way a client can act on: a fake
 * knowledge subgraph that resets mid-response, answers 400/500, sends megabytes or stalls
 * yields SERVICE_UNAVAILABLE (retryable) for what needs it, while everything else keeps
 * answering — and no socket error escapes as an unhandled 'error' event.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../shared/http-client.js";
import { startTestSystem, type TestSystem } from "./harness.js";

type Mode = "reset" | "reset-mid-body" | "400-html" | "500" | "huge" | "stall" | "not-json";

let mode: Mode = "reset";
/** 5 MB of valid GraphQL JSON, built once. */
const HUGE = JSON.stringify({
  data: { knowledgeCategories: Array.from({ length: 60_000 }, (_, i) => ({ key: `k${i}`, name: "x".repeat(70) })) },
});
let fake: Server;
let system: TestSystem;

function startFake(): Promise<Server> {
  const server = createServer((request, response) => {
    switch (mode) {
      case "reset":
        request.socket.destroy();
        return;
      case "reset-mid-body":
        response.writeHead(200, { "content-type": "application/json" });
        response.write('{"data":{"knowledgeCategories":[{"key":"getting');
        setTimeout(() => request.socket.destroy(), 10);
        return;
      case "400-html":
        response.writeHead(400, { "content-type": "text/html" }).end("<h1>Bad Request</h1>");
        return;
      case "500":
        response.writeHead(500, { "content-type": "application/json" }).end('{"message":"boom"}');
        return;
      case "huge":
        response.writeHead(200, { "content-type": "application/json" });
        response.end(HUGE);
        return;
      case "not-json":
        response.writeHead(200, { "content-type": "text/plain" }).end("hello");
        return;
      case "stall":
        return; // never answers
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  fake = await startFake();
  const fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`;
  system = await startTestSystem({
    only: ["tickets", "chat", "agents", "analytics"],
    env: { KNOWLEDGE_URL: fakeUrl, SUBGRAPH_TIMEOUT_MS: "4000", SUBGRAPH_MAX_RESPONSE_BYTES: "1000000" },
  });
});

afterAll(async () => {
  await system?.close();
  fake?.closeAllConnections();
  fake?.close();
});

const knowledge = () => system.request(`{ knowledgeCategories { key name } }`);
const tickets = () => system.request(`{ ticketCategories { key } }`);

describe("a misbehaving subgraph", () => {
  it.each(["reset", "reset-mid-body", "400-html", "500", "huge", "stall", "not-json"] as Mode[])(
    "%s: SERVICE_UNAVAILABLE, retryable, and the rest still answers",
    async (which) => {
      mode = which;
      const [broken, healthy] = await Promise.all([knowledge(), tickets()]);
      expect(broken.errors?.[0].extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryable: true });
      expect(broken.errors?.[0].extensions).not.toHaveProperty("serviceName");
      expect(JSON.stringify(broken)).not.toMatch(/127\.0\.0\.1|knowledge:|stack/);
      expect(healthy.errors).toBeUndefined();
      expect(healthy.data!.ticketCategories.length).toBeGreaterThan(0);
    },
  );

  it("a 5 MB request body answered early with 400 and a closed socket rejects the call, nothing more", async () => {
    const early = createServer((request, response) => {
      response
        .writeHead(400, { "content-type": "application/json", connection: "close" })
        .end('{"errors":[{"message":"too big"}]}');
      request.socket.destroySoon();
    });
    await new Promise<void>((resolve) => early.listen(0, "127.0.0.1", resolve));
    const client = createHttpClient({ timeoutMs: 5000 });
    try {
      const url = `http://127.0.0.1:${(early.address() as AddressInfo).port}/graphql`;
      for (let i = 0; i < 5; i++) {
        const outcome = await client(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: Buffer.alloc(5 * 1024 * 1024, 32),
        }).then(
          (response) => response.status,
          (error: Error) => error.message,
        );
        expect([400, expect.stringMatching(/ECONNRESET|EPIPE|socket hang up|cut off/)]).toContainEqual(outcome);
      }
    } finally {
      client.close();
      early.close();
    }
  });
});
