/**
 * When chat missed agents' `assignment.created` events (pruned from agents' outbox before its
 * consumer read them), a waiting chat agents gave to someone stays WAITING here for good — its
 * customer waits on, the agent's seat is taken. The repair asks agents what it holds and starts
 * each such chat with its agent, as the event would have (`chat.answered`, the live status).
 * Assignments of the last minute are left alone (their event may still be on its way).
 */
import { settledAssignments } from "../../shared/clients/agents.js";
import type { SubgraphServices } from "../../shared/context.js";
import { publishChatEvent } from "./chat-event-shapes.js";
import { activateInTx } from "./sessions.js";

/** Chats read per statement. */
const CHUNK = 500;

/** Tells the chat's followers it is ACTIVE with its agent. */
export function announceActivated(services: SubgraphServices, chatId: string, agentId: string): Promise<void> {
  return publishChatEvent(services.pubsub, {
    kind: "status",
    chatId,
    status: "ACTIVE",
    agentId,
    at: new Date().toISOString(),
  });
}

/** Starts the waiting chats agents holds assigned; returns how many. */
export async function repairChatAssignments(services: SubgraphServices, now = new Date()): Promise<number> {
  const held = await settledAssignments(services.internal, "CHAT", now);
  let activated = 0;
  for (let start = 0; start < held.length; start += CHUNK) {
    const chunk = held.slice(start, start + CHUNK);
    const waiting = await services.db.prisma.chatSession.findMany({
      where: { id: { in: chunk.map((h) => h.itemId) }, agentId: null, status: { in: ["WAITING", "TRANSFERRED"] } },
      select: { id: true },
    });
    const unanswered = new Set(waiting.map((c) => c.id));
    for (const { itemId, agentId, needsTranslation } of chunk.filter((h) => unanswered.has(h.itemId))) {
      const chat = await services.db.prisma.$transaction((tx) =>
        activateInTx(tx, itemId, agentId, needsTranslation, new Date()),
      );
      if (!chat) continue;
      activated++;
      await announceActivated(services, itemId, agentId).catch(() => undefined);
    }
  }
  return activated;
}
