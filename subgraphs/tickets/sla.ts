/**
 * The ticket SLA clock, as a pure function of a ticket's timeline.
 *
 * Three targets run independently:
 *   FIRST_REPLY  — starts at creation; met by the first agent public reply.
 *   NEXT_REPLY   — starts at the first customer message after an agent reply; met by the next
 *                  agent reply. Each such exchange is one cycle; `nextReply` shows the open cycle,
 *                  else the latest one, and `nextReplyCycles` lists them all.
 *   RESOLUTION   — starts at creation; met at `resolvedAt`. Reopening restarts nothing: pass the
 *                  first resolution time and the target stays met.
 * Resolving a ticket also meets any reply target still waiting at that moment (nobody owes a reply
 * on a solved ticket); a customer message after the resolution opens a new next-reply cycle.
 *
 * Clocks count business seconds of the ticket's schedule — calendar time for URGENT tickets when
 * `emergency24x7` is on — and stand still while the ticket is PENDING (waiting on the customer).
 * Events after `now` are ignored.
 */
import { CALENDAR_24_7, type BusinessSchedule } from "../../shared/business-hours.js";
import type { TicketStatus } from "./lifecycle.js";
import type { StatusChange } from "./sla-clock.js";
import { NOT_STARTED, evaluateTarget, type TargetContext, type TargetState } from "./sla-target.js";

export type { TargetState, TargetStatus } from "./sla-target.js";

// ---------------------------------------------------------------------------------------------
// Priorities and SLA hours

