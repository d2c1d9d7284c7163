/** What agents asks knowledge: which articles a caller may see (the `node`/`nodes` fields). */
import { internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";
import { visibleEntityIds, type EntityCheck } from "../entity-visibility.js";

const ARTICLE_NODE_CHECK: EntityCheck = internalOperation(
  "knowledge",
  "query ArticleNodeCheck($representations: [_Any!]!) { _entities(representations: $representations) { ... on Article { id } } }",
);

/** The ids among `ids` that knowledge resolves for the caller named in `options.as`. */
export function visibleArticles(
  internal: InternalClient,
  ids: string[],
  options: InternalCallOptions,
): Promise<Set<string>> {
  return visibleEntityIds(internal, ARTICLE_NODE_CHECK, "Article", ids, options);
}
