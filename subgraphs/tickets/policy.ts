/**
 * The SLA policy as data: the business schedule (with holidays) lives in
 * `tickets.business_schedules` (key `default`), category SLA hours in `tickets.categories`.
 * This module turns rows into the pure SLA functions' inputs and computes a ticket's live state
 * from its stored timeline (status history + messages).
 */
import type {
  BusinessSchedule as ScheduleRow,
  Ticket,
  TicketMessage,
  TicketStatusChange,
} from "../../generated/prisma/client.js";
import {
  DEFAULT_SCHEDULE,
  type BusinessSchedule,
  type OpeningRange,
  type Weekday,
} from "../../shared/business-hours.js";
import { supportHoursSpec, type Config } from "../../shared/config.js";
import { parseScheduleSpec } from "../../shared/schedule-spec.js";
import { badInput } from "../../shared/errors.js";
import { computeSlaState, slaHoursFor, slaPolicyFor, type Priority, type SlaState, type TargetState } from "./sla.js";

export const DEFAULT_SCHEDULE_KEY = "default";

/** UAE public holidays (local dates) seeded into the default schedule; admins edit the row. */
export const SEED_HOLIDAYS: readonly string[] = [
  "2026-01-01",
  "2026-03-20",
  "2026-03-21",
  "2026-03-22",
  "2026-05-26",
  "2026-05-27",
  "2026-05-28",
  "2026-05-29",
  "2026-06-16",
  "2026-08-25",
  "2026-12-01",
  "2026-12-02",
  "2026-12-03",
  "2027-01-01",
];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a weekly map from JSON (admin input or a stored row). */
export function parseWeekly(value: unknown): Record<Weekday, OpeningRange[]> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw badInput("weekly must be an object keyed 0 (Sunday) … 6 (Saturday)");
  const weekly = {} as Record<Weekday, OpeningRange[]>;
  for (let day = 0 as Weekday; day <= 6; day = (day + 1) as Weekday) {
    const ranges = (value as Record<string, unknown>)[String(day)] ?? [];
    if (!Array.isArray(ranges)) throw badInput(`weekly.${day} must be a list of { start, end }`);
    weekly[day] = ranges.map((range, i) => {
      const r = range as { start?: unknown; end?: unknown };
      if (
        typeof r?.start !== "string" ||
        typeof r?.end !== "string" ||
        !TIME.test(r.start) ||
        !TIME.test(r.end) ||
        r.start >= r.end
      ) {
        throw badInput(`weekly.${day}[${i}] must be { start: "HH:MM", end: "HH:MM" } with start < end`);
      }
      return { start: r.start, end: r.end };
    });
    if (day === 6) break;
  }
  return weekly;
}

export function validateHolidays(holidays: readonly string[]): string[] {
  for (const day of holidays)
    if (!DATE.test(day) || Number.isNaN(new Date(`${day}T00:00:00Z`).getTime()))
      throw badInput(`holiday "${day}" must be YYYY-MM-DD`);
  return [...new Set(holidays)].sort();
}

const configuredSchedules = new Map<string, BusinessSchedule>();
/** The business calendar the support hours configure (SUPPORT_TIME_ZONE, SUPPORT_WEEKDAY_HOURS, SUPPORT_WEEKEND_HOURS). */
export function configuredSchedule(config: Parameters<typeof supportHoursSpec>[0]): BusinessSchedule {
  const spec = supportHoursSpec(config);
  let schedule = configuredSchedules.get(spec);
  if (!schedule) configuredSchedules.set(spec, (schedule = parseScheduleSpec(spec)));
  return schedule;
}

/** The stored default calendar, or — while none is stored — the configured support hours. */
export function scheduleFromRow(
  row: ScheduleRow | null,
  config?: Parameters<typeof supportHoursSpec>[0],
): BusinessSchedule {
  if (!row) return config ? configuredSchedule(config) : DEFAULT_SCHEDULE;
  return {
    ...(row.timeZone ? { timeZone: row.timeZone } : {}),
    utcOffsetMinutes: row.utcOffsetMinutes,
    weekly: parseWeekly(row.weekly),
    holidays: row.holidays,
  };
}

/**
 * The seeded default row: the configured support hours (by default UTC+4, weekdays 08:00–20:00,
 * weekends 10:00–18:00) with the UAE holidays.
 */