export const PRIORITIES = ["LOW", "MEDIUM", "HIGH", "URGENT"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** One step more urgent; URGENT stays URGENT. */
export function bumpPriority(priority: Priority): Priority {
  return PRIORITIES[Math.min(PRIORITIES.indexOf(priority) + 1, PRIORITIES.length - 1)];
}

export interface SlaHoursConfig {
  /** LOW and MEDIUM tickets. */
  standardSlaHours: number;
  /** HIGH tickets. */
  prioritySlaHours: number;
  /** URGENT tickets. */
  urgentSlaHours: number;
}

export const DEFAULT_SLA_HOURS: SlaHoursConfig = Object.freeze({
  standardSlaHours: 4,
  prioritySlaHours: 2,
  urgentSlaHours: 1,
});

/**
 * A ticket's SLA hours from its priority and its category (the specification's
 * `calculateSLA(priority, category.sla)`): at the category's own priority, the category's hours;
 * raised above it, the stricter of the category's and the priority's hours; lowered below it,
 * the looser of the two. Without a category, the priority's hours.
 */
export function slaHoursFor(input: {
  category?: { slaHours: number; defaultPriority: Priority } | null;
  priority: Priority;
  config?: SlaHoursConfig;
}): number {
  const config = input.config ?? DEFAULT_SLA_HOURS;
  const priorityHours = {
    LOW: config.standardSlaHours,
    MEDIUM: config.standardSlaHours,
    HIGH: config.prioritySlaHours,
    URGENT: config.urgentSlaHours,
  }[input.priority];
  const category = input.category;
  if (!category) return priorityHours;
  assertPositiveHours("categorySlaHours", category.slaHours);
  const step = PRIORITIES.indexOf(input.priority) - PRIORITIES.indexOf(category.defaultPriority);
  if (step === 0) return category.slaHours;
  return step > 0 ? Math.min(category.slaHours, priorityHours) : Math.max(category.slaHours, priorityHours);
}

// ---------------------------------------------------------------------------------------------
// Policy

export interface SlaPolicy {
  firstReplyHours: number;
  nextReplyHours: number;
  resolutionHours: number;
}

/** Default resolution window, as a multiple of the ticket's SLA hours. */
export const RESOLUTION_HOURS_PER_SLA_HOUR = 6;

/**
 * Targets derived from a ticket's SLA hours: first reply = next reply = slaHours, resolution =
 * slaHours × 6. Any target can be overridden.
 */
export function slaPolicyFor(slaHours: number, overrides: Partial<SlaPolicy> = {}): SlaPolicy {
  const policy: SlaPolicy = {
    firstReplyHours: slaHours,
    nextReplyHours: slaHours,
    resolutionHours: slaHours * RESOLUTION_HOURS_PER_SLA_HOUR,
    ...overrides,
  };
  assertValidPolicy(policy);
  return policy;
}

function assertValidPolicy(policy: SlaPolicy): void {
  assertPositiveHours("firstReplyHours", policy.firstReplyHours);
  assertPositiveHours("nextReplyHours", policy.nextReplyHours);
  assertPositiveHours("resolutionHours", policy.resolutionHours);
}

function assertPositiveHours(name: string, hours: number): void {
  if (!Number.isFinite(hours) || hours <= 0)
    throw new RangeError(`${name} must be a positive number of hours, got ${hours}`);
}

// ---------------------------------------------------------------------------------------------
// Computing the state of all targets

export const DEFAULT_WARNING_FRACTION = 0.75;
export const DEFAULT_PAUSING_STATUSES: ReadonlyArray<TicketStatus> = ["PENDING"];

export interface SlaTimeline {
  createdAt: Date;
  priority: Priority;
  policy: SlaPolicy;
  schedule: BusinessSchedule;
  /** URGENT tickets run on calendar time (24/7) instead of the schedule. */
  emergency24x7?: boolean;
  statusHistory: ReadonlyArray<StatusChange<TicketStatus>>;
  /** Agent public replies (internal notes excluded). */
  agentReplies: ReadonlyArray<Date>;
  /** Customer messages after the one that created the ticket. */
  customerMessages: ReadonlyArray<Date>;
  /** First resolution, if any. */
  resolvedAt?: Date | null;
  now: Date;
  /** Default 0.75. */
  warningFraction?: number;
  /** Statuses that stop the clock; default PENDING only. */
  pausingStatuses?: ReadonlyArray<TicketStatus>;
}

export interface SlaState {
  firstReply: TargetState;
  nextReply: TargetState;
  resolution: TargetState;
  /** Every next-reply cycle, oldest first (for compliance reporting). */
  nextReplyCycles: TargetState[];
}

export function computeSlaState(timeline: SlaTimeline): SlaState {
  const warningFraction = timeline.warningFraction ?? DEFAULT_WARNING_FRACTION;
  if (!(warningFraction > 0 && warningFraction <= 1)) {
    throw new RangeError(`warningFraction must be in (0, 1], got ${warningFraction}`);
  }
  const { createdAt, now, policy } = timeline;
  assertValidPolicy(policy);
  const pausing = new Set(timeline.pausingStatuses ?? DEFAULT_PAUSING_STATUSES);
  const context: TargetContext<TicketStatus> = {
    schedule: timeline.emergency24x7 && timeline.priority === "URGENT" ? CALENDAR_24_7 : timeline.schedule,
    statusHistory: timeline.statusHistory,
    isPausing: (status) => pausing.has(status),
    now,
    warningFraction,
  };

  const happened = (at: Date) => at >= createdAt && at <= now;
  const resolvedAt = timeline.resolvedAt && happened(timeline.resolvedAt) ? timeline.resolvedAt : null;
  const agentResponses = sortedTimes([...timeline.agentReplies, ...(resolvedAt ? [resolvedAt] : [])].filter(happened));
  const customerMessages = sortedTimes(timeline.customerMessages.filter(happened));

  const firstReply = evaluateTarget(
    {
      startedAt: createdAt,
      budgetSeconds: hoursToSeconds(policy.firstReplyHours),
      satisfiedAt: agentResponses[0] ?? null,
    },
    context,
  );
  const nextReplyCycles = replyCycles(customerMessages, agentResponses).map((cycle) =>
    evaluateTarget({ ...cycle, budgetSeconds: hoursToSeconds(policy.nextReplyHours) }, context),
  );
  const resolution = evaluateTarget(
    { startedAt: createdAt, budgetSeconds: hoursToSeconds(policy.resolutionHours), satisfiedAt: resolvedAt },
    context,
  );
  return {
    firstReply,
    nextReply: nextReplyCycles[nextReplyCycles.length - 1] ?? NOT_STARTED,
    resolution,
    nextReplyCycles,
  };
}

interface ReplyCycle {
  startedAt: Date;
  satisfiedAt: Date | null;
}

/**
 * Next-reply cycles: a cycle opens at the first customer message after an agent response and
 * closes at the next agent response. Further customer messages while a cycle is open do not
 * restart it. A customer message and a response at the same instant count as answered.
 */
function replyCycles(customerMessages: Date[], agentResponses: Date[]): ReplyCycle[] {
  const events = [
    ...customerMessages.map((at) => ({ at, fromAgent: false })),
    ...agentResponses.map((at) => ({ at, fromAgent: true })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || Number(a.fromAgent) - Number(b.fromAgent));

  const cycles: ReplyCycle[] = [];
  let agentHasResponded = false;
  let openSince: Date | null = null;
  for (const event of events) {
    if (event.fromAgent) {
      if (openSince) cycles.push({ startedAt: openSince, satisfiedAt: event.at });
      openSince = null;
      agentHasResponded = true;
    } else if (agentHasResponded && !openSince) {
      openSince = event.at;
    }
  }
  if (openSince) cycles.push({ startedAt: openSince, satisfiedAt: null });
  return cycles;
}

function sortedTimes(times: Date[]): Date[] {
  return [...times].sort((a, b) => a.getTime() - b.getTime());
}

function hoursToSeconds(hours: number): number {
  return hours * 3600;
}
