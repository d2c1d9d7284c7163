import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { createTicketsContext, type TicketsContext } from "./context.js";
import { ticketsSchema } from "./schema.js";

export const ticketsSubgraph: SubgraphDefinition<TicketsContext> = {
  name: "tickets",
  schema: ticketsSchema,
  createContext: createTicketsContext,
  startBackground: async (services) => startOutboxRelay({ ...services, source: "tickets" }),
};
