/**
 * Chat session lifecycle (starting is start-chat.ts): availability, routing and activation
 * when an agent takes it, transfers, status changes, conversion to a ticket, and the endings
 * analytics counts (RESOLVED → chat.ended, ABANDONED → chat.abandoned, TIMED_OUT → chat.timed_out).
 * Every change and its events are written in one transaction; live signals go out after commit.
 */
import type { ChatSession, ChatStatus, Prisma } from "../../generated/prisma/client.js";
import { isOpen, nextOpening, type BusinessSchedule } from "../../shared/business-hours.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput, conflict, forbidden } from "../../shared/errors.js";
import { isStaff, isSupervisor, type Identity } from "../../shared/identity.js";
import { recordEvents, type NewEvent } from "../../shared/outbox.js";
import { assertUuid } from "../../shared/ids.js";
import { parseScheduleSpec } from "../../shared/schedule-spec.js";
import { chatOperatingHours } from "../../shared/config.js";
import { publishChatEvent, type ChatEvent } from "./chat-event-shapes.js";
import { afterCommit, postMessage, publishMessages } from "./messages.js";
import type { ChatMessage } from "../../generated/prisma/client.js";
import { assignChatByHand, chatQueueStatus, releaseChat, requestChatAssignment } from "./assignment-requests.js";
import { createTicket, type CreatedTicket } from "./clients/tickets.js";

/**
 * A committed change's live events: its system messages, then its status. A bus that refuses them
 * costs the watchers a catch-up from storage (chatEvents(after:)), never the change's answer.
 */
const announceCommitted = (services: SubgraphServices, posted: readonly ChatMessage[], status: ChatEvent) =>
  afterCommit(services, "chat events", async () => {
    await publishMessages(services, posted);
    await publishChatEvent(services.pubsub, status);
  });

type Tx = Prisma.TransactionClient;

export const OPEN_STATUSES = ["WAITING", "ACTIVE", "TRANSFERRED"] as const satisfies readonly ChatStatus[];
export const CLOSED_STATUSES = ["RESOLVED", "ABANDONED", "TIMED_OUT"] as const satisfies readonly ChatStatus[];
export const isClosed = (chat: Pick<ChatSession, "status">) =>
  (CLOSED_STATUSES as readonly string[]).includes(chat.status);

const schedules = new Map<string, BusinessSchedule>();
export function operatingSchedule(services: Pick<SubgraphServices, "config">): BusinessSchedule {
  const spec = chatOperatingHours(services.config);
  let schedule = schedules.get(spec);
  if (!schedule) schedules.set(spec, (schedule = parseScheduleSpec(spec)));
  return schedule;
}

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

// ---- availability --------------------------------------------------------------------------

export interface SupportAvailability {
  open: boolean;
  liveAgentsAvailable: boolean;
  nextOpenAt: Date;
  waitingChats: number;
  estimatedWaitSeconds: number | null;
  operatingHours: string;
}

/**
 * Live agents are available when we are open and agents' queueStatus counts an available agent;
 * the wait and the number of waiting chats are agents' figures too (the one estimator), so this
 * always agrees with `queueStatus(kind: CHAT)`. Agents unreachable: not available, wait unknown.
 */
export async function supportAvailability(services: SubgraphServices, now = new Date()): Promise<SupportAvailability> {
  const schedule = operatingSchedule(services);
  const open = isOpen(schedule, now);
  const queue = open ? await chatQueueStatus(services) : null;
  const waitingChats = queue
    ? queue.length
    : await services.db.prisma.chatSession.count({
        where: { status: "WAITING", offline: false, agentId: null, queuedAt: { not: null } },
      });
  return {
    open,
    liveAgentsAvailable: open && (queue?.availableAgents ?? 0) > 0,
    nextOpenAt: nextOpening(schedule, now),
    waitingChats,
    estimatedWaitSeconds: queue && services.config.ESTIMATED_WAIT_TIME ? queue.estimatedWaitSeconds : null,
    operatingHours: chatOperatingHours(services.config),
  };
}

// ---- routing and activation ----------------------------------------------------------------

