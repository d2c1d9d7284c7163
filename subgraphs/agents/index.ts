import type { SubgraphDefinition } from "../../shared/server.js";
import { createAgentsContext, type AgentsContext } from "./context.js";
import { startJobs } from "./jobs.js";
import { agentsSchema } from "./schema/index.js";

export const agentsSubgraph: SubgraphDefinition<AgentsContext> = {
  name: "agents",
  schema: agentsSchema,
  createContext: createAgentsContext,
  startBackground: startJobs,
};
