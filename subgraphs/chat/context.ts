import { Prisma, type ChatMessage, type ChatSession } from "../../generated/prisma/client.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../../shared/context.js";
import { requestContext } from "../../shared/context.js";
import { loaderByKey, pagesByParent } from "../../shared/loaders.js";
import { rowsById } from "../../shared/rows-by-id.js";
import type { KeysetPage } from "../../shared/pagination.js";
import { messagePages } from "./message-pages.js";

const sessionsById = rowsById<ChatSession>(`"chat"."sessions"`, Prisma.ChatSessionScalarFieldEnum);

export function createChatLoaders(services: SubgraphServices) {
  return {
    // Read by every chat command and most chat fields: on the driver.
    chat: loaderByKey<string, ChatSession>(sessionsById(services.db.sql), (c) => c.id),
    /** `ChatSession.messages` pages for a batch of chats, one query per page shape. */
    messagesOf: pagesByParent<KeysetPage, ChatMessage>((chatIds, page) => messagePages(services.db, chatIds, page)),
  };
}

export type ChatContext = RequestContext<ReturnType<typeof createChatLoaders>>;

export const createChatContext = (base: BaseContext, services: SubgraphServices): ChatContext =>
  requestContext(base, services, createChatLoaders(services));
