/** chat → tickets (docs/contracts.md): a chat (converted, or an offline message) or a routed support request becomes a ticket. */
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";

export interface TicketFromChatInput {
  channel: "CHAT" | "IN_APP";
  subject: string;
  description: string;
  language: string;
  customerId: string;
  idempotencyKey?: string;
  categoryKey?: string;
}

export interface CreatedTicket {
  id: string;
  number: string;
}

const CREATE_TICKET = internalOperation<{ input: TicketFromChatInput }, { createTicket: CreatedTicket }>(
  "tickets",
  `mutation CreateTicketFromChat($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
);

/** Creates the ticket (idempotent per idempotencyKey) with the service identity. */
export async function createTicket(
  internal: InternalClient,
  input: TicketFromChatInput,
  options?: InternalCallOptions,
): Promise<CreatedTicket> {
  return (await callInternal(internal, CREATE_TICKET, { input }, options)).createTicket;
}
