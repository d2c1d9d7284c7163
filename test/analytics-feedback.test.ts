/**
 * Feedback through the gateway: only the item's customer, only once it is finished, once per item
 * (later submissions update it), ratings validated; a rating ≤ 2 opens an improvement task for
 * the category's supervisor and emits feedback.low_rating.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";

let system: TestSystem;
let customer: string;
let supervisor: string;

const SUBMIT_TICKET = `mutation($input: SubmitTicketFeedbackInput!) {
  submitTicketFeedback(input: $input) { followUpCreated feedback { id kind rating wouldRecommend comments categoryKey ticket { id } customer { id } } } }`;
const SUBMIT_CHAT = `mutation($input: SubmitChatFeedbackInput!) {
  submitChatFeedback(input: $input) { followUpCreated feedback { id kind rating waitTimeRating agentRating resolved chat { id } } } }`;

async function createTicket(categoryKey = "dividend_inquiries"): Promise<string> {
  const created = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
    {
      input: {
        channel: "EMAIL",
        subject: "Dividend missing",
        description: "Please check reference QX-4471 on my account.",
        categoryKey,
        language: "en",
      },
    },
    customer,
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createTicket.id;
}

/** Resolves through the tickets API; the owner's own rules decide, this test only needs the state. */
async function resolveTicket(ticketId: string): Promise<void> {
  const result = await system.request(
    `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { id status } }`,
    { input: { ticketId, note: "Paid out today." } },
    await system.token("admin"),
  );
  if (result.errors)
    await system.db.prisma.ticket.update({
      where: { id: ticketId },
      data: { status: "RESOLVED", resolvedAt: new Date() },
    });
  const ticket = await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } });
  expect(["RESOLVED", "CLOSED", "AUTO_RESOLVED"]).toContain(ticket.status);
}

beforeAll(async () => {
  system = await startTestSystem();
  customer = await system.token("customer");
  supervisor = await system.token("supervisor");
});

afterAll(async () => {
  await system?.close();
});

const feedbackCount = () => system.db.prisma.analyticsFeedback.count();
const feedbackEvents = (type: string) =>
  system.db.sql.query<{ payload: any }>(`SELECT payload FROM "analytics"."outbox_events" WHERE type = $1`, [type]);

