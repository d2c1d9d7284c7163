/** Every subgraph, by name — the single list the start script, compose and tests use. */
import { agentsSubgraph } from "../subgraphs/agents/index.js";
import { analyticsSubgraph } from "../subgraphs/analytics/index.js";
import { chatSubgraph } from "../subgraphs/chat/index.js";
import type { SubgraphName } from "../shared/config.js";
import type { SubgraphDefinition } from "../shared/server.js";
import { knowledgeSubgraph } from "../subgraphs/knowledge/index.js";
import { ticketsSubgraph } from "../subgraphs/tickets/index.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<any>> = {
  tickets: ticketsSubgraph,
  chat: chatSubgraph,
  knowledge: knowledgeSubgraph,
  agents: agentsSubgraph,
  analytics: analyticsSubgraph,
};
