/**
 * Ticket statuses, the workflow between them, and human ticket numbers.
 *
 * Workflow (Zendesk-like):
 *   OPEN           — an agent owes the customer work.
 *   PENDING        — waiting on the customer (the SLA clock pauses).
 *   ON_HOLD        — waiting on a third party or another team.
 *   ESCALATED      — handed to a higher support tier.
 *   RESOLVED       — an agent solved it; the customer may reopen it.
 *   AUTO_RESOLVED  — automation solved a PENDING ticket the customer never answered; reopenable.
 *   CLOSED         — archived after resolution; terminal (follow-ups become new tickets).
 *
 * A ticket is only CLOSED after being resolved, so every closed ticket has a resolution time.
 * Moving to the current status is not a transition.
 */

export const TICKET_STATUSES = [
  "OPEN",
  "PENDING",
  "ON_HOLD",
  "ESCALATED",
  "RESOLVED",
  "CLOSED",
  "AUTO_RESOLVED",
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

const ALLOWED_TRANSITIONS: Readonly<Record<TicketStatus, ReadonlyArray<TicketStatus>>> = {
  OPEN: ["PENDING", "ON_HOLD", "ESCALATED", "RESOLVED"],
  PENDING: ["OPEN", "ON_HOLD", "ESCALATED", "RESOLVED", "AUTO_RESOLVED"],
  ON_HOLD: ["OPEN", "PENDING", "ESCALATED", "RESOLVED"],
  ESCALATED: ["OPEN", "PENDING", "ON_HOLD", "RESOLVED"],
  RESOLVED: ["OPEN", "CLOSED"],
  AUTO_RESOLVED: ["OPEN", "CLOSED"],
  CLOSED: [],
};

const STATUS_LABELS: Readonly<Record<TicketStatus, string>> = {
  OPEN: "open",
  PENDING: "pending",
  ON_HOLD: "on hold",
  ESCALATED: "escalated",
  RESOLVED: "resolved",
  CLOSED: "closed",
  AUTO_RESOLVED: "auto-resolved",
};

export function allowedTransitions(from: TicketStatus): ReadonlyArray<TicketStatus> {
  return ALLOWED_TRANSITIONS[from];
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

export function isTerminal(status: TicketStatus): boolean {
  return ALLOWED_TRANSITIONS[status].length === 0;
}

export function isResolved(status: TicketStatus): boolean {
  return status === "RESOLVED" || status === "AUTO_RESOLVED" || status === "CLOSED";
}

export class TransitionError extends Error {
  override readonly name = "TransitionError";

  constructor(
    readonly from: TicketStatus,
    readonly to: TicketStatus,
  ) {
    super(describeRejectedTransition(from, to));
  }
}

export function assertTransition(from: TicketStatus, to: TicketStatus): void {
  if (!canTransition(from, to)) throw new TransitionError(from, to);
}

function describeRejectedTransition(from: TicketStatus, to: TicketStatus): string {
  if (from === to) return `The ticket is already ${STATUS_LABELS[from]}.`;
  if (isTerminal(from)) {
    return `Tickets that are ${STATUS_LABELS[from]} cannot change status; open a follow-up ticket instead.`;
  }
  const options = ALLOWED_TRANSITIONS[from].map((status) => STATUS_LABELS[status]);
  return `Tickets that are ${STATUS_LABELS[from]} cannot become ${STATUS_LABELS[to]}; they can become ${joinAlternatives(options)}.`;
}

function joinAlternatives(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Ticket numbers: sequence 42 is shown as "SB-10042". Sequences start at 1.

const TICKET_NUMBER_PREFIX = "SB-";
const TICKET_NUMBER_BASE = 10_000;

export function formatTicketNumber(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new RangeError(`A ticket sequence must be a whole number ≥ 1, got ${seq}`);
  }
  return `${TICKET_NUMBER_PREFIX}${TICKET_NUMBER_BASE + seq}`;
}

/** The sequence behind "SB-10042" (→ 42); case and surrounding spaces are forgiven. Null if not a ticket number. */
export function parseTicketNumber(text: string): number | null {
  const match = /^SB-([1-9]\d*)$/i.exec(text.trim());
  if (!match) return null;
  const seq = Number(match[1]) - TICKET_NUMBER_BASE;
  return Number.isSafeInteger(seq) && seq >= 1 ? seq : null;
}
