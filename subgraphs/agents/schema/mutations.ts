/** The Mutation root fields of agents. */
import { ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import { forbidden, notFound } from "../../../shared/errors.js";
import { assertUuid } from "../../../shared/ids.js";
import { createAgentProfile, updateAgentProfile } from "../agent-profiles.js";
import { recordHeartbeat, setAgentStatus, type AgentStatusValue } from "../presence.js";
import { assignChatTo, claimNextFromQueue, releaseWorkItem, requestAssignment } from "../assignment.js";
import { assertUuidField, type WorkItemKindValue } from "../clean-input.js";
import { assignTicket, reassignTicket } from "../ticket-assignment.js";
import { reportViewer, type ViewerActivity } from "../viewers.js";
import { builder } from "./builder.js";
import { callerAgentId } from "./caller.js";
import { Agent } from "./agents.js";
import { AgentStatus, WorkItemKind } from "./enums.js";
import { AssignChatInput, AssignmentRequestInput, AssignTicketInput, ClaimInput, CreateAgentInput, ReassignTicketInput, TicketActivityInput, UpdateAgentInput } from "./inputs.js";
import { TicketViewer } from "./viewers.js";
import { AssignmentResult, WorkItem } from "./work-items.js";

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
        const agent = await recordHeartbeat(ctx, callerAgentId(ctx));
        if (!agent) throw notFound("Agent");
        return agent;
      },
    }),
    createAgent: t.field({ description: "Creates a staff member. Supervisors and admins; only admins may create supervisors and admins (else FORBIDDEN). Duplicate email: CONFLICT; invalid input: BAD_USER_INPUT.",
      type: Agent,
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The new agent.", type: CreateAgentInput, required: true }) },
      resolve: (_root, { input }, ctx) => createAgentProfile(ctx, input),
    }),
    updateAgent: t.field({ description: "Changes a staff member's profile; an ONLINE or AWAY agent with more capacity may get queued work at once. Supervisors and admins; only admins may change other supervisors and admins or grant those roles (else FORBIDDEN). Unknown agent: NOT_FOUND; duplicate email: CONFLICT.",
      type: Agent,
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The changes.", type: UpdateAgentInput, required: true }) },
      resolve: (_root, { input }, ctx) => updateAgentProfile(ctx, input),
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
      resolve: (_root, { input }, ctx) => assignTicket(ctx, { ...input, ticketId: assertUuidField(input.ticketId, "ticketId") }),
    }),
    reassignTicket: t.field({
      type: AssignmentResult,
      description: "Moves an assigned ticket to the named agent, or to the best other available agent. Supervisors and admins. Not assigned: CONFLICT (NOT_ASSIGNED); already that agent's: BAD_USER_INPUT; unknown agent: NOT_FOUND.",
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The ticket and agent.", type: ReassignTicketInput, required: true }) },
      resolve: (_root, { input }, ctx) => reassignTicket(ctx, { ...input, ticketId: assertUuidField(input.ticketId, "ticketId") }),
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
