import type { SubgraphDefinition } from "../../shared/server.js";
import { createChatContext, type ChatContext } from "./context.js";
import { startChatEventConsumers } from "./events.js";
import { startChatJobs } from "./jobs.js";
import { chatSchema } from "./schema/index.js";

export const chatSubgraph: SubgraphDefinition<ChatContext> = {
  name: "chat",
  schema: chatSchema,
  createContext: createChatContext,
  startBackground: async (services) => {
    const stopJobs = await startChatJobs(services);
    const stopConsumers = startChatEventConsumers(services);
    return async () => {
      await stopConsumers();
      await stopJobs();
    };
  },
};
