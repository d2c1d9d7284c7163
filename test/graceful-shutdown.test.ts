/**
 * SIGTERM on a gateway process (the production entry point, runtime/main.ts) while writes are
 * in flight: every request the gateway accepted is answered, every acknowledged write is a row and
 * no row exists without its acknowledgement; graphql-ws clients are told to reconnect (close code
 * 1012) and the process exits 0.
 */
import { freePort } from "../scripts/free-port.js";
import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";
import { gatewayProcessEnv, startGatewayProcess } from "./support/gateway-process.js";

let system: TestSystem;
let gateway: ChildProcess | null = null;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  if (gateway && gateway.exitCode === null) gateway.kill("SIGKILL");
  await system?.close();
});

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;

describe("a gateway process stopped with SIGTERM", () => {
  it("answers what it accepted, loses and duplicates nothing, and tells socket clients to reconnect", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const started = startGatewayProcess(gatewayProcessEnv(system, port, { LOG_LEVEL: "error" }));
    gateway = started.child;
    const { exited } = started;
    await eventually(async () => (await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null))?.ok, 60_000, 200);

    // A dashboard follows the live status over graphql-ws.
    const closeCodes: number[] = [];
    const socket = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await system.token("supervisor")}` },
      retryAttempts: 0,
      on: { closed: (event) => closeCodes.push((event as { code: number }).code) },
    });
    const updates: unknown[] = [];
    let subscriptionEnded = false;
    socket.subscribe(
      { query: `subscription { liveSupportStatus { chatsWaiting } }` },
      {
        next: (value) => updates.push(value),
        error: () => (subscriptionEnded = true),
        complete: () => (subscriptionEnded = true),
      },
    );
    await eventually(async () => updates.length > 0, 10_000);

    // Twenty customers create tickets; SIGTERM arrives while they are in flight.
    const run = randomUUID().slice(0, 8);
    const customer = await system.token("customer");
    let terminatedAt = Number.POSITIVE_INFINITY;
    const writes = Array.from({ length: 20 }, async (_, i) => {
      const input = {
        channel: "IN_APP",
        subject: `Drain ${run} #${i}`,
        description: "My PROPX purchase is stuck in pending.",
        categoryKey: "token_purchase_issues",
      };
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${customer}` },
          body: JSON.stringify({ query: CREATE, variables: { input } }),
        });
        const body = (await response.json()) as {
          data?: { createTicket: { id: string } } | null;
          errors?: { extensions?: Record<string, unknown> }[];
        };
        return { status: response.status, body, at: Date.now() };
      } catch (error) {
        return {
          refused: String(
            (error as { cause?: { code?: string; message?: string } }).cause?.code ??
              (error as { cause?: Error }).cause?.message ??
              error,
          ),
          at: Date.now(),
        };
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    terminatedAt = Date.now();
    gateway.kill("SIGTERM");
    const results = await Promise.all(writes);

    if (process.env.DEBUG_DRAIN) console.log(terminatedAt, results);
    expect(await exited).toBe(0);
    const answered = results.filter((r): r is Extract<typeof r, { status: number }> => "status" in r);
    // Every request is answered with its result, or refused (503, coded and retryable) without
    // running; never an error for a write that committed.
    const refused = answered.filter((r) => r.status === 503);
    const done = answered.filter((r) => r.status !== 503);
    for (const result of refused)
      expect(result.body.errors?.[0]).toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE", retryable: true } });
    for (const result of done) {
      expect(result.status).toBe(200);
      expect(result.body.errors).toBeUndefined();
    }
    expect(done.some((r) => r.at >= terminatedAt)).toBe(true);
    const acknowledged = done.map((r) => r.body.data!.createTicket.id).sort();
    const rows = await system.db.prisma.ticket.findMany({
      where: { subject: { startsWith: `Drain ${run} ` } },
      select: { id: true },
    });
    expect(rows.map((row) => row.id).sort()).toEqual(acknowledged);

    await eventually(async () => closeCodes.length > 0, 5_000);
    expect(closeCodes).toEqual([1012]);
    expect(subscriptionEnded).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/ready`)).rejects.toThrow();
    await socket.dispose();
  }, 90_000);
});
