/**
 * The members of a shared subscription group (subscriptions.ts) and how one event reaches them.
 *
 * Every member of a group receives exactly the same result, so the result is serialised once per
 * event (`EventFrames`) and each member's graphql-ws `next` message is that JSON wrapped with its
 * operation id — one frame per distinct id, written straight to the member's socket
 * (`SocketMember`) instead of graphql-ws stringifying the same result once per member. Members
 * without a socket (callers iterating the stream themselves) get the result through a queue
 * (`QueuedMember`). Groups never span callers whose events could differ (subscription-sharing.ts),
 * so sharing a frame shares nothing one member may not see.
 */
import type { ExecutionResult } from "graphql";
import type WebSocket from "ws";
import { createAsyncQueue, type AsyncQueue } from "../shared/async-queue.js";
import { textFrame, writeFrame } from "../shared/ws-frames.js";

/** The socket and operation id a graphql-ws subscription answers on. */
export interface SocketTarget {
  socket: WebSocket;
  id: string;
}

export interface Member {
  /** Hands one event to the member, in order with the others. */
  deliver(frames: EventFrames): void;
  /** Ends the member's stream after what it was handed (the socket server then sends `complete`). */
  end(): void;
  readonly iterator: AsyncIterableIterator<ExecutionResult>;
}

/** The `payload` of a `next` message, shaped as graphql-ws shapes it: the result, its errors last and as JSON. */
export function nextPayload(result: ExecutionResult): unknown {
  const { errors, ...rest } = result;
  return errors ? { ...rest, errors: errors.map((e) => (typeof e.toJSON === "function" ? e.toJSON() : e)) } : rest;
}

/** One event's result, serialised once, and its `next` messages by operation id. */
export class EventFrames {
  private json: string | null = null;
  /** Most clients of one kind use the same ids ("1"…): the same bytes go to all of them. */
  private readonly byId = new Map<string, Buffer>();
  private readonly wireById = new Map<string, Buffer>();

  constructor(readonly result: ExecutionResult) {}

  /** The `payload` of the `next` message, serialised once. */
  payloadJson(): string {
    if (this.json === null) this.json = JSON.stringify(nextPayload(this.result));
    return this.json;
  }

  /** The `next` message for operation `id`. */
  frameFor(id: string): Buffer {
    return cached(this.byId, id, () =>
      Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":${this.payloadJson()}}`),
    );
  }

  /** The same message as a whole WebSocket frame, header included (ws-frames.ts). */
  wireFrameFor(id: string): Buffer {
    return cached(this.wireById, id, () => textFrame(this.frameFor(id)));
  }
}

function cached(byId: Map<string, Buffer>, id: string, make: () => Buffer): Buffer {
  let value = byId.get(id);
  if (!value) {
    value = make();
    if (byId.size < 64) byId.set(id, value);
  }
  return value;
}

/** A member fed through a queue that its consumer iterates. */
export class QueuedMember implements Member {
  private readonly queue: AsyncQueue<ExecutionResult>;

  constructor(onLeave: () => void) {
    this.queue = createAsyncQueue<ExecutionResult>(onLeave);
  }

  get iterator(): AsyncIterableIterator<ExecutionResult> {
    return this.queue.iterator;
  }

  deliver(frames: EventFrames): void {
    this.queue.push(frames.result);
  }

  end(): void {
    this.queue.end();
  }
}

const DONE: IteratorResult<ExecutionResult> = { value: undefined, done: true };

/**
 * Frames are written without waiting for the previous one to drain; a client that stops reading
 * is disconnected (1013 "try again later": graphql-ws clients reconnect and resume) once this much
 * is waiting for it, instead of being buffered without bound.
 */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
export const SLOW_CLIENT_CLOSE_CODE = 1013;

/**
 * A member whose events are written to its socket directly. The socket server (socket-server.ts)
 * still iterates it — the iteration yields nothing and finishes when the stream ends, so the
 * server sends `complete` after every frame written here — and ends it with `return()` when the
 * client leaves. A class, not
 * closures: thousands of idle members each hold only these few fields.
 */
export class SocketMember implements Member, AsyncIterableIterator<ExecutionResult> {
  private waiting: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  private ended = false;

  constructor(
    private readonly target: SocketTarget,
    private readonly onLeave: () => void,
    /** Sent when the socket server starts iterating, i.e. once the operation is registered on the socket. */
    private first: EventFrames | null = null,
  ) {}

  get iterator(): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  deliver(frames: EventFrames): void {
    if (this.ended) return;
    // A newer event supersedes a state not yet sent (state streams send the whole state each time).
    this.first = null;
    const { socket, id } = this.target;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.close(SLOW_CLIENT_CLOSE_CODE, "Not reading; reconnect");
      return;
    }
    if (!writeFrame(socket, frames.wireFrameFor(id))) socket.send(frames.frameFor(id), { binary: false });
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onLeave();
    this.waiting?.(DONE);
    this.waiting = null;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.first) this.deliver(this.first);
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.end();
    return Promise.resolve(DONE);
  }

  throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }
}
