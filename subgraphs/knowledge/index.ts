import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { createKnowledgeContext, type KnowledgeContext } from "./context.js";
import { knowledgeSchema } from "./schema.js";

export const knowledgeSubgraph: SubgraphDefinition<KnowledgeContext> = {
  name: "knowledge",
  schema: knowledgeSchema,
  createContext: createKnowledgeContext,
  startBackground: async (services) => startOutboxRelay({ ...services, source: "knowledge" }),
};
