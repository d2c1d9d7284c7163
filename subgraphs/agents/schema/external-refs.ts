/** Types owned elsewhere that agents refers to; agents contributes `Ticket.assignedAgent`. */
import { builder } from "./builder.js";
import { Agent } from "./agents.js";

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
export const ChatSessionRef = builder.externalRef("ChatSession", stubKey).implement({ externalFields: (t) => ({ id: t.id(), globalId: t.id() }) });

// tickets owns Ticket; agents contributes who it is assigned to.
export const TicketRef = builder.externalRef("Ticket", builder.selection<{ id: string }>("id")).implement({
  externalFields: (t) => ({ id: t.id(), assignedAgentId: t.id({ nullable: true }), globalId: t.id() }),
  fields: (t) => ({
    assignedAgent: t.field({ description: "The agent the ticket is assigned to; null when unassigned.",
      type: Agent,
      nullable: true,
      requires: builder.selection<{ assignedAgentId?: string | null }>("assignedAgentId"),
      resolve: (ticket, _args, ctx) => (ticket.assignedAgentId ? ctx.loaders.agent.load(ticket.assignedAgentId) : null),
    }),
  }),
});
