/** What a subgraph's background work is given, over a test system's database and bus (for calling its jobs directly). */
import type { SubgraphServices } from "../../shared/context.js";
import { createInternalClient, type InternalClient } from "../../shared/internal-client.js";
import { createLogger } from "../../shared/logger.js";
import type { TestSystem } from "../harness.js";

/** A service-identity client for the system's subgraphs, as one subgraph calls another. */
export const internalClientOf = (system: TestSystem): InternalClient =>
  createInternalClient({
    serviceName: "test",
    secret: system.config.INTERNAL_SECRET,
    urlOf: (name) => system.subgraphs[name]!.url,
  });

export const subgraphServicesOf = (system: TestSystem, internal = internalClientOf(system)): SubgraphServices => ({
  config: system.config,
  db: system.db,
  pubsub: system.pubsub,
  logger: createLogger("silent"),
  internal,
});
