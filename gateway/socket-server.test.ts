/**
 * The graphql-transport-ws protocol as the gateway's socket server speaks it, over real sockets:
 * each close code graphql-ws defines, ping/pong, single results, streams ending from either side,
 * failing streams, and errors formatted by the gateway's hook.
 */
import type { AddressInfo } from "node:net";
import { buildSchema, GraphQLError, parse, type ExecutionArgs, type ExecutionResult } from "graphql";
import { GRAPHQL_TRANSPORT_WS_PROTOCOL } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { createAsyncQueue, type AsyncQueue } from "../shared/async-queue.js";
import { createLogger } from "../shared/logger.js";
import { serveGraphqlWs, type SocketOperations } from "./socket-server.js";

const schema = buildSchema(`type Query { hello: String } type Subscription { ticks: Int }`);

interface Harness {
  url: string;
  /** Streams handed out, in order, with whether they were returned. */
  streams: { queue: AsyncQueue<ExecutionResult>; returned: boolean }[];
  close(): Promise<void>;
}

async function startServer(): Promise<Harness> {
  const wsServer = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise<void>((resolve) => wsServer.once("listening", () => resolve()));
  const streams: Harness["streams"] = [];
  const operations: SocketOperations<{ user: string }> = {
    connect: async (_request, params) => (params?.token === "good" ? { user: "ana" } : null),
    prepare: async (context, payload) => {
      if (payload.query.includes("refuse")) return [new GraphQLError("refused", { extensions: { code: "FORBIDDEN" } })];
      return {
        schema,
        document: parse(payload.query),
        operationName: payload.operationName,
        contextValue: context,
      } as ExecutionArgs;
    },
    subscribe: (args) => {
      if (args.operationName === "Failing") return failingStream(new Error("upstream went away"));
      const entry = { queue: null as unknown as AsyncQueue<ExecutionResult>, returned: false };
      entry.queue = createAsyncQueue<ExecutionResult>(() => (entry.returned = true));
      streams.push(entry);
      return entry.queue.iterator;
    },
    execute: async (args) => ({ data: { hello: `hi ${(args.contextValue as { user: string }).user}` } }),
    formatErrors: (errors) => errors.map((error) => ({ message: error.message, extensions: error.extensions })),
  };
  const served = serveGraphqlWs(operations, wsServer, createLogger("error"), { connectionInitWaitMs: 150 });
  const { port } = wsServer.address() as AddressInfo;
  return { url: `ws://127.0.0.1:${port}`, streams, close: () => served.dispose() };
}

