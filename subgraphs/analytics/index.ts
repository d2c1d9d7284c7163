import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { createAnalyticsContext, type AnalyticsContext } from "./context.js";
import { catchUpAll, startLiveIngestion } from "./ingest.js";
import { analyticsSchema } from "./schema.js";

/** How often analytics re-reads producers' outboxes to heal anything the live bus missed. */
const CATCH_UP_INTERVAL_MS = 30_000;

export const analyticsSubgraph: SubgraphDefinition<AnalyticsContext> = {
  name: "analytics",
  schema: analyticsSchema,
  createContext: createAnalyticsContext,
  startBackground: async (services) => {
    const stopRelay = await startOutboxRelay({ ...services, source: "analytics" });
    const stopLive = startLiveIngestion(services);
    const catchUp = () => catchUpAll(services, (source, after) => services.internal.readOutbox(source, after));
    // Producers may start after us in a multi-process deployment; the first pass is best-effort.
    const firstPass = catchUp();
    const timer = setInterval(() => void catchUp(), CATCH_UP_INTERVAL_MS);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await firstPass;
      await stopLive();
      await stopRelay();
    };
  },
};
