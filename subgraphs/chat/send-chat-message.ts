/**
 * sendChatMessage, one straight path: validate; replay a retried idempotency key; read the
 * channel's options once; translate and (a staff reply to an unanswered chat) take the chat
 * through agents' capacity rule — calls to other subgraphs, before any transaction; store the
 * message with its outbox event (one statement; with a status change, one transaction); publish after commit;
 * then the conversation's follow-ups (offline ticket, chatbot answer) off the response path.
 */
import type { ChatMessage, ChatMessageType, ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { translateConversationMessage } from "../../shared/conversation-translation.js";
import { badInput, conflict } from "../../shared/errors.js";
import { assertSameRequest, requestFingerprint } from "../../shared/idempotency.js";
import { isStaff, type Identity } from "../../shared/identity.js";
import { onDriver } from "../../shared/sql-part.js";
import { isUniqueViolation } from "../../shared/unique-violation.js";
import { recordEvents, type NewEvent } from "../../shared/outbox.js";
import { assignChatByHand } from "./assignment-requests.js";
import { publishChatEvent } from "./chat-event-shapes.js";
import { afterCustomerMessage } from "./conversation.js";
import { afterCommit, CLOSED_CHAT_STATUSES, postMessage, publishMessages, type PostedMessage } from "./messages.js";
import { chatTypeOptions, requireChannelFeature, type ChatTypeOptions } from "./options.js";
import { canActOnChat } from "./access.js";
import { recentChats } from "./recent-chats.js";

export type StoredChatMessage =
  { message: ChatMessage; created: false } | { message: ChatMessage; created: true; options: ChatTypeOptions };

export interface SendMessageInput {
  chat: ChatSession;
  /**
   * `chat` is the copy this process remembered (recent-chats.ts), not a fresh read: the message
   * is written only if the chat still has the fields decided on, and a send that would take any
   * but the common path (closed, unanswered, transferred, translation switching on) or finds the
   * chat changed throws `ChatMovedOn` before writing anything.
   */
  remembered?: boolean;
  sender: Identity;
  body: string;
  type: ChatMessageType;
  attachment?: unknown;
  clientMessageId?: string | null;
}

const ATTACHMENT_MAX_BYTES = 10_000;

/** The remembered copy of a chat no longer holds (or cannot decide this send): read it and start again. */
class ChatMovedOn extends Error {}

/**
 * What a send in `chat` does besides storing the message: a staff reply to an unanswered chat takes
 * it; the agent a chat was transferred to resumes it. Neither (and an open chat) is the common send.
 */
function sendPath(chat: ChatSession, sender: Identity) {
  const fromStaff = isStaff(sender);
  const closed = CLOSED_CHAT_STATUSES.has(chat.status);
  const takesChat = fromStaff && !chat.agentId;
  const resumesTransfer = fromStaff && chat.status === "TRANSFERRED" && chat.agentId === sender.subject;
  return { closed, takesChat, resumesTransfer, common: !closed && !takesChat && !resumesTransfer };
}

function validateAttachment(type: ChatMessageType, attachment: unknown, options: ChatTypeOptions): void {
  if (type === "VOICE") requireChannelFeature(options, "voiceMessages", "type");
  if (type === "FILE") requireChannelFeature(options, "fileUpload", "type");
  if (type === "FILE" || type === "VOICE") {
    const a = attachment as { url?: unknown } | null | undefined;
    if (!a || typeof a !== "object" || typeof a.url !== "string" || !/^https?:\/\//.test(a.url)) {
      throw badInput(`${type} messages need an attachment with an http(s) url`, { field: "attachment" });
    }
  }
  if (attachment !== null && attachment !== undefined) {
    if (typeof attachment !== "object" || Array.isArray(attachment))
      throw badInput("attachment must be an object", { field: "attachment" });
    if (JSON.stringify(attachment).length > ATTACHMENT_MAX_BYTES)
      throw badInput(`attachment must be at most ${ATTACHMENT_MAX_BYTES} bytes of JSON`, { field: "attachment" });
  }
}

const chatMessageFingerprint = (m: { senderId: string | null; body: string; type: string; attachment: unknown }) =>
  requestFingerprint({ senderId: m.senderId, body: m.body, type: m.type, attachment: m.attachment ?? null });

/**
 * Stores a message the caller sends and delivers it live, without the conversation's follow-ups
 * (sendChatMessage runs those; requestSupport runs its own). A retry with the same idempotency
 * key returns the stored message (`created: false`).
 */
export async function storeChatMessage(
  services: SubgraphServices,
  input: SendMessageInput,
): Promise<StoredChatMessage> {
  const { prisma } = services.db;
  const body = input.body.trim();
  const maxLength = services.config.CHAT_MESSAGE_MAX_LENGTH;
  if (
    input.clientMessageId !== null &&
    input.clientMessageId !== undefined &&
    (input.clientMessageId.length < 1 || input.clientMessageId.length > 200)
  ) {
    throw badInput("clientMessageId must be 1–200 characters", { field: "clientMessageId" });
  }
  if (!body) throw badInput("body must not be empty", { field: "body" });
  if (body.length > maxLength) throw badInput(`body must be at most ${maxLength} characters`, { field: "body" });
  const fromStaff = isStaff(input.sender);
  if (input.type === "SYSTEM" || (input.type === "AUTO_RESPONSE" && !fromStaff))
    throw badInput(`${input.type} messages are sent by the system`, { field: "type" });
  const fingerprint = chatMessageFingerprint({
    senderId: input.sender.subject ?? null,
    body,
    type: input.type,
    attachment: input.attachment ?? null,
  });
  const replay = async () => {
    if (!input.clientMessageId) return null;
    const existing = await prisma.chatMessage.findUnique({
      where: { chatId_clientMessageId: { chatId: input.chat.id, clientMessageId: input.clientMessageId } },
    });
    if (!existing) return null;
    assertSameRequest("idempotencyKey", chatMessageFingerprint(existing), fingerprint);
    return { message: existing, created: false as const };
  };
  // A retry is recognised before anything else is asked (translation, taking the chat) — except
  // in an open chat, where it is rare: there the insert's unique key catches it (below) and a
  // first send costs no lookup.
  const { closed, takesChat, resumesTransfer, common } = sendPath(input.chat, input.sender);
  if (input.remembered && !common) throw new ChatMovedOn();
  if (closed || takesChat) {
    const earlier = await replay();
    if (earlier) return earlier;
  }
  if (closed) throw conflict(`This chat is ${input.chat.status.toLowerCase().replace("_", " ")}; start a new one`);
  // The channel's options, read once for the whole request (the follow-ups get them too).
  const options = await chatTypeOptions(services.db, input.chat.type);
  validateAttachment(input.type, input.attachment, options);

  // Translation on for this chat: the other side's version is stored beside the original.
  const translated = await translateConversationMessage(services, input.chat, {
    fromStaff,
    senderId: input.sender.subject ?? null,
    body,
    type: input.type,
  });

  // A staff reply to an unanswered chat takes it: the same capacity rule as taking it by hand
  // (agents keeps the chat counted against this agent; CONFLICT at capacity, nothing written).
  if (input.remembered && translated?.switchOn) throw new ChatMovedOn();
  if (takesChat) await assignChatByHand(services, input.chat, input.sender.subject as string, false);

  let message: ChatMessage;
  let statusChange: { status: "ACTIVE"; agentId: string } | null = null;
  const posted: ChatMessage[] = [];
  const draft: PostedMessage = {
    senderKind: fromStaff ? "AGENT" : "CUSTOMER",
    senderId: input.sender.subject,
    body,
    type: input.type,
    attachment: input.attachment,
    clientMessageId: input.clientMessageId,
    translation: translated?.translation ?? null,
  };
  try {
    if (input.remembered) {
      // The common send on a remembered chat: one statement, which writes only if the chat is as remembered.
      const written = await postMessage(onDriver(services.db.sql), input.chat, draft, posted, {
        unchanged: input.chat,
      });
      if (!written) throw new ChatMovedOn();
      message = written;
    } else if (!translated?.switchOn && !takesChat && !resumesTransfer) {
      // The common send writes nothing but the message: one statement on the driver, no transaction.
      message = await postMessage(onDriver(services.db.sql), input.chat, draft, posted);
    } else
      message = await prisma.$transaction(async (tx) => {
        const created = await postMessage(tx, input.chat, draft, posted);
        if (translated?.switchOn)
          await tx.chatSession.update({ where: { id: input.chat.id }, data: { needsTranslation: true } });
        if (takesChat) {
          // A staff member replying to an unanswered chat takes it.
          const taken = await tx.chatSession.updateMany({
            where: { id: input.chat.id, agentId: null },
            data: {
              agentId: input.sender.subject,
              status: "ACTIVE",
              answeredAt: input.chat.answeredAt ?? created.createdAt,
              queuePosition: null,
              estimatedWaitSeconds: null,
            },
          });
          if (taken.count === 1) {
            statusChange = { status: "ACTIVE", agentId: input.sender.subject as string };
            const events: NewEvent[] = input.chat.answeredAt
              ? []
              : [
                  {
                    type: "chat.answered",
                    aggregateId: input.chat.id,
                    payload: {
                      chatId: input.chat.id,
                      agentId: input.sender.subject,
                      waitSeconds: Math.max(
                        0,
                        Math.round(
                          (created.createdAt.getTime() - (input.chat.queuedAt ?? input.chat.createdAt).getTime()) /
                            1000,
                        ),
                      ),
                    },
                  },
                ];
            await recordEvents(tx, "chat", events);
          }
        } else if (resumesTransfer) {
          // The agent a chat was transferred to answers: it is active again.
          await tx.chatSession.update({ where: { id: input.chat.id }, data: { status: "ACTIVE" } });
          statusChange = { status: "ACTIVE", agentId: input.sender.subject as string };
        }
        return created;
      });
  } catch (error) {
    if (input.clientMessageId && isUniqueViolation(error)) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
  const change = statusChange as { status: "ACTIVE"; agentId: string } | null;
  // The message is committed: the answer is success whatever the bus does. A subscriber that
  // misses a live event resumes from its last cursor (chatEvents(after:)) and gets it from storage.
  await afterCommit(services, "chat events", async () => {
    if (change)
      await publishChatEvent(services.pubsub, {
        kind: "status",
        chatId: input.chat.id,
        status: change.status,
        agentId: change.agentId,
        at: message.createdAt.toISOString(),
      });
    await publishMessages(services, posted);
  });
  return { message, created: true, options };
}

/**
 * sendChatMessage on the chat `chatId`: on the copy of it this process remembers from the
 * conversation's previous send when there is one (no read), else on `loadChat()` (which reads it
 * and checks the sender may act on it; NOT_FOUND, FORBIDDEN). A copy that no longer holds costs
 * one statement that writes nothing, then the send runs on a fresh read.
 */
export async function sendChatMessageIn(
  services: SubgraphServices,
  chatId: string,
  message: Omit<SendMessageInput, "chat" | "remembered">,
  loadChat: () => Promise<ChatSession>,
): Promise<ChatMessage> {
  const remembered = recentChats.recall(services.db, chatId);
  if (remembered && canActOnChat(message.sender, remembered)) {
    try {
      return await sendChatMessage(services, { ...message, chat: remembered, remembered: true });
    } catch (error) {
      if (!(error instanceof ChatMovedOn)) throw error;
      recentChats.forget(services.db, chatId);
    }
  }
  const chat = await loadChat();
  const sent = await sendChatMessage(services, { ...message, chat });
  // Remembered when this send took the common path: the next one in it likely can too (else it would only miss).
  if (sendPath(chat, message.sender).common) recentChats.remember(services.db, chat);
  return sent;
}

/** The sendChatMessage command: stores and delivers the message, then runs the conversation's follow-ups in the background. */
export async function sendChatMessage(services: SubgraphServices, input: SendMessageInput): Promise<ChatMessage> {
  const sent = await storeChatMessage(services, input);
  if (sent.created) void afterCustomerMessage(services, input.chat, sent.message, sent.options);
  return sent.message;
}
