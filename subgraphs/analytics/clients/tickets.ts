/** analytics' calls to tickets: every ticket's state (backfill) and one ticket to rate (feedback). */
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";
import type { ConnectionPage } from "../../../shared/connection-pages.js";

/** A ticket as backfill derives its lifecycle events from it. */
export interface TicketSnapshot {
  id: string;
  number: string | null;
  customerId: string;
  channel: string | null;
  status: string;
  priority: string | null;
  language: string | null;
  category: { key: string } | null;
  subcategory: { key: string } | null;
  assignedAgentId: string | null;
  escalatedAt: string | null;
  createdAt: string;
  updatedAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
}

const TICKET_SNAPSHOT_PAGE = internalOperation<{ after: string | null }, { tickets: ConnectionPage<TicketSnapshot> }>(
  "tickets",
  `query AnalyticsTicketSnapshotPage($after: String) { tickets(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
  id number customerId channel status priority language category { key } subcategory { key } assignedAgentId escalatedAt createdAt updatedAt firstRespondedAt resolvedAt closedAt } } } }`,
);

/** One page of 100 tickets after the cursor. */
export async function ticketSnapshotPage(
  internal: InternalClient,
  after: string | null,
  options?: InternalCallOptions,
): Promise<ConnectionPage<TicketSnapshot>> {
  return (await callInternal(internal, TICKET_SNAPSHOT_PAGE, { after }, options)).tickets;
}

/** What feedback needs to know about a ticket. */
export interface TicketToRate {
  id: string;
  status: string;
  channel: string | null;
  language: string | null;
  customer: { id: string };
  assignedAgentId: string | null;
  category: { key: string } | null;
}

const TICKET_TO_RATE = internalOperation<{ id: string }, { ticket: TicketToRate | null }>(
  "tickets",
  `query AnalyticsTicketToRate($id: ID!) { ticket(id: $id) { id status channel language customer { id } assignedAgentId category { key } } }`,
);

/** The ticket, or null when tickets has none with that id. */
export async function ticketToRate(
  internal: InternalClient,
  id: string,
  options?: InternalCallOptions,
): Promise<TicketToRate | null> {
  return (await callInternal(internal, TICKET_TO_RATE, { id }, options)).ticket;
}
