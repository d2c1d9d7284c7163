import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { attachWebSocketServer } from "./http.js";
import { textFrame, writeFrame } from "./ws-frames.js";

const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A server upgrading as the gateway's does, and one client connected to it. */
async function connected(options: { perMessageDeflate?: boolean; ownServer?: boolean } = {}) {
  const server = http.createServer();
  const accepted = new Promise<WebSocket>((resolve) => {
    if (options.ownServer) {
      // Upgraded by a WebSocketServer of its own: no connection remembered for its sockets.
      const wss = new WebSocketServer({ server, perMessageDeflate: options.perMessageDeflate ?? false });
      wss.on("connection", resolve);
    } else attachWebSocketServer(server, "/graphql").on("connection", resolve);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const client = new WebSocket(`ws://127.0.0.1:${port}/graphql`, {
    perMessageDeflate: options.perMessageDeflate ?? false,
  });
  const received: string[] = [];
  client.on("message", (data, isBinary) => received.push(isBinary ? "(binary)" : data.toString()));
  await new Promise((resolve) => client.once("open", resolve));
  const ws = await accepted;
  closers.push(async () => {
    client.terminate();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { ws, client, received };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("frames written straight to a WebSocket's connection", () => {
  it("reach the client as the messages ws would have sent, at every length encoding and in order with ws's own", async () => {
    const { ws, received } = await connected();
    // 7-bit, 16-bit and 64-bit lengths and their edges (in bytes), and text that is not ASCII.
    const texts = [0, 1, 125, 126, 65_535, 65_536, 70_001].map((n, i) => `${i}:`.padEnd(n, "a").slice(0, n));
    texts.push("é".repeat(100), "تذكرة ".repeat(3_000));
    const expected: string[] = [];
    for (const text of texts) {
      expect(writeFrame(ws, textFrame(Buffer.from(text)))).toBe(true);
      ws.send(`after ${text.length}`);
      expected.push(text, `after ${text.length}`);
    }
    await until(() => received.length === expected.length);
    expect(received).toEqual(expected);
  });

  it("are left to ws where it frames differently or not at all: compression negotiated, a socket it upgraded alone, a closing socket", async () => {
    const compressed = await connected({ perMessageDeflate: true, ownServer: true });
    expect(compressed.ws.extensions).toContain("permessage-deflate");
    expect(writeFrame(compressed.ws, textFrame(Buffer.from("x")))).toBe(false);

    const unknown = await connected({ ownServer: true });
    expect(writeFrame(unknown.ws, textFrame(Buffer.from("x")))).toBe(false);

    const closing = await connected();
    closing.ws.close(1000);
    expect(writeFrame(closing.ws, textFrame(Buffer.from("x")))).toBe(false);
    await until(() => closing.client.readyState === WebSocket.CLOSED);
    expect(closing.received).toEqual([]);
  });
});
