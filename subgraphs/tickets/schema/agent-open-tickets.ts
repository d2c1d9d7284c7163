/** `Agent.openTickets`: the field tickets contributes to the agents subgraph's entity. */
import { keysetConnection } from "../../../shared/pagination.js";
import { builder } from "./builder.js";
import { Ticket, TicketConnection, ticketSortKey } from "./tickets.js";

// agents owns Agent; tickets contributes the agent's open tickets.
builder.externalRef("Agent", builder.selection<{ id: string }>("id")).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    openTickets: t.connection(
      {
        type: Ticket,
        description: "Tickets assigned to this agent that are not resolved or closed, newest first.",
        authScopes: { staff: true, service: true },
        // Batched across the agents of one entity fetch (no query per agent).
        resolve: (agent, args, ctx) => keysetConnection(args, ticketSortKey, (page) => ctx.loaders.openTicketsOf(agent.id, page)),
      },
      TicketConnection,
    ),
  }),
});
