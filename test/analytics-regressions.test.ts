/**
 * Regressions found by acceptance testing in analytics (issue 14.23–14.26) and the shared DateTime
 * scalar (14.25), each through the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let supervisor: string;

beforeAll(async () => {
  system = await startTestSystem();
  supervisor = await system.token("supervisor");
});

afterAll(async () => {
  await system?.close();
});

describe("items that existed before the event log (14.23)", () => {
  const METRICS = `query($from: DateTime!, $to: DateTime!) { supportMetrics(from: $from, to: $to) { ticketsTotal ticketsResolved chatsTotal chatsAnswered } }`;
  const range = () => ({ from: new Date(Date.now() - 7 * 86_400_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() });

  it("counts every seeded ticket once analytics has started, and a second backfill adds nothing", async () => {
    const { from, to } = range();
    const inRange = { createdAt: { gte: new Date(from), lt: new Date(to) } };
    const tickets = await system.db.prisma.ticket.count({ where: inRange });
    const resolved = await system.db.prisma.ticket.count({ where: { ...inRange, status: { in: ["RESOLVED", "CLOSED", "AUTO_RESOLVED"] } } });
    // The seeded tickets have no ticket.created event anywhere: only a backfill can see them.
    const [{ count: withEvents }] = await system.db.sql.query<{ count: string }>(`SELECT count(DISTINCT "aggregateId") AS count FROM "tickets"."outbox_events" WHERE type = 'ticket.created'`);
    expect(tickets - Number(withEvents)).toBeGreaterThan(5);

    const metrics = await eventually(async () => {
      const result = await system.request(METRICS, range(), supervisor);
      return result.data?.supportMetrics.ticketsTotal === tickets ? result.data.supportMetrics : null;
    }, 20_000);
    expect(metrics.ticketsResolved).toBe(resolved);

    const events = await system.db.prisma.analyticsEvent.count();
    const again = await system.request(`mutation { catchUpEvents }`, {}, await system.token("admin"));
    expect(again.errors).toBeUndefined();
    expect(await system.db.prisma.analyticsEvent.count()).toBe(events);
    expect((await system.request(METRICS, range(), supervisor)).data!.supportMetrics.ticketsTotal).toBe(tickets);
  });

  it("backfills a chat written without events (an import) with its outcome, once", async () => {
    const before = (await system.request(METRICS, range(), supervisor)).data!.supportMetrics;
    const startedAt = new Date(Date.now() - 3 * 3_600_000);
    const chat = await system.db.prisma.chatSession.create({
      data: { id: randomUUID(), customerId: DEMO.customer.id, agentId: DEMO.agent.id, type: "WEB", status: "RESOLVED", topic: "withdrawal", language: "en", createdAt: startedAt, answeredAt: new Date(startedAt.getTime() + 90_000), endedAt: new Date(startedAt.getTime() + 900_000), lastMessageAt: startedAt },
    });
    const admin = await system.token("admin");
    expect((await system.request(`mutation { catchUpEvents }`, {}, admin)).data!.catchUpEvents).toBe(3);
    expect((await system.request(`mutation { catchUpEvents }`, {}, admin)).data!.catchUpEvents).toBe(0);
    const after = (await system.request(METRICS, range(), supervisor)).data!.supportMetrics;
    expect(after.chatsTotal).toBe(before.chatsTotal + 1);
    expect(after.chatsAnswered).toBe(before.chatsAnswered + 1);
    const fact = await system.db.prisma.analyticsChatFact.findUniqueOrThrow({ where: { chatId: chat.id } });
    expect(fact).toMatchObject({ agentId: DEMO.agent.id, waitSeconds: 90, outcome: "chat.ended", durationSeconds: 810 });
  });
});

describe("DateTime input (14.25)", () => {
  const now = new Date().toISOString();
  const cases: [string, string, Record<string, unknown>][] = [
    ["supportMetrics literal", `{ supportMetrics(from: "yesterday", to: "${now}") { ticketsTotal } }`, {}],
    ["supportMetrics variable", `query($from: DateTime!, $to: DateTime!) { supportMetrics(from: $from, to: $to) { ticketsTotal } }`, { from: "yesterday", to: now }],
    ["feedbackAnalytics literal", `{ feedbackAnalytics(from: "not-a-date", to: "${now}") { responses } }`, {}],
    ["feedbackAnalytics variable", `query($from: DateTime!) { feedbackAnalytics(from: $from, to: "${now}") { responses } }`, { from: "not-a-date" }],
    ["chats filter literal", `{ chats(filter: { createdAfter: "garbage" }) { edges { node { id } } } }`, {}],
    ["chats filter variable", `query($f: ChatFilter) { chats(filter: $f) { edges { node { id } } } }`, { f: { createdAfter: "garbage" } }],
    ["impossible calendar date", `{ supportMetrics(from: "2026-02-30T00:00:00Z", to: "${now}") { ticketsTotal } }`, {}],
    ["number", `query($from: DateTime!) { supportMetrics(from: $from, to: "${now}") { ticketsTotal } }`, { from: 12 }],
  ];
  for (const [name, query, variables] of cases) {
    it(`refuses a bad date with BAD_USER_INPUT: ${name}`, async () => {
      const result = await system.request(query, variables, supervisor);
      expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
      for (const error of result.errors!) expect(error.extensions?.code, JSON.stringify(error)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|    at /);
    });
  }
});

describe("feedback resubmission and improvement tasks (14.26)", () => {
  const SUBMIT_CHAT = `mutation($input: SubmitChatFeedbackInput!) {
    submitChatFeedback(input: $input) { followUpCreated feedback { id rating waitTimeRating agentRating resolved comments } } }`;
  const COMPLETE = `mutation($input: CompleteImprovementTaskInput!) { completeImprovementTask(input: $input) { id status note supervisor { id } doneAt } }`;

  it("keeps sub-ratings a resubmission leaves out, moves the task to the new rating, and completes a task once, naming who did", async () => {
    const customer = await system.token("customer");
    const started = await system.request(`mutation { startChat(input: { type: WEB, topic: "withdrawal" }) { id } }`, {}, customer);
    expect(started.errors).toBeUndefined();
    const chatId = started.data!.startChat.id;
    const ended = await system.request(`mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`, { input: { chatId, status: "RESOLVED" } }, customer);
    if (ended.errors) await system.db.prisma.chatSession.update({ where: { id: chatId }, data: { status: "RESOLVED", endedAt: new Date() } });

    const first = await system.request(SUBMIT_CHAT, { input: { chatId, rating: 1, waitTimeRating: 2, agentRating: 1, resolved: false, comments: "Waited forever" } }, customer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitChatFeedback.followUpCreated).toBe(true);

    const again = await system.request(SUBMIT_CHAT, { input: { chatId, rating: 2, comments: "Still waiting for the refund" } }, customer);
    expect(again.errors).toBeUndefined();
    expect(again.data!.submitChatFeedback.feedback).toMatchObject({ rating: 2, waitTimeRating: 2, agentRating: 1, resolved: false, comments: "Still waiting for the refund" });
    // An explicit null still clears a sub-rating.
    const cleared = await system.request(SUBMIT_CHAT, { input: { chatId, rating: 2, agentRating: null } }, customer);
    expect(cleared.data!.submitChatFeedback.feedback).toMatchObject({ waitTimeRating: 2, agentRating: null, comments: "Still waiting for the refund" });

    const QUEUE = `{ improvementQueue(first: 100, status: OPEN) { edges { node { id rating comments chat { id } } } } }`;
    const queue = await system.request(QUEUE, {}, supervisor);
    const task = queue.data!.improvementQueue.edges.map((e: any) => e.node).find((n: any) => n.chat?.id === chatId);
    expect(task).toMatchObject({ rating: 2, comments: "Still waiting for the refund" });

    // Rated up to 4 afterwards: the task shows the customer's current rating.
    await system.request(SUBMIT_CHAT, { input: { chatId, rating: 4 } }, customer);
    expect((await system.db.prisma.analyticsImprovementTask.findUniqueOrThrow({ where: { id: task.id } })).rating).toBe(4);

    const done = await system.request(COMPLETE, { input: { id: task.id, note: "Refund sent, called back" } }, supervisor);
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeImprovementTask).toMatchObject({ status: "DONE", note: "Refund sent, called back", supervisor: { id: DEMO.supervisor.id } });

    const twice = await system.request(COMPLETE, { input: { id: task.id, note: "again" } }, supervisor);
    expect(twice.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect((await system.db.prisma.analyticsImprovementTask.findUniqueOrThrow({ where: { id: task.id } })).note).toBe("Refund sent, called back");
  });
});
