/** The analytics subgraph's Pothos builder, with its root types; every schema/ file adds to it. */
import { createSubgraphBuilder, ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import type { AnalyticsContext } from "../context.js";

export const builder = createSubgraphBuilder<AnalyticsContext>();

builder.queryType({ description: ROOT_TYPE_DESCRIPTIONS.Query });
builder.mutationType({ description: ROOT_TYPE_DESCRIPTIONS.Mutation });
builder.subscriptionType({ description: ROOT_TYPE_DESCRIPTIONS.Subscription });
