/** A domain event as a producer's outbox would carry it, with a fresh id, occurring now: for tests that publish or ingest events directly. */
import { randomUUID } from "node:crypto";
import type { SubgraphName } from "../../shared/config.js";
import type { DomainEvent } from "../../shared/outbox.js";

export function domainEvent(
  type: string,
  source: SubgraphName,
  aggregateId: string,
  payload: Record<string, unknown>,
): DomainEvent {
  return { id: randomUUID(), type, source, aggregateId, occurredAt: new Date().toISOString(), payload } as DomainEvent;
}
