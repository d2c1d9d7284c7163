/**
 * The queue's safety net. A drain is asked for whenever room frees up or an agent comes online,
 * which leaves one gap: an item queued at the moment a slot frees — its routing read the agents
 * before the release committed, and the release's drain read the queue before the item committed —
 * would wait until the next release or arrival, however long that takes. Every
 * QUEUE_SWEEP_INTERVAL_SECONDS each replica asks whether a waiting item could be given to someone
 * available now (the same ranking the drain chooses with) and drains when one could. At capacity
 * that is one statement (the available agents' workloads); with room, one more per kind with room
 * (its waiting items, first in the drain's order).
 */
import type { SubgraphServices } from "../../shared/context.js";
import { startPeriodicTask } from "../../shared/periodic.js";
import { onDriver } from "../../shared/sql-part.js";
import { availableProfiles, firstWaiting, hasRoomFor, rankForItem, requestDrain } from "./assignment.js";
import { WORK_ITEM_KINDS } from "./clean-input.js";

/** Whether a waiting item could be given to an agent available now (so a drain would assign it). */
export async function queueHasAssignableItem(services: SubgraphServices): Promise<boolean> {
  const maxActiveTickets = services.config.MAX_ACTIVE_TICKETS_PER_AGENT;
  const profiles = await availableProfiles(onDriver(services.db.sql));
  const kindsWithRoom = WORK_ITEM_KINDS.filter((kind) => profiles.some((p) => hasRoomFor(p, kind, maxActiveTickets)));
  if (kindsWithRoom.length === 0) return false;
  const waiting = await firstWaiting(services, kindsWithRoom);
  return waiting.some((item) => rankForItem(profiles, item, maxActiveTickets).length > 0);
}

/** Checks the queue every QUEUE_SWEEP_INTERVAL_SECONDS and drains it when it holds work someone can take. */
export function startQueueSweep(services: SubgraphServices): () => Promise<void> {
  return startPeriodicTask({
    intervalMs: services.config.QUEUE_SWEEP_INTERVAL_SECONDS * 1000,
    run: async () => {
      if (!(await queueHasAssignableItem(services))) return;
      services.logger.info("queue sweep found waiting work an available agent can take; draining");
      await requestDrain(services);
    },
    onError: (error) => services.logger.warn("queue sweep failed", { error: (error as Error).message }),
  });
}
