/**
 * A push-to-pull bridge: producers `push` values, a consumer iterates them. `return()` (the
 * consumer leaving) runs the cleanup at once — it never waits for the next value.
 */
export interface AsyncQueue<T> {
  push(value: T): void;
  /** Ends the iteration after the values already pushed. */
  end(): void;
  readonly iterator: AsyncIterableIterator<T>;
}

export function createAsyncQueue<T>(onClose: () => void = () => undefined): AsyncQueue<T> {
  const buffered: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let ended = false;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    ended = true;
    onClose();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    buffered.length = 0;
  };
  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (buffered.length > 0) return Promise.resolve({ value: buffered.shift() as T, done: false });
      if (ended) {
        close();
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return {
    push(value) {
      if (ended) return;
      const next = waiting.shift();
      if (next) next({ value, done: false });
      else buffered.push(value);
    },
    end() {
      ended = true;
      if (buffered.length === 0) close();
    },
    iterator,
  };
}
