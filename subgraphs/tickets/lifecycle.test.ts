import { describe, expect, it } from "vitest";
import {
  TICKET_STATUSES,
  TransitionError,
  allowedTransitions,
  assertTransition,
  canTransition,
  formatTicketNumber,
  isResolved,
  isTerminal,
  parseTicketNumber,
  type TicketStatus,
} from "./lifecycle.js";

describe("ticket workflow", () => {
  it.each<[TicketStatus, TicketStatus]>([
    ["OPEN", "PENDING"],
    ["OPEN", "ON_HOLD"],
    ["OPEN", "ESCALATED"],
    ["OPEN", "RESOLVED"],
    ["PENDING", "OPEN"], // the customer answered
    ["PENDING", "AUTO_RESOLVED"], // the customer never answered
    ["ON_HOLD", "OPEN"],
    ["ESCALATED", "RESOLVED"],
    ["ESCALATED", "OPEN"], // de-escalated
    ["RESOLVED", "OPEN"], // reopened
    ["AUTO_RESOLVED", "OPEN"], // reopened
    ["RESOLVED", "CLOSED"],
    ["AUTO_RESOLVED", "CLOSED"],
  ])("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each<[TicketStatus, TicketStatus]>([
    ["OPEN", "CLOSED"], // must be resolved first
    ["OPEN", "AUTO_RESOLVED"], // automation only resolves tickets waiting on the customer
    ["ON_HOLD", "AUTO_RESOLVED"],
    ["RESOLVED", "PENDING"],
    ["RESOLVED", "AUTO_RESOLVED"],
    ["OPEN", "OPEN"],
  ])("rejects %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it("makes CLOSED terminal and only CLOSED", () => {
    for (const to of TICKET_STATUSES) expect(canTransition("CLOSED", to)).toBe(false);
    expect(TICKET_STATUSES.filter(isTerminal)).toEqual(["CLOSED"]);
  });

  it("lets every non-terminal status eventually reach CLOSED", () => {
    for (const start of TICKET_STATUSES.filter((status) => !isTerminal(status))) {
      const seen = new Set<TicketStatus>([start]);
      const queue: TicketStatus[] = [start];
      while (queue.length > 0) {
        for (const next of allowedTransitions(queue.shift()!)) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
      expect(seen.has("CLOSED")).toBe(true);
    }
  });

  it("treats resolved, auto-resolved and closed tickets as resolved", () => {
    expect(TICKET_STATUSES.filter(isResolved)).toEqual(["RESOLVED", "CLOSED", "AUTO_RESOLVED"]);
  });
});

describe("assertTransition", () => {
  function rejection(from: TicketStatus, to: TicketStatus): TransitionError {
    try {
      assertTransition(from, to);
    } catch (error) {
      if (error instanceof TransitionError) return error;
    }
    throw new Error(`expected ${from} → ${to} to be rejected`);
  }

  it("names the statuses and lists the allowed ones", () => {
    const error = rejection("OPEN", "CLOSED");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("TransitionError");
    expect(error.from).toBe("OPEN");
    expect(error.to).toBe("CLOSED");
    expect(error.message).toBe(
      "Tickets that are open cannot become closed; they can become pending, on hold, escalated or resolved.",
    );
  });

  it("explains that closed tickets are final", () => {
    expect(rejection("CLOSED", "OPEN").message).toBe(
      "Tickets that are closed cannot change status; open a follow-up ticket instead.",
    );
  });

  it("explains a move to the current status", () => {
    expect(rejection("PENDING", "PENDING").message).toBe("The ticket is already pending.");
  });
});

describe("ticket numbers", () => {
  it("formats sequence 42 as SB-10042", () => {
    expect(formatTicketNumber(42)).toBe("SB-10042");
    expect(formatTicketNumber(1)).toBe("SB-10001");
    expect(formatTicketNumber(123_456)).toBe("SB-133456");
  });

  it("rejects sequences that are not whole numbers ≥ 1", () => {
    expect(() => formatTicketNumber(0)).toThrow(RangeError);
    expect(() => formatTicketNumber(1.5)).toThrow(RangeError);
  });

  it("parses what it formats", () => {
    for (const seq of [1, 42, 9_999, 90_000, 123_456]) expect(parseTicketNumber(formatTicketNumber(seq))).toBe(seq);
  });

  it("forgives case and surrounding spaces", () => {
    expect(parseTicketNumber("  sb-10042 ")).toBe(42);
  });

  it.each(["SB-10000", "SB-9999", "SB-010042", "SB-", "10042", "SB-10042x", "XX-10042", "SB 10042", "SB-1e5"])(
    "returns null for %j",
    (text) => {
      expect(parseTicketNumber(text)).toBeNull();
    },
  );
});
