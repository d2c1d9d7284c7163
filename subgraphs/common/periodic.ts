/**
 * Background work on a timer (outbox relay, sweepers, delivery workers): runs never overlap,
 * a failed run is reported and retried at the next tick, and stopping waits for the run in
 * flight. `run` receives `isStopped` so a long drain can end early.
 */
export function startPeriodicTask(options: {
  intervalMs: number;
  run: (isStopped: () => boolean) => Promise<unknown>;
  onError: (error: unknown) => void;
}): () => Promise<void> {
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
  const timer = setInterval(() => {
    running = running.then(tick);
  }, options.intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
