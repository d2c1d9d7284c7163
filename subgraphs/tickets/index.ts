import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { createTicketsContext, type TicketsContext } from "./context.js";
import { startTicketConsumers } from "./consumers.js";
import { startDeliveryWorker } from "./notifications/delivery.js";
import { ticketClassifier } from "./intake.js";
import { ticketsSchema } from "./schema/index.js";
import { startSlaSweeper } from "./sweeper.js";
import { startSalesforceSync } from "./integrations/salesforce.js";

export const ticketsSubgraph: SubgraphDefinition<TicketsContext> = {
  name: "tickets",
  schema: ticketsSchema,
  createContext: createTicketsContext,
  startBackground: async (services) => {
    // Train the classifier now rather than on the first ticket.
    ticketClassifier(services);
    const stops = [
      await startOutboxRelay({ ...services, source: "tickets" }),
      startTicketConsumers(services),
      startSlaSweeper(services),
      await startDeliveryWorker(services),
      startSalesforceSync(services),
    ];
    return async () => {
      for (const stop of stops.reverse()) await stop();
    };
  },
};
