/** Staff resolve and close tickets; staff or the owning customer reopen a resolved one. */
import type { Ticket } from "../../generated/prisma/client.js";
import { badInput } from "../../shared/errors.js";
import type { TicketsContext } from "./context.js";
import { withLockedTicket } from "./locked-ticket.js";
import { actorOf } from "./ticket-access.js";
import { changeStatus } from "./workflow.js";

export interface TicketAction {
  ticketId: string;
  note?: string | null;
}

export function resolveTicket(ctx: TicketsContext, input: TicketAction): Promise<Ticket> {
  return withLockedTicket(ctx, input.ticketId, (tx, ticket, env) =>
    changeStatus(tx, ticket, "RESOLVED", actorOf(ctx), env, input.note),
  );
}

export function closeTicket(ctx: TicketsContext, input: TicketAction): Promise<Ticket> {
  return withLockedTicket(ctx, input.ticketId, (tx, ticket, env) =>
    changeStatus(tx, ticket, "CLOSED", actorOf(ctx), env, input.note),
  );
}

export function reopenTicket(ctx: TicketsContext, input: TicketAction): Promise<Ticket> {
  return withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => {
    if (ticket.status !== "RESOLVED" && ticket.status !== "AUTO_RESOLVED") {
      throw badInput(
        ticket.status === "CLOSED"
          ? "Closed tickets cannot be reopened; open a follow-up ticket instead."
          : "Only resolved tickets can be reopened.",
        { from: ticket.status, to: "OPEN" },
      );
    }
    return changeStatus(tx, ticket, "OPEN", actorOf(ctx), env, input.note ?? "reopened");
  });
}
