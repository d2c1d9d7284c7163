/** The business schedule the SLA clock counts: opening ranges per weekday and holidays. */
import type { BusinessSchedule as ScheduleRow } from "../../../generated/prisma/client.js";
import { parseWeekly } from "../policy.js";
import { builder } from "./builder.js";

const OpeningRange = builder.objectRef<{ start: string; end: string }>("OpeningRange").implement({
  description: "Opening hours within one day, in the schedule's time zone.",
  fields: (t) => ({ start: t.exposeString("start", { description: "Opens, HH:MM." }), end: t.exposeString("end", { description: "Closes, HH:MM." }) }),
});
const BusinessDay = builder.objectRef<{ weekday: number; ranges: { start: string; end: string }[] }>("BusinessDay").implement({
  description: "One weekday's opening ranges.",
  fields: (t) => ({ weekday: t.exposeInt("weekday", { description: "0 = Sunday … 6 = Saturday" }), ranges: t.field({ description: "Opening ranges that day; empty when closed.", type: [OpeningRange], resolve: (d) => d.ranges }) }),
});
export const BusinessSchedule = builder.objectRef<ScheduleRow>("BusinessSchedule").implement({
  description: "The business hours the SLA clock counts (several ranges per day allowed) and the holidays it skips.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key (default)." }),
    name: t.exposeString("name", { description: "Display name." }),
    timeZone: t.exposeString("timeZone", { nullable: true, description: "IANA time zone of the ranges; null when a fixed utcOffsetMinutes applies." }),
    utcOffsetMinutes: t.exposeInt("utcOffsetMinutes", { description: "Offset from UTC in minutes (e.g. 240 for UTC+4), used when timeZone is null." }),
    days: t.field({ description: "Opening ranges per weekday.", type: [BusinessDay], resolve: (s) => Object.entries(parseWeekly(s.weekly)).map(([weekday, ranges]) => ({ weekday: Number(weekday), ranges })) }),
    holidays: t.exposeStringList("holidays", { description: "Closed dates, YYYY-MM-DD." }),
  }),
});
