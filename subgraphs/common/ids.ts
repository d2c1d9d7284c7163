/** Identifier checks shared by every subgraph: ids are UUIDs; anything else is a coded input error. */
import { badInput } from "./errors.js";

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertUuid(value: string, what: string): void {
  if (!UUID_PATTERN.test(value)) throw badInput(`${what} must be a UUID`);
}
