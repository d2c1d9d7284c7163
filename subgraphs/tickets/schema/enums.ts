/** The tickets subgraph's enums: status, priority, channel and SLA target status. */
import { builder } from "./builder.js";

export const TicketStatus = builder.enumType("TicketStatus", {
  description: "Where a ticket is in its lifecycle. PENDING pauses the SLA clocks.",
  values: {
    OPEN: { description: "New or being worked on." },
    PENDING: { description: "Waiting for the customer; SLA clocks paused." },
    ON_HOLD: { description: "Waiting on a third party or another team." },
    ESCALATED: { description: "Escalated to a specialist tier or a supervisor." },
    RESOLVED: { description: "Solved; reopens if the customer replies." },
    CLOSED: { description: "Finished; no further changes." },
    AUTO_RESOLVED: { description: "Automation resolved a PENDING ticket the customer never answered; reopens if they reply." },
  } as const,
});
export const TicketPriority = builder.enumType("TicketPriority", {
  description: "How urgent a ticket is: sets its SLA hours (with the category) and its place in the queue.",
  values: {
    LOW: { description: "No time pressure." },
    MEDIUM: { description: "Normal." },
    HIGH: { description: "Served before LOW and MEDIUM." },
    URGENT: { description: "Served first." },
  } as const,
});
export const TicketChannel = builder.enumType("TicketChannel", {
  description: "Where a ticket came from.",
  values: {
    IN_APP: { description: "The in-app support form." },
    EMAIL: { description: "An email to support." },
    CHAT: { description: "A chat turned into a ticket." },
    PHONE: { description: "A phone call." },
    VIDEO: { description: "A video call." },
    SOCIAL: { description: "A social media message." },
  } as const,
});
export const SlaTargetStatus = builder.enumType("TicketSlaTargetStatus", {
  description: "Where one SLA target stands.",
  values: {
    NOT_STARTED: { description: "Its clock has not started (e.g. no customer message awaits a reply)." },
    RUNNING: { description: "Counting down, less than the warning share (75 %) of the window used." },
    WARNING: { description: "Past the warning share of the window (75 % by default), not yet due." },
    PAUSED: { description: "Stopped while the ticket is PENDING." },
    BREACHED: { description: "Missed its deadline." },
    SATISFIED: { description: "Met before the deadline." },
  } as const,
});
