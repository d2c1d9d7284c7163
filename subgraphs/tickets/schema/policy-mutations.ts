/** Admin edits of the SLA policy: a category's policy and the business schedule. */
import { maxItems } from "../../../shared/input-limits.js";
import { updateBusinessSchedule, updateCategoryPolicy } from "../policy-storage.js";
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
    resolve: (_root, { input }, ctx) => updateCategoryPolicy(ctx, input),
  }),

  updateBusinessSchedule: t.field({
    type: BusinessSchedule,
    description: "Admins edit the business hours (several ranges per day allowed) and holidays of the SLA clock. Admins only. Invalid values: BAD_USER_INPUT.",
    authScopes: { admin: true },
    args: { input: t.arg({ description: "The changes.", type: UpdateBusinessScheduleInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateBusinessSchedule(ctx, input),
  }),
}));
