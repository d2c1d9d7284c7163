/** The Mutation root fields of agents. */
import type { Agent as AgentRow } from "../../../generated/prisma/client.js";
import { ROOT_TYPE_DESCRIPTIONS } from "../../common/builder.js";
import { badInput, conflict, forbidden, notFound } from "../../common/errors.js";
import { assertUuid } from "../../common/ids.js";
import type { AgentsContext } from "../context.js";
import { setAgentStatus, touchAgent, type AgentStatusValue } from "../presence.js";
import { assignChatTo, assignTicketTo, claimNextFromQueue, reassignAutomatically, releaseWorkItem, requestAssignment, requestDrain } from "../routing.js";
import {
  assertUuidField,
  cleanAssignmentRequest,
  cleanDisplayName,
  cleanEmail,
  cleanLanguages,
  cleanMaxChats,
  cleanRating,
  cleanSpecializations,
  cleanTiers,
  cleanTimezone,
  cleanWorkingHours,
  type WorkItemKindValue,
} from "../routing-input.js";
import { reportViewer, type ViewerActivity } from "../viewers.js";
import { builder } from "./builder.js";
import { callerAgentId, loadAgentOrThrow, ticketDetails } from "./agent-lookup.js";
import { Agent } from "./agents.js";
import { AgentStatus, WorkItemKind } from "./enums.js";
import { AssignChatInput, AssignmentRequestInput, AssignTicketInput, ClaimInput, CreateAgentInput, ReassignTicketInput, TicketActivityInput, UpdateAgentInput } from "./inputs.js";
import { TicketViewer } from "./viewers.js";
import { AssignmentResult, WorkItem } from "./work-items.js";

function assertRoleChangeAllowed(ctx: AgentsContext, role: string | null | undefined) {
  if (role && role !== "agent" && ctx.identity.role !== "admin") throw forbidden("Only admins can create or promote supervisors and admins");
}

async function emailTaken(ctx: AgentsContext, email: string, exceptId: string | null) {
  const other = await ctx.db.prisma.agent.findUnique({ where: { email } });
  if (other && other.id !== exceptId) throw conflict(`An agent with email ${email} already exists`, { field: "email" });
}

