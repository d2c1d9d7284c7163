/** Agent and Customer profiles (entities other subgraphs extend) and an agent's working hours. */
import type { Agent as AgentRow, Customer as CustomerRow } from "../../../generated/prisma/client.js";
import { entityOrNotFound } from "../../../shared/errors.js";
import { isStaff } from "../../../shared/identity.js";
import { builder } from "./builder.js";
import { AgentStatus, StaffRole } from "./enums.js";

interface WorkingHoursShape {
  days: number[];
  start: string;
  end: string;
}
const WorkingHours = builder.objectRef<WorkingHoursShape>("WorkingHours").implement({
  description: "When the agent works, in their own time zone. Days are ISO weekdays (1 = Monday … 7 = Sunday).",
  fields: (t) => ({ days: t.exposeIntList("days", { description: "ISO weekdays the agent works (1 = Monday … 7 = Sunday)." }), start: t.exposeString("start", { description: "Start of the working day, HH:MM in the agent's time zone." }), end: t.exposeString("end", { description: "End of the working day, HH:MM in the agent's time zone." }) }),
});

export const Agent = builder.objectRef<AgentRow>("Agent").implement({
  description: "A support agent, supervisor or admin.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The agent's id (UUID)." }),
    displayName: t.exposeString("displayName", { description: "Name shown to customers and colleagues." }),
    email: t.exposeString("email", { authScopes: { staff: true, service: true }, description: "Work email. Staff and services only; others get FORBIDDEN." }),
    role: t.field({ description: "What the agent may do.", type: StaffRole, resolve: (a) => a.role }),
    status: t.field({ description: "Current availability (changed with setAgentStatus, or automatically when idle or disconnected).", type: AgentStatus, resolve: (a) => a.status }),
    specializations: t.exposeStringList("specializations", { description: "Category keys the agent specializes in (e.g. technical_support); routing scores a match +40." }),
    languages: t.exposeStringList("languages", { description: "Languages the agent speaks (en, ar, hi, ur); routing scores a match with the conversation +20." }),
    escalationTiers: t.exposeStringList("escalationTiers", { description: "Named escalation tiers the agent works: a category's specialist tier (e.g. billing_specialist) or supervisor." }),
    rating: t.exposeFloat("rating", { description: "0–10: the mean of customers' 1–5 ratings ×2 (the initial value until the first rating)." }),
    maxConcurrentChats: t.exposeInt("maxConcurrentChats", { description: "Chats the agent may hold at once; routing and transfers never exceed it." }),
    timezone: t.exposeString("timezone", { description: "IANA time zone of the agent's working hours, e.g. Asia/Dubai." }),
    workingHours: t.field({ description: "When the agent works, in their time zone.", type: WorkingHours, resolve: (a) => ({ days: a.workingDays, start: a.workStartsAt, end: a.workEndsAt }) }),
    lastSeenAt: t.expose("lastSeenAt", { type: "DateTime", nullable: true, description: "Last activity seen from the agent (a request or a live connection); null when never seen." }),
    activeTickets: t.int({
      description: "Tickets assigned and not yet finished (counted by agents' routing).",
      authScopes: { staff: true, service: true },
      resolve: async (a, _args, ctx) => (await ctx.loaders.workload.load(a.id)).activeTickets,
    }),
    activeChats: t.int({
      description: "Chats in progress.",
      authScopes: { staff: true, service: true },
      resolve: async (a, _args, ctx) => (await ctx.loaders.workload.load(a.id)).activeChats,
    }),
  }),
});

builder.asEntity(Agent, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: ({ id }, context) => entityOrNotFound("Agent", id, context.loaders.agent.load(id)),
});

export const Customer = builder.objectRef<CustomerRow>("Customer").implement({
  description: "A customer profile. Contact details are visible to staff and to the customer themself.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The customer's id." }),
    name: t.exposeString("name", { description: "Display name." }),
    preferredLanguage: t.exposeString("preferredLanguage", { nullable: true, description: "The customer's chosen language (en, ar, hi, ur); null when they never chose one." }),
    country: t.exposeString("country", { nullable: true, description: "ISO 3166-1 alpha-2 country code, when known." }),
    tier: t.exposeString("tier", { description: "Service tier: standard, premium or vip." }),
    email: t.string({ description: "Email address: visible to staff, services and the customer themself; null for anyone else.",
      nullable: true,
      resolve: (c, _args, ctx) => (isStaff(ctx.identity) || ctx.identity.role === "service" || ctx.identity.subject === c.id ? c.email : null),
    }),
  }),
});

builder.asEntity(Customer, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: ({ id }, context) => entityOrNotFound("Customer", id, context.loaders.customer.load(id)),
});
