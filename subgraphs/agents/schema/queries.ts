/** The Query root fields of agents. */
import { ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import { badInput, forbidden, notFound } from "../../../shared/errors.js";
import { assertUuid } from "../../../shared/ids.js";
import { isStaff } from "../../../shared/identity.js";
import { detectedSupportedLanguage, requireSupportedLanguage, SUPPORTED_LANGUAGES } from "../../../shared/languages.js";
import { heldItems } from "../agent-dashboard.js";
import { listAgents } from "../agent-directory.js";
import { assignmentCandidates } from "../assignment-candidates.js";
import { queuePositionOf, queueStatus, translatorFor } from "../assignment.js";
import { assertUuidField, type WorkItemKindValue } from "../clean-input.js";
import { viewerStore } from "../viewers.js";
import { builder } from "./builder.js";
import { callerAgentId } from "./caller.js";
import { Agent, Customer } from "./agents.js";
import { AgentDashboard, WorkItemConnection } from "./dashboard.js";
import { AgentStatus, WorkItemKind } from "./enums.js";
import { CandidatesInput } from "./inputs.js";
import { SupportedLanguageType } from "./languages.js";
import { QueueStatus } from "./queue.js";
import { MAX_TRANSLATION_LENGTH, TranslateTextInput, TranslationResult } from "./translation.js";
import { TicketViewer } from "./viewers.js";
import { AssignmentCandidate, AssignmentResult, WorkItem } from "./work-items.js";

builder.queryType({
  description: ROOT_TYPE_DESCRIPTIONS.Query,
  fields: (t) => ({
    supportedLanguages: t.field({
      type: [SupportedLanguageType],
      description: "The four supported languages as the specification lists them: name, native name, locale, direction and agent hours. Anyone may call it, signed in or not.",
      resolve: () => [...SUPPORTED_LANGUAGES],
    }),
    me: t.field({
      type: Agent,
      nullable: true,
      description: "The calling agent's profile (null for customers and services). Any signed-in caller; anonymous: UNAUTHENTICATED.",
      authScopes: { authenticated: true },
      resolve: (_root, _args, ctx) => (isStaff(ctx.identity) && ctx.identity.subject ? ctx.loaders.agent.load(ctx.identity.subject) : null),
    }),
    agent: t.field({ description: "One staff member by id; null when there is none. Staff and services only (customers: FORBIDDEN). A malformed id: BAD_USER_INPUT.",
      type: Agent,
      nullable: true,
      args: { id: t.arg.id({ description: "The agent's id (UUID).", required: true }) },
      authScopes: { staff: true, service: true },
      resolve: (_root, { id }, ctx) => {
        assertUuid(id, "id");
        return ctx.loaders.agent.load(id);
      },
    }),
    agents: t.connection({ description: "Staff members by display name, optionally only those with a status or language. Staff and services only (customers: FORBIDDEN).",
      type: Agent,
      authScopes: { staff: true, service: true },
      args: { status: t.arg({ description: "Only agents with this status.", type: AgentStatus, required: false }), language: t.arg.string({ description: "Only agents who speak this language (en, ar, hi, ur).", required: false }) },
      resolve: (_root, args, ctx) => listAgents(ctx, { status: args.status, language: args.language }, args),
    }, { name: "AgentConnection" }, { name: "AgentEdge" }),
    customer: t.field({
      description: "A customer profile by id; null when there is none. Staff and services may read any; a customer only their own (else FORBIDDEN).",
      type: Customer,
      nullable: true,
      args: { id: t.arg.id({ description: "The customer's id (UUID).", required: true }) },
      authScopes: { authenticated: true },
      resolve: (_root, { id }, ctx) => {
        assertUuid(id, "id");
        if (!isStaff(ctx.identity) && ctx.identity.role !== "service" && ctx.identity.subject !== id) throw forbidden();
        return ctx.loaders.customer.load(id);
      },
    }),
    assignmentCandidates: t.field({
      type: [AssignmentCandidate],
      description: "Who would get this ticket/chat now, best first, with each score's parts — to see why someone was picked. Supervisors, admins and services; others FORBIDDEN. An unknown ticketId: NOT_FOUND.",
      authScopes: { supervisor: true, service: true },
      args: { input: t.arg({ description: "The ticket or chat to rank agents for.", type: CandidatesInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        assignmentCandidates(ctx, {
          ticketId: input.ticketId ? assertUuidField(input.ticketId, "ticketId") : null,
          kind: (input.kind ?? null) as WorkItemKindValue | null,
          categoryKey: input.categoryKey ?? null,
          language: input.language ?? null,
          requiredTier: input.requiredTier ?? null,
        }),
    }),
    queueStatus: t.field({ description: "The waiting queue now: length, oldest and estimated wait (seconds), per kind, category and language. Staff and services only.",
      type: QueueStatus,
      authScopes: { staff: true, service: true },
      args: { kind: t.arg({ description: "Only tickets or only chats; omit for both.", type: WorkItemKind, required: false }) },
      resolve: (_root, { kind }, ctx) => queueStatus(ctx.db.prisma, (kind as WorkItemKindValue | null | undefined) ?? null),
    }),
    queuePosition: t.field({
      type: AssignmentResult,
      nullable: true,
      description: "Where a ticket or chat stands: its assignment, or its place in the queue (null when finished or unknown). Staff and services only.",
      authScopes: { staff: true, service: true },
      args: { kind: t.arg({ description: "Ticket or chat.", type: WorkItemKind, required: true }), itemId: t.arg.id({ description: "The ticket's or chat's id (UUID, else BAD_USER_INPUT).", required: true }) },
      resolve: (_root, { kind, itemId }, ctx) => queuePositionOf(ctx, kind as WorkItemKindValue, assertUuidField(itemId, "itemId")),
    }),
    assignedWorkItems: t.connection(
      {
        type: WorkItem,
        description: "Internal: the items of one kind held by agents now (ASSIGNED), longest held first — for tickets and chat to repair assignments whose events they missed.",
        authScopes: { service: true },
        inaccessible: true,
        args: { kind: t.arg({ description: "Tickets or chats.", type: WorkItemKind, required: true }) },
        resolve: (_root, args, ctx) => heldItems(ctx, { kind: args.kind as WorkItemKindValue }, args),
      },
      WorkItemConnection,
    ),
    agentDashboard: t.field({ description: "The calling agent's working view: assigned tickets and chats, the queue they can claim from, today's figures. Staff only (NOT_FOUND when the caller has no agent profile).",
      type: AgentDashboard,
      authScopes: { staff: true },
      resolve: async (_root, _args, ctx) => {
        const agent = await ctx.loaders.agent.load(callerAgentId(ctx));
        if (!agent) throw notFound("Agent");
        return { agent };
      },
    }),
    translateText: t.field({
      type: TranslationResult,
      description: "Translates text between the four supported languages through every configured translator (TRANSLATOR_URL, TRANSLATION_PROVIDERS) in parallel, keeping the best-confidence answer; says so when none is configured. Staff and services only. Text over 10,000 characters or an unsupported language: BAD_USER_INPUT.",
      authScopes: { staff: true, service: true },
      args: { input: t.arg({ description: "The text and languages.", type: TranslateTextInput, required: true }) },
      resolve: (_root, { input }, ctx) => {
        if (input.text.length > MAX_TRANSLATION_LENGTH) throw badInput(`text must be at most ${MAX_TRANSLATION_LENGTH} characters`, { field: "text" });
        const target = requireSupportedLanguage(input.targetLanguage, "targetLanguage");
        const source = input.sourceLanguage ? requireSupportedLanguage(input.sourceLanguage, "sourceLanguage") : null;
        return translatorFor(ctx).translate(input.text, source ?? detectedSupportedLanguage(input.text), target);
      },
    }),
    ticketViewers: t.field({
      type: [TicketViewer],
      description: "Agents viewing or typing on this ticket right now (collision detection). Staff only.",
      authScopes: { staff: true },
      args: { ticketId: t.arg.id({ description: "The ticket (UUID).", required: true }) },
      resolve: (_root, { ticketId }, ctx) => viewerStore(ctx).viewers(assertUuidField(ticketId, "ticketId")),
    }),
  }),
});
