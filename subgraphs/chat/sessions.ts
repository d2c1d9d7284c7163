/** Starting chats: one active chat per customer; repeating an idempotency key returns it. */
import type { ChatSession, ChatType } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../common/context.js";
import { badInput } from "../common/errors.js";
import { recordEvents } from "../common/outbox.js";

const OPEN_STATUSES = ["WAITING", "ACTIVE", "TRANSFERRED"] as const;

export interface StartChatInput {
  customerId: string;
  type: ChatType;
  topic?: string | null;
  language?: string | null;
  idempotencyKey?: string | null;
}

export async function startChat(services: SubgraphServices, input: StartChatInput): Promise<ChatSession> {
  const { prisma } = services.db;
  if (input.topic && input.topic.length > 500) throw badInput("topic must be at most 500 characters", { field: "topic" });
  if (input.language && !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(input.language)) throw badInput("language must be an ISO 639 code such as en or ar", { field: "language" });
  const active = await prisma.chatSession.findFirst({ where: { customerId: input.customerId, status: { in: [...OPEN_STATUSES] } }, orderBy: { createdAt: "desc" } });
  if (active) return active;
  return prisma.$transaction(async (tx) => {
    const chat = await tx.chatSession.create({
      data: { customerId: input.customerId, type: input.type, topic: input.topic ?? null, language: input.language ?? "en", idempotencyKey: input.idempotencyKey ?? null },
    });
    await recordEvents(tx, "chat", [{ type: "chat.started", aggregateId: chat.id, payload: { chatId: chat.id, customerId: chat.customerId, type: chat.type, language: chat.language } }]);
    return chat;
  });
}
