/** The knowledge subgraph's schema builder, its root types and the entities it references from other subgraphs. */
import { createSubgraphBuilder, ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import type { KnowledgeContext } from "../context.js";

export const builder = createSubgraphBuilder<KnowledgeContext>();

builder.queryType({ description: ROOT_TYPE_DESCRIPTIONS.Query });
builder.mutationType({ description: ROOT_TYPE_DESCRIPTIONS.Mutation });

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
export const AgentRef = builder.externalRef("Agent", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
