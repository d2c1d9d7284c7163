import type { SubgraphDefinition } from "../common/server.js";
import { startChatBackground } from "./background.js";
import { createChatContext, type ChatContext } from "./context.js";
import { chatSchema } from "./schema/index.js";

export const chatSubgraph: SubgraphDefinition<ChatContext> = {
  name: "chat",
  schema: chatSchema,
  createContext: createChatContext,
  startBackground: startChatBackground,
};