builder.mutationType({
  description: ROOT_TYPE_DESCRIPTIONS.Mutation,
  fields: (t) => ({
    setAgentStatus: t.field({
      type: Agent,
      description: "Sets the calling agent's presence (or, for supervisors, another agent's: agents get FORBIDDEN). Going ONLINE drains the queue to them. Unknown agent: NOT_FOUND.",
      authScopes: { staff: true },
      args: { status: t.arg({ description: "The new status.", type: AgentStatus, required: true }), agentId: t.arg.id({ description: "Another agent (supervisors and admins only); omit for yourself.", required: false }) },
      resolve: async (_root, args, ctx) => {
        const agentId = args.agentId ?? ctx.identity.subject;
        if (!agentId) throw forbidden();
        assertUuid(agentId, "agentId");
        if (agentId !== ctx.identity.subject && ctx.identity.role === "agent") throw forbidden("Only supervisors can set another agent's status");
        const agent = await setAgentStatus(ctx, agentId, args.status as AgentStatusValue);
        if (!agent) throw notFound("Agent");
        return agent;
      },
    }),
    heartbeat: t.field({
      type: Agent,
      description: "Marks the calling agent active (clients call it every minute or so); idle agents go AWAY. Staff only.",
      authScopes: { staff: true },
      resolve: async (_root, _args, ctx) => {
        const id = callerAgentId(ctx);
        if (!(await touchAgent(ctx, id))) throw notFound("Agent");
        return (await ctx.db.prisma.agent.findUnique({ where: { id } })) as AgentRow;
      },
    }),
    createAgent: t.field({ description: "Creates a staff member. Supervisors and admins; only admins may create supervisors and admins (else FORBIDDEN). Duplicate email: CONFLICT; invalid input: BAD_USER_INPUT.",
      type: Agent,
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The new agent.", type: CreateAgentInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        assertRoleChangeAllowed(ctx, input.role);
        const data = {
          email: cleanEmail(input.email),
          displayName: cleanDisplayName(input.displayName),
          role: (input.role ?? "agent") as AgentRow["role"],
          status: (input.status ?? "OFFLINE") as AgentRow["status"],
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
      },
    }),
    updateAgent: t.field({ description: "Changes a staff member's profile; an ONLINE or AWAY agent with more capacity may get queued work at once. Supervisors and admins; only admins may change other supervisors and admins or grant those roles (else FORBIDDEN). Unknown agent: NOT_FOUND; duplicate email: CONFLICT.",
      type: Agent,
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The changes.", type: UpdateAgentInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const existing = await loadAgentOrThrow(ctx, input.id);
        assertRoleChangeAllowed(ctx, input.role);
        if (existing.role !== "agent" && ctx.identity.role !== "admin" && existing.id !== ctx.identity.subject) {
          throw forbidden("Only admins can change supervisors' and admins' profiles");
        }
        const data = {
          ...(input.displayName != null ? { displayName: cleanDisplayName(input.displayName) } : {}),
          ...(input.email != null ? { email: cleanEmail(input.email) } : {}),
          ...(input.role != null ? { role: input.role as AgentRow["role"] } : {}),
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
      },
    }),
    requestAssignment: t.field({
      type: AssignmentResult,
      description: "Internal: who takes this ticket/chat? Assigns the best available agent or queues it.",
      authScopes: { service: true },
      inaccessible: true,
      args: { input: t.arg({ type: AssignmentRequestInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        requestAssignment(ctx, {
          kind: input.kind as WorkItemKindValue,
          itemId: input.itemId,
          categoryKey: input.categoryKey,
          language: input.language,
          priority: input.priority,
          requiredTier: input.requiredTier,
          excludeAgentIds: input.excludeAgentIds,
        }),
    }),
    releaseWorkItem: t.field({
      type: "Boolean",
      description: "Internal: the ticket/chat ended; frees capacity and drains the queue. False when agents never routed it.",
      authScopes: { service: true },
      inaccessible: true,
      args: { kind: t.arg({ type: WorkItemKind, required: true }), itemId: t.arg.id({ required: true }) },
      resolve: (_root, { kind, itemId }, ctx) => releaseWorkItem(ctx, kind as WorkItemKindValue, assertUuidField(itemId, "itemId")),
    }),
    assignChat: t.field({
      type: AssignmentResult,
      description: "Internal: a chat taken or given by hand. Refused (CONFLICT, AGENT_AT_CAPACITY) when the agent is at maxConcurrentChats unless force.",
      authScopes: { service: true },
      inaccessible: true,
      args: { input: t.arg({ type: AssignChatInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const chatId = assertUuidField(input.chatId, "chatId");
        const agentId = assertUuidField(input.agentId, "agentId").toLowerCase();
        return assignChatTo(ctx, { chatId, agentId, force: input.force ?? false, language: input.language, categoryKey: input.categoryKey ?? null });
      },
    }),
    assignTicket: t.field({
      type: AssignmentResult,
      description: "Assigns a ticket: to the named agent (refused for OFFLINE/over-capacity agents unless force), or automatically without agentId. Supervisors, admins and services. Unknown ticket or agent: NOT_FOUND.",
      authScopes: { supervisor: true, service: true },
      args: { input: t.arg({ description: "The ticket and agent.", type: AssignTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const ticketId = assertUuidField(input.ticketId, "ticketId");
        if (input.agentId) await loadAgentOrThrow(ctx, input.agentId);
        const found = await ticketDetails(ctx, ticketId);
        if (!found) throw notFound("Ticket");
        if (!input.agentId) return requestAssignment(ctx, { kind: "TICKET", itemId: ticketId, ...found.details });
        return assignTicketTo(ctx, { ticketId, agentId: input.agentId.toLowerCase(), force: input.force ?? false, details: found.known ? undefined : found.details });
      },
    }),
    reassignTicket: t.field({
      type: AssignmentResult,
      description: "Moves an assigned ticket to the named agent, or to the best other available agent. Supervisors and admins. Not assigned: CONFLICT (NOT_ASSIGNED); already that agent's: BAD_USER_INPUT; unknown agent: NOT_FOUND.",
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The ticket and agent.", type: ReassignTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const ticketId = assertUuidField(input.ticketId, "ticketId");
        const item = await ctx.db.prisma.workItem.findUnique({ where: { kind_itemId: { kind: "TICKET", itemId: ticketId } } });
        if (!item || item.status !== "ASSIGNED") throw conflict("This ticket is not assigned to anyone; use assignTicket", { reason: "NOT_ASSIGNED" });
        if (item.languageKey === "und") {
          // Recorded from a ticket.assigned event without routing details: fetch them first.
          const found = await ticketDetails(ctx, ticketId);
          if (found) {
            const clean = cleanAssignmentRequest({ kind: "TICKET", itemId: ticketId, ...found.details });
            await ctx.db.prisma.workItem.update({
              where: { id: item.id },
              data: { categoryKey: clean.categoryKey, language: clean.language, languageKey: clean.languageKey, priority: clean.priority, priorityRank: clean.priorityRank },
            });
          }
        }
        if (!input.agentId) return reassignAutomatically(ctx, ticketId);
        await loadAgentOrThrow(ctx, input.agentId);
        if (item.agentId === input.agentId.toLowerCase()) throw badInput("The ticket is already assigned to this agent", { field: "agentId" });
        return assignTicketTo(ctx, { ticketId, agentId: input.agentId.toLowerCase(), force: input.force ?? false });
      },
    }),
    claimNextFromQueue: t.field({
      type: WorkItem,
      nullable: true,
      description: "Takes the next queued item I can serve (my languages first, then priority and age); null when there is none. Staff only; an OFFLINE agent gets CONFLICT (AGENT_OFFLINE).",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "Optionally only tickets or only chats.", type: ClaimInput, required: false }) },
      resolve: async (_root, { input }, ctx) => {
        const claimed = await claimNextFromQueue(ctx, callerAgentId(ctx), (input?.kind as WorkItemKindValue | null | undefined) ?? null);
        return claimed?.item ?? null;
      },
    }),
    reportTicketActivity: t.field({
      type: [TicketViewer],
      description: "Tells other agents I am viewing/typing on a ticket (renew every ~20 s; lasts 30 s) or LEFT it. Returns who is there. Staff only.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and activity.", type: TicketActivityInput, required: true }) },
      resolve: (_root, { input }, ctx) => reportViewer(ctx, assertUuidField(input.ticketId, "ticketId"), callerAgentId(ctx), input.activity as ViewerActivity),
    }),
  }),
});
