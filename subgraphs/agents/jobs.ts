/**
 * The background work agents starts, in this order: the outbox relay, the consumer of other
 * subgraphs' events (events.ts), the idle sweeper (ONLINE → AWAY), the ticket-viewer sync between
 * replicas, workload reconciliation with tickets (once, with retries), a first drain of the queue
 * and the queue sweep (queue-sweep.ts).
 */
import type { SubgraphServices } from "../../shared/context.js";
import { startOutboxRelay } from "../../shared/outbox.js";
import { requestDrain, settleDrains, stopQueueSignals } from "./assignment.js";
import { startConsumingEvents } from "./events.js";
import { startIdleSweeper } from "./presence.js";
import { startQueueSweep } from "./queue-sweep.js";
import { startWorkloadReconciliation } from "./reconcile.js";
import { startViewerSync } from "./viewers.js";

/** Starts every job; the returned function stops them (and waits for a drain in flight). */
export async function startJobs(services: SubgraphServices): Promise<() => Promise<void>> {
  const stopRelay = await startOutboxRelay({ ...services, source: "agents" });
  const events = startConsumingEvents(services);
  const stopSweeper = startIdleSweeper(services);
  const stopViewers = startViewerSync(services);
  const stopReconcile = await startWorkloadReconciliation(services);
  // Items queued while this replica was down are offered to whoever is available now.
  void requestDrain(services);
  const stopQueueSweep = startQueueSweep(services);
  return async () => {
    stopReconcile();
    await stopQueueSweep();
    await stopSweeper();
    await events.stop();
    await stopViewers();
    await settleDrains(services);
    stopQueueSignals(services);
    await stopRelay();
  };
}
