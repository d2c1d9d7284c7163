import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { createAnalyticsContext, type AnalyticsContext } from "./context.js";
import { createBackfill } from "./backfill.js";
import { announce } from "./event-log.js";
import { catchUpAll, startLiveIngestion } from "./ingest.js";
import { analyticsSchema } from "./schema/index.js";

/** How often analytics re-reads producers' outboxes to heal anything the live bus missed. */
const CATCH_UP_INTERVAL_MS = 30_000;

export const analyticsSubgraph: SubgraphDefinition<AnalyticsContext> = {
  name: "analytics",
  schema: analyticsSchema,
  createContext: createAnalyticsContext,
  startBackground: async (services) => {
    const stopRelay = await startOutboxRelay({ ...services, source: "analytics" });
    const stopLive = startLiveIngestion(services);
    const backfill = createBackfill(services, (count) => announce(services, count));
    // Items that existed before their events (seed, imports) are backfilled once the log holds
    // what the outboxes had, so only what no event describes is derived.
    const catchUp = async () => {
      await catchUpAll(services, (source, after) => services.internal.readOutbox(source, after));
      if (!backfill.complete) await backfill.run();
    };
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
