import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { followOutbox, type DomainEvent, type OutboxPage, type OutboxPosition } from "./outbox.js";

const event = (id: string, occurredAt: string): DomainEvent => ({
  id,
  type: "ticket.created",
  source: "tickets",
  aggregateId: id,
  occurredAt,
  payload: {},
});

describe("following a producer's outbox", () => {
  it("tells of pruned events once, before handing over the events kept, and saves each page's position", async () => {
    const through = { occurredAt: "2026-12-01T00:00:00.000Z", id: "p9" };
    const pages: OutboxPage[] = [
      { events: [event("a", "2026-11-30T00:00:00.000Z")], missedThrough: through },
      { events: [event("b", "2026-12-02T00:00:00.000Z")], missedThrough: through },
      { events: [], missedThrough: null },
    ];
    const log: string[] = [];
    const warnings: unknown[] = [];
    const handled = await followOutbox({
      reader: "probe",
      source: "tickets",
      logger: { ...createLogger("silent"), warn: (_message, fields) => void warnings.push(fields) },
      load: async () => ({ occurredAt: "2026-11-01T00:00:00.000Z", id: "x" }),
      fetchPage: async (after: OutboxPosition | null) => {
        log.push(`read after ${after?.id}`);
        return pages.shift()!;
      },
      missed: async () => {
        const { after, missedThrough } = warnings.at(-1) as { after: OutboxPosition; missedThrough: OutboxPosition };
        log.push(`missed ${after.id}..${missedThrough.id}`);
      },
      handle: async (events) => {
        log.push(`handle ${events.map((e) => e.id).join()}`);
        return events.length;
      },
      save: async (position) => void log.push(`save ${position.id}`),
    });
    expect(handled).toBe(2);
    expect(log).toEqual([
      "read after x",
      "missed x..p9",
      "handle a",
      "save a",
      "read after a",
      "handle b",
      "save b",
      "read after b",
    ]);
  });
});
