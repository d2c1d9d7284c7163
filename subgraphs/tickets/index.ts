import type { SubgraphDefinition } from "../../shared/server.js";
import { createTicketsContext, type TicketsContext } from "./context.js";
import { startTicketConsumers } from "./events.js";
import { ticketClassifier } from "./intake.js";
import { startTicketJobs } from "./jobs.js";
import { ticketsSchema } from "./schema/index.js";

export const ticketsSubgraph: SubgraphDefinition<TicketsContext> = {
  name: "tickets",
  schema: ticketsSchema,
  createContext: createTicketsContext,
  startBackground: async (services) => {
    // Train the classifier now rather than on the first ticket.
    ticketClassifier(services);
    const stopJobs = await startTicketJobs(services);
    const stopConsumers = startTicketConsumers(services);
    return async () => {
      await stopConsumers();
      await stopJobs();
    };
  },
};
