/**
 * A subgraph that stops tells the sockets open on it (a gateway's upstream subscriptions) to
 * reconnect: close code 1012 "service restart", the code graphql-ws clients retry on at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

describe("a subgraph stopping", () => {
  it("closes its graphql-ws sockets with 1012 so upstream clients reconnect", async () => {
    const chat = system.subgraphs.chat!;
    const socket = new WebSocket(chat.wsUrl, "graphql-transport-ws");
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    socket.send(JSON.stringify({ type: "connection_init", payload: {} }));
    const acknowledged = await new Promise<boolean>((resolve) => {
      socket.once("message", (data) => resolve(JSON.parse(String(data)).type === "connection_ack"));
      socket.once("close", () => resolve(false));
    });
    expect(acknowledged).toBe(true);
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    await chat.close();
    expect(await closed).toBe(1012);
    delete system.subgraphs.chat;
  });
});