export function defaultScheduleRow(config?: Parameters<typeof supportHoursSpec>[0]) {
  const schedule = config ? configuredSchedule(config) : DEFAULT_SCHEDULE;
  return {
    key: DEFAULT_SCHEDULE_KEY,
    name: `Default support hours (${config ? config.SUPPORT_TIME_ZONE : "UTC+04:00"})`,
    ...(schedule.timeZone ? { timeZone: schedule.timeZone } : {}),
    utcOffsetMinutes: schedule.utcOffsetMinutes ?? 0,
    weekly: schedule.weekly as unknown as object,
    holidays: [...SEED_HOLIDAYS],
  };
}

export const slaHoursConfig = (config: Config) => ({
  standardSlaHours: config.STANDARD_SLA_HOURS,
  prioritySlaHours: config.PRIORITY_SLA_HOURS,
  urgentSlaHours: config.URGENT_SLA_HOURS,
});

/** The ticket's SLA hours from its category's policy and its priority (see slaHoursFor). */
export function ticketSlaHours(
  config: Config,
  category: { slaHours: number; defaultPriority: Priority } | null | undefined,
  priority: Priority,
): number {
  return slaHoursFor({ category: category ?? null, priority, config: slaHoursConfig(config) });
}

export interface TicketTimeline {
  ticket: Pick<Ticket, "createdAt" | "priority" | "slaHours" | "resolvedAt" | "customerId">;
  statusChanges: ReadonlyArray<Pick<TicketStatusChange, "status" | "at">>;
  messages: ReadonlyArray<Pick<TicketMessage, "authorRole" | "internal" | "createdAt">>;
}

const AGENT_ROLES = new Set(["agent", "supervisor", "admin", "system"]);

/** The live SLA state of a ticket from its stored timeline. */
export function slaStateOf(
  timeline: TicketTimeline,
  schedule: BusinessSchedule,
  config: Config,
  now = new Date(),
): SlaState {
  const { ticket } = timeline;
  const publicMessages = timeline.messages.filter((m) => !m.internal);
  return computeSlaState({
    createdAt: ticket.createdAt,
    priority: ticket.priority,
    policy: slaPolicyFor(ticket.slaHours),
    schedule,
    emergency24x7: config.EMERGENCY_SUPPORT_24_7,
    statusHistory: timeline.statusChanges.map((c) => ({ status: c.status, at: c.at })),
    agentReplies: publicMessages.filter((m) => AGENT_ROLES.has(m.authorRole)).map((m) => m.createdAt),
    customerMessages: publicMessages.filter((m) => m.authorRole === "customer").map((m) => m.createdAt),
    resolvedAt: ticket.resolvedAt,
    now,
    warningFraction: config.SLA_WARNING_FRACTION,
  });
}

export const SLA_TARGETS = [
  ["FIRST_REPLY", "firstReply"],
  ["NEXT_REPLY", "nextReply"],
  ["RESOLUTION", "resolution"],
] as const;

const RECHECK_MS = 5 * 60_000;

/** The earliest time anything can change for the sweeper (a warning or a due time), or null. */
export function nextSlaCheck(state: SlaState, warningFraction: number, now: Date): Date | null {
  let next: Date | null = null;
  for (const [, field] of SLA_TARGETS) {
    const target: TargetState = state[field];
    if (!target.dueAt || target.satisfiedAt || target.status === "NOT_STARTED") continue;
    if (target.status === "PAUSED") continue;
    let candidate: Date;
    if (target.status === "BREACHED") continue;
    if (target.status === "WARNING") candidate = target.dueAt;
    else {
      // Roughly when the warning fraction is reached: re-check then (the sweeper recomputes exactly).
      const remainingFraction = Math.max(0, warningFraction - target.elapsedFraction);
      const span = target.dueAt.getTime() - now.getTime();
      const estimate =
        now.getTime() + Math.max(0, span * (remainingFraction / Math.max(1e-9, 1 - target.elapsedFraction)));
      // Business time is not linear in wall-clock time: never wait longer than RECHECK_MS.
      candidate = new Date(Math.min(estimate, target.dueAt.getTime(), now.getTime() + RECHECK_MS));
    }
    if (!next || candidate < next) next = candidate;
  }
  return next;
}

export function firstBreach(state: SlaState): Date | null {
  const dates = SLA_TARGETS.map(([, f]) => state[f].breachedAt).filter((d): d is Date => d !== null);
  return dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null;
}
