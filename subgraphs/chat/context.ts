import type { ChatMessage, ChatSession } from "../../generated/prisma/client.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../../shared/context.js";
import { requestContext } from "../../shared/context.js";
import { loaderByKey, pagesByParent } from "../../shared/loaders.js";
import type { KeysetPage } from "../../shared/pagination.js";
import { messagePages } from "./message-pages.js";

export function createChatLoaders(services: SubgraphServices) {
  const { prisma } = services.db;
  return {
    chat: loaderByKey<string, ChatSession>(
      (ids) => prisma.chatSession.findMany({ where: { id: { in: [...ids] } } }),
      (c) => c.id,
    ),
    /** `ChatSession.messages` pages for a batch of chats, one query per page shape. */
    messagesOf: pagesByParent<KeysetPage, ChatMessage>((chatIds, page) => messagePages(services.db, chatIds, page)),
  };
}

export type ChatContext = RequestContext<ReturnType<typeof createChatLoaders>>;

export const createChatContext = (base: BaseContext, services: SubgraphServices): ChatContext =>
  requestContext(base, services, createChatLoaders(services));
