/** Chat messages: stored first (idempotent per clientMessageId), then delivered live. */
import type { ChatMessage, ChatMessageType, ChatSenderKind, ChatSession } from "../../generated/prisma/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../common/context.js";
import { badInput, conflict } from "../common/errors.js";
import { assertSameRequest, requestFingerprint } from "../common/idempotency.js";
import type { Identity } from "../common/identity.js";
import { isStaff } from "../common/identity.js";
import { recordEvents, type NewEvent } from "../common/outbox.js";
import { publishChatEvent, toMessagePayload } from "./events.js";
import { chatTypeOptions, requireChannelFeature, type ChatTypeOptions } from "./options.js";
import { assignChatByHand } from "./routing.js";
import { translateConversationMessage, type StoredTranslation } from "../common/conversation-translation.js";

export const CLOSED_CHAT_STATUSES = new Set(["RESOLVED", "ABANDONED", "TIMED_OUT"]);

type Tx = Prisma.TransactionClient;

export interface PostedMessage {
  senderKind: ChatSenderKind;
  senderId?: string | null;
  body: string;
  type: ChatMessageType;
  attachment?: unknown;
  clientMessageId?: string | null;
  /** The body translated for the other side (translation on for the chat). */
  translation?: StoredTranslation | null;
}

/**
 * Stores a message (and its `message.sent` event) inside the caller's transaction; the stored
 * row is pushed to `posted` so the caller can publish it once the transaction committed.
 */
