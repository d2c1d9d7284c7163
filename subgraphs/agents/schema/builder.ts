/** The schema builder every file in schema/ registers its types and fields with. */
import { createSubgraphBuilder } from "../../../shared/builder.js";
import type { AgentsContext } from "../context.js";

export const builder = createSubgraphBuilder<AgentsContext>();
