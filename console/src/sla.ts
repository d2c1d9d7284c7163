/** Ordering an agent's tickets by SLA urgency: what breaches (or breached) soonest comes first. */
export interface SlaTarget {
  dueAt: string | null;
  status: "NOT_STARTED" | "RUNNING" | "WARNING" | "PAUSED" | "BREACHED" | "SATISFIED";
}

export interface SlaTicket {
  id: string;
  priority: "LOW" | "MEDIUM" | "HIGH" | "URGENT";
  createdAt: string;
  sla: { breached: boolean; firstReply: SlaTarget; nextReply: SlaTarget; resolution: SlaTarget };
}

const COUNTING: SlaTarget["status"][] = ["RUNNING", "WARNING", "BREACHED"];
const PRIORITY = { URGENT: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;

/** The deadline that matters now: the earliest one of a target still counting; null when none is. */
export function nextDeadline(ticket: SlaTicket): number | null {
  const due = [ticket.sla.firstReply, ticket.sla.nextReply, ticket.sla.resolution]
    .filter((target) => target.dueAt && COUNTING.includes(target.status))
    .map((target) => Date.parse(target.dueAt!));
  return due.length ? Math.min(...due) : null;
}

/** Breached first, then by the nearest deadline; tickets without a running clock last, by priority then age. */
export function bySlaUrgency<T extends SlaTicket>(tickets: readonly T[]): T[] {
  const key = (t: T) => {
    const deadline = nextDeadline(t);
    return {
      breached: t.sla.breached || (deadline !== null && deadline <= Date.now()) ? 0 : 1,
      deadline: deadline ?? Infinity,
      priority: PRIORITY[t.priority],
      created: Date.parse(t.createdAt),
    };
  };
  return [...tickets]
    .map((ticket) => ({ ticket, key: key(ticket) }))
    .sort(
      (a, b) =>
        a.key.breached - b.key.breached ||
        a.key.deadline - b.key.deadline ||
        a.key.priority - b.key.priority ||
        a.key.created - b.key.created,
    )
    .map(({ ticket }) => ticket);
}
