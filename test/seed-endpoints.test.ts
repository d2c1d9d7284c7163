/**
 * The specification's 23 endpoints (docs/seed-endpoints.md), each run as its GraphQL operation
 * through the gateway with the role the endpoint implies, in a realistic order on the demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS, DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";
import { startTestSystem, type GraphQLResponse, type TestSystem } from "./harness.js";

let system: TestSystem;
const tokens: Record<string, string> = {};
const customer = DEMO_CUSTOMERS[3];
const agent = DEMO_AGENTS.find((a) => a.role === "agent" && a.status === "ONLINE")!;

beforeAll(async () => {
  system = await startTestSystem({
    env: { TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1", CHAT_OPERATING_HOURS: "24/7" },
  });
  tokens.customer = await system.token("customer", customer.id);
  tokens.agent = await system.token("agent", agent.id);
  tokens.supervisor = await system.token("supervisor");
});

afterAll(async () => {
  await system?.close();
});

async function call(
  endpoint: string,
  role: keyof typeof tokens | "anonymous",
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const result: GraphQLResponse = await system.request(query, variables, role === "anonymous" ? null : tokens[role]);
  expect(result.errors, `${endpoint}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data!;
}

const PERIOD = () => ({
  from: new Date(Date.now() - 30 * 86400_000).toISOString(),
  to: new Date(Date.now() + 60_000).toISOString(),
});

describe("the specification's endpoint list", () => {
  it("serves every endpoint through the gateway with the role it implies", async () => {
    // Tickets
    const created = await call(
      "POST /tickets",
      "customer",
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number status } }`,
      {
        input: {
          channel: "IN_APP",
          subject: "Staking rewards missing",
          description: "I staked 5,000 XERA for 90 days and no rewards show after two weeks.",
          categoryKey: "staking_support",
        },
      },
    );
    const ticketId = created.createTicket.id;
    expect(
      (
        await call(
          "GET /tickets/{id}",
          "customer",
          `query($id: ID!) { ticket(id: $id) { id subject category { key } } }`,
          { id: ticketId },
        )
      ).ticket,
    ).toMatchObject({ id: ticketId, category: { key: "investment_support" } });
    await call(
      "PUT /tickets/{id}",
      "agent",
      `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { id assignedAgentId } }`,
      { input: { ticketId, assignedAgentId: agent.id, tags: ["staking"] } },
    );
    await call(
      "POST /tickets/{id}/messages",
      "customer",
      `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
      { input: { ticketId, body: "The lock period ended yesterday." } },
    );
    const mine = await call(
      "GET /tickets/user/{userId}",
      "customer",
      `{ myTickets(first: 50) { edges { node { id } } } }`,
    );
    expect(mine.myTickets.edges.map((e: any) => e.node.id)).toContain(ticketId);
    const theirs = await call(
      "GET /tickets/user/{userId} (staff)",
      "agent",
      `query($c: ID!) { tickets(first: 50, filter: { customerId: $c }) { edges { node { id } } } }`,
      { c: customer.id },
    );
    expect(theirs.tickets.edges.map((e: any) => e.node.id)).toContain(ticketId);

    // Chat
    const chat = await call(
      "POST /chat/initiate",
      "customer",
      `mutation { startChat(input: { type: WEB, language: "en" }) { id status } }`,
    );
    const chatId = chat.startChat.id;
    expect(
      (await call("GET /chat/{id}", "customer", `query($id: ID!) { chat(id: $id) { id type } }`, { id: chatId })).chat
        .id,
    ).toBe(chatId);
    await call(
      "POST /chat/{id}/message",
      "customer",
      `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
      { input: { chatId, body: "Hi, my PROPX purchase is stuck." } },
    );
    const queue = await call("GET /chat/queue", "agent", `{ queueStatus { length availableAgents } }`);
    expect(queue.queueStatus.availableAgents).toBeGreaterThanOrEqual(0);

    // Knowledge base
    const search = await call(
      "GET /kb/articles",
      "anonymous",
      `{ searchKnowledge(query: "wallet connection", first: 3) { edges { node { id slug } } } }`,
    );
    expect(search.searchKnowledge.edges.length).toBeGreaterThan(0);
    const articleId = search.searchKnowledge.edges[0].node.id;
    expect(
      (
        await call("GET /kb/articles/{id}", "anonymous", `query($id: ID!) { knowledgeArticle(id: $id) { id title } }`, {
          id: articleId,
        })
      ).knowledgeArticle.id,
    ).toBe(articleId);
    expect(
      (await call("GET /kb/categories", "anonymous", `{ knowledgeCategories { key name } }`)).knowledgeCategories
        .length,
    ).toBe(4);
    await call(
      "POST /kb/articles/{id}/feedback",
      "customer",
      `mutation($input: RateArticleInput!) { rateArticle(input: $input) { id } }`,
      { input: { articleId, helpful: true } },
    );

    // Chatbot
    const bot = await call(
      "POST /chatbot/query",
      "customer",
      `query($input: ChatbotQueryInput!) { chatbotAnswer(input: $input) { response confidence } }`,
      { input: { text: "How do I connect my wallet?" } },
    );
    expect(bot.chatbotAnswer.response.length).toBeGreaterThan(0);
    await call(
      "GET /chatbot/suggestions",
      "supervisor",
      `query($id: ID!) { chatbotSuggestions(chatId: $id) { __typename } }`,
      { id: chatId },
    );

    // Chat status, then feedback on both
    await call(
      "PUT /chat/{id}/status",
      "customer",
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { id status } }`,
      { input: { chatId, status: "RESOLVED" } },
    );
    await call(
      "resolve the ticket",
      "agent",
      `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { id status } }`,
      { input: { ticketId, note: "Rewards credited." } },
    );
    await call(
      "POST /feedback/ticket",
      "customer",
      `mutation($input: SubmitTicketFeedbackInput!) { submitTicketFeedback(input: $input) { __typename } }`,
      {
        input: {
          ticketId,
          rating: 5,
          responseTimeRating: 4,
          helpfulnessRating: 5,
          resolutionRating: 5,
          overallRating: 5,
          wouldRecommend: 9,
          comments: "Quick and clear.",
        },
      },
    );
    await call(
      "POST /feedback/chat",
      "customer",
      `mutation($input: SubmitChatFeedbackInput!) { submitChatFeedback(input: $input) { __typename } }`,
      { input: { chatId, rating: 4, waitTimeRating: 4, agentRating: 5, resolved: true } },
    );
    await call(
      "GET /feedback/analytics",
      "supervisor",
      `query($from: DateTime!, $to: DateTime!) { feedbackAnalytics(from: $from, to: $to) { __typename } }`,
      PERIOD(),
    );

    // Agent dashboard
    await call("GET /agent/dashboard", "agent", `{ agentDashboard { agent { id } } }`);
    const assigned = await call(
      "GET /agent/tickets",
      "agent",
      `query($a: ID!) { tickets(first: 50, filter: { assignedAgentId: $a }) { edges { node { id } } } }`,
      { a: agent.id },
    );
    expect(assigned.tickets.edges.map((e: any) => e.node.id)).toContain(ticketId);
    expect(
      (await call("PUT /agent/status", "agent", `mutation { setAgentStatus(status: BUSY) { id status } }`))
        .setAgentStatus.status,
    ).toBe("BUSY");
    await call(
      "GET /analytics/performance",
      "supervisor",
      `query($from: DateTime!, $to: DateTime!) { supportMetrics(from: $from, to: $to) { __typename } }`,
      PERIOD(),
    );
  });
});
