/** analytics' calls to chat: every chat's state (backfill) and one chat to rate (feedback). */
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";
import type { ConnectionPage } from "../../../shared/connection-pages.js";

/** A chat as backfill derives its lifecycle events from it. */
export interface ChatSnapshot {
  id: string;
  type: string;
  status: string;
  topic: string | null;
  language: string | null;
  customer: { id: string } | null;
  agent: { id: string } | null;
  createdAt: string;
  answeredAt: string | null;
  endedAt: string | null;
}

const CHAT_SNAPSHOT_PAGE = internalOperation<{ after: string | null }, { chats: ConnectionPage<ChatSnapshot> }>(
  "chat",
  `query AnalyticsChatSnapshotPage($after: String) { chats(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
  id type status topic language customer { id } agent { id } createdAt answeredAt endedAt } } } }`,
);

/** One page of 100 chats after the cursor. */
export async function chatSnapshotPage(
  internal: InternalClient,
  after: string | null,
  options?: InternalCallOptions,
): Promise<ConnectionPage<ChatSnapshot>> {
  return (await callInternal(internal, CHAT_SNAPSHOT_PAGE, { after }, options)).chats;
}

/** What feedback needs to know about a chat. */
export interface ChatToRate {
  id: string;
  status: string;
  language: string | null;
  topic: string | null;
  customer: { id: string };
  agent: { id: string } | null;
}

const CHAT_TO_RATE = internalOperation<{ id: string }, { chat: ChatToRate | null }>(
  "chat",
  `query AnalyticsChatToRate($id: ID!) { chat(id: $id) { id status language topic customer { id } agent { id } } }`,
);

/** The chat, or null when chat has none with that id. */
export async function chatToRate(
  internal: InternalClient,
  id: string,
  options?: InternalCallOptions,
): Promise<ChatToRate | null> {
  return (await callInternal(internal, CHAT_TO_RATE, { id }, options)).chat;
}