describe("ticket feedback", () => {
  it("refuses feedback on an open ticket (CONFLICT) and on someone else's ticket (FORBIDDEN), storing nothing", async () => {
    const ticketId = await createTicket();
    const before = await feedbackCount();
    const open = await system.request(SUBMIT_TICKET, { input: { ticketId, rating: 5 } }, customer);
    expect(open.errors?.[0].extensions?.code).toBe("CONFLICT");
    await resolveTicket(ticketId);
    const other = await system.request(
      SUBMIT_TICKET,
      { input: { ticketId, rating: 5 } },
      await system.token("customer", DEMO.otherCustomer.id),
    );
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const agent = await system.request(SUBMIT_TICKET, { input: { ticketId, rating: 5 } }, await system.token("agent"));
    expect(agent.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const unknown = await system.request(
      SUBMIT_TICKET,
      { input: { ticketId: "00000000-0000-4000-8000-000000000000", rating: 5 } },
      customer,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await feedbackCount()).toBe(before);
  });

  it("validates every rating (1–5, wouldRecommend 0–10) with BAD_USER_INPUT and stores nothing", async () => {
    const ticketId = await createTicket();
    await resolveTicket(ticketId);
    const before = await feedbackCount();
    for (const input of [
      { ticketId, rating: 0 },
      { ticketId, rating: 6 },
      { ticketId, rating: 4, helpfulnessRating: 9 },
      { ticketId, rating: 4, wouldRecommend: 11 },
      { ticketId, rating: 4, wouldRecommend: -1 },
      { ticketId, rating: 4, comments: "x".repeat(5001) },
      { ticketId: "not-a-uuid", rating: 4 },
    ]) {
      const result = await system.request(SUBMIT_TICKET, { input }, customer);
      expect(result.errors?.[0].extensions?.code, JSON.stringify(input).slice(0, 80)).toBe("BAD_USER_INPUT");
    }
    expect(await feedbackCount()).toBe(before);
  });

  it("stores feedback once per ticket, updates it on resubmission, and opens an improvement task on a low rating", async () => {
    const ticketId = await createTicket();
    await resolveTicket(ticketId);
    const first = await system.request(
      SUBMIT_TICKET,
      { input: { ticketId, rating: 4, wouldRecommend: 9, comments: "Good help" } },
      customer,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitTicketFeedback).toMatchObject({
      followUpCreated: false,
      feedback: {
        kind: "TICKET",
        rating: 4,
        wouldRecommend: 9,
        comments: "Good help",
        categoryKey: "investment_support",
        ticket: { id: ticketId },
        customer: { id: DEMO.customer.id },
      },
    });
    const given = (await feedbackEvents("feedback.given")).filter((e) => e.payload.itemId === ticketId);
    expect(given).toHaveLength(1);
    expect(given[0].payload).toMatchObject({
      kind: "TICKET",
      customerId: DEMO.customer.id,
      categoryKey: "investment_support",
      rating: 4,
      wouldRecommend: 9,
      previousRating: null,
    });

    const second = await system.request(
      SUBMIT_TICKET,
      { input: { ticketId, rating: 1, wouldRecommend: 2, comments: "Actually it came back wrong" } },
      customer,
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.submitTicketFeedback.feedback.id).toBe(first.data!.submitTicketFeedback.feedback.id);
    expect(second.data!.submitTicketFeedback.followUpCreated).toBe(true);
    expect(await system.db.prisma.analyticsFeedback.count({ where: { itemId: ticketId } })).toBe(1);
    expect((await system.db.prisma.analyticsFeedback.findFirstOrThrow({ where: { itemId: ticketId } })).rating).toBe(1);

    // The supervisor covering investment_support (lowest id of those who do) gets the follow-up.
    const covering = DEMO_AGENTS.filter(
      (a) => a.role === "supervisor" && a.specializations.includes("investment_support"),
    )
      .map((a) => a.id)
      .sort();
    const low = (await feedbackEvents("feedback.low_rating")).filter((e) => e.payload.itemId === ticketId);
    expect(low).toHaveLength(1);
    expect(low[0].payload).toMatchObject({
      rating: 1,
      previousRating: 4,
      supervisorId: covering[0],
      followUpId: expect.any(String),
    });

    const queue = await system.request(
      `{ improvementQueue(first: 50) { edges { node { id status kind rating comments categoryKey ticket { id } supervisor { id displayName } } } } }`,
      {},
      supervisor,
    );
    expect(queue.errors).toBeUndefined();
    const task = queue.data!.improvementQueue.edges.map((e: any) => e.node).find((n: any) => n.ticket?.id === ticketId);
    expect(task).toMatchObject({
      id: low[0].payload.followUpId,
      status: "OPEN",
      kind: "TICKET",
      rating: 1,
      comments: "Actually it came back wrong",
      categoryKey: "investment_support",
      supervisor: { id: covering[0] },
    });
    expect(task.supervisor.displayName).toEqual(expect.any(String));

    // Still low: the task is updated, not duplicated, and nobody is notified twice.
    await system.request(SUBMIT_TICKET, { input: { ticketId, rating: 2 } }, customer);
    expect(await system.db.prisma.analyticsImprovementTask.count({ where: { itemId: ticketId } })).toBe(1);
    expect((await feedbackEvents("feedback.low_rating")).filter((e) => e.payload.itemId === ticketId)).toHaveLength(1);

    // The supervisor completes it; it leaves the open queue.
    const done = await system.request(
      `mutation($input: CompleteImprovementTaskInput!) { completeImprovementTask(input: $input) { status note doneAt } }`,
      { input: { id: task.id, note: "Called the customer" } },
      supervisor,
    );
    expect(done.data!.completeImprovementTask).toMatchObject({ status: "DONE", note: "Called the customer" });
    const open = await system.request(`{ improvementQueue(first: 50) { edges { node { id } } } }`, {}, supervisor);
    expect(open.data!.improvementQueue.edges.map((e: any) => e.node.id)).not.toContain(task.id);
  });

  it("lets the tickets subgraph notify on feedback.low_rating (through the outbox relay and bus)", async () => {
    const ticketId = await createTicket();
    await resolveTicket(ticketId);
    const result = await system.request(
      SUBMIT_TICKET,
      { input: { ticketId, rating: 1, comments: "Nobody answered my question" } },
      customer,
    );
    expect(result.errors).toBeUndefined();
    // Analytics records its own feedback events in its log too — exactly once, whether they came live or by catch-up.
    const caughtUp = await system.request(`mutation { catchUpEvents }`, {}, await system.token("admin"));
    expect(caughtUp.errors).toBeUndefined();
    expect(
      await system.db.prisma.analyticsEvent.count({ where: { aggregateId: ticketId, type: "feedback.low_rating" } }),
    ).toBe(1);
    // …and the tickets subgraph (its consumer of feedback.low_rating) notifies the category's supervisors.
    await eventually(
      async () => (await system.db.prisma.notification.count({ where: { ticketId, kind: "LOW_RATING" } })) > 0,
      45_000,
    );
  }, 60_000);

  it("keeps the improvement queue from customers and agents", async () => {
    const asCustomer = await system.request(`{ improvementQueue(first: 5) { edges { node { id } } } }`, {}, customer);
    expect(asCustomer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const asAgent = await system.request(
      `{ improvementQueue(first: 5) { edges { node { id } } } }`,
      {},
      await system.token("agent"),
    );
    expect(asAgent.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("chat feedback", () => {
  it("accepts feedback only after the chat ended, from its customer", async () => {
    const started = await system.request(
      `mutation { startChat(input: { type: WEB, topic: "withdrawal" }) { id status } }`,
      {},
      customer,
    );
    expect(started.errors).toBeUndefined();
    const chatId = started.data!.startChat.id;
    const before = await feedbackCount();
    const early = await system.request(SUBMIT_CHAT, { input: { chatId, rating: 5 } }, customer);
    expect(early.errors?.[0].extensions?.code).toBe("CONFLICT");
    const badRating = await system.request(SUBMIT_CHAT, { input: { chatId, rating: 5, waitTimeRating: 7 } }, customer);
    expect(badRating.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await feedbackCount()).toBe(before);

    const ended = await system.request(
      `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
      { input: { chatId, status: "RESOLVED" } },
      customer,
    );
    if (ended.errors)
      await system.db.prisma.chatSession.update({
        where: { id: chatId },
        data: { status: "RESOLVED", endedAt: new Date() },
      });

    const other = await system.request(
      SUBMIT_CHAT,
      { input: { chatId, rating: 5 } },
      await system.token("customer", DEMO.otherCustomer.id),
    );
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const ok = await system.request(
      SUBMIT_CHAT,
      { input: { chatId, rating: 5, waitTimeRating: 4, agentRating: 5, resolved: true, comments: "Fast" } },
      customer,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.submitChatFeedback).toMatchObject({
      followUpCreated: false,
      feedback: { kind: "CHAT", rating: 5, waitTimeRating: 4, agentRating: 5, resolved: true, chat: { id: chatId } },
    });
    const stored = await system.db.prisma.analyticsFeedback.findFirstOrThrow({ where: { itemId: chatId } });
    expect(stored).toMatchObject({ kind: "CHAT", channel: "CHAT", customerId: DEMO.customer.id });
    // The customer can read back their own feedback; another customer sees nothing.
    const MINE = `query($id: ID!) { myFeedback(kind: CHAT, itemId: $id) { rating comments } }`;
    expect((await system.request(MINE, { id: chatId }, customer)).data!.myFeedback).toEqual({
      rating: 5,
      comments: "Fast",
    });
    expect(
      (await system.request(MINE, { id: chatId }, await system.token("customer", DEMO.otherCustomer.id))).data!
        .myFeedback,
    ).toBeNull();
  });
});
