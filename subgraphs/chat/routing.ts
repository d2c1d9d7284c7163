/**
 * Routing is the agents subgraph's job (docs/contracts.md): chat asks `requestAssignment` for a
 * chat and applies the answer. When agents cannot be reached the chat simply waits unassigned,
 * without a position; agents' `assignment.created` event activates it later.
 */
import type { ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../common/context.js";
import { median } from "../common/statistics.js";

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

/** Seconds each recent chat waited from joining the queue to being answered, newest first. */
export async function recentAnswerTimes(services: SubgraphServices, limit = 20): Promise<number[]> {
  const rows = await services.db.prisma.chatSession.findMany({
    where: { answeredAt: { not: null }, queuedAt: { not: null } },
    orderBy: { answeredAt: "desc" },
    select: { answeredAt: true, queuedAt: true },
    take: limit,
  });
  return rows.map((r) => Math.max(0, (r.answeredAt!.getTime() - r.queuedAt!.getTime()) / 1000));
}

/**
 * Estimated wait from data: the median time-to-answer of recent chats (one queue "slot") times the
 * number of chats up to and including this one. Used when agents gives a position but no estimate.
 */
export function estimateWait(recentSeconds: readonly number[], position: number, fallbackSlotSeconds = 120): number {
  const slot = median(recentSeconds.filter((s) => Number.isFinite(s) && s >= 0)) ?? fallbackSlotSeconds;
  return Math.round(slot * Math.max(1, position));
}
