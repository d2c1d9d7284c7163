/** The federated skeleton end to end: queries, joins, auth, errors and a live subscription. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { IDENTITY_HEADER, signIdentity } from "../shared/identity.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

describe("federated queries through the gateway", () => {
  it("lists demo tickets with their assigned agents' names (Ticket.assignedAgent from agents)", async () => {
    const token = await system.token("agent");
    const result = await system.request(
      `{ tickets(first: 20) { edges { node { number subject assignedAgent { id displayName } } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.tickets.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(12);
    for (const node of nodes) {
      expect(node.number).toMatch(/^SB-\d{5}$/);
      expect(node.assignedAgent.displayName).toEqual(expect.any(String));
    }
  });

  it("resolves Agent.openTickets (contributed by tickets) on an agent from agents", async () => {
    const token = await system.token("supervisor");
    const result = await system.request(
      `{ agents(first: 50) { edges { node { displayName openTickets(first: 50) { edges { node { status assignedAgentId } } } } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const agents = result.data!.agents.edges.map((e: any) => e.node);
    const withTickets = agents.filter((a: any) => a.openTickets.edges.length > 0);
    expect(withTickets.length).toBeGreaterThan(0);
    for (const agent of withTickets) {
      for (const { node } of agent.openTickets.edges)
        expect(["OPEN", "PENDING", "ON_HOLD", "ESCALATED"]).toContain(node.status);
    }
  });

  it("serves the knowledge base to anonymous callers, with en/ar translations linked", async () => {
    const result = await system.request(
      `{ knowledgeCategories { key } knowledgeArticles(first: 50, language: "ar") { edges { node { title language translations { language title } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.knowledgeCategories).toHaveLength(4);
    const articles = result.data!.knowledgeArticles.edges.map((e: any) => e.node);
    expect(articles).toHaveLength(20);
    for (const article of articles) {
      expect(article.title).toMatch(/[\u0600-\u06FF]/);
      expect(article.translations).toEqual([expect.objectContaining({ language: "en" })]);
    }
  });

  it("pages through a connection with cursors without gaps or repeats", async () => {
    const token = await system.token("agent");
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await system.request(
        `query($after: String) { tickets(first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        token,
      );
      seen.push(...page.data.tickets.edges.map((e: any) => e.node.id));
      if (!page.data.tickets.pageInfo.hasNextPage) break;
      after = page.data.tickets.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it("creates a ticket through a mutation, idempotently", async () => {
    const token = await system.token("customer");
    const mutation = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number status priority category { key } customer { name } } }`;
    const input = {
      channel: "EMAIL",
      subject: "Cannot see my dividend",
      description: "The dividend for March is missing.",
      categoryKey: "dividend_inquiries",
      idempotencyKey: "k-1",
    };
    const first = await system.request(mutation, { input }, token);
    expect(first.errors).toBeUndefined();
    const subcategory = await system.db.prisma.ticketCategory.findUniqueOrThrow({
      where: { key: "dividend_inquiries" },
    });
    expect(first.data!.createTicket).toMatchObject({
      status: "OPEN",
      priority: subcategory.defaultPriority,
      category: { key: "investment_support" },
      customer: { name: DEMO.customer.name },
    });
    const again = await system.request(mutation, { input }, token);
    expect(again.data!.createTicket.id).toBe(first.data!.createTicket.id);
    expect(await system.db.prisma.ticket.count({ where: { idempotencyKey: "k-1" } })).toBe(1);
  });
});

describe("identity and bad input", () => {
  it("rejects a malformed token with UNAUTHENTICATED", async () => {
    const result = await system.request(`{ ticketCategories { key } }`, {}, "not-a-jwt");
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("rejects a token signed with another secret", async () => {
    const { mintToken } = await import("../shared/identity.js");
    const forged = await mintToken({
      secret: "x".repeat(40),
      issuer: "switchboard",
      role: "admin",
      subject: DEMO.admin.id,
    });
    const result = await system.request(`{ ticketCategories { key } }`, {}, forged);
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("requires a token for staff data and the right role for it", async () => {
    const anonymous = await system.request(`{ tickets(first: 1) { edges { node { id } } } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const customer = await system.request(
      `{ tickets(first: 1) { edges { node { id } } } }`,
      {},
      await system.token("customer"),
    );
    expect(customer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("answers unknown ids, bad UUIDs, unknown fields and bad enum values with coded errors", async () => {
    const token = await system.token("agent");
    const unknown = await system.request(`{ ticket(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, token);
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const badId = await system.request(`{ ticket(id: "nope") { id } }`, {}, token);
    expect(badId.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const badField = await system.request(`{ ticket(id: "nope") { nonsense } }`, {}, token);
    expect(badField.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const badEnum = await system.request(
      `mutation($s: AgentStatus!) { setAgentStatus(status: $s) { id } }`,
      { s: "SLEEPING" },
      token,
    );
    expect(badEnum.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("never leaks stack traces and writes nothing on a rejected mutation", async () => {
    const token = await system.token("customer");
    const before = await system.db.prisma.ticket.count();
    const result = await system.request(
      `mutation { createTicket(input: { channel: EMAIL, subject: "", description: "x" }) { id } }`,
      {},
      token,
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(await system.db.prisma.ticket.count()).toBe(before);
  });

  it("has subgraphs treat a request without an identity token as anonymous, and refuse a forged one", async () => {
    const post = (query: string, headers: Record<string, string> = {}) =>
      fetch(system.subgraphs.tickets!.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query }),
      });
    // Public reads need no signature (another federation router can serve them as they are)…
    const publicRead = await post("{ ticketCategories { key } }");
    expect(publicRead.status).toBe(200);
    expect(((await publicRead.json()) as any).data.ticketCategories.length).toBeGreaterThan(0);
    // …everything else needs the caller's identity.
    const staffRead = (await (await post("{ tickets(first: 1) { edges { node { id } } } }")).json()) as any;
    expect(staffRead.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const forged = await post("{ ticketCategories { key } }", {
      [IDENTITY_HEADER]: await signIdentity(
        { subject: DEMO.admin.id, role: "admin" },
        { secret: "y".repeat(40), audience: "tickets" },
      ),
    });
    expect(forged.status).toBe(401);
  });

  it("keeps introspection on for partners", async () => {
    const result = await system.request(`{ __schema { queryType { name } subscriptionType { name } } }`);
    expect(result.data!.__schema).toEqual({ queryType: { name: "Query" }, subscriptionType: { name: "Subscription" } });
  });

  it("serves /health and /ready", async () => {
    const base = system.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});

describe("subscriptions through the gateway", () => {
  it("delivers a chat message with the agent's displayName resolved by the agents subgraph", async () => {
    const customerToken = await system.token("customer");
    const started = await system.request(
      `mutation { startChat(input: { type: WEB, topic: "withdrawal" }) { id status agent { id } } }`,
      {},
      customerToken,
    );
    expect(started.errors).toBeUndefined();
    const chatId = started.data!.startChat.id;
    // The agent agents routed the chat to (or, when none was free, one who takes it) answers first.
    const agentId: string = started.data!.startChat.agent?.id ?? DEMO.agent.id;
    const agentToken = await system.token("agent", agentId);
    const agentName = DEMO_AGENTS.find((a) => a.id === agentId)!.displayName;
    const first = await system.request(
      `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
      { input: { chatId, body: "Hello, how can I help?" } },
      agentToken,
    );
    expect(first.errors).toBeUndefined();

    const client = system.subscribe(customerToken);
    const events = collect<any>(
      client,
      `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on ChatMessageEvent { message { body sender { __typename ... on Agent { displayName } } } } } }`,
      { chatId },
    );
    await sleep(300);
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
          { input: { chatId, body: "Your withdrawal is on its way.", clientMessageId: "m-2" } },
          agentToken,
        );
        return events.received.length > 0;
      },
      5000,
      250,
    );
    const [event] = await events.waitFor(1);
    expect(event.errors).toBeUndefined();
    expect(event.data).toEqual({
      chatEvents: {
        __typename: "ChatMessageEvent",
        message: { body: "Your withdrawal is on its way.", sender: { __typename: "Agent", displayName: agentName } },
      },
    });
    events.dispose();
    await client.dispose();
  });

  it("refuses a subscription to someone else's chat with FORBIDDEN", async () => {
    const owner = await system.token("customer");
    const started = await system.request(`mutation { startChat(input: { type: WEB }) { id } }`, {}, owner);
    const chatId = started.data!.startChat.id;
    const client = system.subscribe(await system.token("customer", DEMO.otherCustomer.id));
    const events = collect<any>(client, `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename } }`, {
      chatId,
    });
    const [result] = await events.waitFor(1);
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    await client.dispose();
  });
});
