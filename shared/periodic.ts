/**
 * Background work on a timer (outbox relay, sweepers, delivery workers): runs never overlap,
 * a failed run is reported and retried at the next tick, and stopping waits for the run in
 * flight. `run` receives `isStopped` so a long drain can end early, and `woken`: whether a
 * `wake()` (new work announced) asked for this run rather than only the timer.
 */
/** Stops the task (waiting for a run in flight); `wake()` runs it now rather than at the next tick. */
export type PeriodicTask = (() => Promise<void>) & { wake(): void };

export interface PeriodicTaskOptions {
  intervalMs: number;
  run: (isStopped: () => boolean, woken: boolean) => Promise<unknown>;
  onError: (error: unknown) => void;
}

export function startPeriodicTask(options: PeriodicTaskOptions): PeriodicTask {
  let stopped = false;
  const isStopped = () => stopped;
  let running: Promise<void> = Promise.resolve();
  const tick = async (woken: boolean) => {
    if (stopped) return;
    try {
      await options.run(isStopped, woken);
    } catch (error) {
      if (!stopped) options.onError(error);
    }
  };
  // At most one run waits behind the one in flight: wake-ups that arrive meanwhile share it.
  let queued = false;
  let wokenForNext = false;
  const schedule = (woken: boolean) => {
    wokenForNext ||= woken;
    if (queued || stopped) return;
    queued = true;
    running = running.then(() => {
      queued = false;
      const woken = wokenForNext;
      wokenForNext = false;
      return tick(woken);
    });
  };
  const timer = setInterval(() => schedule(false), options.intervalMs);
  timer.unref();
  const stop = async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
  return Object.assign(stop, { wake: () => schedule(true) });
}

/**
 * A periodic task that a NOTIFY on `channel` also wakes (delivered when the writing transaction
 * commits): new work is picked up at once, and the timer is only the safety net for a missed
 * notification or a lost listening connection — so it can be slow, and an idle system stays
 * quiet. Runs once at start. Stopping also stops listening.
 */
export async function startNotifiedTask(
  options: PeriodicTaskOptions & {
    listen: (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;
    channel: string;
    /** LISTEN failed: the task polls only. */
    onListenError: (error: unknown) => void;
  },
): Promise<() => Promise<void>> {
  const task = startPeriodicTask(options);
  const unlisten = await options
    .listen(options.channel, () => task.wake())
    .catch((error) => {
      options.onListenError(error);
      return async () => undefined;
    });
  task.wake();
  return async () => {
    await unlisten();
    await task();
  };
}
