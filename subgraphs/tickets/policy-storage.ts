/**
 * The SLA policy as stored data: the active categories, the business schedule, and admins' edits
 * of both (applied to tickets created afterwards).
 */
import type {
  BusinessSchedule as ScheduleRow,
  Prisma,
  TicketCategory,
  TicketPriority,
} from "../../generated/prisma/client.js";
import type { BusinessSchedule } from "../../shared/business-hours.js";
import { changeNotifiedCache } from "../../shared/change-notified-cache.js";
import type { SubgraphServices } from "../../shared/context.js";
import type { Database } from "../../shared/db.js";
import { badInput } from "../../shared/errors.js";
import { ESCALATION_TIERS } from "../../shared/support-taxonomy.js";
import { DEFAULT_SCHEDULE_KEY, defaultScheduleRow, parseWeekly, scheduleFromRow, validateHolidays } from "./policy.js";

/** Active top-level categories (with their subcategories through the loader), by key. */
export function activeTopLevelCategories(services: SubgraphServices): Promise<TicketCategory[]> {
  return services.db.prisma.ticketCategory.findMany({
    where: { parentKey: null, active: true },
    orderBy: { key: "asc" },
  });
}

/** Every category and subcategory by key, kept per process until an admin edits one. */
const categoryTable = changeNotifiedCache<ReadonlyMap<string, TicketCategory>>("tickets_categories");

/** Every category (top-level and sub) by key: what each new ticket is classified against. */
export function allCategories(services: SubgraphServices): Promise<ReadonlyMap<string, TicketCategory>> {
  return categoryTable.get(services.db, async () => {
    const rows = await services.db.prisma.ticketCategory.findMany();
    return new Map(rows.map((row) => [row.key, row]));
  });
}

/** After categories were written outside `updateCategoryPolicy` (the seed): every process reads them again. */
export function categoriesChanged(db: Database): Promise<void> {
  return categoryTable.changed(db);
}

/** The stored default schedule, or the configured one while none is stored. */
export async function businessScheduleRow(services: SubgraphServices): Promise<ScheduleRow> {
  return (
    (await services.db.prisma.businessSchedule.findUnique({ where: { key: DEFAULT_SCHEDULE_KEY } })) ??
    ({ timeZone: null, ...defaultScheduleRow(services.config), updatedAt: new Date() } as ScheduleRow)
  );
}

/** The schedule every ticket write's SLA clock reads, kept per process until an admin edits it. */
const schedules = changeNotifiedCache<BusinessSchedule>("tickets_business_schedule");

/**
 * The business schedule in force (the stored one, or the configured support hours while none is
 * stored). Inside a transaction pass it as `client`: a read outside it could wait for it on PGlite.
 */
export function currentSchedule(
  services: SubgraphServices,
  client: Pick<Prisma.TransactionClient, "businessSchedule"> = services.db.prisma,
): Promise<BusinessSchedule> {
  return schedules.get(services.db, async () =>
    scheduleFromRow(
      await client.businessSchedule.findUnique({ where: { key: DEFAULT_SCHEDULE_KEY } }),
      services.config,
    ),
  );
}

export interface CategoryPolicyChanges {
  key: string;
  slaHours?: number | null;
  defaultPriority?: TicketPriority | null;
  escalationTier?: string | null;
  active?: boolean | null;
}

export async function updateCategoryPolicy(
  services: SubgraphServices,
  input: CategoryPolicyChanges,
): Promise<TicketCategory> {
  const { prisma } = services.db;
  const existing = await prisma.ticketCategory.findUnique({ where: { key: input.key } });
  if (!existing) throw badInput(`Unknown category "${input.key}"`, { field: "key" });
  if (input.slaHours != null && !(input.slaHours > 0 && input.slaHours <= 720))
    throw badInput("slaHours must be in (0, 720]", { field: "slaHours" });
  if (input.escalationTier != null && !ESCALATION_TIERS.includes(input.escalationTier))
    throw badInput(`escalationTier must be one of ${ESCALATION_TIERS.join(", ")}`, { field: "escalationTier" });
  const updated = await prisma.ticketCategory.update({
    where: { key: input.key },
    data: {
      ...(input.slaHours != null ? { slaHours: input.slaHours } : {}),
      ...(input.defaultPriority ? { defaultPriority: input.defaultPriority } : {}),
      ...(input.escalationTier != null ? { escalationTier: input.escalationTier } : {}),
      ...(input.active != null ? { active: input.active } : {}),
    },
  });
  await categoryTable.changed(services.db);
  return updated;
}

export interface BusinessScheduleChanges {
  name?: string | null;
  timeZone?: string | null;
  utcOffsetMinutes?: number | null;
  days?: readonly { weekday: number; ranges: readonly { start: string; end: string }[] }[] | null;
  holidays?: readonly string[] | null;
}

export async function updateBusinessSchedule(
  services: SubgraphServices,
  input: BusinessScheduleChanges,
): Promise<ScheduleRow> {
  const { prisma } = services.db;
  const current = (await prisma.businessSchedule.findUnique({ where: { key: DEFAULT_SCHEDULE_KEY } })) ?? {
    timeZone: null,
    ...defaultScheduleRow(services.config),
  };
  let weekly = current.weekly as unknown;
  if (input.days) {
    const map: Record<string, unknown> = {};
    for (const day of input.days) {
      if (!Number.isInteger(day.weekday) || day.weekday < 0 || day.weekday > 6)
        throw badInput("weekday must be 0 (Sunday) … 6 (Saturday)", { field: "days" });
      map[String(day.weekday)] = day.ranges;
    }
    weekly = map;
  }
  const parsedWeekly = parseWeekly(weekly);
  const holidays = input.holidays ? validateHolidays(input.holidays) : current.holidays;
  if (input.timeZone) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: input.timeZone });
    } catch {
      throw badInput(`Unknown time zone "${input.timeZone}"`, { field: "timeZone" });
    }
  }
  if (input.utcOffsetMinutes != null && Math.abs(input.utcOffsetMinutes) > 14 * 60)
    throw badInput("utcOffsetMinutes must be within ±840", { field: "utcOffsetMinutes" });
  const data = {
    name: input.name ?? current.name,
    timeZone: input.timeZone === undefined ? current.timeZone : input.timeZone,
    utcOffsetMinutes: input.utcOffsetMinutes ?? current.utcOffsetMinutes,
    weekly: parsedWeekly as unknown as Prisma.InputJsonValue,
    holidays,
  };
  const stored = await prisma.businessSchedule.upsert({
    where: { key: DEFAULT_SCHEDULE_KEY },
    create: { key: DEFAULT_SCHEDULE_KEY, ...data },
    update: data,
  });
  await schedules.changed(services.db);
  return stored;
}
