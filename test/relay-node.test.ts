/**
 * The Relay Node convention through the gateway: node(id:) / nodes(ids:) over global ids for
 * tickets, chats, knowledge articles, agents and customers (docs/relay.md). Each refetch returns
 * what the type's own query returns, under the same access rules; unknown ids read null and
 * malformed ids are BAD_USER_INPUT.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalId } from "../shared/global-ids.js";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let customer: string;
let otherCustomer: string;
let agent: string;
let ticketId: string;
let chatId: string;
let supervisor: string;
let articleId: string;

const NODE = `query($id: ID!) { node(id: $id) { __typename globalId
  ... on Ticket { id subject ticketStatus: status customerId }
  ... on ChatSession { id chatStatus: status type topic }
  ... on Article { id slug title }
  ... on Agent { id displayName }
  ... on Customer { id name email } } }`;

beforeAll(async () => {
  system = await startTestSystem();
  customer = await system.token("customer");
  otherCustomer = await system.token("customer", DEMO.otherCustomer.id);
  agent = await system.token("agent");
  // The chat goes to whichever agent is available when the suite starts (agents see only their
  // own chats and the queue); a supervisor sees every chat.
  supervisor = await system.token("supervisor");
  const ticket = await system.request(
    `mutation { createTicket(input: { channel: IN_APP, subject: "Refetch me", description: "Where is my withdrawal?" }) { id } }`,
    {},
    customer,
  );
  expect(ticket.errors).toBeUndefined();
  ticketId = ticket.data!.createTicket.id;
  const chat = await system.request(
    `mutation { startChat(input: { type: WEB, topic: "withdrawal" }) { id } }`,
    {},
    customer,
  );
  expect(chat.errors).toBeUndefined();
  chatId = chat.data!.startChat.id;
  const articles = await system.request(`{ knowledgeArticles(first: 1) { edges { node { id } } } }`, {}, customer);
  articleId = articles.data!.knowledgeArticles.edges[0].node.id;
});

afterAll(async () => {
  await system?.close();
});

describe("node(id:) for each Node type", () => {
  const cases = () => [
    {
      typename: "Ticket" as const,
      id: ticketId,
      own: `query($id: ID!) { ticket(id: $id) { id subject ticketStatus: status customerId } }`,
      field: "ticket",
    },
    {
      typename: "ChatSession" as const,
      id: chatId,
      own: `query($id: ID!) { chat(id: $id) { id chatStatus: status type topic } }`,
      field: "chat",
    },
    {
      typename: "Article" as const,
      id: articleId,
      own: `query($id: ID!) { knowledgeArticle(id: $id) { id slug title } }`,
      field: "knowledgeArticle",
    },
    {
      typename: "Agent" as const,
      id: DEMO.agent.id,
      own: `query($id: ID!) { agent(id: $id) { id displayName } }`,
      field: "agent",
    },
    {
      typename: "Customer" as const,
      id: DEMO.customer.id,
      own: `query($id: ID!) { customer(id: $id) { id name email } }`,
      field: "customer",
    },
  ];

  it("returns the same data as the type's own query, with the globalId the type reports", async () => {
    for (const c of cases()) {
      const token = c.typename === "Agent" ? agent : customer;
      const own = await system.request(c.own, { id: c.id }, token);
      expect(own.errors, c.typename).toBeUndefined();
      const globalId = encodeGlobalId(c.typename, c.id);
      const viaNode = await system.request(NODE, { id: globalId }, token);
      expect(viaNode.errors, `${c.typename} ${JSON.stringify(viaNode.errors)}`).toBeUndefined();
      expect(viaNode.data!.node).toEqual({ __typename: c.typename, globalId, ...own.data![c.field] });
    }
  });

  it("refetches with a type-conditioned fragment, as a Relay refetchable fragment does", async () => {
    const ticket = await system.request(`query($id: ID!) { ticket(id: $id) { globalId } }`, { id: ticketId }, customer);
    const refetch = await system.request(
      `query Refetch($id: ID!) { node(id: $id) { ...TicketSubject } } fragment TicketSubject on Ticket { subject number }`,
      { id: ticket.data!.ticket.globalId },
      customer,
    );
    expect(refetch.errors).toBeUndefined();
    expect(refetch.data!.node).toMatchObject({ subject: "Refetch me" });
    expect(refetch.data!.node.number).toMatch(/^SB-\d+$/);
  });

  it("an unknown id of a well-formed global id reads null, for every type", async () => {
    for (const c of cases()) {
      const token = c.typename === "Agent" ? agent : customer;
      const result = await system.request(NODE, { id: encodeGlobalId(c.typename, randomUUID()) }, token);
      expect(result.data?.node, c.typename).toBeNull();
    }
  });
});

describe("nodes(ids:)", () => {
  it("keeps the order of the ids across types, with null for unknown ones", async () => {
    const ids = [
      encodeGlobalId("Customer", DEMO.customer.id),
      encodeGlobalId("Ticket", randomUUID()),
      encodeGlobalId("Ticket", ticketId),
      encodeGlobalId("Article", articleId),
      encodeGlobalId("ChatSession", chatId),
      encodeGlobalId("Agent", randomUUID()),
      encodeGlobalId("Agent", DEMO.agent.id),
    ];
    const result = await system.request(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename globalId ... on Ticket { subject } ... on Article { slug } ... on ChatSession { status } ... on Customer { name } ... on Agent { displayName } } }`,
      { ids },
      supervisor,
    );
    const nodes = result.data!.nodes as Array<Record<string, unknown> | null>;
    expect(nodes.map((n) => n?.globalId ?? null)).toEqual([ids[0], null, ids[2], ids[3], ids[4], null, ids[6]]);
    expect(nodes.map((n) => n?.__typename ?? null)).toEqual([
      "Customer",
      null,
      "Ticket",
      "Article",
      "ChatSession",
      null,
      "Agent",
    ]);
    expect(nodes[2]).toMatchObject({ subject: "Refetch me" });
  });
});

describe("access", () => {
  it("a customer cannot read another customer's ticket, chat or profile through node", async () => {
    for (const [typename, id] of [
      ["Ticket", ticketId],
      ["ChatSession", chatId],
      ["Customer", DEMO.customer.id],
    ] as const) {
      const result = await system.request(NODE, { id: encodeGlobalId(typename, id) }, otherCustomer);
      expect(result.data?.node, typename).toBeNull();
      expect(JSON.stringify(result)).not.toContain("Refetch me");
    }
    const own = await system.request(`query($id: ID!) { ticket(id: $id) { id } }`, { id: ticketId }, otherCustomer);
    expect(own.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("nodes refuses the same way, per id", async () => {
    const result = await system.request(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Ticket { subject } ... on Customer { name } } }`,
      { ids: [encodeGlobalId("Ticket", ticketId), encodeGlobalId("Customer", DEMO.otherCustomer.id)] },
      otherCustomer,
    );
    expect(result.data!.nodes[0]).toBeNull();
    expect(result.data!.nodes[1]).toMatchObject({ __typename: "Customer" });
  });

  it("a customer cannot look up agents through node (agent(id:) is staff only)", async () => {
    const result = await system.request(NODE, { id: encodeGlobalId("Agent", DEMO.agent.id) }, customer);
    expect(result.data?.node).toBeNull();
  });

  it("a draft article is refetchable by staff only, as with knowledgeArticle", async () => {
    const created = await system.request(
      `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
      {
        input: {
          categoryKey: "investment_guide",
          title: "Draft about refetching",
          body: "Not published yet.",
          language: "en",
        },
      },
      agent,
    );
    expect(created.errors).toBeUndefined();
    const globalId = encodeGlobalId("Article", created.data!.createArticle.id);
    const asCustomer = await system.request(NODE, { id: globalId }, customer);
    expect(asCustomer.data?.node).toBeNull();
    expect(JSON.stringify(asCustomer)).not.toContain("Draft about refetching");
    const asStaff = await system.request(NODE, { id: globalId }, agent);
    expect(asStaff.data?.node).toMatchObject({ __typename: "Article", title: "Draft about refetching" });
  });

  it("a selection of only __typename is checked too: unknown, hidden and draft ids read null", async () => {
    const TYPENAME = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`;
    const draft = await system.request(
      `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
      {
        input: {
          categoryKey: "investment_guide",
          title: "Typename-only draft",
          body: "Not published yet.",
          language: "en",
        },
      },
      agent,
    );
    expect(draft.errors).toBeUndefined();
    const ids = [
      encodeGlobalId("Ticket", randomUUID()),
      encodeGlobalId("ChatSession", randomUUID()),
      encodeGlobalId("Article", randomUUID()),
      encodeGlobalId("Ticket", ticketId),
      encodeGlobalId("ChatSession", chatId),
      encodeGlobalId("Article", draft.data!.createArticle.id),
      encodeGlobalId("Article", articleId),
    ];
    const asOther = await system.request(TYPENAME, { ids }, otherCustomer);
    expect(asOther.errors).toBeUndefined();
    expect(asOther.data!.nodes).toEqual([null, null, null, null, null, null, { __typename: "Article" }]);
    const asOwner = await system.request(TYPENAME, { ids }, customer);
    expect(asOwner.data!.nodes).toEqual([
      null,
      null,
      null,
      { __typename: "Ticket" },
      { __typename: "ChatSession" },
      null,
      { __typename: "Article" },
    ]);
    const asStaff = await system.request(TYPENAME, { ids }, supervisor);
    expect(asStaff.data!.nodes).toEqual([
      null,
      null,
      null,
      { __typename: "Ticket" },
      { __typename: "ChatSession" },
      { __typename: "Article" },
      { __typename: "Article" },
    ]);
  });

  it("anonymous callers are refused by rule", async () => {
    const result = await system.request(NODE, { id: encodeGlobalId("Ticket", ticketId) }, null);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "role" });
  });
});

describe("malformed ids", () => {
  it.each([
    ["a plain UUID", () => ticketId],
    ["not base64", () => "%%%"],
    ["an unknown type", () => Buffer.from(`Invoice:${randomUUID()}`).toString("base64")],
    ["a type without a UUID", () => Buffer.from("Ticket:42").toString("base64")],
  ])("%s is BAD_USER_INPUT", async (_what, id) => {
    const result = await system.request(NODE, { id: id() }, agent);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.data?.node ?? null).toBeNull();
    const many = await system.request(
      `query($ids: [ID!]!) { nodes(ids: $ids) { globalId } }`,
      { ids: [encodeGlobalId("Ticket", ticketId), id()] },
      agent,
    );
    expect(many.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("limits", () => {
  it("nodes takes at most 100 ids", async () => {
    const ids = Array.from({ length: 101 }, () => encodeGlobalId("Ticket", randomUUID()));
    const result = await system.request(`query($ids: [ID!]!) { nodes(ids: $ids) { globalId } }`, { ids }, agent);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const hundred = await system.request(
      `query($ids: [ID!]!) { nodes(ids: $ids) { globalId } }`,
      { ids: ids.slice(0, 100) },
      agent,
    );
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!.nodes).toEqual(Array(100).fill(null));
  });
});