/** Asks agents for an agent and applies the answer: ACTIVE when assigned, else WAITING with a position. */
export async function routeChat(
  services: SubgraphServices,
  chat: ChatSession,
  options: { categoryKey?: string | null; priority?: "LOW" | "MEDIUM" | "HIGH" | "URGENT"; excludeAgentIds?: string[] },
): Promise<ChatSession> {
  const { prisma } = services.db;
  const result = await requestChatAssignment(services, {
    chat,
    categoryKey: options.categoryKey ?? chat.queueKey,
    priority: options.priority,
    excludeAgentIds: options.excludeAgentIds,
  });
  if (!result) return (await prisma.chatSession.findUnique({ where: { id: chat.id } })) ?? chat;
  if (result.status === "ASSIGNED" && result.agentId) {
    await activateChat(services, chat.id, result.agentId, result.needsTranslation);
  } else if (result.queuePosition) {
    await applyQueuePosition(services, chat.id, result.queuePosition, result.estimatedWaitSeconds ?? null);
  }
  return (await prisma.chatSession.findUnique({ where: { id: chat.id } })) ?? chat;
}

/** Stores a new queue position (only when it changed) and tells the waiting customer. */
export async function applyQueuePosition(
  services: SubgraphServices,
  chatId: string,
  position: number,
  estimatedWaitSeconds: number | null,
): Promise<boolean> {
  const changed = await services.db.prisma.chatSession.updateMany({
    where: {
      id: chatId,
      status: "WAITING",
      agentId: null,
      OR: [{ queuePosition: null }, { queuePosition: { not: position } }],
    },
    data: { queuePosition: position, estimatedWaitSeconds },
  });
  if (changed.count === 0) return false;
  // QUEUE_POSITION_UPDATES=false: the position is kept for ordering but not announced; ESTIMATED_WAIT_TIME=false: no estimate.
  // The position is stored: a bus that refuses the announcement does not undo it (the customer reads it back).
  if (services.config.QUEUE_POSITION_UPDATES) {
    await afterCommit(services, "queue position", () =>
      publishChatEvent(services.pubsub, {
        kind: "queue",
        chatId,
        position,
        estimatedWaitSeconds: services.config.ESTIMATED_WAIT_TIME ? estimatedWaitSeconds : null,
        at: new Date().toISOString(),
      }),
    );
  }
  return true;
}

/**
 * Gives a waiting chat to an agent inside the caller's transaction (from requestAssignment's
 * answer or agents' `assignment.created`). Idempotent: only an unassigned open chat is taken.
 */
export async function activateInTx(
  tx: Tx,
  chatId: string,
  agentId: string,
  needsTranslation: boolean,
  now: Date,
): Promise<ChatSession | null> {
  const chat = await tx.chatSession.findUnique({ where: { id: chatId } });
  if (!chat || chat.agentId || (chat.status !== "WAITING" && chat.status !== "TRANSFERRED")) return null;
  const taken = await tx.chatSession.updateMany({
    where: { id: chatId, agentId: null, status: { in: ["WAITING", "TRANSFERRED"] } },
    data: {
      agentId,
      status: "ACTIVE",
      answeredAt: chat.answeredAt ?? now,
      queuePosition: null,
      estimatedWaitSeconds: null,
      needsTranslation,
    },
  });
  if (taken.count === 0) return null;
  const events: NewEvent[] = chat.answeredAt
    ? []
    : [
        {
          type: "chat.answered",
          aggregateId: chatId,
          payload: { chatId, agentId, waitSeconds: seconds(chat.queuedAt ?? chat.createdAt, now) },
        },
      ];
  await recordEvents(tx, "chat", events);
  return {
    ...chat,
    agentId,
    status: "ACTIVE",
    answeredAt: chat.answeredAt ?? now,
    queuePosition: null,
    estimatedWaitSeconds: null,
    needsTranslation,
  };
}

export async function activateChat(
  services: SubgraphServices,
  chatId: string,
  agentId: string,
  needsTranslation = false,
): Promise<ChatSession | null> {
  const now = new Date();
  const chat = await services.db.prisma.$transaction((tx) => activateInTx(tx, chatId, agentId, needsTranslation, now));
  if (chat)
    await announceCommitted(services, [], { kind: "status", chatId, status: "ACTIVE", agentId, at: now.toISOString() });
  return chat;
}

// ---- endings -------------------------------------------------------------------------------

type Ending = (typeof CLOSED_STATUSES)[number];

