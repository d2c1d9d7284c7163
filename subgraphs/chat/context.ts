import type { ChatSession } from "../../generated/prisma/client.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../common/context.js";
import { requestContext } from "../common/context.js";
import { loaderByKey } from "../common/loaders.js";

export function createChatLoaders(services: SubgraphServices) {
  const { prisma } = services.db;
  return {
    chat: loaderByKey<string, ChatSession>((ids) => prisma.chatSession.findMany({ where: { id: { in: [...ids] } } }), (c) => c.id),
  };
}

export type ChatContext = RequestContext<ReturnType<typeof createChatLoaders>>;

export const createChatContext = (base: BaseContext, services: SubgraphServices): ChatContext =>
  requestContext(base, services, createChatLoaders(services));
