/**
 * Another federation router in front of the subgraphs, configured only: Hive Gateway runs
 * the shipped example (examples/hive-gateway/gateway.config.ts) with its own CLI over a
 * supergraph composed for this system's ports. Anonymous public reads need no signature; a
 * signed-in customer reads their tickets, writes, and follows a live ticket through it — and
 * reaches nobody else's.
 */
import { freePort } from "../scripts/free-port.js";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSupergraph } from "../scripts/compose.js";
import { IDENTITY_HEADER, signIdentity } from "../shared/identity.js";
import { collect, DEMO, eventually, sleep, startTestSystem, type GraphQLResponse, type TestSystem } from "./harness.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const CONFIG = path.join(ROOT, "examples/hive-gateway/gateway.config.ts");
const CLI = path.join(ROOT, "node_modules/@graphql-hive/gateway/dist/bin.js");

let system: TestSystem;
let router: ChildProcess;
let routerLog = "";
let directory: string;
let url: string;
let wsUrl: string;

beforeAll(async () => {
  system = await startTestSystem({ withoutGateway: true });
  const urls = Object.fromEntries(Object.entries(system.subgraphs).map(([name, server]) => [name, server!.url]));
  directory = await mkdtemp(path.join(tmpdir(), "switchboard-hive-"));
  const supergraph = path.join(directory, "supergraph.graphql");
  await writeFile(supergraph, composeSupergraph(urls as Parameters<typeof composeSupergraph>[0]).supergraph);
  const port = await freePort();
  url = `http://127.0.0.1:${port}/graphql`;
  wsUrl = `ws://127.0.0.1:${port}/graphql`;
  router = spawn(
    process.execPath,
    [CLI, "supergraph", supergraph, "-c", CONFIG, "-p", String(port), "-h", "127.0.0.1"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "test",
        JWT_SECRET: system.config.JWT_SECRET,
        JWT_ISSUER: system.config.JWT_ISSUER,
        INTERNAL_SECRET: system.config.INTERNAL_SECRET,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  router.stdout!.on("data", (chunk) => (routerLog += chunk));
  router.stderr!.on("data", (chunk) => (routerLog += chunk));
  await eventually(
    async () => {
      if (router.exitCode !== null) throw new Error(`Hive Gateway exited: ${routerLog}`);
      return fetch(`http://127.0.0.1:${port}/readiness`).then(
        (r) => r.ok,
        () => false,
      );
    },
    60_000,
    200,
  ).catch((error) => {
    throw new Error(`${(error as Error).message}\n${routerLog}`);
  });
}, 120_000);

afterAll(async () => {
  if (router && router.exitCode === null) {
    const exited = new Promise((resolve) => router.once("exit", resolve));
    router.kill("SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    if (router.exitCode === null) router.kill("SIGKILL");
  }
  await system?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

async function request<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}

const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id subject status } }`;
const newTicket = (token: string, subject: string) =>
  request(
    CREATE_TICKET,
    { input: { channel: "IN_APP", subject, description: `${subject}: please look into it.` } },
    token,
  );

describe("Hive Gateway with the example configuration", () => {
  it("serves anonymous public reads with no signature, and refuses anything else anonymously", async () => {
    const articles = await request(
      `{ knowledgeArticles(first: 3) { edges { node { id title } } } knowledgeCategories { key } }`,
    );
    expect(articles.errors).toBeUndefined();
    expect(articles.data!.knowledgeArticles.edges.length).toBeGreaterThan(0);
    expect(articles.data!.knowledgeCategories.length).toBeGreaterThan(0);
    const tickets = await request(`{ myTickets(first: 1) { edges { node { id } } } }`);
    expect(tickets.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a client token that is not signed with JWT_SECRET", async () => {
    const forged = await request(
      `{ myTickets(first: 1) { edges { node { id } } } }`,
      {},
      await signIdentity(
        { subject: DEMO.customer.id, role: "customer" },
        { secret: "x".repeat(48), audience: "tickets" },
      ),
    );
    expect(forged.status).toBe(401);
    expect(forged.data ?? null).toBeNull();
  });

  it("runs a signed-in customer's mutation and queries as them, and never shows them another customer's ticket", async () => {
    const customer = await system.token("customer");
    const other = await system.token("customer", DEMO.otherCustomer.id);
    const created = await newTicket(customer, "Card payment declined");
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTicket).toMatchObject({ subject: "Card payment declined", status: "OPEN" });
    const id = created.data!.createTicket.id;
    const stored = await system.db.prisma.ticket.findUniqueOrThrow({ where: { id } });
    expect(stored.customerId).toBe(DEMO.customer.id);
    // Every mutation gets its own token: repeated writes through the router all succeed.
    for (let i = 0; i < 2; i++) expect((await newTicket(customer, `Follow-up ${i}`)).errors).toBeUndefined();

    const mine = await request(`{ myTickets(first: 20) { edges { node { id subject } } } }`, {}, customer);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myTickets.edges.map((e: any) => e.node.id)).toContain(id);

    const theirs = await newTicket(other, "Someone else's problem");
    const peek = await request(
      `query($id: ID!) { ticket(id: $id) { id subject } }`,
      { id: theirs.data!.createTicket.id },
      customer,
    );
    expect(peek.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(peek.data?.ticket ?? null).toBeNull();
    const theirList = await request(`{ myTickets(first: 50) { edges { node { id } } } }`, {}, customer);
    expect(theirList.data!.myTickets.edges.map((e: any) => e.node.id)).not.toContain(theirs.data!.createTicket.id);
  });

  it(
    "delivers a customer's live ticket events over graphql-ws, triggered by a mutation through it",
    { timeout: 60_000 },
    async () => {
      const customer = await system.token("customer");
      const agent = await system.token("agent");
      const created = await newTicket(customer, "Live through another router");
      const ticketId = created.data!.createTicket.id;
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${customer}` },
        retryAttempts: 0,
        lazy: true,
      });
      try {
        const events = collect<any>(
          client,
          `subscription($id: ID!) { ticketEvents(ticketId: $id) { type ticketId } }`,
          { id: ticketId },
        );
        // The subscription goes live asynchronously (router → subgraph → bus): reply until it delivers.
        await eventually(
          async () => {
            const reply = await request(
              `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
              { input: { ticketId, body: "We are on it." } },
              agent,
            );
            expect(reply.errors).toBeUndefined();
            await sleep(300);
            return events.received.some((e) => e.data?.ticketEvents?.type === "ticket.message_added") || events.error;
          },
          30_000,
          200,
        );
        expect(events.error).toBeNull();
        expect(events.received.find((e) => e.data?.ticketEvents)?.data!.ticketEvents.ticketId).toBe(ticketId);
      } finally {
        await client.dispose();
      }
    },
  );

  it("refuses a customer's subscription to another customer's ticket", async () => {
    const other = await system.token("customer", DEMO.otherCustomer.id);
    const theirs = await newTicket(other, "Private matter");
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await system.token("customer")}` },
      retryAttempts: 0,
      lazy: true,
    });
    try {
      const events = collect<any>(client, `subscription($id: ID!) { ticketEvents(ticketId: $id) { type } }`, {
        id: theirs.data!.createTicket.id,
      });
      await eventually(async () => events.error || events.received.some((e) => e.errors?.length), 10_000);
      const errors = [
        ...events.received.flatMap((e) => e.errors ?? []),
        ...(Array.isArray(events.error) ? events.error : []),
      ];
      expect(errors.map((e: any) => e.extensions?.code)).toContain("FORBIDDEN");
      expect(events.received.some((e) => e.data?.ticketEvents)).toBe(false);
    } finally {
      await client.dispose();
    }
  });
});

