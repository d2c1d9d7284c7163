/**
 * Routing is the agents subgraph's job (docs/contracts.md): chat asks `requestAssignment` for a
 * chat and applies the answer. When agents cannot be reached the chat simply waits unassigned,
 * without a position; agents' `assignment.created` event activates it later.
 */
import type { ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../common/context.js";

export interface AssignmentResult {
  status: "ASSIGNED" | "QUEUED" | string;
  agentId: string | null;
  needsTranslation: boolean;
  queuePosition: number | null;
  estimatedWaitSeconds: number | null;
}

const REQUEST_ASSIGNMENT = `mutation($input: AssignmentRequestInput!) {
  requestAssignment(input: $input) { status agentId needsTranslation queuePosition estimatedWaitSeconds }
}`;
const RELEASE = `mutation($kind: WorkItemKind!, $itemId: ID!) { releaseWorkItem(kind: $kind, itemId: $itemId) }`;

export interface AssignmentRequest {
  chat: Pick<ChatSession, "id" | "language" | "topic">;
  categoryKey?: string | null;
  priority?: "LOW" | "MEDIUM" | "HIGH" | "URGENT";
  excludeAgentIds?: string[];
}

/** Asks agents who takes the chat; null when agents is unreachable or refuses (the fallback). */
export async function requestChatAssignment(services: SubgraphServices, request: AssignmentRequest): Promise<AssignmentResult | null> {
  try {
    const data = await services.internal.request<{ requestAssignment: AssignmentResult }>(
      "agents",
      REQUEST_ASSIGNMENT,
      {
        input: {
          kind: "CHAT",
          itemId: request.chat.id,
          categoryKey: request.categoryKey ?? null,
          language: request.chat.language,
          priority: request.priority ?? "MEDIUM",
          ...(request.excludeAgentIds?.length ? { excludeAgentIds: request.excludeAgentIds } : {}),
        },
      },
      { timeoutMs: 3000 },
    );
    return data.requestAssignment;
  } catch (error) {
    services.logger.warn("agents.requestAssignment failed; the chat waits without a position", { chatId: request.chat.id, error: (error as Error).message });
    return null;
  }
}

/** Tells agents the chat no longer needs an agent (agents also learns it from the ending events). */
export async function releaseChat(services: SubgraphServices, chatId: string): Promise<void> {
  try {
    await services.internal.request("agents", RELEASE, { kind: "CHAT", itemId: chatId }, { timeoutMs: 2000 });
  } catch {
    // agents frees capacity from chat.ended / chat.abandoned / chat.timed_out as well.
  }
}

const QUEUE_STATUS = `query { queueStatus(kind: CHAT) { length estimatedWaitSeconds availableAgents } }`;

export interface ChatQueueStatus {
  length: number;
  estimatedWaitSeconds: number;
  availableAgents: number;
}

/**
 * The chat queue as agents (the owner of assignment, capacity and the wait estimator) sees it;
 * null when agents is unreachable. Chat never estimates waits itself.
 */
export async function chatQueueStatus(services: SubgraphServices): Promise<ChatQueueStatus | null> {
  try {
    const data = await services.internal.request<{ queueStatus: ChatQueueStatus }>("agents", QUEUE_STATUS, {}, { timeoutMs: 2000 });
    return data.queueStatus;
  } catch (error) {
    services.logger.warn("agents.queueStatus failed; availability unknown", { error: (error as Error).message });
    return null;
  }
}
