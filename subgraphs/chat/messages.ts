/** Sending chat messages: stored first (idempotent per clientMessageId), then delivered live. */
import type { ChatMessage, ChatMessageType, ChatSession } from "../../generated/prisma/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../common/context.js";
import { badInput, conflict } from "../common/errors.js";
import type { Identity } from "../common/identity.js";
import { isStaff } from "../common/identity.js";
import { recordEvents } from "../common/outbox.js";
import { publishChatEvent, toMessagePayload } from "./events.js";

export const CLOSED_CHAT_STATUSES = new Set(["RESOLVED", "ABANDONED", "TIMED_OUT"]);

export interface SendMessageInput {
  chat: ChatSession;
  sender: Identity;
  body: string;
  type: ChatMessageType;
  attachment?: unknown;
  clientMessageId?: string | null;
}

export async function sendChatMessage(services: SubgraphServices, input: SendMessageInput): Promise<ChatMessage> {
  const { prisma } = services.db;
  const body = input.body.trim();
  const maxLength = services.config.CHAT_MESSAGE_MAX_LENGTH;
  if (!body) throw badInput("body must not be empty", { field: "body" });
  if (body.length > maxLength) throw badInput(`body must be at most ${maxLength} characters`, { field: "body" });
  if (input.clientMessageId) {
    const existing = await prisma.chatMessage.findUnique({ where: { chatId_clientMessageId: { chatId: input.chat.id, clientMessageId: input.clientMessageId } } });
    if (existing) return existing;
  }
  if (CLOSED_CHAT_STATUSES.has(input.chat.status)) throw conflict(`This chat is ${input.chat.status.toLowerCase().replace("_", " ")}; start a new one`);
  const fromStaff = isStaff(input.sender);
  let message: ChatMessage;
  let claimed = false;
  try {
    message = await prisma.$transaction(async (tx) => {
      const created = await tx.chatMessage.create({
        data: {
          chatId: input.chat.id,
          senderKind: fromStaff ? "AGENT" : "CUSTOMER",
          senderId: input.sender.subject,
          body,
          type: input.type,
          attachment: (input.attachment ?? undefined) as Prisma.InputJsonValue | undefined,
          clientMessageId: input.clientMessageId ?? null,
        },
      });
      // A staff member replying to an unanswered chat takes it.
      if (fromStaff && !input.chat.agentId) {
        const taken = await tx.chatSession.updateMany({
          where: { id: input.chat.id, agentId: null },
          data: { agentId: input.sender.subject, status: "ACTIVE", answeredAt: created.createdAt, lastMessageAt: created.createdAt },
        });
        claimed = taken.count === 1;
        if (claimed) await recordEvents(tx, "chat", [{ type: "chat.answered", aggregateId: input.chat.id, payload: { chatId: input.chat.id, agentId: input.sender.subject } }]);
      } else {
        await tx.chatSession.update({ where: { id: input.chat.id }, data: { lastMessageAt: created.createdAt } });
      }
      await recordEvents(tx, "chat", [
        { type: "message.sent", aggregateId: input.chat.id, payload: { chatId: input.chat.id, messageId: created.id, senderKind: created.senderKind, senderId: created.senderId } },
      ]);
      return created;
    });
  } catch (error) {
    if (input.clientMessageId && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await prisma.chatMessage.findUnique({ where: { chatId_clientMessageId: { chatId: input.chat.id, clientMessageId: input.clientMessageId } } });
      if (existing) return existing;
    }
    throw error;
  }
  if (claimed) {
    await publishChatEvent(services.pubsub, { kind: "status", chatId: input.chat.id, status: "ACTIVE", agentId: input.sender.subject, at: message.createdAt.toISOString() });
  }
  await publishChatEvent(services.pubsub, { kind: "message", chatId: input.chat.id, message: toMessagePayload(message) });
  return message;
}
