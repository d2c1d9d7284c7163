/**
 * The all-in-one process (`npm start`): the gateway's fetches and the subgraphs' commands to each
 * other reach the subgraph's request handler without a loopback socket, and answer what they
 * answer over HTTP. IN_PROCESS_SUBGRAPH_CALLS=false sends them over HTTP.
 */
import http from "node:http";
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestSystem, type TestSystem } from "./harness.js";

const CREATE = `mutation($input: CreateTicketInput!) {
  createTicket(input: $input) { status priority language needsTriage escalationTier assignedAgent { id } }
}`;

let system: TestSystem | null = null;

afterEach(async () => {
  vi.restoreAllMocks();
  await system?.close();
  system = null;
});

/** Creates a ticket through the gateway; returns the answer and the subgraphs asked over HTTP. */
async function createTicketCountingHttp(running: TestSystem) {
  const ports = new Map(Object.values(running.subgraphs).map((server) => [String(server!.port), server!.name]));
  const overHttp: string[] = [];
  const request = http.request;
  vi.spyOn(http, "request").mockImplementation(((url: string | URL, ...rest: unknown[]) => {
    const port = new URL(String(url)).port;
    if (ports.has(port)) overHttp.push(ports.get(port)!);
    return (request as (...args: unknown[]) => http.ClientRequest)(url, ...rest);
  }) as typeof http.request);
  const answer = await running.request(
    CREATE,
    {
      input: {
        channel: "IN_APP",
        subject: "I cannot withdraw XERA from my wallet",
        description: "The withdrawal to my bank account has been pending for three days.",
        idempotencyKey: randomUUID(),
      },
    },
    await running.token("customer"),
  );
  vi.restoreAllMocks();
  return { answer, overHttp };
}

describe("calls between services in one process", () => {
  it("reach the subgraphs without HTTP by default, and over HTTP with IN_PROCESS_SUBGRAPH_CALLS=false, alike", async () => {
    system = await startTestSystem();
    const inProcess = await createTicketCountingHttp(system);
    await system.close();
    system = await startTestSystem({ env: { IN_PROCESS_SUBGRAPH_CALLS: "false" } });
    const overHttp = await createTicketCountingHttp(system);

    expect(inProcess.overHttp).toEqual([]);
    // The gateway's fetch to tickets, and tickets' own calls (customer profile, routing, answers).
    expect(overHttp.overHttp).toContain("tickets");
    expect(overHttp.overHttp).toContain("agents");
    expect(overHttp.overHttp).toContain("knowledge");
    for (const { answer } of [inProcess, overHttp]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.createTicket.status).toBe("OPEN");
    }
    expect(inProcess.answer).toEqual(overHttp.answer);
  });
});
