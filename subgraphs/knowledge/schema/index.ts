/** knowledge subgraph schema: articles (en/ar translations, versions, votes), categories, search, contextual help. */
import { buildSubgraphSchema } from "../../../shared/builder.js";
import { wholeSubgraph } from "../../../shared/features.js";
import { addGlobalIdField } from "../../../shared/node-interface.js";
import { Article } from "./articles.js";
import { builder } from "./builder.js";
// Root fields, in the order the schema lists them.
import "./article-queries.js";
import "./search-queries.js";
import "./article-mutations.js";

export { Article };

addGlobalIdField(builder, Article, "Article");

export const knowledgeSchema = buildSubgraphSchema(builder, wholeSubgraph("KNOWLEDGE_BASE_ENABLED"));
