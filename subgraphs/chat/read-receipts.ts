/** Read receipts: how far each side of a chat has read, announced live to the others. */
import type { ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput, forbidden, notFound } from "../../shared/errors.js";
import { isStaff, type Identity } from "../../shared/identity.js";
import { assertUuid } from "../../shared/ids.js";
import { publishChatEvent } from "./chat-event-shapes.js";

/** Records that the caller's side has read the chat up to a message (never moves backwards). */
export async function markChatRead(
  services: SubgraphServices,
  identity: Identity,
  chat: ChatSession,
  upToMessageId: string,
): Promise<ChatSession> {
  if (isStaff(identity) && chat.agentId !== identity.subject) throw forbidden("Only the chat's agent marks it read");
  assertUuid(upToMessageId, "upToMessageId");
  const { prisma } = services.db;
  const message = await prisma.chatMessage.findUnique({ where: { id: upToMessageId } });
  if (!message || message.chatId !== chat.id) throw notFound("Message");
  const staff = isStaff(identity);
  if (!staff && identity.role !== "customer") throw badInput("Only the chat's participants mark it read");
  const field = staff ? "agentReadUpToId" : "customerReadUpToId";
  const currentId = chat[field];
  if (currentId) {
    const current = await prisma.chatMessage.findUnique({ where: { id: currentId } });
    if (current && current.seq >= message.seq) return chat;
  }
  const updated = await prisma.chatSession.update({ where: { id: chat.id }, data: { [field]: message.id } });
  await publishChatEvent(services.pubsub, {
    kind: "read",
    chatId: chat.id,
    readerKind: staff ? "AGENT" : "CUSTOMER",
    readerId: identity.subject as string,
    upToMessageId: message.id,
    at: new Date().toISOString(),
  });
  return updated;
}
