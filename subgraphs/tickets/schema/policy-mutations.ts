/** Admin edits of the SLA policy: a category's policy and the business schedule. */
import type { Prisma } from "../../../generated/prisma/client.js";
import { badInput } from "../../common/errors.js";
import { maxItems } from "../../common/input-limits.js";
import { ESCALATION_TIERS } from "../../common/support-taxonomy.js";
import { DEFAULT_SCHEDULE_KEY, defaultScheduleRow, parseWeekly, validateHolidays } from "../policy.js";
import { builder } from "./builder.js";
import { BusinessSchedule } from "./business-schedule.js";
import { TicketCategory } from "./categories.js";
import { TicketPriority } from "./enums.js";

const UpdateCategoryPolicyInput = builder.inputType("UpdateTicketCategoryPolicyInput", {
  description: "Changes to a category's SLA policy; omitted fields stay as they are.",
  fields: (t) => ({
    key: t.string({ description: "The category key (unknown: BAD_USER_INPUT).", required: true }),
    slaHours: t.float({ description: "Resolution target in business hours, more than 0 and at most 720.", required: false }),
    defaultPriority: t.field({ description: "Priority for new tickets in the category.", type: TicketPriority, required: false }),
    escalationTier: t.string({ required: false, description: "investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist or supervisor." }),
    active: t.boolean({ description: "false: no longer offered to new tickets.", required: false }),
  }),
});

const OpeningRangeInput = builder.inputType("OpeningRangeInput", {
  description: "Opening hours within one day.",
  fields: (t) => ({ start: t.string({ required: true, description: "Opens, HH:MM." }), end: t.string({ required: true, description: "Closes, HH:MM, after start." }) }),
});
const BusinessDayInput = builder.inputType("BusinessDayInput", {
  description: "One weekday's opening ranges.",
  fields: (t) => ({
    weekday: t.int({ required: true, description: "0 (Sunday) … 6 (Saturday)." }),
    ranges: t.field({ type: [OpeningRangeInput], required: true, description: "Opening ranges that day." }),
  }),
});
const UpdateBusinessScheduleInput = builder.inputType("UpdateBusinessScheduleInput", {
  description: "Changes to the SLA business hours; omitted fields stay as they are. Invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    name: t.string({ description: "Display name.", required: false }),
    timeZone: t.string({ required: false, description: "IANA zone; null keeps utcOffsetMinutes." }),
    utcOffsetMinutes: t.int({ description: "Fixed offset from UTC in minutes, within ±840; used when timeZone is null.", required: false }),
    days: t.field({ type: [BusinessDayInput], required: false, description: "Replaces the weekly hours (days not listed are closed)." }),
    holidays: t.stringList({ required: false, ...maxItems(366), description: "Closed dates (YYYY-MM-DD)." }),
  }),
});


builder.mutationFields((t) => ({
  updateTicketCategoryPolicy: t.field({
    type: TicketCategory,
    description: "Admins edit a category's SLA policy (applies to tickets created afterwards). Admins only. Invalid values: BAD_USER_INPUT.",
    authScopes: { admin: true },
    args: { input: t.arg({ description: "The category and changes.", type: UpdateCategoryPolicyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const existing = await ctx.db.prisma.ticketCategory.findUnique({ where: { key: input.key } });
      if (!existing) throw badInput(`Unknown category "${input.key}"`, { field: "key" });
      if (input.slaHours != null && !(input.slaHours > 0 && input.slaHours <= 720)) throw badInput("slaHours must be in (0, 720]", { field: "slaHours" });
      if (input.escalationTier != null && !ESCALATION_TIERS.includes(input.escalationTier)) throw badInput(`escalationTier must be one of ${ESCALATION_TIERS.join(", ")}`, { field: "escalationTier" });
      return ctx.db.prisma.ticketCategory.update({
        where: { key: input.key },
        data: {
          ...(input.slaHours != null ? { slaHours: input.slaHours } : {}),
          ...(input.defaultPriority ? { defaultPriority: input.defaultPriority } : {}),
          ...(input.escalationTier != null ? { escalationTier: input.escalationTier } : {}),
          ...(input.active != null ? { active: input.active } : {}),
        },
      });
    },
  }),

  updateBusinessSchedule: t.field({
    type: BusinessSchedule,
    description: "Admins edit the business hours (several ranges per day allowed) and holidays of the SLA clock. Admins only. Invalid values: BAD_USER_INPUT.",
    authScopes: { admin: true },
    args: { input: t.arg({ description: "The changes.", type: UpdateBusinessScheduleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const current = (await ctx.db.prisma.businessSchedule.findUnique({ where: { key: DEFAULT_SCHEDULE_KEY } })) ?? { timeZone: null, ...defaultScheduleRow(ctx.config) };
      let weekly = current.weekly as unknown;
      if (input.days) {
        const map: Record<string, unknown> = {};
        for (const day of input.days) {
          if (!Number.isInteger(day.weekday) || day.weekday < 0 || day.weekday > 6) throw badInput("weekday must be 0 (Sunday) … 6 (Saturday)", { field: "days" });
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
      if (input.utcOffsetMinutes != null && Math.abs(input.utcOffsetMinutes) > 14 * 60) throw badInput("utcOffsetMinutes must be within ±840", { field: "utcOffsetMinutes" });
      const data = {
        name: input.name ?? current.name,
        timeZone: input.timeZone === undefined ? current.timeZone : input.timeZone,
        utcOffsetMinutes: input.utcOffsetMinutes ?? current.utcOffsetMinutes,
        weekly: parsedWeekly as unknown as Prisma.InputJsonValue,
        holidays,
      };
      return ctx.db.prisma.businessSchedule.upsert({ where: { key: DEFAULT_SCHEDULE_KEY }, create: { key: DEFAULT_SCHEDULE_KEY, ...data }, update: data });
    },
  }),
}));
