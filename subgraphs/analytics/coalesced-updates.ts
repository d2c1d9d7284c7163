/** A stream of values recomputed on change signals, at most once per interval (the live dashboard's pacing). */
/**
 * Turns a stream of "something changed" signals into values, computed and emitted at most once
 * per `intervalMs` (the first at once), and only when the value differs from the last one sent.
 * A burst of any size between two emissions costs one computation.
 */
export function coalescedUpdates<T>(
  trigger: AsyncIterableIterator<unknown>,
  compute: () => Promise<T>,
  options: { intervalMs?: number; key?: (value: T) => string; refreshMs?: number } = {},
): AsyncIterableIterator<T> {
  const intervalMs = options.intervalMs ?? 1000;
  const key = options.key ?? ((value: T) => JSON.stringify(value));
  let dirty = true;
  let closed = false;
  let last = -Infinity;
  let lastKey: string | null = null;
  let wake: (() => void) | null = null;
  let refresher: ReturnType<typeof setInterval> | null = null;
  let onClose: () => void = () => undefined;
  const closedSignal = new Promise<void>((resolve) => (onClose = resolve));
  const signal = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  void (async () => {
    try {
      for await (const _ of trigger) {
        dirty = true;
        signal();
      }
    } catch {
      // the source failed: stop like a closed subscription
    } finally {
      if (refresher) clearInterval(refresher);
      closed = true;
      onClose();
      signal();
    }
  })();
  // Values that change with time alone (current waits) are recomputed now and then; still only sent when different.
  refresher = options.refreshMs
    ? setInterval(() => {
        dirty = true;
        signal();
      }, options.refreshMs)
    : null;
  refresher?.unref?.();
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref?.();
    });
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (closed) return { done: true, value: undefined };
        if (!dirty) {
          await Promise.race([new Promise<void>((resolve) => (wake = resolve)), closedSignal]);
          continue;
        }
        const wait = last + intervalMs - Date.now();
        if (wait > 0) {
          await Promise.race([delay(wait), closedSignal]);
          continue;
        }
        dirty = false;
        const value = await compute();
        last = Date.now();
        const valueKey = key(value);
        if (valueKey === lastKey) continue;
        lastKey = valueKey;
        return { done: false, value };
      }
    },
    async return(): Promise<IteratorResult<T>> {
      if (refresher) clearInterval(refresher);
      closed = true;
      onClose();
      signal();
      await trigger.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}
