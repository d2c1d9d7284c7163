import type { SubgraphDefinition } from "../../shared/server.js";
import { startOutboxRelay } from "../../shared/outbox.js";
import { createAnalyticsContext, type AnalyticsContext } from "./context.js";
import { startLiveIngestion } from "./events.js";
import { startCatchUpJob } from "./jobs.js";
import { analyticsSchema } from "./schema/index.js";

export const analyticsSubgraph: SubgraphDefinition<AnalyticsContext> = {
  name: "analytics",
  schema: analyticsSchema,
  createContext: createAnalyticsContext,
  startBackground: async (services) => {
    const stopRelay = await startOutboxRelay({ ...services, source: "analytics" });
    const stopLive = startLiveIngestion(services);
    const stopCatchUp = startCatchUpJob(services);
    return async () => {
      await stopCatchUp();
      await stopLive();
      await stopRelay();
    };
  },
};
