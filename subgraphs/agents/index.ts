import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { createAgentsContext, type AgentsContext } from "./context.js";
import { startFactsConsumer } from "./facts.js";
import { startIdleSweeper } from "./presence.js";
import { startWorkloadReconciliation } from "./reconcile.js";
import { requestDrain, settleDrains } from "./routing.js";
import { agentsSchema } from "./schema/index.js";
import { startViewerSync } from "./viewers.js";

export const agentsSubgraph: SubgraphDefinition<AgentsContext> = {
  name: "agents",
  schema: agentsSchema,
  createContext: createAgentsContext,
  startBackground: async (services) => {
    const stopRelay = await startOutboxRelay({ ...services, source: "agents" });
    const facts = startFactsConsumer(services);
    const stopSweeper = startIdleSweeper(services);
    const stopViewers = startViewerSync(services);
    const stopReconcile = await startWorkloadReconciliation(services);
    // Items queued while this replica was down are offered to whoever is available now.
    void requestDrain(services);
    return async () => {
      stopReconcile();
      await stopSweeper();
      await facts.stop();
      await stopViewers();
      await settleDrains(services);
      await stopRelay();
    };
  },
};
