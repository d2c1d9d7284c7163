/**
 * When agents missed ticket events (pruned from tickets' outbox before it read them), it brings
 * its ticket workload in line with tickets' open assignments (subgraphs/agents/reconcile.ts,
 * repairTicketWorkload): a ticket that ended frees its agent, a reassigned one moves, an assigned
 * one without an item is recorded; assignments of the last minute are left alone. Its consumer
 * does so when the catch-up page says events were missed. Likewise its chat workload with the
 * chats not yet ended (repairChatWorkload), after missed chat events.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS, DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";
import { repairChatWorkload, repairTicketWorkload } from "../subgraphs/agents/reconcile.js";
import { eventually, type TestSystem } from "./harness.js";
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

/** A ticket created through the gateway and routed by agents; its work item as agents holds it. */
async function assignedTicket(subject: string): Promise<{ ticketId: string; agentId: string }> {
  const { ticketId } = await createdTicket(system, subject);
  const item = await eventually(() =>
    system.db.prisma.workItem.findFirst({ where: { kind: "TICKET", itemId: ticketId, status: "ASSIGNED" } }),
  );
  // Agents has had its ticket.assigned event too (handled, it would re-create an item removed below).
  await eventually(async () => {
    const [row] = await system.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS "n" FROM "tickets"."outbox_events" o
       JOIN "agents"."processed_events" p ON p."eventId" = o."id" AND p."consumer" = 'agents-routing'
       WHERE o."aggregateId" = $1 AND o."type" = 'ticket.assigned'`,
      [ticketId],
    );
    return row.n === 1;
  });
  return { ticketId, agentId: item.agentId! };
}

const itemOf = (ticketId: string, kind: "TICKET" | "CHAT" = "TICKET") =>
  system.db.prisma.workItem.findUniqueOrThrow({ where: { kind_itemId: { kind, itemId: ticketId } } });

/** What tickets stores, changed behind agents' back (as events agents never read would have told it). */
const ticketsSets = (ticketId: string, assignment: string) =>
  system.db.sql.query(`UPDATE "tickets"."tickets" SET ${assignment} WHERE "id" = $1::uuid`, [ticketId]);

describe("repairing the ticket workload", () => {
  it("frees what ended, moves what was reassigned, records what is missing, and leaves fresh assignments", async () => {
    const ended = await assignedTicket("Repair ended");
    await ticketsSets(ended.ticketId, `"status" = 'RESOLVED'`);
    await assignedMinutesAgo(system, "TICKET", ended.ticketId);

    const reassigned = await assignedTicket("Repair reassigned");
    const other = DEMO_AGENTS.find((a) => a.role === "agent" && a.id !== reassigned.agentId)!;
    await ticketsSets(reassigned.ticketId, `"assignedAgentId" = '${other.id}'`);
    await assignedMinutesAgo(system, "TICKET", reassigned.ticketId);

    const unrecorded = await assignedTicket("Repair unrecorded");
    await system.db.prisma.workItem.delete({
      where: { kind_itemId: { kind: "TICKET", itemId: unrecorded.ticketId } },
    });

    const fresh = await assignedTicket("Repair fresh");
    await ticketsSets(fresh.ticketId, `"status" = 'RESOLVED'`);

    const repair = await repairTicketWorkload(subgraphServicesOf(system));
    expect({
      ended: await itemOf(ended.ticketId),
      reassigned: await itemOf(reassigned.ticketId),
      unrecorded: await itemOf(unrecorded.ticketId),
      fresh: await itemOf(fresh.ticketId),
      repair,
    }).toMatchObject({
      ended: { status: "DONE" },
      reassigned: { status: "ASSIGNED", agentId: other.id },
      unrecorded: { status: "ASSIGNED", agentId: unrecorded.agentId },
      fresh: { status: "ASSIGNED", agentId: fresh.agentId },
    });
    expect(repair.freed).toBeGreaterThanOrEqual(1);
    expect(repair.moved).toBeGreaterThanOrEqual(1);
    expect(repair.recorded).toBeGreaterThanOrEqual(1);
    // In line now: a second repair changes nothing.
    expect(await repairTicketWorkload(subgraphServicesOf(system))).toEqual({ freed: 0, moved: 0, recorded: 0 });
  });

  it("is what agents' consumer does when tickets' outbox lost events it had not read", async () => {
    const ended = await assignedTicket("Repair after pruning");
    await ticketsSets(ended.ticketId, `"status" = 'RESOLVED'`);
    await assignedMinutesAgo(system, "TICKET", ended.ticketId);

    await readerBehindPrunedEvent(
      system,
      { schema: "agents", consumer: "agents-routing", source: "tickets" },
      { type: "ticket.resolved", aggregateId: ended.ticketId, payload: { ticketId: ended.ticketId } },
    );

    // The consumer's next catch-up pass (every 15 s) is told, and frees the agent.
    await eventually(async () => (await itemOf(ended.ticketId)).status === "DONE", 25_000);
  });
});

/** What chat stores, changed behind agents' back (as events agents never read would have told it). */
const chatSets = (chatId: string, change: string) =>
  system.db.sql.query(`UPDATE "chat"."sessions" SET ${change} WHERE "id" = $1::uuid`, [chatId]);

const ENDED = `"status" = 'RESOLVED', "endedAt" = CURRENT_TIMESTAMP::timestamp`;

describe("repairing the chat workload", () => {
  it("frees seats of ended chats, moves transferred ones, records missing ones, and leaves chats that missed their assignment", async () => {
    const [ended, moved, unrecorded, unapplied, fresh] = await Promise.all(
      DEMO_CUSTOMERS.slice(5, 10).map((customer) => answeredChat(system, customer.id)),
    );
    await chatSets(ended.chatId, ENDED);
    await assignedMinutesAgo(system, "CHAT", ended.chatId);

    const other = DEMO_AGENTS.find((a) => a.role === "agent" && a.id !== moved.agentId)!;
    await chatSets(moved.chatId, `"agentId" = '${other.id}'`);
    await assignedMinutesAgo(system, "CHAT", moved.chatId);

    const routed = await system.db.prisma.workItem.delete({
      where: { kind_itemId: { kind: "CHAT", itemId: unrecorded.chatId } },
    });

    // Chat shows it waiting: it missed the assignment (chat repairs that), the seat is not freed.
    await chatSets(unapplied.chatId, `"status" = 'WAITING', "agentId" = NULL`);
    await assignedMinutesAgo(system, "CHAT", unapplied.chatId);

    await chatSets(fresh.chatId, ENDED);

    const repair = await repairChatWorkload(subgraphServicesOf(system));
    expect({
      ended: await itemOf(ended.chatId, "CHAT"),
      moved: await itemOf(moved.chatId, "CHAT"),
      unrecorded: await itemOf(unrecorded.chatId, "CHAT"),
      unapplied: await itemOf(unapplied.chatId, "CHAT"),
      fresh: await itemOf(fresh.chatId, "CHAT"),
    }).toMatchObject({
      ended: { status: "DONE" },
      moved: { status: "ASSIGNED", agentId: other.id },
      // Recorded as routing had it.
      unrecorded: {
        status: "ASSIGNED",
        agentId: unrecorded.agentId,
        language: routed.language,
        languageKey: routed.languageKey,
        categoryKey: routed.categoryKey,
        priority: routed.priority,
      },
      unapplied: { status: "ASSIGNED", agentId: unapplied.agentId },
      fresh: { status: "ASSIGNED", agentId: fresh.agentId },
    });
    expect(repair.freed).toBeGreaterThanOrEqual(1);
    expect(repair.moved).toBe(1);
    expect(repair.recorded).toBeGreaterThanOrEqual(1);
    expect(await repairChatWorkload(subgraphServicesOf(system))).toEqual({ freed: 0, moved: 0, recorded: 0 });
  });

  it("is what agents' consumer does when chat's outbox lost events it had not read", async () => {
    const ended = await answeredChat(system, DEMO_CUSTOMERS[10].id);
    await chatSets(ended.chatId, ENDED);
    await assignedMinutesAgo(system, "CHAT", ended.chatId);
    await readerBehindPrunedEvent(
      system,
      { schema: "agents", consumer: "agents-routing", source: "chat" },
      { type: "chat.ended", aggregateId: ended.chatId, payload: { chatId: ended.chatId } },
    );
    await eventually(async () => (await itemOf(ended.chatId, "CHAT")).status === "DONE", 25_000);
  });
});