export async function postMessage(tx: Tx, chat: Pick<ChatSession, "id">, message: PostedMessage, posted: ChatMessage[]): Promise<ChatMessage> {
  const created = await tx.chatMessage.create({
    data: {
      chatId: chat.id,
      senderKind: message.senderKind,
      senderId: message.senderId ?? null,
      body: message.body,
      type: message.type,
      attachment: (message.attachment ?? undefined) as Prisma.InputJsonValue | undefined,
      clientMessageId: message.clientMessageId ?? null,
      translation: (message.translation ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
  await tx.chatSession.update({ where: { id: chat.id }, data: { lastMessageAt: created.createdAt } });
  await recordEvents(tx, "chat", [
    { type: "message.sent", aggregateId: chat.id, payload: { chatId: chat.id, messageId: created.id, senderKind: created.senderKind, senderId: created.senderId } },
  ]);
  posted.push(created);
  return created;
}

/** Runs follow-up work of a committed write; a failure is logged, never turned into an error answer. */
export async function afterCommit(services: SubgraphServices, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    services.logger.warn(`${what} not published after commit; clients catch up from storage`, { error: (error as Error).message });
  }
}

export async function publishMessages(services: SubgraphServices, messages: readonly ChatMessage[]): Promise<void> {
  for (const message of messages) await publishChatEvent(services.pubsub, { kind: "message", chatId: message.chatId, message: toMessagePayload(message) });
}

export interface SendMessageInput {
  chat: ChatSession;
  sender: Identity;
  body: string;
  type: ChatMessageType;
  attachment?: unknown;
  clientMessageId?: string | null;
}

const ATTACHMENT_MAX_BYTES = 10_000;

/** Only file and voice messages depend on the channel's features (a text message reads none). */
const needsChannelFeatures = (type: ChatMessageType) => type === "FILE" || type === "VOICE";

function validateAttachment(type: ChatMessageType, attachment: unknown, options: ChatTypeOptions | null): void {
  if (type === "VOICE") requireChannelFeature(options!, "voiceMessages", "type");
  if (type === "FILE") requireChannelFeature(options!, "fileUpload", "type");
  if (type === "FILE" || type === "VOICE") {
    const a = attachment as { url?: unknown } | null | undefined;
    if (!a || typeof a !== "object" || typeof a.url !== "string" || !/^https?:\/\//.test(a.url)) {
      throw badInput(`${type} messages need an attachment with an http(s) url`, { field: "attachment" });
    }
  }
  if (attachment !== null && attachment !== undefined) {
    if (typeof attachment !== "object" || Array.isArray(attachment)) throw badInput("attachment must be an object", { field: "attachment" });
    if (JSON.stringify(attachment).length > ATTACHMENT_MAX_BYTES) throw badInput(`attachment must be at most ${ATTACHMENT_MAX_BYTES} bytes of JSON`, { field: "attachment" });
  }
}

const chatMessageFingerprint = (m: { senderId: string | null; body: string; type: string; attachment: unknown }) =>
  requestFingerprint({ senderId: m.senderId, body: m.body, type: m.type, attachment: m.attachment ?? null });

export async function sendChatMessage(services: SubgraphServices, input: SendMessageInput): Promise<{ message: ChatMessage; created: boolean }> {
  const { prisma } = services.db;
  const body = input.body.trim();
  const maxLength = services.config.CHAT_MESSAGE_MAX_LENGTH;
  if (input.clientMessageId !== null && input.clientMessageId !== undefined && (input.clientMessageId.length < 1 || input.clientMessageId.length > 200)) {
    throw badInput("clientMessageId must be 1–200 characters", { field: "clientMessageId" });
  }
  if (!body) throw badInput("body must not be empty", { field: "body" });
  if (body.length > maxLength) throw badInput(`body must be at most ${maxLength} characters`, { field: "body" });
  const fromStaff = isStaff(input.sender);
  if (input.type === "SYSTEM" || (input.type === "AUTO_RESPONSE" && !fromStaff)) throw badInput(`${input.type} messages are sent by the system`, { field: "type" });
  const fingerprint = chatMessageFingerprint({ senderId: input.sender.subject ?? null, body, type: input.type, attachment: input.attachment ?? null });
  const replay = async () => {
    if (!input.clientMessageId) return null;
    const existing = await prisma.chatMessage.findUnique({ where: { chatId_clientMessageId: { chatId: input.chat.id, clientMessageId: input.clientMessageId } } });
    if (!existing) return null;
    assertSameRequest("idempotencyKey", chatMessageFingerprint(existing), fingerprint);
    return { message: existing, created: false };
  };
  // A retry is recognised before anything else is asked (translation, taking the chat) — except
  // in an open chat, where it is rare: there the insert's unique key catches it (below) and a
  // first send costs no lookup.
  const closed = CLOSED_CHAT_STATUSES.has(input.chat.status);
  if (closed || (isStaff(input.sender) && !input.chat.agentId)) {
    const earlier = await replay();
    if (earlier) return earlier;
  }
  if (closed) throw conflict(`This chat is ${input.chat.status.toLowerCase().replace("_", " ")}; start a new one`);
  validateAttachment(input.type, input.attachment, needsChannelFeatures(input.type) ? await chatTypeOptions(services.db, input.chat.type) : null);

  // Translation on for this chat: the other side's version is stored beside the original.
  const translated = await translateConversationMessage(services, input.chat, { fromStaff, senderId: input.sender.subject ?? null, body, type: input.type });

  // A staff reply to an unanswered chat takes it: the same capacity rule as taking it by hand
  // (agents keeps the chat counted against this agent; CONFLICT at capacity, nothing written).
  if (fromStaff && !input.chat.agentId) await assignChatByHand(services, input.chat, input.sender.subject as string, false);

  let message: ChatMessage;
  let statusChange: { status: "ACTIVE"; agentId: string } | null = null;
  const posted: ChatMessage[] = [];
  try {
    message = await prisma.$transaction(async (tx) => {
      const created = await postMessage(
        tx,
        input.chat,
        { senderKind: fromStaff ? "AGENT" : "CUSTOMER", senderId: input.sender.subject, body, type: input.type, attachment: input.attachment, clientMessageId: input.clientMessageId, translation: translated?.translation ?? null },
        posted,
      );
      if (translated?.switchOn) await tx.chatSession.update({ where: { id: input.chat.id }, data: { needsTranslation: true } });
      if (fromStaff && !input.chat.agentId) {
        // A staff member replying to an unanswered chat takes it.
        const taken = await tx.chatSession.updateMany({
          where: { id: input.chat.id, agentId: null },
          data: { agentId: input.sender.subject, status: "ACTIVE", answeredAt: input.chat.answeredAt ?? created.createdAt, queuePosition: null, estimatedWaitSeconds: null },
        });
        if (taken.count === 1) {
          statusChange = { status: "ACTIVE", agentId: input.sender.subject as string };
          const events: NewEvent[] = input.chat.answeredAt
            ? []
            : [{ type: "chat.answered", aggregateId: input.chat.id, payload: { chatId: input.chat.id, agentId: input.sender.subject, waitSeconds: Math.max(0, Math.round((created.createdAt.getTime() - (input.chat.queuedAt ?? input.chat.createdAt).getTime()) / 1000)) } }];
          await recordEvents(tx, "chat", events);
        }
      } else if (fromStaff && input.chat.status === "TRANSFERRED" && input.chat.agentId === input.sender.subject) {
        // The agent a chat was transferred to answers: it is active again.
        await tx.chatSession.update({ where: { id: input.chat.id }, data: { status: "ACTIVE" } });
        statusChange = { status: "ACTIVE", agentId: input.sender.subject as string };
      }
      return created;
    });
  } catch (error) {
    if (input.clientMessageId && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
  const change = statusChange as { status: "ACTIVE"; agentId: string } | null;
  // The message is committed: the answer is success whatever the bus does. A subscriber that
  // misses a live event resumes from its last cursor (chatEvents(after:)) and gets it from storage.
  await afterCommit(services, "chat events", async () => {
    if (change) await publishChatEvent(services.pubsub, { kind: "status", chatId: input.chat.id, status: change.status, agentId: change.agentId, at: message.createdAt.toISOString() });
    await publishMessages(services, posted);
  });
  return { message, created: true };
}

const MEDIA = {
  SCREEN_SHARING: { feature: "screenSharing", note: "Screen sharing started" },
  RECORDING: { feature: "recording", note: "Recording started" },
} as const;

/** Screen sharing / recording in an ACTIVE chat, on channels that have it; a SYSTEM message records it. */
export async function startChatMedia(services: SubgraphServices, identity: Identity, chat: ChatSession, kind: keyof typeof MEDIA): Promise<ChatMessage> {
  requireChannelFeature(await chatTypeOptions(services.db, chat.type), MEDIA[kind].feature, "kind");
  if (chat.status !== "ACTIVE") throw conflict(`Only an ACTIVE chat can start ${kind === "RECORDING" ? "recording" : "screen sharing"} (this one is ${chat.status})`, { field: "chatId" });
  const posted: ChatMessage[] = [];
  const by = isStaff(identity) ? "AGENT" : "CUSTOMER";
  const message = await services.db.prisma.$transaction((tx) =>
    postMessage(tx, chat, { senderKind: "SYSTEM", type: "SYSTEM", body: `${MEDIA[kind].note} by the ${by === "AGENT" ? "agent" : "customer"}.`, attachment: { media: kind, startedBy: by, startedById: identity.subject } }, posted),
  );
  await publishMessages(services, posted);
  return message;
}
