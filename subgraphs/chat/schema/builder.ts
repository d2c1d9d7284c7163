/** The chat subgraph's schema builder, its root types and the entities it references from other subgraphs. */
import { createSubgraphBuilder, ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import type { ChatContext } from "../context.js";

export const builder = createSubgraphBuilder<ChatContext>();

builder.queryType({ description: ROOT_TYPE_DESCRIPTIONS.Query });
builder.mutationType({ description: ROOT_TYPE_DESCRIPTIONS.Mutation });
builder.subscriptionType({ description: ROOT_TYPE_DESCRIPTIONS.Subscription });

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
export const AgentRef = builder.externalRef("Agent", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
export const CustomerRef = builder.externalRef("Customer", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
export const TicketRef = builder.externalRef("Ticket", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
export const ArticleRef = builder.externalRef("Article", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
