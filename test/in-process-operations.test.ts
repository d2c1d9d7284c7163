/**
 * A subgraph's call to another subgraph in the same process runs the operation through the
 * callee's Apollo Server without the HTTP exchange (shared/in-process-exchange.ts,
 * `operationsInProcess`): it must answer exactly what a POST to the callee's /graphql answers —
 * data, refusals and their codes — and refuse while the callee drains.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchCustomerProfileFacts } from "../shared/clients/agents.js";
import { IDENTITY_HEADER, signIdentity } from "../shared/identity.js";
import { operationsInProcess, serveInProcess } from "../shared/in-process-exchange.js";
import { createInternalClient, InternalCallError } from "../shared/internal-client.js";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

const PROFILE = "query Profile($id: ID!) { customer(id: $id) { name preferredLanguage country email } }";

async function overHttp(body: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(system.subgraphs.agents!.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as unknown;
}

const serviceToken = (options: { audience?: string; now?: number } = {}) =>
  signIdentity(
    { subject: "tickets", role: "service" },
    { secret: system.config.INTERNAL_SECRET, audience: options.audience ?? "agents", now: options.now },
  );

describe("an operation run in process", () => {
  it("answers what the same POST answers: data, field errors and refusals", async () => {
    const run = operationsInProcess(system.subgraphs.agents!.url);
    expect(run).not.toBeNull();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ query: PROFILE, variables: { id: DEMO.customer.id } }, { [IDENTITY_HEADER]: await serviceToken() }],
      // Not a UUID: a field error with its code, data null.
      [{ query: PROFILE, variables: { id: "nope" } }, { [IDENTITY_HEADER]: await serviceToken() }],
      // Invalid document and missing variable: refused before anything runs.
      [{ query: "{ customer(id: 1) { nothing } }" }, { [IDENTITY_HEADER]: await serviceToken() }],
      [{ query: PROFILE }, { [IDENTITY_HEADER]: await serviceToken() }],
      // A token for another subgraph, an expired one, none at all.
      [
        { query: PROFILE, variables: { id: DEMO.customer.id } },
        { [IDENTITY_HEADER]: await serviceToken({ audience: "chat" }) },
      ],
      [
        { query: PROFILE, variables: { id: DEMO.customer.id } },
        { [IDENTITY_HEADER]: await serviceToken({ now: Date.now() - 120_000 }) },
      ],
      [{ query: PROFILE, variables: { id: DEMO.customer.id } }, {}],
    ];
    for (const [body, headers] of cases) {
      const [direct, viaHttp] = [await run!(body, headers), await overHttp(body, headers)];
      expect(direct).toEqual(viaHttp);
      // Plain JSON, as read from HTTP: nothing shared with the callee, no null-prototype objects.
      expect(JSON.parse(JSON.stringify(direct))).toStrictEqual(direct);
    }
    const [found] = [await run!(cases[0][0], cases[0][1])] as { data: { customer: { name: string } } }[];
    expect(found.data.customer.name).toBe(DEMO.customer.name);
  });

  it("is how a subgraph calls another in the same process, within the call's time limit", async () => {
    const internal = createInternalClient({
      serviceName: "tickets",
      secret: system.config.INTERNAL_SECRET,
      urlOf: (name) => system.subgraphs[name]!.url,
      inProcess: true,
    });
    expect(await fetchCustomerProfileFacts(internal, DEMO.customer.id)).toMatchObject({
      preferredLanguage: DEMO.customer.preferredLanguage,
    });
    // A refusal is the same InternalCallError, with the callee's code.
    const refused = await fetchCustomerProfileFacts(internal, "nope").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InternalCallError);
    expect((refused as InternalCallError).code).toBe("BAD_USER_INPUT");
    // A callee that does not answer in time: the same "timed out" as over HTTP.
    const stop = serveInProcess(
      "http://127.0.0.1:9",
      () => undefined,
      () => true,
      () => new Promise(() => undefined),
    );
    try {
      const stalled = createInternalClient({
        serviceName: "tickets",
        secret: system.config.INTERNAL_SECRET,
        urlOf: () => "http://127.0.0.1:9/graphql",
        inProcess: true,
      });
      const late = await fetchCustomerProfileFacts(stalled, DEMO.customer.id, { timeoutMs: 20 }).catch(
        (error: unknown) => error,
      );
      expect(late).toBeInstanceOf(InternalCallError);
      expect((late as Error).message).toBe("agents: timed out");
    } finally {
      stop();
    }
  });
});

describe("an operation run in process while its subgraph drains", () => {
  it("is refused as over HTTP (SERVICE_UNAVAILABLE, retryable), then goes over HTTP once the port is closed", async () => {
    const own = await startTestSystem();
    try {
      const agents = own.subgraphs.agents!;
      const run = operationsInProcess(agents.url)!;
      const body = { query: PROFILE, variables: { id: DEMO.customer.id } };
      const headers = {
        [IDENTITY_HEADER]: await signIdentity(
          { subject: "tickets", role: "service" },
          { secret: own.config.INTERNAL_SECRET, audience: "agents" },
        ),
      };
      const closing = agents.close();
      expect(await run(body, headers)).toEqual({
        errors: [
          {
            message: "The service is restarting; send the request again",
            extensions: { code: "SERVICE_UNAVAILABLE", retryable: true },
          },
        ],
      });
      await closing;
      expect(operationsInProcess(agents.url)).toBeNull();
    } finally {
      await own.close();
    }
  });
});
