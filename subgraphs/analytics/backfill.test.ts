import { describe, expect, it } from "vitest";
import { chatEvents, ticketEvents, type TicketSnapshot } from "./backfill.js";

const ticket: TicketSnapshot = {
  id: "5a2c3c0e-1a1b-4c2d-8e3f-000000000001",
  number: "SB-10001",
  customerId: "5a2c3c0e-1a1b-4c2d-8e3f-0000000000c1",
  channel: "EMAIL",
  status: "RESOLVED",
  priority: "HIGH",
  language: "en",
  category: { key: "technical_support" },
  subcategory: { key: "login_issues" },
  assignedAgentId: "5a2c3c0e-1a1b-4c2d-8e3f-0000000000a1",
  escalatedAt: null,
  createdAt: "2026-03-01T08:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
  firstRespondedAt: "2026-03-01T08:30:00.000Z",
  resolvedAt: "2026-03-01T10:00:00.000Z",
  closedAt: null,
};

describe("backfill events", () => {
  it("derives a resolved ticket's lifecycle with deterministic ids", () => {
    const events = ticketEvents(ticket);
    expect(events.map((e) => e.type)).toEqual([
      "ticket.created",
      "ticket.assigned",
      "ticket.first_replied",
      "ticket.resolved",
    ]);
    expect(events.find((e) => e.type === "ticket.first_replied")!.payload).toMatchObject({
      firstResponseSeconds: 1800,
      backfilled: true,
    });
    expect(events.find((e) => e.type === "ticket.resolved")!.payload).toMatchObject({
      resolutionSeconds: 7200,
      agentId: ticket.assignedAgentId,
    });
    expect(ticketEvents(ticket).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it("places an escalation without a time at the last update and ignores a resolvedAt of a reopened ticket", () => {
    const events = ticketEvents({ ...ticket, status: "ESCALATED", resolvedAt: "2026-03-01T09:00:00.000Z" });
    expect(events.map((e) => e.type)).toEqual([
      "ticket.created",
      "ticket.assigned",
      "ticket.first_replied",
      "ticket.escalated",
    ]);
    expect(events.at(-1)!.occurredAt).toBe(ticket.updatedAt);
  });

  it("derives a chat's outcome from its status", () => {
    const base = {
      id: "5a2c3c0e-1a1b-4c2d-8e3f-000000000002",
      type: "WEB",
      topic: null,
      language: "en",
      customer: { id: ticket.customerId },
      agent: null,
      createdAt: "2026-03-01T08:00:00.000Z",
    };
    expect(chatEvents({ ...base, status: "WAITING", answeredAt: null, endedAt: null }).map((e) => e.type)).toEqual([
      "chat.started",
    ]);
    const abandoned = chatEvents({
      ...base,
      status: "ABANDONED",
      answeredAt: null,
      endedAt: "2026-03-01T08:05:00.000Z",
    });
    expect(abandoned.map((e) => e.type)).toEqual(["chat.started", "chat.abandoned"]);
    expect(abandoned[1].payload).toMatchObject({ waitSeconds: 300 });
  });
});

describe("presence backfill", () => {
  it("derives one status change for an agent who is not offline, none for one who is", async () => {
    const { presenceEvent } = await import("./backfill.js");
    const id = "5a2c3c0e-1a1b-4c2d-8e3f-0000000000a9";
    expect(presenceEvent({ id, status: "OFFLINE" }, "2026-03-01T08:00:00.000Z")).toBeNull();
    const event = presenceEvent({ id, status: "BUSY" }, "2026-03-01T08:00:00.000Z")!;
    expect(event).toMatchObject({
      type: "agent.status_changed",
      aggregateId: id,
      occurredAt: "2026-03-01T08:00:00.000Z",
      payload: { agentId: id, from: "OFFLINE", to: "BUSY", backfilled: true },
    });
    expect(presenceEvent({ id, status: "ONLINE" }, "2026-03-02T08:00:00.000Z")!.id).toBe(event.id);
  });
});
