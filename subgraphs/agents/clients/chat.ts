/** What agents asks chat: which chat sessions a caller may see (the `node`/`nodes` fields), and the chats not yet ended. */
import type { ConnectionPage } from "../../../shared/connection-pages.js";
import { callInternal, internalOperation } from "../../../shared/contracts.js";
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

export interface OpenChat {
  id: string;
  language: string;
  queue: string | null;
  agent: { id: string } | null;
}

const OPEN_CHATS = internalOperation<{ after: string | null }, { chats: ConnectionPage<OpenChat> }>(
  "chat",
  `query OpenChats($after: String) {
  chats(first: 100, after: $after, filter: { status: [WAITING, ACTIVE, TRANSFERRED] }) {
    edges { node { id language queue agent { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
);

/** One page (100) of the chats not yet ended (waiting, active, transferred) with their agent, after `after`. */
export async function openChats(
  internal: InternalClient,
  after: string | null,
  options?: InternalCallOptions,
): Promise<ConnectionPage<OpenChat>> {
  return (await callInternal(internal, OPEN_CHATS, { after }, options)).chats;
}