export function endingEvent(chat: ChatSession, status: Ending, now: Date): NewEvent {
  if (status === "RESOLVED") {
    return {
      type: "chat.ended",
      aggregateId: chat.id,
      payload: {
        chatId: chat.id,
        agentId: chat.agentId,
        status,
        durationSeconds: seconds(chat.answeredAt ?? chat.createdAt, now),
      },
    };
  }
  const waitSeconds = seconds(chat.queuedAt ?? chat.createdAt, chat.answeredAt ?? now);
  return {
    type: status === "ABANDONED" ? "chat.abandoned" : "chat.timed_out",
    aggregateId: chat.id,
    payload: { chatId: chat.id, agentId: chat.agentId, waitSeconds },
  };
}

/** Closes an open chat inside a transaction; null when it was already closed. */
export async function endInTx(
  tx: Tx,
  chat: ChatSession,
  status: Ending,
  now: Date,
  note?: string,
  posted: ChatMessage[] = [],
): Promise<ChatSession | null> {
  const closed = await tx.chatSession.updateMany({
    where: { id: chat.id, status: { in: [...OPEN_STATUSES] } },
    data: { status, endedAt: now, queuePosition: null, estimatedWaitSeconds: null },
  });
  if (closed.count === 0) return null;
  await recordEvents(tx, "chat", [endingEvent(chat, status, now)]);
  if (note) await postMessage(tx, chat, { senderKind: "SYSTEM", type: "SYSTEM", body: note }, posted);
  return { ...chat, status, endedAt: now, queuePosition: null, estimatedWaitSeconds: null };
}

export async function endChat(
  services: SubgraphServices,
  chat: ChatSession,
  status: Ending,
  note?: string,
): Promise<ChatSession> {
  const now = new Date();
  const posted: ChatMessage[] = [];
  const ended = await services.db.prisma.$transaction((tx) => endInTx(tx, chat, status, now, note, posted));
  if (!ended) throw conflict(`This chat is already ${chat.status.toLowerCase().replace("_", " ")}`);
  await afterEnd(services, ended, posted);
  return ended;
}

export async function afterEnd(
  services: SubgraphServices,
  chat: ChatSession,
  posted: readonly ChatMessage[] = [],
): Promise<void> {
  await announceCommitted(services, posted, {
    kind: "status",
    chatId: chat.id,
    status: chat.status,
    agentId: chat.agentId,
    at: (chat.endedAt ?? new Date()).toISOString(),
  });
  if (chat.queuedAt || chat.agentId) void releaseChat(services, chat.id);
}

// ---- status changes and transfers ----------------------------------------------------------

export async function updateChatStatus(
  services: SubgraphServices,
  identity: Identity,
  chat: ChatSession,
  status: ChatStatus,
  force = false,
): Promise<ChatSession> {
  if (isClosed(chat)) throw conflict(`This chat is already ${chat.status.toLowerCase().replace("_", " ")}`);
  if (status === chat.status && !(status === "ACTIVE" && chat.agentId !== identity.subject)) return chat;
  if (status === "TIMED_OUT") throw badInput("TIMED_OUT is set by the inactivity sweeper", { field: "status" });
  if (status === "TRANSFERRED") throw badInput("Use transferChat to transfer a chat", { field: "status" });
  if (identity.role === "customer") {
    // A customer leaving: abandoned while nobody had answered, resolved afterwards.
    if (status !== "RESOLVED" && status !== "ABANDONED") throw forbidden("Customers can only end their chat");
    return endChat(services, chat, chat.agentId ? "RESOLVED" : "ABANDONED");
  }
  if (!isStaff(identity) && identity.role !== "service") throw forbidden();
  switch (status) {
    case "RESOLVED":
      return endChat(services, chat, "RESOLVED");
    case "ABANDONED":
      if (!isSupervisor(identity)) throw forbidden("Only the customer or a supervisor can mark a chat abandoned");
      return endChat(services, chat, "ABANDONED");
    case "ACTIVE": {
      if (chat.agentId && chat.agentId !== identity.subject)
        throw conflict("This chat is assigned to another agent; use transferChat");
      if (chat.agentId === identity.subject) {
        // TRANSFERRED → ACTIVE: the new agent accepts.
        const updated = await services.db.prisma.chatSession.update({
          where: { id: chat.id },
          data: { status: "ACTIVE" },
        });
        await announceCommitted(services, [], {
          kind: "status",
          chatId: chat.id,
          status: "ACTIVE",
          agentId: chat.agentId,
          at: new Date().toISOString(),
        });
        return updated;
      }
      if (force && !isSupervisor(identity)) throw forbidden("Only supervisors can take a chat beyond their capacity");
      // Taken by hand: the same capacity rule as routing (agents keeps the work item assigned to
      // this agent, so activeChats counts it and routing sees them as full).
      await assignChatByHand(services, chat, identity.subject as string, force);
      const taken = await activateChat(services, chat.id, identity.subject as string);
      if (!taken) {
        // agents' assignment.created may have activated it for this agent already.
        const now = await services.db.prisma.chatSession.findUnique({ where: { id: chat.id } });
        if (now && now.agentId === identity.subject && now.status === "ACTIVE") return now;
        throw conflict("Another agent took this chat first");
      }
      return taken;
    }
    case "WAITING":
      return requeueChat(services, chat, { reason: "Returned to the queue" });
    default:
      throw badInput(`Unsupported status ${status}`, { field: "status" });
  }
}

