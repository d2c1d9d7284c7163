import { describe, expect, it } from "vitest";
import { bySlaUrgency, nextDeadline, type SlaTarget, type SlaTicket } from "./sla";

const HOUR = 3_600_000;
// One clock reading for the whole file: two readings a millisecond apart made deadlines differ.
const NOW = Date.now();
const at = (offsetHours: number) => new Date(NOW + offsetHours * HOUR).toISOString();
const target = (status: SlaTarget["status"], offsetHours: number | null = null): SlaTarget => ({
  status,
  dueAt: offsetHours === null ? null : at(offsetHours),
});

function ticket(
  id: string,
  targets: Partial<SlaTicket["sla"]>,
  priority: SlaTicket["priority"] = "MEDIUM",
  breached = false,
): SlaTicket {
  return {
    id,
    priority,
    createdAt: at(-10),
    sla: {
      breached,
      firstReply: target("SATISFIED", -5),
      nextReply: target("NOT_STARTED"),
      resolution: target("NOT_STARTED"),
      ...targets,
    },
  };
}

describe("SLA urgency", () => {
  it("takes the earliest deadline among the targets still counting", () => {
    expect(nextDeadline(ticket("a", { nextReply: target("RUNNING", 3), resolution: target("WARNING", 1) }))).toBe(
      Date.parse(at(1)),
    );
    // Satisfied and paused clocks do not count.
    expect(nextDeadline(ticket("b", { resolution: target("PAUSED", 1) }))).toBeNull();
  });

  it("puts breached tickets first, then the nearest deadline, then tickets without a running clock by priority", () => {
    const tickets = [
      ticket("idle-low", {}, "LOW"),
      ticket("due-in-5h", { resolution: target("RUNNING", 5) }),
      ticket("idle-urgent", {}, "URGENT"),
      ticket("breached", { resolution: target("BREACHED", -1) }, "LOW", true),
      ticket("due-in-1h", { nextReply: target("WARNING", 1) }),
      ticket("overdue-unflagged", { nextReply: target("RUNNING", -0.5) }),
    ];
    expect(bySlaUrgency(tickets).map((t) => t.id)).toEqual([
      "breached",
      "overdue-unflagged",
      "due-in-1h",
      "due-in-5h",
      "idle-urgent",
      "idle-low",
    ]);
  });
});
