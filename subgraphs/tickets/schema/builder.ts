/** The tickets subgraph's one Pothos builder; every schema/ file registers its types on it. */
import { createSubgraphBuilder } from "../../../shared/builder.js";
import type { TicketsContext } from "../context.js";

export const builder = createSubgraphBuilder<TicketsContext>();
