/** analytics' calls to agents: presence counts (live dashboard), every agent's status (backfill), the supervisors' specializations (feedback). */
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";
import type { ConnectionPage } from "../../../shared/connection-pages.js";

interface AgentIds {
  edges: { node: { id: string } }[];
}

/** Up to 100 agents in each presence state. */
export interface AgentsByPresence {
  online: AgentIds;
  busy: AgentIds;
  away: AgentIds;
}

const AGENTS_BY_PRESENCE = internalOperation<Record<string, never>, AgentsByPresence>(
  "agents",
  `query AnalyticsAgentsByPresence { online: agents(first: 100, status: ONLINE) { edges { node { id } } }
         busy: agents(first: 100, status: BUSY) { edges { node { id } } }
         away: agents(first: 100, status: AWAY) { edges { node { id } } } }`,
);

export function agentsByPresence(internal: InternalClient, options?: InternalCallOptions): Promise<AgentsByPresence> {
  return callInternal(internal, AGENTS_BY_PRESENCE, {}, options);
}

/** An agent as backfill derives a presence event from it. */
export interface AgentSnapshot {
  id: string;
  status: string;
}

const AGENT_SNAPSHOT_PAGE = internalOperation<{ after: string | null }, { agents: ConnectionPage<AgentSnapshot> }>(
  "agents",
  `query AnalyticsAgentSnapshotPage($after: String) { agents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id status } } } }`,
);

/** One page of 100 agents after the cursor. */
export async function agentSnapshotPage(
  internal: InternalClient,
  after: string | null,
  options?: InternalCallOptions,
): Promise<ConnectionPage<AgentSnapshot>> {
  return (await callInternal(internal, AGENT_SNAPSHOT_PAGE, { after }, options)).agents;
}

/** An agent's role and the categories they specialise in. */
export interface AgentSpecialization {
  id: string;
  role: string;
  specializations: string[];
}

const AGENT_SPECIALIZATIONS = internalOperation<
  Record<string, never>,
  { agents: { edges: { node: AgentSpecialization }[] } }
>(
  "agents",
  `query AnalyticsAgentSpecializations { agents(first: 100) { edges { node { id role specializations } } } }`,
);

/** The first 100 agents with their roles and specializations. */
export async function agentSpecializations(
  internal: InternalClient,
  options?: InternalCallOptions,
): Promise<AgentSpecialization[]> {
  return (await callInternal(internal, AGENT_SPECIALIZATIONS, {}, options)).agents.edges.map((e) => e.node);
}
