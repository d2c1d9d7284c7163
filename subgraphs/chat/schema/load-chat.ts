/** Loads the chat a field names and checks the caller may act on it (or, with `follow`, follow it). */
import type { ChatSession as SessionRow } from "../../../generated/prisma/client.js";
import { forbidden, notFound } from "../../../shared/errors.js";
import { assertUuid } from "../../../shared/ids.js";
import { canActOnChat, canFollowChat } from "../access.js";
import type { ChatContext } from "../context.js";

export async function loadChatFor(ctx: ChatContext, chatId: string, follow = false): Promise<SessionRow> {
  assertUuid(chatId, "chatId");
  const chat = await ctx.loaders.chat.load(chatId);
  if (!chat) throw notFound("Chat");
  if (!(follow ? canFollowChat(ctx.identity, chat) : canActOnChat(ctx.identity, chat))) throw forbidden("You cannot access this chat");
  return chat;
}