async function requeueChat(
  services: SubgraphServices,
  chat: ChatSession,
  options: { toQueue?: string | null; reason: string },
): Promise<ChatSession> {
  const now = new Date();
  const from = chat.agentId;
  const posted: ChatMessage[] = [];
  const updated = await services.db.prisma.$transaction(async (tx) => {
    const row = await tx.chatSession.update({
      where: { id: chat.id },
      data: {
        agentId: null,
        status: "WAITING",
        queuedAt: now,
        queueKey: options.toQueue ?? chat.queueKey,
        queuePosition: null,
        estimatedWaitSeconds: null,
      },
    });
    if (from)
      await recordEvents(tx, "chat", [
        {
          type: "chat.transferred",
          aggregateId: chat.id,
          payload: { chatId: chat.id, fromAgentId: from, toAgentId: null, toQueue: row.queueKey },
        },
      ]);
    await postMessage(tx, row, { senderKind: "SYSTEM", type: "SYSTEM", body: options.reason }, posted);
    return row;
  });
  await announceCommitted(services, posted, {
    kind: "status",
    chatId: chat.id,
    status: "WAITING",
    agentId: null,
    at: now.toISOString(),
  });
  if (from) await releaseChat(services, chat.id);
  return routeChat(services, updated, { categoryKey: updated.queueKey, excludeAgentIds: from ? [from] : [] });
}

export interface TransferInput {
  toAgentId?: string | null;
  toQueue?: string | null;
  note?: string | null;
}

export async function transferChat(
  services: SubgraphServices,
  identity: Identity,
  chat: ChatSession,
  input: TransferInput,
): Promise<ChatSession> {
  if (!isStaff(identity)) throw forbidden("Only staff can transfer chats");
  if (chat.agentId && chat.agentId !== identity.subject && !isSupervisor(identity))
    throw forbidden("Only the chat's agent or a supervisor can transfer it");
  if (isClosed(chat)) throw conflict(`This chat is already ${chat.status.toLowerCase().replace("_", " ")}`);
  if (Boolean(input.toAgentId) === Boolean(input.toQueue)) throw badInput("Give exactly one of toAgentId or toQueue");
  if (input.note && input.note.length > 1000) throw badInput("note must be at most 1000 characters", { field: "note" });
  if (input.toQueue) {
    if (!/^[a-z][a-z0-9_]{1,63}$/.test(input.toQueue))
      throw badInput("toQueue must be a queue (category) key such as billing_support", { field: "toQueue" });
    return requeueChat(services, chat, {
      toQueue: input.toQueue,
      reason: input.note ? `Transferred to ${input.toQueue}: ${input.note}` : `Transferred to ${input.toQueue}`,
    });
  }
  const toAgentId = input.toAgentId as string;
  assertUuid(toAgentId, "toAgentId");
  if (toAgentId === chat.agentId) throw badInput("The chat is already with this agent", { field: "toAgentId" });
  // Handing a chat to a named agent is a manual assignment: their chat capacity holds.
  await assignChatByHand(services, chat, toAgentId, false);
  const now = new Date();
  const posted: ChatMessage[] = [];
  const updated = await services.db.prisma.$transaction(async (tx) => {
    const moved = await tx.chatSession.updateMany({
      where: { id: chat.id, status: { in: [...OPEN_STATUSES] }, agentId: chat.agentId },
      data: {
        agentId: toAgentId,
        status: "TRANSFERRED",
        answeredAt: chat.answeredAt ?? now,
        queuePosition: null,
        estimatedWaitSeconds: null,
      },
    });
    if (moved.count === 0) throw conflict("The chat changed meanwhile; reload it and try again");
    const events: NewEvent[] = [
      {
        type: "chat.transferred",
        aggregateId: chat.id,
        payload: { chatId: chat.id, fromAgentId: chat.agentId, toAgentId },
      },
    ];
    if (!chat.answeredAt)
      events.push({
        type: "chat.answered",
        aggregateId: chat.id,
        payload: { chatId: chat.id, agentId: toAgentId, waitSeconds: seconds(chat.queuedAt ?? chat.createdAt, now) },
      });
    await recordEvents(tx, "chat", events);
    const row = await tx.chatSession.findUniqueOrThrow({ where: { id: chat.id } });
    await postMessage(
      tx,
      row,
      {
        senderKind: "SYSTEM",
        type: "SYSTEM",
        body: input.note ? `Transferred to another agent: ${input.note}` : "Transferred to another agent",
      },
      posted,
    );
    return row;
  });
  await announceCommitted(services, posted, {
    kind: "status",
    chatId: chat.id,
    status: "TRANSFERRED",
    agentId: toAgentId,
    at: now.toISOString(),
  });
  return updated;
}

