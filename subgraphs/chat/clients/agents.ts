/**
 * chat → agents (docs/contracts.md): routing is the agents subgraph's job, so chat asks it who
 * takes a chat (requestAssignment), takes or hands a chat by hand under the capacity rule
 * (assignChat), releases a chat that no longer needs an agent, and reads the chat queue's figures.
 */
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";

export type AssignmentPriority = "LOW" | "MEDIUM" | "HIGH" | "URGENT";

export interface ChatAssignmentRequest {
  kind: "CHAT";
  itemId: string;
  categoryKey: string | null;
  language: string;
  priority: AssignmentPriority;
  excludeAgentIds?: string[];
}

export interface AssignmentResult {
  status: "ASSIGNED" | "QUEUED" | string;
  agentId: string | null;
  needsTranslation: boolean;
  queuePosition: number | null;
  estimatedWaitSeconds: number | null;
}

const REQUEST_CHAT_ASSIGNMENT = internalOperation<
  { input: ChatAssignmentRequest },
  { requestAssignment: AssignmentResult }
>(
  "agents",
  `mutation RequestChatAssignment($input: AssignmentRequestInput!) {
  requestAssignment(input: $input) { status agentId needsTranslation queuePosition estimatedWaitSeconds }
}`,
);

/** Who takes the chat: ASSIGNED with an agent, or QUEUED with a position. */
export async function requestAssignment(
  internal: InternalClient,
  input: ChatAssignmentRequest,
  options?: InternalCallOptions,
): Promise<AssignmentResult> {
  return (await callInternal(internal, REQUEST_CHAT_ASSIGNMENT, { input }, options)).requestAssignment;
}

const RELEASE_CHAT = internalOperation<{ kind: "CHAT"; itemId: string }, { releaseWorkItem: boolean }>(
  "agents",
  `mutation ReleaseChatWorkItem($kind: WorkItemKind!, $itemId: ID!) { releaseWorkItem(kind: $kind, itemId: $itemId) }`,
);

/** The chat no longer needs an agent; false when agents never routed it. */
export async function releaseChatWorkItem(
  internal: InternalClient,
  chatId: string,
  options?: InternalCallOptions,
): Promise<boolean> {
  return (await callInternal(internal, RELEASE_CHAT, { kind: "CHAT", itemId: chatId }, options)).releaseWorkItem;
}

export interface ChatQueueStatus {
  length: number;
  estimatedWaitSeconds: number;
  availableAgents: number;
}

const CHAT_QUEUE_STATUS = internalOperation<Record<string, never>, { queueStatus: ChatQueueStatus }>(
  "agents",
  `query ChatQueueStatus { queueStatus(kind: CHAT) { length estimatedWaitSeconds availableAgents } }`,
);

/** The chat queue as agents (the owner of assignment, capacity and the wait estimator) sees it. */
export async function chatQueueFigures(
  internal: InternalClient,
  options?: InternalCallOptions,
): Promise<ChatQueueStatus> {
  return (await callInternal(internal, CHAT_QUEUE_STATUS, {}, options)).queueStatus;
}

export interface AssignChatInput {
  chatId: string;
  agentId: string;
  force: boolean;
  language: string;
  categoryKey?: string;
}

const ASSIGN_CHAT = internalOperation<
  { input: AssignChatInput },
  { assignChat: { status: string; agentId: string | null } }
>("agents", `mutation AssignChatByHand($input: AssignChatInput!) { assignChat(input: $input) { status agentId } }`);

/** A chat taken or given by hand, under the agent's chat capacity (CONFLICT at capacity unless force). */
export async function assignChat(
  internal: InternalClient,
  input: AssignChatInput,
  options?: InternalCallOptions,
): Promise<{ status: string; agentId: string | null }> {
  return (await callInternal(internal, ASSIGN_CHAT, { input }, options)).assignChat;
}
