/**
 * Background work on a timer (outbox relay, sweepers, delivery workers): runs never overlap,
 * a failed run is reported and retried at the next tick, and stopping waits for the run in
 * flight. `run` receives `isStopped` so a long drain can end early.
 */
/** Stops the task (waiting for a run in flight); `wake()` runs it now rather than at the next tick. */
export type PeriodicTask = (() => Promise<void>) & { wake(): void };

export function startPeriodicTask(options: {
  intervalMs: number;
  run: (isStopped: () => boolean) => Promise<unknown>;
  onError: (error: unknown) => void;
}): PeriodicTask {
  let stopped = false;
  const isStopped = () => stopped;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    try {
      await options.run(isStopped);
    } catch (error) {
      if (!stopped) options.onError(error);
    }
  };
  // At most one run waits behind the one in flight: wake-ups that arrive meanwhile share it.
  let queued = false;
  const schedule = () => {
    if (queued || stopped) return;
    queued = true;
    running = running.then(() => {
      queued = false;
      return tick();
    });
  };
  const timer = setInterval(schedule, options.intervalMs);
  timer.unref();
  const stop = async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
  return Object.assign(stop, { wake: schedule });
}
