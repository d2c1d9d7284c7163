import type { SubgraphDefinition } from "../common/server.js";
import { createAgentsContext, type AgentsContext } from "./context.js";
import { startConsumingEvents } from "./events.js";
import { startJobs } from "./jobs.js";
import { agentsSchema } from "./schema/index.js";

export const agentsSubgraph: SubgraphDefinition<AgentsContext> = {
  name: "agents",
  schema: agentsSchema,
  createContext: createAgentsContext,
  startBackground: async (services) => {
    const events = startConsumingEvents(services);
    const stopJobs = await startJobs(services);
    return async () => {
      // The consumer first: what it handles may still ask for a drain, which stopJobs waits for.
      await events.stop();
      await stopJobs();
    };
  },
};
