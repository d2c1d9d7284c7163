/**
 * analytics' periodic work: every CATCH_UP_INTERVAL_MS (and once at start) re-read producers'
 * outboxes to heal anything the live bus missed, then backfill items that existed before their
 * events (seed, imports) until each owner has been backfilled once — and again when a producer
 * pruned events before analytics read them.
 */
import type { SubgraphServices } from "../../shared/context.js";
import { startPeriodicTask } from "../../shared/periodic.js";
import { createBackfill } from "./backfill.js";
import { announce } from "./event-log.js";
import { catchUpAll } from "./events.js";

/** How often analytics re-reads producers' outboxes to heal anything the live bus missed. */
const CATCH_UP_INTERVAL_MS = 30_000;

/** Starts the catch-up pass; returns a stop function that waits for a pass in flight. */
export function startCatchUpJob(services: SubgraphServices): () => Promise<void> {
  const backfill = createBackfill(services, (count) => announce(services, count));
  // Backfill only once the log holds what the outboxes had, so only what no event describes is derived.
  const catchUp = async () => {
    // Events pruned before they were read: the backfill derives again what the items' state implies.
    await catchUpAll(services, (source, after) => services.internal.readOutbox(source, after), backfill.forget);
    if (!backfill.complete) await backfill.run();
  };
  const task = startPeriodicTask({
    intervalMs: CATCH_UP_INTERVAL_MS,
    run: catchUp,
    onError: (error) =>
      services.logger.warn("analytics catch-up pass failed; will retry", { error: (error as Error).message }),
  });
  // Producers may start after us in a multi-process deployment; the first pass is best-effort.
  task.wake();
  return task;
}
