/**
 * The request a piece of work belongs to, carried across awaits with AsyncLocalStorage: the
 * HTTP handler opens a scope per request, the logger stamps its id on every line written inside
 * it (resolvers log through the process-wide `services.logger` and still get it), and calls to
 * other subgraphs forward it in `x-request-id`.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it starts) as part of the request `requestId`. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request the current code runs for, or null outside any request. */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/**
 * A caller's own id is kept when it is a plausible id (a UUID, a trace id, "abc"): letters,
 * digits and `._:-`, at most 128 characters. Anything else (empty, too long, spaces, control
 * characters that could forge log lines) is replaced by a fresh UUID.
 */
export function requestIdFrom(header: string | null | undefined): string {
  return header && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : flatUuid();
}

/**
 * A fresh UUID as one flat string. Node's `randomUUID()` returns a rope of ~20 concatenated
 * pieces (~480 bytes of heap); a socket keeps its request id for its whole life, so 10,000 idle
 * subscribers would hold ~4.6 MB of ropes. Copying it through a buffer stores 36 bytes.
 */
function flatUuid(): string {
  return Buffer.from(randomUUID(), "latin1").toString("latin1");
}