describe("a subgraph's graphql-ws endpoint with per-operation identity tokens", () => {
  it("runs each operation as the caller its token names; a token used for a write cannot write again", async () => {
    const client = createClient({
      url: system.subgraphs.tickets!.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
    });
    const run = (query: string, token: string) =>
      new Promise<GraphQLResponse<any>>((resolve, reject) => {
        let result: GraphQLResponse<any> = {};
        client.subscribe(
          { query, extensions: { headers: { [IDENTITY_HEADER]: token } } },
          { next: (value) => (result = value as GraphQLResponse<any>), error: reject, complete: () => resolve(result) },
        );
      });
    try {
      const token = await signIdentity(
        { subject: DEMO.customer.id, role: "customer" },
        { secret: system.config.INTERNAL_SECRET, audience: "tickets" },
      );
      const write = `mutation { createTicket(input: { channel: IN_APP, subject: "Over a socket", description: "Sent over graphql-ws." }) { id } }`;
      expect((await run(write, token)).data?.createTicket.id).toBeTruthy();
      await expect(run(write, token)).rejects.toMatchObject([{ extensions: { code: "UNAUTHENTICATED" } }]);
      const elsewhere = await signIdentity(
        { subject: DEMO.customer.id, role: "customer" },
        { secret: system.config.INTERNAL_SECRET, audience: "chat" },
      );
      await expect(run(`{ myTickets(first: 1) { edges { node { id } } } }`, elsewhere)).rejects.toMatchObject([
        { extensions: { code: "UNAUTHENTICATED" } },
      ]);
    } finally {
      await client.dispose();
    }
  });

  it("accepts a connection token once: a captured one cannot open a second connection", async () => {
    const token = await signIdentity(
      { subject: DEMO.agent.id, role: "agent" },
      { secret: system.config.INTERNAL_SECRET, audience: "tickets" },
    );
    const open = async () => {
      const client = createClient({
        url: system.subgraphs.tickets!.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { identity: token },
        retryAttempts: 0,
        lazy: true,
      });
      try {
        return await new Promise<GraphQLResponse<any>>((resolve, reject) => {
          let result: GraphQLResponse<any> = {};
          client.subscribe(
            { query: `{ tickets(first: 1) { edges { node { id } } } }` },
            {
              next: (value) => (result = value as GraphQLResponse<any>),
              error: reject,
              complete: () => resolve(result),
            },
          );
        });
      } finally {
        await client.dispose();
      }
    };
    expect((await open()).errors).toBeUndefined();
    await expect(open()).rejects.toBeTruthy();
  });
});
