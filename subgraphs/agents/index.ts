import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { createAgentsContext, type AgentsContext } from "./context.js";
import { agentsSchema } from "./schema.js";

export const agentsSubgraph: SubgraphDefinition<AgentsContext> = {
  name: "agents",
  schema: agentsSchema,
  createContext: createAgentsContext,
  startBackground: async (services) => startOutboxRelay({ ...services, source: "agents" }),
};
