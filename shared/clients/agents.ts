/** Calls any subgraph makes to agents through shared/: an agent's languages, a customer's profile facts. */
import { callInternal, internalOperation } from "../contracts.js";
import type { InternalCallOptions, InternalClient } from "../internal-client.js";

const AGENT_LANGUAGES = internalOperation<{ id: string }, { agent: { languages: string[] } | null }>(
  "agents",
  "query ConversationAgentLanguages($id: ID!) { agent(id: $id) { languages } }",
);

/** The agent's languages, or null when agents has no such agent. */
export async function fetchAgentLanguages(
  internal: InternalClient,
  agentId: string,
  options?: InternalCallOptions,
): Promise<string[] | null> {
  return (await callInternal(internal, AGENT_LANGUAGES, { id: agentId }, options)).agent?.languages ?? null;
}

/** The profile facts other subgraphs use; any of them may be unset. */
export interface CustomerProfileFacts {
  preferredLanguage?: string | null;
  country?: string | null;
  email?: string | null;
}

const CUSTOMER_PROFILE_FACTS = internalOperation<{ id: string }, { customer: CustomerProfileFacts | null }>(
  "agents",
  "query CustomerProfileFacts($id: ID!) { customer(id: $id) { preferredLanguage country email } }",
);

/** The customer's profile facts, or null when agents holds no profile for the id. */
export async function fetchCustomerProfileFacts(
  internal: InternalClient,
  customerId: string,
  options?: InternalCallOptions,
): Promise<CustomerProfileFacts | null> {
  return (await callInternal(internal, CUSTOMER_PROFILE_FACTS, { id: customerId }, options)).customer;
}
