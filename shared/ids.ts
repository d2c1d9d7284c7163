/** Identifier checks shared by every subgraph: ids are UUIDs; anything else is a coded input error. */
import { createHash } from "node:crypto";
import { badInput } from "./errors.js";

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertUuid(value: string, what: string): void {
  if (!UUID_PATTERN.test(value)) throw badInput(`${what} must be a UUID`);
}

/** A deterministic UUID (v5 layout) for rows that have a natural key but no id (seed rows, backfilled events). */
export function stableUuid(name: string): string {
  const hex = createHash("sha1").update(`switchboard:${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
