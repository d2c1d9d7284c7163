/** Calls any subgraph makes to agents through shared/: an agent's languages, a customer's profile facts, the assignments agents holds. */
import { connectionPages, type ConnectionPage } from "../connection-pages.js";
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

/** A ticket or chat agents holds assigned to an agent. */
export interface HeldAssignment {
  itemId: string;
  agentId: string;
  needsTranslation: boolean;
}

interface AssignedWorkItemsPage {
  assignedWorkItems: ConnectionPage<{
    itemId: string;
    assignedAt: string;
    needsTranslation: boolean;
    agent: { id: string } | null;
  }>;
}

const ASSIGNED_WORK_ITEMS = internalOperation<{ kind: "TICKET" | "CHAT"; after: string | null }, AssignedWorkItemsPage>(
  "agents",
  `query AssignedWorkItems($kind: WorkItemKind!, $after: String) {
  assignedWorkItems(kind: $kind, first: 100, after: $after) {
    edges { node { itemId assignedAt needsTranslation agent { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
);

/**
 * Assignments younger than this may not have reached the other side yet: every repair after missed
 * events leaves them alone — an owner's (tickets, chat) of its assignments, agents' of its workload.
 */
export const ASSIGNMENT_SETTLING_MS = 60_000;

/** Most pages of assignments read (100 each). */
const MAX_ASSIGNMENT_PAGES = 1000;

/**
 * What agents holds assigned of one kind, assigned over a minute before `now` (ASSIGNMENT_SETTLING_MS),
 * longest held first: for an owner (tickets, chat) that missed agents' `assignment.created` events.
 */
export async function settledAssignments(
  internal: InternalClient,
  kind: "TICKET" | "CHAT",
  now: Date,
  options: InternalCallOptions = { timeoutMs: 5000 },
): Promise<HeldAssignment[]> {
  const settledBefore = now.getTime() - ASSIGNMENT_SETTLING_MS;
  const held: HeldAssignment[] = [];
  const pages = connectionPages(
    async (after) => (await callInternal(internal, ASSIGNED_WORK_ITEMS, { kind, after }, options)).assignedWorkItems,
    MAX_ASSIGNMENT_PAGES,
  );
  for await (const items of pages)
    for (const item of items) {
      // Longest held first: the rest are as recent.
      if (Date.parse(item.assignedAt) >= settledBefore) return held;
      if (item.agent)
        held.push({ itemId: item.itemId, agentId: item.agent.id, needsTranslation: item.needsTranslation });
    }
  return held;
}
