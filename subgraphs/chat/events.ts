/**
 * Chat's consumers of the agents subgraph's events: `assignment.created` (a queued chat got an
 * agent) from the outbox, and live queue positions (pubsub `queue:CHAT`).
 */
import type { SubgraphServices } from "../../shared/context.js";
import { isAssignmentOf, startEventConsumer } from "../../shared/consumer.js";
import { UUID_PATTERN } from "../../shared/ids.js";
import { announceActivated, repairChatAssignments } from "./assignment-repair.js";
import { activateInTx, applyQueuePosition } from "./sessions.js";

export const QUEUE_TOPIC = "queue:CHAT";

export interface QueueSnapshot {
  items: { itemId: string; position: number; estimatedWaitSeconds?: number | null }[];
}

/** Pushes a QueuePositionEvent to every waiting chat whose position changed. */
export async function applyQueueSnapshot(services: SubgraphServices, snapshot: QueueSnapshot): Promise<number> {
  if (!snapshot || !Array.isArray(snapshot.items)) return 0;
  const valid = snapshot.items.filter(
    (i) =>
      typeof i?.itemId === "string" && UUID_PATTERN.test(i.itemId) && Number.isInteger(i.position) && i.position >= 1,
  );
  if (valid.length === 0) return 0;
  // One query finds the waiting chats whose position changed; only those are updated and told.
  const stored = await services.db.prisma.chatSession.findMany({
    where: { id: { in: valid.map((i) => i.itemId) }, status: "WAITING", agentId: null },
    select: { id: true, queuePosition: true },
  });
  const current = new Map(stored.map((c) => [c.id, c.queuePosition]));
  const moved = valid.filter((i) => current.has(i.itemId) && current.get(i.itemId) !== i.position);
  if (moved.length === 0) return 0;
  let changed = 0;
  for (const item of moved) {
    if (await applyQueuePosition(services, item.itemId, item.position, item.estimatedWaitSeconds ?? null)) changed++;
  }
  return changed;
}

/** Starts chat's event consumers; resolves to the function that stops them. */
export function startChatEventConsumers(services: SubgraphServices): () => Promise<void> {
  const justActivated = new Set<string>();
  const consumer = startEventConsumer(services, {
    owner: "chat",
    name: "chat-assignments",
    types: ["assignment.created"],
    sources: ["agents"],
    ignores: (event) => !isAssignmentOf("CHAT", event),
    handle: async (event, tx) => {
      const payload = event.payload as { itemId: string; agentId: string; needsTranslation?: boolean };
      const activated = await activateInTx(
        tx,
        payload.itemId,
        payload.agentId,
        Boolean(payload.needsTranslation),
        new Date(event.occurredAt),
      );
      if (activated) justActivated.add(event.id);
    },
    afterCommit: async (event) => {
      // Only the instance that activated the chat announces it (the direct ASSIGNED path already did otherwise).
      if (!justActivated.delete(event.id)) return;
      const payload = event.payload as { itemId: string; agentId: string };
      await announceActivated(services, payload.itemId, payload.agentId);
    },
    // Assignments gone before they were read (chat down longer than EVENT_RETENTION_DAYS): what
    // agents holds is applied instead.
    onMissed: async () => {
      const activated = await repairChatAssignments(services);
      services.logger.info("chat assignments brought in line with agents after missed events", { activated });
    },
  });
  const positions = services.pubsub.subscribe<QueueSnapshot>(QUEUE_TOPIC);
  const loop = (async () => {
    for await (const snapshot of positions) {
      try {
        await applyQueueSnapshot(services, snapshot);
      } catch (error) {
        services.logger.warn("queue position update failed", { error: (error as Error).message });
      }
    }
  })();
  return async () => {
    await positions.return?.();
    await loop;
    await consumer.stop();
  };
}
