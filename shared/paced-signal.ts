/**
 * A "something changed" signal sent at most once per interval: the first of a burst at once, and
 * the rest of it as one more at the end of the interval, so the last change is always followed
 * by a signal. For signals whose receivers re-read the state (a dashboard's queue status): at a
 * hundred changes a second, each receiver would otherwise re-read it a hundred times.
 */
export interface PacedSignal {
  /** Something changed: sends now, or once at the end of the current interval. */
  (): void;
  /** Drops a pending send (the sender is going away). */
  cancel(): void;
}

export function pacedSignal(send: () => void, intervalMs: number, now: () => number = Date.now): PacedSignal {
  let lastSent = -Infinity;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const sendNow = () => {
    pending = null;
    lastSent = now();
    send();
  };
  const signal = (() => {
    if (pending) return;
    const wait = lastSent + intervalMs - now();
    if (wait <= 0) return sendNow();
    pending = setTimeout(sendNow, wait);
    pending.unref?.();
  }) as PacedSignal;
  signal.cancel = () => {
    if (pending) clearTimeout(pending);
    pending = null;
  };
  return signal;
}