/** A raw protocol client: what it received, and how the socket closed. */
class RawClient {
  readonly received: Record<string, unknown>[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly socket: WebSocket;

  /** `protocol` null: no subprotocol asked for. */
  constructor(url: string, protocol: string | null = GRAPHQL_TRANSPORT_WS_PROTOCOL) {
    this.socket = protocol === null ? new WebSocket(url) : new WebSocket(url, protocol);
    this.socket.on("message", (data) => this.received.push(JSON.parse(String(data))));
    this.closed = new Promise((resolve) =>
      this.socket.on("close", (code, reason) => resolve({ code, reason: String(reason) })),
    );
  }

  async open(): Promise<this> {
    if (this.socket.readyState !== WebSocket.OPEN) await new Promise((resolve) => this.socket.once("open", resolve));
    return this;
  }

  send(message: unknown): void {
    this.socket.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  async initialised(): Promise<this> {
    await this.open();
    this.send({ type: "connection_init", payload: { token: "good" } });
    await this.until((m) => m.type === "connection_ack");
    return this;
  }

  async until(match: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    for (let waited = 0; waited < 2000; waited += 10) {
      const found = this.received.find(match);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no such message; received ${JSON.stringify(this.received)}`);
  }

  close(): void {
    this.socket.close(1000);
  }
}

describe("gateway socket server (graphql-transport-ws)", () => {
  let server: Harness;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("closes with graphql-ws's codes: wrong subprotocol, no init, bad message, second init, refused, unauthorised, duplicate id", async () => {
    expect((await new RawClient(server.url, null).closed).code).toBe(4406);
    expect((await new RawClient(server.url).closed).code).toBe(4408);

    const bad = await new RawClient(server.url).open();
    bad.send("{not json");
    expect((await bad.closed).code).toBe(4400);

    const twice = await new RawClient(server.url).initialised();
    twice.send({ type: "connection_init" });
    expect((await twice.closed).code).toBe(4429);

    const refused = await new RawClient(server.url).open();
    refused.send({ type: "connection_init", payload: { token: "bad" } });
    expect(await refused.closed).toEqual({ code: 4403, reason: "Forbidden" });

    const early = await new RawClient(server.url).open();
    early.send({ id: "1", type: "subscribe", payload: { query: "subscription { ticks }" } });
    expect((await early.closed).code).toBe(4401);

    const duplicate = await new RawClient(server.url).initialised();
    duplicate.send({ id: "1", type: "subscribe", payload: { query: "subscription { ticks }" } });
    duplicate.send({ id: "1", type: "subscribe", payload: { query: "subscription { ticks }" } });
    expect(await duplicate.closed).toEqual({ code: 4409, reason: "Subscriber for 1 already exists" });
  });

  it("answers ping with pong (echoing the payload) and a query with next then complete", async () => {
    const client = await new RawClient(server.url).initialised();
    client.send({ type: "ping", payload: { at: 1 } });
    expect(await client.until((m) => m.type === "pong")).toEqual({ type: "pong", payload: { at: 1 } });
    client.send({ id: "q", type: "subscribe", payload: { query: "{ hello }" } });
    await client.until((m) => m.type === "complete");
    expect(client.received.filter((m) => m.id === "q")).toEqual([
      { id: "q", type: "next", payload: { data: { hello: "hi ana" } } },
      { id: "q", type: "complete" },
    ]);
    client.close();
  });

  it("answers a refused operation with one error message, formatted by the hook, and keeps the socket", async () => {
    const client = await new RawClient(server.url).initialised();
    client.send({ id: "r", type: "subscribe", payload: { query: "refuse { hello }" } });
    expect(await client.until((m) => m.id === "r")).toEqual({
      id: "r",
      type: "error",
      payload: [{ message: "refused", extensions: { code: "FORBIDDEN" } }],
    });
    client.send({ id: "again", type: "subscribe", payload: { query: "{ hello }" } });
    await client.until((m) => m.id === "again" && m.type === "complete");
    client.close();
  });

  it("streams events until the stream ends, stops when the client completes, and returns streams when the socket closes", async () => {
    const client = await new RawClient(server.url).initialised();
    const before = server.streams.length;
    client.send({ id: "s", type: "subscribe", payload: { query: "subscription { ticks }" } });
    await expectEventually(() => server.streams.length === before + 1);
    const ending = server.streams[before];
    ending.queue.push({ data: { ticks: 1 } });
    ending.queue.push({ data: { ticks: 2 }, errors: [new GraphQLError("partial")] });
    ending.queue.end();
    await client.until((m) => m.id === "s" && m.type === "complete");
    expect(client.received.filter((m) => m.id === "s")).toEqual([
      { id: "s", type: "next", payload: { data: { ticks: 1 } } },
      { id: "s", type: "next", payload: { data: { ticks: 2 }, errors: [{ message: "partial" }] } },
      { id: "s", type: "complete" },
    ]);

    client.send({ id: "c", type: "subscribe", payload: { query: "subscription { ticks }" } });
    await expectEventually(() => server.streams.length === before + 2);
    const completed = server.streams[before + 1];
    client.send({ id: "c", type: "complete" });
    await expectEventually(() => completed.returned);
    completed.queue.push({ data: { ticks: 3 } });
    // The id may be reused at once; nothing more arrives for the completed one.
    client.send({ id: "c", type: "subscribe", payload: { query: "subscription { ticks }" } });
    await expectEventually(() => server.streams.length === before + 3);
    expect(client.received.filter((m) => m.id === "c")).toEqual([]);

    client.close();
    await client.closed;
    await expectEventually(() => server.streams[before + 2].returned);
  });

  it("answers a failing stream with an error message", async () => {
    const client = await new RawClient(server.url).initialised();
    client.send({
      id: "f",
      type: "subscribe",
      payload: { query: "subscription Failing { ticks }", operationName: "Failing" },
    });
    expect(await client.until((m) => m.id === "f")).toEqual({
      id: "f",
      type: "error",
      payload: [{ message: "upstream went away", extensions: {} }],
    });
    client.close();
  });
});

function failingStream(error: Error): AsyncIterableIterator<ExecutionResult> {
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => Promise.reject(error),
    return: async () => ({ done: true, value: undefined }),
  };
}

async function expectEventually(condition: () => boolean): Promise<void> {
  for (let waited = 0; waited < 2000; waited += 10) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(condition()).toBe(true);
}
