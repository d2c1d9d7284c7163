/**
 * Routing is the agents subgraph's job (docs/contracts.md; the calls are in clients/agents.ts):
 * chat asks `requestAssignment` for a chat and applies the answer. When agents cannot be reached
 * the chat simply waits unassigned, without a position; agents' `assignment.created` event
 * activates it later.
 */
import type { ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput, conflict } from "../../shared/errors.js";
import type { InternalCallError } from "../../shared/internal-client.js";
import {
  assignChat,
  chatQueueFigures,
  releaseChatWorkItem,
  requestAssignment,
  type AssignmentPriority,
  type AssignmentResult,
  type ChatQueueStatus,
} from "./clients/agents.js";

export type { AssignmentResult, ChatQueueStatus };

export interface AssignmentRequest {
  chat: Pick<ChatSession, "id" | "language" | "topic">;
  categoryKey?: string | null;
  priority?: AssignmentPriority;
  excludeAgentIds?: string[];
}

/** Asks agents who takes the chat; null when agents is unreachable or refuses (the fallback). */
export async function requestChatAssignment(
  services: SubgraphServices,
  request: AssignmentRequest,
): Promise<AssignmentResult | null> {
  try {
    return await requestAssignment(
      services.internal,
      {
        kind: "CHAT",
        itemId: request.chat.id,
        categoryKey: request.categoryKey ?? null,
        language: request.chat.language,
        priority: request.priority ?? "MEDIUM",
        ...(request.excludeAgentIds?.length ? { excludeAgentIds: request.excludeAgentIds } : {}),
      },
      { timeoutMs: 3000 },
    );
  } catch (error) {
    services.logger.warn("agents.requestAssignment failed; the chat waits without a position", {
      chatId: request.chat.id,
      error: (error as Error).message,
    });
    return null;
  }
}

/** Tells agents the chat no longer needs an agent (agents also learns it from the ending events). */
export async function releaseChat(services: SubgraphServices, chatId: string): Promise<void> {
  try {
    await releaseChatWorkItem(services.internal, chatId, { timeoutMs: 2000 });
  } catch {
    // agents frees capacity from chat.ended / chat.abandoned / chat.timed_out as well.
  }
}

/**
 * The chat queue as agents (the owner of assignment, capacity and the wait estimator) sees it;
 * null when agents is unreachable. Chat never estimates waits itself.
 */
export async function chatQueueStatus(services: SubgraphServices): Promise<ChatQueueStatus | null> {
  try {
    return await chatQueueFigures(services.internal, { timeoutMs: 2000 });
  } catch (error) {
    services.logger.warn("agents.queueStatus failed; availability unknown", { error: (error as Error).message });
    return null;
  }
}

/**
 * A chat taken or given by hand goes through agents' capacity rule (assignChat): CONFLICT
 * (AGENT_AT_CAPACITY) unless `force`. Agents unreachable: refused unless `force`, since the
 * capacity cannot be checked.
 */
export async function assignChatByHand(
  services: SubgraphServices,
  chat: Pick<ChatSession, "id" | "language" | "queueKey">,
  agentId: string,
  force: boolean,
): Promise<void> {
  try {
    await assignChat(
      services.internal,
      {
        chatId: chat.id,
        agentId,
        force,
        language: chat.language,
        ...(chat.queueKey ? { categoryKey: chat.queueKey } : {}),
      },
      { timeoutMs: 3000 },
    );
  } catch (error) {
    const e = error as InternalCallError;
    if (e.code === "CONFLICT") throw conflict(e.message, { reason: "AGENT_AT_CAPACITY", field: "force" });
    if (e.code === "NOT_FOUND") throw badInput("No such agent", { field: "agentId" });
    if (force) return;
    throw conflict("The agent's chat capacity cannot be checked right now; try again or pass force: true", {
      retryable: true,
    });
  }
}
