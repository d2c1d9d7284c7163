/**
 * Staff profiles: creating and changing agents (who may grant which role, unique emails, clean
 * values), and looking one up by id for a command.
 */
import type { Agent } from "../../generated/prisma/client.js";
import { conflict, forbidden, notFound } from "../../shared/errors.js";
import { assertUuid } from "../../shared/ids.js";
import type { AgentsContext } from "./context.js";
import { requestDrain } from "./assignment.js";
import {
  cleanDisplayName,
  cleanEmail,
  cleanLanguages,
  cleanMaxChats,
  cleanRating,
  cleanSpecializations,
  cleanTiers,
  cleanTimezone,
  cleanWorkingHours,
  type WorkingHoursInput,
} from "./clean-input.js";

type Role = Agent["role"];
type Status = Agent["status"];

export interface NewAgent {
  email: string;
  displayName: string;
  role?: Role | null;
  status?: Status | null;
  specializations?: string[] | null;
  languages: string[];
  escalationTiers?: string[] | null;
  rating?: number | null;
  maxConcurrentChats?: number | null;
  timezone?: string | null;
  workingHours?: WorkingHoursInput | null;
}

export interface AgentChanges {
  id: string;
  displayName?: string | null;
  email?: string | null;
  role?: Role | null;
  specializations?: string[] | null;
  languages?: string[] | null;
  escalationTiers?: string[] | null;
  maxConcurrentChats?: number | null;
  timezone?: string | null;
  workingHours?: WorkingHoursInput | null;
}

/** The agent with this id (a UUID, else BAD_USER_INPUT); NOT_FOUND when there is none. */
export async function loadAgentOrThrow(ctx: AgentsContext, id: string): Promise<Agent> {
  assertUuid(id, "agentId");
  const agent = await ctx.loaders.agent.load(id);
  if (!agent) throw notFound("Agent");
  return agent;
}

function assertRoleChangeAllowed(ctx: AgentsContext, role: string | null | undefined) {
  if (role && role !== "agent" && ctx.identity.role !== "admin")
    throw forbidden("Only admins can create or promote supervisors and admins");
}

async function emailTaken(ctx: AgentsContext, email: string, exceptId: string | null) {
  const other = await ctx.db.prisma.agent.findUnique({ where: { email } });
  if (other && other.id !== exceptId) throw conflict(`An agent with email ${email} already exists`, { field: "email" });
}

/** `createAgent`: only admins create supervisors and admins; a taken email is CONFLICT. */
export async function createAgentProfile(ctx: AgentsContext, input: NewAgent): Promise<Agent> {
  assertRoleChangeAllowed(ctx, input.role);
  const data = {
    email: cleanEmail(input.email),
    displayName: cleanDisplayName(input.displayName),
    role: (input.role ?? "agent") as Role,
    status: (input.status ?? "OFFLINE") as Status,
    specializations: cleanSpecializations(input.specializations ?? []),
    languages: cleanLanguages(input.languages),
    escalationTiers: cleanTiers(input.escalationTiers ?? []),
    rating: cleanRating(input.rating ?? 5),
    maxConcurrentChats: cleanMaxChats(input.maxConcurrentChats ?? ctx.config.MAX_CONCURRENT_CHATS_PER_AGENT),
    timezone: cleanTimezone(input.timezone ?? "Asia/Dubai"),
    ...(input.workingHours ? cleanWorkingHours(input.workingHours) : {}),
  };
  await emailTaken(ctx, data.email, null);
  return ctx.db.prisma.agent.create({ data });
}

/**
 * `updateAgent`: only admins change other supervisors and admins or grant those roles. An ONLINE
 * or AWAY agent with more capacity, languages or tiers may take queued work at once.
 */
export async function updateAgentProfile(ctx: AgentsContext, input: AgentChanges): Promise<Agent> {
  const existing = await loadAgentOrThrow(ctx, input.id);
  assertRoleChangeAllowed(ctx, input.role);
  if (existing.role !== "agent" && ctx.identity.role !== "admin" && existing.id !== ctx.identity.subject) {
    throw forbidden("Only admins can change supervisors' and admins' profiles");
  }
  const data = {
    ...(input.displayName != null ? { displayName: cleanDisplayName(input.displayName) } : {}),
    ...(input.email != null ? { email: cleanEmail(input.email) } : {}),
    ...(input.role != null ? { role: input.role as Role } : {}),
    ...(input.specializations != null ? { specializations: cleanSpecializations(input.specializations) } : {}),
    ...(input.languages != null ? { languages: cleanLanguages(input.languages) } : {}),
    ...(input.escalationTiers != null ? { escalationTiers: cleanTiers(input.escalationTiers) } : {}),
    ...(input.maxConcurrentChats != null ? { maxConcurrentChats: cleanMaxChats(input.maxConcurrentChats) } : {}),
    ...(input.timezone != null ? { timezone: cleanTimezone(input.timezone) } : {}),
    ...(input.workingHours ? cleanWorkingHours(input.workingHours) : {}),
  };
  if (data.email) await emailTaken(ctx, data.email, existing.id);
  const updated = await ctx.db.prisma.agent.update({ where: { id: existing.id }, data });
  // More capacity, languages or tiers may let this agent take queued work.
  if (updated.status === "ONLINE" || updated.status === "AWAY") void requestDrain(ctx);
  return updated;
}
