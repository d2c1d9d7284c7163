import type { SubgraphDefinition } from "../../shared/server.js";
import { createKnowledgeContext, type KnowledgeContext } from "./context.js";
import { startKnowledgeEventConsumers } from "./events.js";
import { startKnowledgeJobs } from "./jobs.js";
import { knowledgeSchema } from "./schema/index.js";

export const knowledgeSubgraph: SubgraphDefinition<KnowledgeContext> = {
  name: "knowledge",
  schema: knowledgeSchema,
  createContext: createKnowledgeContext,
  startBackground: async (services) => {
    const stopJobs = await startKnowledgeJobs(services);
    const stopConsumers = await startKnowledgeEventConsumers(services);
    return async () => {
      await stopConsumers();
      await stopJobs();
    };
  },
};
