/**
 * The chats this process recently sent messages in, as last read: a conversation's next message
 * decides on this copy instead of reading the chat again, and its insert writes only if the chat
 * still has the fields the decision read (`postMessage(…, { unchanged })`), so a copy that went
 * stale — the chat moved on here, in another instance, or in another process — costs one
 * statement that writes nothing, then the usual read. Per database: two systems in one process
 * never share copies.
 */
import type { ChatSession } from "../../generated/prisma/client.js";
import type { Database } from "../../shared/db.js";

/** At most this many chats are remembered (the least recently used go first). */
export const RECENT_CHATS_LIMIT = 2_000;

const byDatabase = new WeakMap<Database, Map<string, ChatSession>>();

function chatsOf(db: Database): Map<string, ChatSession> {
  let chats = byDatabase.get(db);
  if (!chats) byDatabase.set(db, (chats = new Map()));
  return chats;
}

export const recentChats = {
  recall(db: Database, chatId: string): ChatSession | undefined {
    const chats = chatsOf(db);
    const chat = chats.get(chatId);
    if (chat) {
      // Most recently used last: the Map's order is the eviction order.
      chats.delete(chatId);
      chats.set(chatId, chat);
    }
    return chat;
  },
  remember(db: Database, chat: ChatSession): void {
    const chats = chatsOf(db);
    chats.delete(chat.id);
    chats.set(chat.id, chat);
    if (chats.size > RECENT_CHATS_LIMIT) chats.delete(chats.keys().next().value!);
  },
  forget(db: Database, chatId: string): void {
    chatsOf(db).delete(chatId);
  },
};