// ---- tickets -------------------------------------------------------------------------------

/** Creates (idempotently) the ticket for a chat through tickets' createTicket with the service identity. */
async function createTicketForChat(services: SubgraphServices, chat: ChatSession): Promise<CreatedTicket> {
  const messages = await services.db.prisma.chatMessage.findMany({
    where: { chatId: chat.id },
    orderBy: { seq: "asc" },
    take: 200,
  });
  const firstCustomer = messages.find((m) => m.senderKind === "CUSTOMER");
  const transcript = messages
    .map((m) => `[${m.createdAt.toISOString()}] ${m.senderKind.toLowerCase()}: ${m.body}`)
    .join("\n");
  const subjectSource = chat.topic || firstCustomer?.body || `Chat ${chat.id}`;
  const subject = subjectSource.length > 120 ? `${subjectSource.slice(0, 117)}...` : subjectSource;
  const description =
    `${chat.offline ? "Offline chat message" : "Converted from live chat"} (${chat.type}, chat ${chat.id}).\n\n${transcript}`.slice(
      0,
      20_000,
    );
  return createTicket(
    services.internal,
    {
      channel: "CHAT",
      subject,
      description,
      language: chat.language,
      customerId: chat.customerId,
      idempotencyKey: `chat:${chat.id}`,
      ...(chat.queueKey ? { categoryKey: chat.queueKey } : {}),
    },
    { timeoutMs: 10_000 },
  );
}

/** Turns a chat into a ticket and closes the chat; repeating it returns the same ticket. */
export async function convertChatToTicket(services: SubgraphServices, chat: ChatSession): Promise<ChatSession> {
  if (chat.ticketId) return chat;
  let ticket: { id: string; number: string };
  try {
    ticket = await createTicketForChat(services, chat);
  } catch (error) {
    services.logger.warn("createTicket failed for chat", { chatId: chat.id, error: (error as Error).message });
    throw conflict("The ticket could not be created right now; nothing was changed. Try again shortly.", {
      retryable: true,
    });
  }
  const now = new Date();
  const posted: ChatMessage[] = [];
  const result = await services.db.prisma.$transaction(async (tx) => {
    const current = await tx.chatSession.findUniqueOrThrow({ where: { id: chat.id } });
    if (current.ticketId) return { chat: current, ended: null };
    const row = await tx.chatSession.update({ where: { id: chat.id }, data: { ticketId: ticket.id } });
    const note = chat.offline
      ? `Thanks, we've recorded your message as ticket ${ticket.number}. We'll reply there${chat.availableAt ? ` when we're back at ${chat.availableAt.toISOString()} (UTC)` : ""}.`
      : `This conversation continues as ticket ${ticket.number}.`;
    const ended = isClosed(row) ? null : await endInTx(tx, row, "RESOLVED", now, undefined, posted);
    await postMessage(
      tx,
      row,
      {
        senderKind: "SYSTEM",
        type: "SYSTEM",
        body: note,
        attachment: { ticketId: ticket.id, ticketNumber: ticket.number },
      },
      posted,
    );
    return { chat: ended ?? row, ended };
  });
  if (result.ended) await afterEnd(services, result.ended, posted);
  else await afterCommit(services, "chat events", () => publishMessages(services, posted));
  return result.chat;
}
