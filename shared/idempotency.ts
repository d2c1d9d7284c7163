/**
 * Idempotency keys: a retry with the same key and the same request gets the first result back;
 * the same key with a different request is a CONFLICT (never silently the first result). A
 * request is compared by a fingerprint of its meaningful fields in a canonical form.
 */
import { createHash } from "node:crypto";
import { conflict } from "./errors.js";

export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

/** Canonical JSON: object keys sorted, `undefined` dropped, so equal requests hash equally. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return Object.fromEntries(
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function requestFingerprint(request: Record<string, unknown>): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(request)))
    .digest("hex");
}

/** Throws CONFLICT when a stored request under `field`'s key differs from this one. */
export function assertSameRequest(field: string, stored: string | null | undefined, current: string): void {
  if (stored && stored !== current) {
    throw conflict(`This ${field} was already used for a different request; use a new key for a new request`, {
      field,
      reason: "idempotency",
    });
  }
}
