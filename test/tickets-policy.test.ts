/** SLA policy as data, edited by admins: business schedule (ranges per day, holidays) and category SLA hours. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let admin: string;
let agent: string;
let customer: string;

beforeAll(async () => {
  system = await startTestSystem({
    env: {
      SLA_SWEEP_INTERVAL_MS: "3600000",
      TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1",
      EMERGENCY_SUPPORT_24_7: "false",
    },
  });
  admin = await system.token("admin");
  agent = await system.token("agent");
  customer = await system.token("customer");
});

afterAll(async () => {
  await system?.close();
});

const SCHEDULE = `{ businessSchedule { utcOffsetMinutes timeZone holidays days { weekday ranges { start end } } } }`;
const UPDATE_SCHEDULE = `mutation($input: UpdateBusinessScheduleInput!) { updateBusinessSchedule(input: $input) { utcOffsetMinutes holidays days { weekday ranges { start end } } } }`;
const ALL_DAY = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, ranges: [{ start: "00:00", end: "24:00" }] }));

async function newTicket(input: Record<string, unknown>) {
  const result = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id createdAt sla { slaHours firstReply { dueAt } } } }`,
    {
      input: {
        channel: "IN_APP",
        subject: "Fee question",
        description: "Why was I charged a fee this month?",
        ...input,
      },
    },
    customer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket;
}

describe("business schedule", () => {
  it("starts as the seed: UTC+4, weekdays 08:00–20:00, weekends 10:00–18:00, with holidays", async () => {
    const result = await system.request(SCHEDULE, {}, agent);
    const schedule = result.data!.businessSchedule;
    expect(schedule.utcOffsetMinutes).toBe(240);
    expect(schedule.days.find((d: any) => d.weekday === 1).ranges).toEqual([{ start: "08:00", end: "20:00" }]);
    expect(schedule.days.find((d: any) => d.weekday === 6).ranges).toEqual([{ start: "10:00", end: "18:00" }]);
    expect(schedule.holidays.length).toBeGreaterThan(0);
  });

  it("admins edit it (several ranges per day, holidays) and the SLA clock follows the data", async () => {
    const lunch = await system.request(
      UPDATE_SCHEDULE,
      {
        input: {
          days: [1, 2, 3, 4, 5].map((weekday) => ({
            weekday,
            ranges: [
              { start: "08:00", end: "12:00" },
              { start: "13:00", end: "20:00" },
            ],
          })),
          holidays: ["2026-12-24", "2026-12-25"],
        },
      },
      admin,
    );
    expect(lunch.errors).toBeUndefined();
    expect(lunch.data!.updateBusinessSchedule.days.find((d: any) => d.weekday === 3).ranges).toHaveLength(2);
    expect(lunch.data!.updateBusinessSchedule.days.find((d: any) => d.weekday === 0).ranges).toEqual([]); // not listed: closed
    expect(lunch.data!.updateBusinessSchedule.holidays).toEqual(["2026-12-24", "2026-12-25"]);

    // Always open: a 4-hour first-reply window ends exactly 4 calendar hours after creation.
    await system.request(UPDATE_SCHEDULE, { input: { utcOffsetMinutes: 0, days: ALL_DAY, holidays: [] } }, admin);
    const open = await newTicket({ categoryKey: "fee_clarifications", priorityOverride: "LOW" });
    expect(open.sla.slaHours).toBe(4);
    expect(new Date(open.sla.firstReply.dueAt).getTime() - new Date(open.createdAt).getTime()).toBe(4 * 3600_000);
    // Open one minute a week: the same window now lies weeks away.
    await system.request(
      UPDATE_SCHEDULE,
      { input: { days: [{ weekday: 0, ranges: [{ start: "00:00", end: "00:01" }] }] } },
      admin,
    );
    const read = await system.request(
      `query($id: ID!) { ticket(id: $id) { sla { firstReply { dueAt } } } }`,
      { id: open.id },
      agent,
    );
    expect(
      new Date(read.data!.ticket.sla.firstReply.dueAt).getTime() - new Date(open.createdAt).getTime(),
    ).toBeGreaterThan(30 * 24 * 3600_000);
    await system.request(UPDATE_SCHEDULE, { input: { utcOffsetMinutes: 240, days: ALL_DAY } }, admin);
  });

  it("refuses malformed schedules and non-admins, changing nothing", async () => {
    const before = (await system.request(SCHEDULE, {}, admin)).data!.businessSchedule;
    for (const input of [
      { days: [{ weekday: 1, ranges: [{ start: "20:00", end: "08:00" }] }] },
      { days: [{ weekday: 9, ranges: [] }] },
      { days: [{ weekday: 1, ranges: [{ start: "8am", end: "17:00" }] }] },
      { holidays: ["next tuesday"] },
      { timeZone: "Mars/Olympus_Mons" },
      { utcOffsetMinutes: 5000 },
    ]) {
      expect(
        (await system.request(UPDATE_SCHEDULE, { input }, admin)).errors?.[0]?.extensions?.code,
        JSON.stringify(input),
      ).toBe("BAD_USER_INPUT");
    }
    expect(
      (await system.request(UPDATE_SCHEDULE, { input: { holidays: [] } }, agent)).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await system.request(SCHEDULE, {}, admin)).data!.businessSchedule).toEqual(before);
  });
});

describe("category SLA policy", () => {
  const UPDATE = `mutation($input: UpdateTicketCategoryPolicyInput!) { updateTicketCategoryPolicy(input: $input) { key slaHours defaultPriority escalationTier } }`;

  it("admins change a category's SLA hours; new tickets in it use them (at the category's priority)", async () => {
    // A ticket first, so the process holds the categories when the edit comes: the edit must replace them.
    const before = await newTicket({ categoryKey: "fee_clarifications" });
    expect(before.sla.slaHours).not.toBe(1.5);
    const updated = await system.request(
      UPDATE,
      { input: { key: "billing_support", slaHours: 1.5, escalationTier: "supervisor" } },
      admin,
    );
    expect(updated.data!.updateTicketCategoryPolicy).toMatchObject({
      key: "billing_support",
      slaHours: 1.5,
      escalationTier: "supervisor",
    });
    const ticket = await newTicket({ categoryKey: "fee_clarifications" });
    expect(ticket.sla.slaHours).toBe(1.5);
    expect(
      (await system.request(UPDATE, { input: { key: "billing_support", slaHours: -1 } }, admin)).errors?.[0]?.extensions
        ?.code,
    ).toBe("BAD_USER_INPUT");
    expect(
      (await system.request(UPDATE, { input: { key: "nope", slaHours: 2 } }, admin)).errors?.[0]?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect(
      (await system.request(UPDATE, { input: { key: "billing_support", escalationTier: "tier_3" } }, admin)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "escalationTier" });
    expect(
      (await system.request(UPDATE, { input: { key: "billing_support", slaHours: 8 } }, agent)).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
  });
});

describe("unknown ids on update", () => {
  it("refuses an unknown agent or category with BAD_USER_INPUT and assigns a real agent", async () => {
    const ticket = await newTicket({ categoryKey: "fee_clarifications" });
    const UPDATE = `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { assignedAgentId category { key } } }`;
    const before = await system.db.prisma.ticketHistoryEntry.count({ where: { ticketId: ticket.id } });
    expect(
      (await system.request(UPDATE, { input: { ticketId: ticket.id, assignedAgentId: randomUUID() } }, agent))
        .errors?.[0]?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect(
      (await system.request(UPDATE, { input: { ticketId: ticket.id, categoryKey: "nope" } }, agent)).errors?.[0]
        ?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect(
      (await system.request(UPDATE, { input: { ticketId: ticket.id, tags: ["ok", "not ok!"] } }, agent)).errors?.[0]
        ?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    expect(await system.db.prisma.ticketHistoryEntry.count({ where: { ticketId: ticket.id } })).toBe(before);
    const assigned = await system.request(
      UPDATE,
      { input: { ticketId: ticket.id, assignedAgentId: DEMO.agent.id } },
      agent,
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.updateTicket.assignedAgentId).toBe(DEMO.agent.id);
  });
});
