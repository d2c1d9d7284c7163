/** Every subgraph, by name — the single list the start script, compose and tests use. */
import { agentsSubgraph } from "./agents/index.js";
import { analyticsSubgraph } from "./analytics/index.js";
import { chatSubgraph } from "./chat/index.js";
import type { SubgraphName } from "./common/config.js";
import type { SubgraphDefinition } from "./common/server.js";
import { knowledgeSubgraph } from "./knowledge/index.js";
import { ticketsSubgraph } from "./tickets/index.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<any>> = {
  tickets: ticketsSubgraph,
  chat: chatSubgraph,
  knowledge: knowledgeSubgraph,
  agents: agentsSubgraph,
  analytics: analyticsSubgraph,
};
