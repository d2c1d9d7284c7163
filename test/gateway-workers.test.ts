/**
 * GATEWAY_WORKERS=2 on the production entry point (runtime/main.ts gateway): two gateway
 * processes share one port under a primary. Clients' sockets are spread over both, every
 * subscriber receives a chat message whichever process holds its socket, a worker that dies is
 * replaced (its clients reconnect and resume), and SIGTERM stops everything gracefully.
 */
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { readdirSync, readFileSync } from "node:fs";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../scripts/free-port.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";
import { gatewayProcessEnv, startGatewayProcess } from "./support/gateway-process.js";

let system: TestSystem;
let primary: ChildProcess | null = null;
let stopping = false;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  if (primary && primary.exitCode === null) primary.kill("SIGKILL");
  await system?.close();
});

/** The gateway's log so far (its stdout). */
function logOf(primary: ChildProcess): () => string {
  let output = "";
  primary.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}

/** The pids of `pid`'s gateway worker processes (from /proc; not tsx's esbuild helper). */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Fields after the command name (which may hold spaces): state, ppid, …
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) !== pid) return false;
        return readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("runtime/main.ts");
      } catch {
        return false;
      }
    })
    .map(Number);
}

const CHAT_MESSAGES = `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on ChatMessageEvent { message { body } } } }`;

interface Follower {
  client: Client;
  bodies: string[];
  closeCodes: number[];
}

function follow(wsUrl: string, token: string, chatId: string): Follower {
  const follower: Follower = { client: null as never, bodies: [], closeCodes: [] };
  follower.client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 20,
    onNonLazyError: () => undefined,
    retryWait: async () => new Promise((resolve) => setTimeout(resolve, 200)),
    // Reconnect after a worker dies (as graphql-ws clients do), not once the gateway is gone.
    shouldRetry: () => !stopping,
    on: { closed: (event) => follower.closeCodes.push((event as { code: number }).code) },
  });
  follower.client.subscribe(
    { query: CHAT_MESSAGES, variables: { chatId } },
    {
      next: (event) => {
        const chatEvent = (event.data as { chatEvents?: { __typename: string; message?: { body: string } } })
          ?.chatEvents;
        if (chatEvent?.__typename === "ChatMessageEvent") follower.bodies.push(chatEvent.message!.body);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return follower;
}

describe("a gateway of two worker processes (GATEWAY_WORKERS=2)", () => {
  it("spreads sockets over both, delivers to every subscriber, replaces a dead worker and stops on SIGTERM", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const gatewayProcess = startGatewayProcess(
      gatewayProcessEnv(system, port, { GATEWAY_WORKERS: "2", LOG_LEVEL: "info" }),
      ["ignore", "pipe", "inherit"],
    );
    primary = gatewayProcess.child;
    const { exited } = gatewayProcess;
    const log = logOf(primary);
    // Until every worker listens, the first one takes every connection.
    await eventually(async () => log().includes('"msg":"gateway workers listening"'), 60_000, 100);
    await eventually(async () => (await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null))?.ok, 60_000, 200);
    const workers = childrenOf(primary.pid!);
    expect(workers).toHaveLength(2);

    // A query over HTTP is answered by the workers like by a single gateway.
    const staff = await system.token("supervisor");
    const answer = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${staff}` },
      body: JSON.stringify({ query: "{ tickets(first: 2) { edges { node { number } } } }" }),
    }).then((response) => response.json() as Promise<{ data?: unknown; errors?: unknown }>);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ tickets: { edges: expect.any(Array) } });

    // Twelve staff screens (different people) follow one chat room through the workers.
    const customer = await system.token("customer");
    const started = await system.request(
      `mutation($input: StartChatInput!) { startChat(input: $input) { id } }`,
      { input: { type: "WEB" } },
      customer,
    );
    const chatId = started.data!.startChat.id as string;
    const followers: Follower[] = [];
    for (let i = 0; i < 12; i++)
      followers.push(
        follow(
          `ws://127.0.0.1:${port}/graphql`,
          await system.token(i % 2 ? "supervisor" : "admin", crypto.randomUUID()),
          chatId,
        ),
      );
    const send = async (body: string) => {
      const sent = await system.request(
        `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
        { input: { chatId, body } },
        customer,
      );
      expect(sent.errors).toBeUndefined();
    };
    // Subscriptions open asynchronously: send until every follower has received one message.
    await eventually(
      async () => {
        await send(`hello ${Date.now()}`);
        return followers.every((f) => f.bodies.length > 0);
      },
      20_000,
      300,
    );

    // One worker dies: the sockets it held close (so it held some, and the other worker the
    // rest), the primary starts a replacement, and those clients reconnect and resume.
    process.kill(workers[0], "SIGKILL");
    await eventually(async () => followers.some((f) => f.closeCodes.length > 0), 10_000);
    const moved = followers.filter((f) => f.closeCodes.length > 0).length;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(followers.length);
    await eventually(async () => log().includes('"msg":"a replacement gateway worker listens"'), 30_000, 100);
    const replaced = childrenOf(primary.pid!);
    expect(replaced).toHaveLength(2);
    expect(replaced).not.toContain(workers[0]);
    const after = `after the restart ${Date.now()}`;
    await eventually(
      async () => {
        await send(after);
        return followers.every((f) => f.bodies.includes(after));
      },
      30_000,
      500,
    );

    // SIGTERM on the primary: both workers drain, sockets are told to reconnect, exit 0.
    stopping = true;
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
    await eventually(async () => followers.every((f) => f.closeCodes.includes(1012)), 10_000);
    await expect(fetch(`http://127.0.0.1:${port}/ready`)).rejects.toThrow();
    await Promise.all(followers.map((f) => f.client.dispose()));
  }, 120_000);

  it("exits 1 naming the port when the workers cannot listen", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      // Not spawnSync: this worker's event loop serves the system's subgraphs meanwhile.
      const { child, exited } = startGatewayProcess(
        gatewayProcessEnv(system, port, { GATEWAY_WORKERS: "2", LOG_LEVEL: "info" }),
        ["ignore", "ignore", "pipe"],
      );
      let stderr = "";
      child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      const status = await exited.finally(() => clearTimeout(timer));
      const result = { status, stderr };
      // Its stderr with the verdict: a run that hangs (killed at the time limit) shows how far it got.
      expect(result.status, `stderr:\n${result.stderr}`).toBe(1);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(result.stderr).toContain("A gateway worker exited with 1 before listening");
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      holder.close();
    }
  }, 70_000);
});
