import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { createChatContext, type ChatContext } from "./context.js";
import { chatSchema } from "./schema.js";

export const chatSubgraph: SubgraphDefinition<ChatContext> = {
  name: "chat",
  schema: chatSchema,
  createContext: createChatContext,
  startBackground: async (services) => startOutboxRelay({ ...services, source: "chat" }),
};
