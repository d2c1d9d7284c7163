/** What agents asks chat: which chat sessions a caller may see (the `node`/`nodes` fields). */
import { internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";
import { visibleEntityIds, type EntityCheck } from "../entity-visibility.js";

const CHAT_SESSION_NODE_CHECK: EntityCheck = internalOperation(
  "chat",
  "query ChatSessionNodeCheck($representations: [_Any!]!) { _entities(representations: $representations) { ... on ChatSession { id } } }",
);

/** The ids among `ids` that chat resolves for the caller named in `options.as`. */
export function visibleChatSessions(
  internal: InternalClient,
  ids: string[],
  options: InternalCallOptions,
): Promise<Set<string>> {
  return visibleEntityIds(internal, CHAT_SESSION_NODE_CHECK, "ChatSession", ids, options);
}
