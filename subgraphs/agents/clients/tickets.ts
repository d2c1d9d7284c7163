/** What agents asks tickets: a ticket's routing details, the open assigned tickets, which tickets a caller may see. */
import type { ConnectionPage } from "../../../shared/connection-pages.js";
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";
import { visibleEntityIds, type EntityCheck } from "../entity-visibility.js";

export interface TicketRoutingFields {
  category: { key: string } | null;
  language: string;
  priority: string;
}

const TICKET_ROUTING_DETAILS = internalOperation<{ id: string }, { ticket: TicketRoutingFields | null }>(
  "tickets",
  "query TicketRoutingDetails($id: ID!) { ticket(id: $id) { category { key } language priority } }",
);

/** The ticket's category, language and priority; null when tickets has no such ticket. */
export async function ticketRoutingDetails(
  internal: InternalClient,
  id: string,
  options?: InternalCallOptions,
): Promise<TicketRoutingFields | null> {
  return (await callInternal(internal, TICKET_ROUTING_DETAILS, { id }, options)).ticket;
}

export interface OpenAssignedTicket {
  id: string;
  assignedAgentId: string | null;
  language: string;
  priority: string;
  category: { key: string } | null;
}

const OPEN_ASSIGNED_TICKETS = internalOperation<
  { after: string | null },
  { tickets: ConnectionPage<OpenAssignedTicket> }
>(
  "tickets",
  `query OpenAssignedTickets($after: String) {
  tickets(first: 100, after: $after, filter: { status: [OPEN, PENDING, ON_HOLD, ESCALATED] }) {
    edges { node { id assignedAgentId language priority category { key } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
);

/** One page (100) of open, pending, on-hold and escalated tickets with their assignee, after `after`. */
export async function openAssignedTickets(
  internal: InternalClient,
  after: string | null,
  options?: InternalCallOptions,
): Promise<ConnectionPage<OpenAssignedTicket>> {
  return (await callInternal(internal, OPEN_ASSIGNED_TICKETS, { after }, options)).tickets;
}

const TICKET_NODE_CHECK: EntityCheck = internalOperation(
  "tickets",
  "query TicketNodeCheck($representations: [_Any!]!) { _entities(representations: $representations) { ... on Ticket { id } } }",
);

/** The ids among `ids` that tickets resolves for the caller named in `options.as`. */
export function visibleTickets(
  internal: InternalClient,
  ids: string[],
  options: InternalCallOptions,
): Promise<Set<string>> {
  return visibleEntityIds(internal, TICKET_NODE_CHECK, "Ticket", ids, options);
}
