/**
 * When tickets or chat missed agents' `assignment.created` events (pruned from agents' outbox
 * before their consumer read them), each takes the assignments agents holds instead
 * (subgraphs/tickets/assignment-repair.ts, subgraphs/chat/assignment-repair.ts): a ticket agents
 * gave to someone is assigned to them, a waiting chat starts with its agent. Assignments of the
 * last minute, ended tickets and tickets with an assignee are left alone. Each consumer does so
 * when its catch-up page says events were missed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";
import { repairChatAssignments } from "../subgraphs/chat/assignment-repair.js";
import { repairTicketAssignments } from "../subgraphs/tickets/assignment-repair.js";
import { collect, eventually, type TestSystem } from "./harness.js";
import { startSystemWithAgentsOnline } from "./support/agents-reconciled.js";
import { answeredChat, assignedMinutesAgo, createdTicket, readerBehindPrunedEvent } from "./support/missed-events.js";
import { subgraphServicesOf } from "./support/subgraph-services.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startSystemWithAgentsOnline();
});

afterAll(async () => {
  await system?.close();
});

/** Waits until `consumer` has recorded agents' `assignment.created` for the item (it would re-apply it otherwise). */
async function assignmentConsumed(schema: "tickets" | "chat", consumer: string, itemId: string): Promise<void> {
  await eventually(async () => {
    const [row] = await system.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS "n" FROM "agents"."outbox_events" o
       JOIN "${schema}"."processed_events" p ON p."eventId" = o."id" AND p."consumer" = $2
       WHERE o."type" = 'assignment.created' AND o."payload"->>'itemId' = $1`,
      [itemId, consumer],
    );
    return row.n === 1;
  });
}

/** A ticket created through the gateway and assigned; then shown unassigned in tickets, as if the assignment never reached it. */
async function ticketThatMissedItsAssignment(subject: string): Promise<{ ticketId: string; agentId: string }> {
  const { ticketId, agentId } = await createdTicket(system, subject);
  expect(agentId).not.toBeNull();
  await assignmentConsumed("tickets", "tickets.assignments", ticketId);
  await system.db.sql.query(`UPDATE "tickets"."tickets" SET "assignedAgentId" = NULL WHERE "id" = $1::uuid`, [
    ticketId,
  ]);
  return { ticketId, agentId: agentId! };
}

const assigneeOf = async (ticketId: string) =>
  (await system.db.prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } })).assignedAgentId;

describe("tickets repairing assignments it missed", () => {
  it("assigns what agents holds, leaves fresh assignments and ended tickets, and writes the assignment's trail", async () => {
    const missed = await ticketThatMissedItsAssignment("Missed assignment");
    await assignedMinutesAgo(system, "TICKET", missed.ticketId);
    const fresh = await ticketThatMissedItsAssignment("Fresh assignment");
    const ended = await ticketThatMissedItsAssignment("Ended ticket");
    await assignedMinutesAgo(system, "TICKET", ended.ticketId);
    await system.db.sql.query(`UPDATE "tickets"."tickets" SET "status" = 'RESOLVED' WHERE "id" = $1::uuid`, [
      ended.ticketId,
    ]);

    const assigned = await repairTicketAssignments(subgraphServicesOf(system));
    expect({
      missed: await assigneeOf(missed.ticketId),
      fresh: await assigneeOf(fresh.ticketId),
      ended: await assigneeOf(ended.ticketId),
    }).toEqual({ missed: missed.agentId, fresh: null, ended: null });
    expect(assigned).toBe(1);
    // As the event would have: a `ticket.assigned` event naming the agent, for agents and the streams.
    const events = await system.db.sql.query<{ agentId: string }>(
      `SELECT "payload"->>'agentId' AS "agentId" FROM "tickets"."outbox_events"
       WHERE "aggregateId" = $1 AND "type" = 'ticket.assigned' ORDER BY "occurredAt"`,
      [missed.ticketId],
    );
    expect(events.map((e) => e.agentId)).toEqual([missed.agentId, missed.agentId]);
    // In line now: a second repair changes nothing.
    expect(await repairTicketAssignments(subgraphServicesOf(system))).toBe(0);
  });

  it("is what tickets' consumer does when agents' outbox lost events it had not read", async () => {
    const missed = await ticketThatMissedItsAssignment("Assignment lost to pruning");
    await assignedMinutesAgo(system, "TICKET", missed.ticketId);
    await readerBehindPrunedAgentsEvent("tickets", "tickets.assignments");
    // The consumer's next catch-up pass (every 15 s) is told, and assigns the ticket.
    await eventually(async () => (await assigneeOf(missed.ticketId)) === missed.agentId, 25_000);
  });
});

/** A chat started through the gateway and answered; then shown waiting in chat, as if the assignment never reached it. */
async function chatThatMissedItsAssignment(
  customer: (typeof DEMO_CUSTOMERS)[number],
): Promise<{ chatId: string; agentId: string }> {
  const { chatId, agentId } = await answeredChat(system, customer.id);
  await assignmentConsumed("chat", "chat-assignments", chatId);
  await system.db.sql.query(
    `UPDATE "chat"."sessions" SET "status" = 'WAITING', "agentId" = NULL, "answeredAt" = NULL WHERE "id" = $1::uuid`,
    [chatId],
  );
  return { chatId, agentId };
}

const chatOf = (chatId: string) => system.db.prisma.chatSession.findUniqueOrThrow({ where: { id: chatId } });

describe("chat repairing assignments it missed", () => {
  it("starts the waiting chats agents holds assigned and leaves fresh assignments", async () => {
    const missed = await chatThatMissedItsAssignment(DEMO_CUSTOMERS[2]);
    await assignedMinutesAgo(system, "CHAT", missed.chatId);
    const fresh = await chatThatMissedItsAssignment(DEMO_CUSTOMERS[3]);

    // The customer follows the chat; the stream is live once a typing signal comes through.
    const customerToken = await system.token("customer", DEMO_CUSTOMERS[2].id);
    const follower = system.subscribe(customerToken);
    const events = collect<{ chatEvents: { __typename: string; status?: string } }>(
      follower,
      `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { __typename ... on ChatStatusEvent { status } } }`,
      { chatId: missed.chatId },
    );
    await eventually(
      async () => {
        await system.request(
          `mutation($input: SetTypingInput!) { setTyping(input: $input) { typing } }`,
          { input: { chatId: missed.chatId, typing: false } },
          customerToken,
        );
        return events.received.length > 0;
      },
      5000,
      200,
    );

    expect(await repairChatAssignments(subgraphServicesOf(system))).toBe(1);
    expect(await chatOf(missed.chatId)).toMatchObject({ status: "ACTIVE", agentId: missed.agentId });
    expect(await chatOf(fresh.chatId)).toMatchObject({ status: "WAITING", agentId: null });
    // Its customer is told the chat started, as the event would have.
    await eventually(async () => events.received.some((e) => e.data?.chatEvents.status === "ACTIVE"));
    events.dispose();
    await follower.dispose();
    expect(await repairChatAssignments(subgraphServicesOf(system))).toBe(0);
  });

  it("is what chat's consumer does when agents' outbox lost events it had not read", async () => {
    const missed = await chatThatMissedItsAssignment(DEMO_CUSTOMERS[4]);
    await assignedMinutesAgo(system, "CHAT", missed.chatId);
    await readerBehindPrunedAgentsEvent("chat", "chat-assignments");
    await eventually(async () => (await chatOf(missed.chatId)).status === "ACTIVE", 25_000);
    expect((await chatOf(missed.chatId)).agentId).toBe(missed.agentId);
  });
});

/** The consumer last read agents' outbox nine days ago, and an event it never read is pruned since. */
const readerBehindPrunedAgentsEvent = (schema: "tickets" | "chat", consumer: string) =>
  readerBehindPrunedEvent(
    system,
    { schema, consumer, source: "agents" },
    { type: "agent.status_changed", aggregateId: "probe", payload: {} },
  );
