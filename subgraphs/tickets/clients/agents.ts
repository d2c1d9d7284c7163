/** tickets → agents: who takes a ticket, whether an agent exists, and the names macros fill in. */
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";

export interface TicketAssignmentRequest {
  kind: "TICKET";
  itemId: string;
  categoryKey: string | null;
  language: string;
  priority: string;
  requiredTier?: string;
  excludeAgentIds?: string[];
}

export interface AssignmentResult {
  status: string;
  agentId: string | null;
  needsTranslation: boolean;
}

const REQUEST_TICKET_ASSIGNMENT = internalOperation<
  { input: TicketAssignmentRequest },
  { requestAssignment: AssignmentResult }
>(
  "agents",
  `mutation RequestTicketAssignment($input: AssignmentRequestInput!) {
  requestAssignment(input: $input) { status agentId needsTranslation }
}`,
);

/** Asks agents who takes the ticket: ASSIGNED (with the agent) or QUEUED. */
export async function requestTicketAssignment(
  internal: InternalClient,
  input: TicketAssignmentRequest,
  options?: InternalCallOptions,
): Promise<AssignmentResult> {
  return (await callInternal(internal, REQUEST_TICKET_ASSIGNMENT, { input }, options)).requestAssignment;
}

const TICKET_AGENT = internalOperation<{ id: string }, { agent: { id: string } | null }>(
  "agents",
  "query TicketAgentExists($id: ID!) { agent(id: $id) { id } }",
);

/** Whether agents knows the agent. */
export async function agentIsKnown(
  internal: InternalClient,
  id: string,
  options?: InternalCallOptions,
): Promise<boolean> {
  return (await callInternal(internal, TICKET_AGENT, { id }, options)).agent !== null;
}

const MACRO_NAMES = internalOperation<
  { c: string; a: string },
  { customer: { name: string | null } | null; agent: { displayName: string | null } | null }
>(
  "agents",
  "query MacroPlaceholderNames($c: ID!, $a: ID!) { customer(id: $c) { name } agent(id: $a) { displayName } }",
);
const MACRO_CUSTOMER_NAME = internalOperation<{ c: string }, { customer: { name: string | null } | null }>(
  "agents",
  "query MacroPlaceholderCustomerName($c: ID!) { customer(id: $c) { name } }",
);

/** The customer's name and, when an agent is given, the agent's display name (null when unknown). */
export async function placeholderNames(
  internal: InternalClient,
  customerId: string,
  agentId: string | null,
  options?: InternalCallOptions,
): Promise<{ customerName: string | null; agentName: string | null }> {
  if (agentId) {
    const data = await callInternal(internal, MACRO_NAMES, { c: customerId, a: agentId }, options);
    return { customerName: data.customer?.name ?? null, agentName: data.agent?.displayName ?? null };
  }
  const data = await callInternal(internal, MACRO_CUSTOMER_NAME, { c: customerId }, options);
  return { customerName: data.customer?.name ?? null, agentName: null };
}
