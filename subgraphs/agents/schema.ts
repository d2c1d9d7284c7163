/**
 * agents subgraph schema: agent and customer profiles (the people directory), presence,
 * assignment/queue (public and internal), collision detection, and the `Ticket.assignedAgent`
 * field it contributes to the tickets subgraph's entity. Resolvers only translate between
 * GraphQL and the domain modules (routing, presence, viewers, scoring).
 */
import type { Agent as AgentRow, Customer as CustomerRow, Prisma, WorkItem as WorkItemRow } from "../../generated/prisma/client.js";
import { buildSubgraphSchema, createSubgraphBuilder } from "../common/builder.js";
import { maxLength } from "../common/input-limits.js";
import { badInput, conflict, entityOrNotFound, forbidden, notFound } from "../common/errors.js";
import { beyondKeyWhere, decodeCursor, keysetConnection, keysetOrder, type KeysetPage } from "../common/pagination.js";
import { assertUuid } from "../common/ids.js";
import { isStaff } from "../common/identity.js";
import { InternalCallError } from "../common/internal-client.js";
import type { AgentsContext } from "./context.js";
import { presenceStream, setAgentStatus, touchAgent, AGENT_STATUSES, STATUS_TOPIC, type AgentStatusValue, type StatusChange } from "./presence.js";
import {
  assignTicketTo,
  claimNextFromQueue,
  assignChatTo,
  loadProfiles,
  queuePositionOf,
  queueStatus,
  QUEUE_TOPIC,
  rankForItem,
  reassignAutomatically,
  releaseWorkItem,
  requestDrain,
  requestAssignment,
  translatorFor,
  type AssignmentOutcome,
  type QueueGroup,
  type QueueStatusView,
} from "./routing.js";
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
  WORK_ITEM_KINDS,
  type WorkItemKindValue,
} from "./routing-input.js";
import { TRANSLATION_UNAVAILABLE, type TranslationOutcome } from "../common/translation.js";
import { detectedSupportedLanguage, requireSupportedLanguage, SUPPORTED_LANGUAGES, withinAgentHours, type AgentAvailability, type SupportedLanguage } from "../common/languages.js";
import { reportViewer, ticketViewersTopic, viewerStore, VIEWER_ACTIVITIES, type TicketViewer as ViewerShape, type ViewerActivity, type ViewerReport } from "./viewers.js";

const builder = createSubgraphBuilder<AgentsContext>();

const AgentStatus = builder.enumType("AgentStatus", { values: AGENT_STATUSES });
const StaffRole = builder.enumType("StaffRole", { values: ["agent", "supervisor", "admin"] as const });
const WorkItemKind = builder.enumType("WorkItemKind", { values: WORK_ITEM_KINDS, description: "What is being routed: a ticket or a chat." });
const WorkItemStatus = builder.enumType("WorkItemStatus", { values: ["QUEUED", "ASSIGNED", "DONE"] as const });
const ViewerActivityEnum = builder.enumType("TicketActivity", { values: VIEWER_ACTIVITIES, description: "What an agent is doing on a ticket; LEFT removes them." });
const StatusChangeCause = builder.enumType("AgentStatusChangeCause", { values: ["manual", "idle", "disconnected"] as const });

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
const ChatSessionRef = builder.externalRef("ChatSession", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });

interface WorkingHoursShape {
  days: number[];
  start: string;
  end: string;
}
const WorkingHours = builder.objectRef<WorkingHoursShape>("WorkingHours").implement({
  description: "When the agent works, in their own time zone. Days are ISO weekdays (1 = Monday … 7 = Sunday).",
  fields: (t) => ({ days: t.exposeIntList("days"), start: t.exposeString("start"), end: t.exposeString("end") }),
});

export const Agent = builder.objectRef<AgentRow>("Agent").implement({
  description: "A support agent, supervisor or admin.",
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
    email: t.exposeString("email", { authScopes: { staff: true, service: true } }),
    role: t.field({ type: StaffRole, resolve: (a) => a.role }),
    status: t.field({ type: AgentStatus, resolve: (a) => a.status }),
    specializations: t.exposeStringList("specializations"),
    languages: t.exposeStringList("languages"),
    escalationTiers: t.exposeStringList("escalationTiers", { description: "Named escalation tiers the agent works: a category's specialist tier (e.g. billing_specialist) or supervisor." }),
    rating: t.exposeFloat("rating", { description: "0–10: the mean of customers' 1–5 ratings ×2 (the initial value until the first rating)." }),
    maxConcurrentChats: t.exposeInt("maxConcurrentChats"),
    timezone: t.exposeString("timezone"),
    workingHours: t.field({ type: WorkingHours, resolve: (a) => ({ days: a.workingDays, start: a.workStartsAt, end: a.workEndsAt }) }),
    lastSeenAt: t.expose("lastSeenAt", { type: "DateTime", nullable: true }),
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
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    preferredLanguage: t.exposeString("preferredLanguage", { nullable: true, description: "The customer's chosen language (en, ar, hi, ur); null when they never chose one." }),
    country: t.exposeString("country", { nullable: true }),
    tier: t.exposeString("tier"),
    email: t.string({
      nullable: true,
      resolve: (c, _args, ctx) => (isStaff(ctx.identity) || ctx.identity.role === "service" || ctx.identity.subject === c.id ? c.email : null),
    }),
  }),
});

builder.asEntity(Customer, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: ({ id }, context) => entityOrNotFound("Customer", id, context.loaders.customer.load(id)),
});

// tickets owns Ticket; agents contributes who it is assigned to.
const TicketRef = builder.externalRef("Ticket", builder.selection<{ id: string }>("id")).implement({
  externalFields: (t) => ({ id: t.id(), assignedAgentId: t.id({ nullable: true }) }),
  fields: (t) => ({
    assignedAgent: t.field({
      type: Agent,
      nullable: true,
      requires: builder.selection<{ assignedAgentId?: string | null }>("assignedAgentId"),
      resolve: (ticket, _args, ctx) => (ticket.assignedAgentId ? ctx.loaders.agent.load(ticket.assignedAgentId) : null),
    }),
  }),
});

// ---- work items and assignment results --------------------------------------------------------

const secondsSince = (from: Date, to: Date | null = null) => Math.max(0, Math.round(((to ?? new Date()).getTime() - from.getTime()) / 1000));

const WorkItem = builder.objectRef<WorkItemRow>("WorkItem").implement({
  description: "A ticket or chat as routed by agents: queued, assigned, or done.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: WorkItemKind, resolve: (w) => w.kind }),
    status: t.field({ type: WorkItemStatus, resolve: (w) => w.status }),
    itemId: t.exposeID("itemId", { description: "The ticket's or chat's id." }),
    ticket: t.field({ type: TicketRef, nullable: true, resolve: (w) => (w.kind === "TICKET" ? { id: w.itemId } : null) }),
    chat: t.field({ type: ChatSessionRef, nullable: true, resolve: (w) => (w.kind === "CHAT" ? { id: w.itemId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true }),
    language: t.exposeString("language"),
    priority: t.exposeString("priority"),
    requiredTier: t.exposeString("requiredTier", { nullable: true, description: "Escalation tier the assignee must hold (a specialist tier or supervisor)." }),
    agent: t.field({ type: Agent, nullable: true, resolve: (w, _a, ctx) => (w.agentId ? ctx.loaders.agent.load(w.agentId) : null) }),
    needsTranslation: t.exposeBoolean("needsTranslation", { description: "The assigned agent does not speak the conversation's language." }),
    translationAvailable: t.boolean({ description: "Whether a translator is configured for this deployment.", resolve: (_w, _a, ctx) => translatorFor(ctx).available }),
    queuedAt: t.expose("queuedAt", { type: "DateTime" }),
    assignedAt: t.expose("assignedAt", { type: "DateTime", nullable: true }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true }),
    waitedSeconds: t.int({ description: "Time in the queue (so far, while still queued).", resolve: (w) => secondsSince(w.queuedAt, w.assignedAt) }),
  }),
});

const translationNote = (needs: boolean, available: boolean) => (needs && !available ? TRANSLATION_UNAVAILABLE : null);

const AssignmentResult = builder.objectRef<AssignmentOutcome>("AssignmentResult").implement({
  description: "Who takes a ticket or chat, or where it waits.",
  fields: (t) => ({
    status: t.string({ description: "ASSIGNED or QUEUED.", resolve: (r) => r.status }),
    agentId: t.id({ nullable: true, resolve: (r) => r.agentId }),
    agent: t.field({ type: Agent, nullable: true, resolve: (r, _a, ctx) => (r.agentId ? ctx.loaders.agent.load(r.agentId) : null) }),
    needsTranslation: t.boolean({ resolve: (r) => r.needsTranslation }),
    translationAvailable: t.boolean({ resolve: (r) => r.translationAvailable }),
    translationNote: t.string({
      nullable: true,
      description: 'Set when the agent does not speak the language and no translator is configured: "translation unavailable…".',
      resolve: (r) => translationNote(r.needsTranslation, r.translationAvailable),
    }),
    queuePosition: t.int({ nullable: true, resolve: (r) => r.queuePosition }),
    estimatedWaitSeconds: t.int({ nullable: true, resolve: (r) => r.estimatedWaitSeconds }),
    workItem: t.field({ type: WorkItem, resolve: (r) => r.item }),
  }),
});

// ---- scoring breakdown -----------------------------------------------------------------------

interface CandidateShape {
  rank: number;
  agent: AgentRow;
  total: number;
  parts: { specialization: number; language: number; workload: number; rating: number; online: number };
  needsTranslation: boolean;
  activeTickets: number;
  activeChats: number;
}
const ScoreParts = builder.objectRef<CandidateShape["parts"]>("ScoreParts").implement({
  description: "The seed's score: specialization +40, language +20, max(0, 30 − active tickets), rating × 5, online +10.",
  fields: (t) => ({
    specialization: t.exposeFloat("specialization"),
    language: t.exposeFloat("language"),
    workload: t.exposeFloat("workload"),
    rating: t.exposeFloat("rating"),
    online: t.exposeFloat("online"),
  }),
});
const AssignmentCandidate = builder.objectRef<CandidateShape>("AssignmentCandidate").implement({
  description: "An eligible agent with their score and its parts (best first; ties go to the least recently assigned).",
  fields: (t) => ({
    rank: t.exposeInt("rank"),
    agent: t.field({ type: Agent, resolve: (c) => c.agent }),
    score: t.exposeFloat("total"),
    parts: t.field({ type: ScoreParts, resolve: (c) => c.parts }),
    needsTranslation: t.exposeBoolean("needsTranslation"),
    activeTickets: t.exposeInt("activeTickets"),
    activeChats: t.exposeInt("activeChats"),
  }),
});

// ---- queue status ------------------------------------------------------------------------------

const QueueGroupType = builder.objectRef<QueueGroup>("QueueGroup").implement({
  fields: (t) => ({
    kind: t.field({ type: WorkItemKind, resolve: (g) => g.kind }),
    categoryKey: t.exposeString("categoryKey", { nullable: true }),
    language: t.exposeString("language"),
    length: t.exposeInt("length"),
    oldestQueuedAt: t.expose("oldestQueuedAt", { type: "DateTime" }),
    oldestWaitSeconds: t.exposeInt("oldestWaitSeconds"),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { description: "Expected wait of the last item of this group." }),
  }),
});
const QueueStatus = builder.objectRef<QueueStatusView>("QueueStatus").implement({
  description: "The waiting queue: length per kind/category/language, oldest wait, estimated wait.",
  fields: (t) => ({
    length: t.exposeInt("length"),
    oldestWaitSeconds: t.exposeInt("oldestWaitSeconds", { nullable: true }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { description: "Expected wait of an item joining now." }),
    availableAgents: t.exposeInt("availableAgents", { description: "Agents ONLINE or AWAY." }),
    groups: t.field({ type: [QueueGroupType], description: "One entry per kind, category and language (a small aggregate, not paged).", resolve: (q) => q.groups }),
    at: t.expose("at", { type: "DateTime" }),
  }),
});

// ---- presence and collision detection ------------------------------------------------------

const AgentStatusChange = builder.objectRef<StatusChange>("AgentStatusChange").implement({
  fields: (t) => ({
    agentId: t.exposeID("agentId"),
    agent: t.field({ type: Agent, nullable: true, resolve: (c, _a, ctx) => ctx.loaders.agent.load(c.agentId) }),
    from: t.field({ type: AgentStatus, resolve: (c) => c.from }),
    to: t.field({ type: AgentStatus, resolve: (c) => c.to }),
    cause: t.field({ type: StatusChangeCause, resolve: (c) => c.cause }),
    at: t.field({ type: "DateTime", resolve: (c) => new Date(c.at) }),
  }),
});

const TicketViewer = builder.objectRef<ViewerShape>("TicketViewer").implement({
  description: "An agent currently viewing or typing on a ticket (expires unless renewed).",
  fields: (t) => ({
    agent: t.field({ type: Agent, nullable: true, resolve: (v, _a, ctx) => ctx.loaders.agent.load(v.agentId) }),
    agentId: t.exposeID("agentId"),
    activity: t.field({ type: ViewerActivityEnum, resolve: (v) => v.activity }),
    since: t.expose("since", { type: "DateTime" }),
    lastSeenAt: t.expose("lastSeenAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
  }),
});

interface ViewersUpdateShape {
  ticketId: string;
  viewers: ViewerShape[];
}
const TicketViewersUpdate = builder.objectRef<ViewersUpdateShape>("TicketViewersUpdate").implement({
  fields: (t) => ({
    ticketId: t.exposeID("ticketId"),
    viewers: t.field({ type: [TicketViewer], resolve: (u) => u.viewers }),
  }),
});

// ---- supported languages ---------------------------------------------------------------------

const AgentAvailabilityType = builder.objectRef<AgentAvailability>("LanguageAgentAvailability").implement({
  description: "When agents for a language are on duty, as the specification gives it.",
  fields: (t) => ({
    description: t.exposeString("description", { description: '"24/7", "08:00-20:00 UTC+4", "09:00-18:00 UTC+5:30" or "Limited hours".' }),
    alwaysOpen: t.exposeBoolean("alwaysOpen"),
    opensAt: t.exposeString("opensAt", { nullable: true, description: "HH:MM in utcOffsetMinutes; null for 24/7 or limited hours." }),
    closesAt: t.exposeString("closesAt", { nullable: true }),
    utcOffsetMinutes: t.exposeInt("utcOffsetMinutes", { nullable: true }),
  }),
});

const SupportedLanguageType = builder.objectRef<SupportedLanguage>("SupportedLanguage").implement({
  description: "One of the four languages Switchboard supports (en, ar, hi, ur). Any other language is refused wherever a language is given.",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    nativeName: t.exposeString("nativeName"),
    locale: t.exposeString("locale", { description: "en-US, ar-AE, hi-IN or ur-PK." }),
    rtl: t.exposeBoolean("rtl", { description: "Written right to left." }),
    tier: t.exposeString("tier", { description: "primary (en, ar) or secondary (hi, ur)." }),
    agentAvailability: t.field({ type: AgentAvailabilityType, resolve: (l) => l.agentAvailability }),
    withinAgentHours: t.boolean({
      nullable: true,
      description: "Whether the language's agent window is open now; null for limited hours (then agentsOnline tells).",
      resolve: (l) => withinAgentHours(l.code, new Date()),
    }),
    agentsOnline: t.int({
      description: "ONLINE agents who speak the language now. When none is available, routing gives the conversation to the best available agent with translation on.",
      resolve: async (l, _args, ctx) => (await onlineSpeakers(ctx)).get(l.code) ?? 0,
    }),
  }),
});

const speakerCounts = new WeakMap<object, Promise<Map<string, number>>>();
/** ONLINE agents per language, once per request. */
function onlineSpeakers(ctx: AgentsContext): Promise<Map<string, number>> {
  let counts = speakerCounts.get(ctx);
  if (!counts) {
    counts = ctx.db.prisma.agent.findMany({ where: { status: "ONLINE" }, select: { languages: true } }).then((rows) => {
      const map = new Map<string, number>();
      for (const row of rows) for (const language of new Set(row.languages)) map.set(language, (map.get(language) ?? 0) + 1);
      return map;
    });
    speakerCounts.set(ctx, counts);
  }
  return counts;
}

// ---- translation ---------------------------------------------------------------------------

const TranslationResult = builder.objectRef<TranslationOutcome>("TranslationResult").implement({
  description:
    "A translation: every configured provider is asked in parallel and the answer with the best confidence is kept. When no translator is configured or all failed, `text` is the original and `unavailableReason` says why.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The translated text, or the original when nothing was translated (same as translatedText)." }),
    translatedText: t.exposeString("text"),
    translated: t.exposeBoolean("translated"),
    confidence: t.exposeFloat("confidence", { nullable: true, description: "The kept answer's confidence in [0, 1] (0.5 when its provider reports none); null when nothing was translated." }),
    originalText: t.exposeString("originalText"),
    fromLanguage: t.exposeString("fromLanguage", { nullable: true, description: "The source language given, or detected; null when unknown." }),
    toLanguage: t.exposeString("toLanguage"),
    provider: t.exposeString("provider", { nullable: true, description: "The provider whose answer was kept." }),
    unavailableReason: t.exposeString("unavailableReason", { nullable: true }),
  }),
});

const TranslateTextInput = builder.inputType("TranslateTextInput", {
  fields: (t) => ({
    text: t.string({ required: true, ...maxLength(MAX_TRANSLATION_LENGTH) }),
    sourceLanguage: t.string({ required: false, description: "en, ar, hi or ur (or a locale of one). Omit to detect it." }),
    targetLanguage: t.string({ required: true, description: "en, ar, hi or ur (or a locale of one, such as ar-AE)." }),
  }),
});

export const MAX_TRANSLATION_LENGTH = 10_000;
/** RFC 5321: a forward path is at most 254 characters. */
const EMAIL_MAX_LENGTH = 254;

// ---- dashboard -----------------------------------------------------------------------------

interface DashboardShape {
  agent: AgentRow;
}
interface FiguresShape {
  assignedToday: number;
  completedToday: number;
  activeTickets: number;
  activeChats: number;
  averageWaitSecondsToday: number | null;
}
const AgentFigures = builder.objectRef<FiguresShape>("AgentFigures").implement({
  description: "The agent's figures since 00:00 UTC today, from routing.",
  fields: (t) => ({
    assignedToday: t.exposeInt("assignedToday"),
    completedToday: t.exposeInt("completedToday"),
    activeTickets: t.exposeInt("activeTickets"),
    activeChats: t.exposeInt("activeChats"),
    averageWaitSecondsToday: t.exposeInt("averageWaitSecondsToday", { nullable: true, description: "Mean queue wait of the items assigned to me today." }),
  }),
});

const WorkItemConnection = builder.connectionObject({ type: WorkItem, name: "WorkItemConnection" }, { name: "WorkItemEdge" });

/** Keyset over (priorityRank, <time field>, id): most urgent priority first, then oldest. */
function byPriorityThenAge(page: KeysetPage, timeField: "assignedAt" | "queuedAt") {
  const dir: Prisma.SortOrder = page.inverted ? "desc" : "asc";
  let where: Prisma.WorkItemWhereInput = {};
  if (page.beyond) {
    const [primary, id] = page.beyond;
    const [rankText, iso] = String(primary).split("|");
    const rank = Number(rankText);
    const at = new Date(iso ?? "");
    if (!Number.isInteger(rank) || Number.isNaN(at.getTime())) throw badInput("Invalid pagination cursor");
    const cmp = page.inverted ? "lt" : "gt";
    where = {
      OR: [{ priorityRank: { [cmp]: rank } }, { priorityRank: rank, [timeField]: { [cmp]: at } }, { priorityRank: rank, [timeField]: at, id: { [cmp]: id } }],
    };
  }
  const orderBy: Prisma.WorkItemOrderByWithRelationInput[] = [{ priorityRank: dir }, timeField === "assignedAt" ? { assignedAt: dir } : { queuedAt: dir }, { id: dir }];
  return { where, orderBy };
}

const claimableWhere = (agent: AgentRow) => ({
  status: "QUEUED" as const,
  OR: [{ requiredTier: null }, { requiredTier: { in: agent.escalationTiers } }],
  NOT: { excludeAgentIds: { has: agent.id } },
});

const AgentDashboard = builder.objectRef<DashboardShape>("AgentDashboard").implement({
  description: "An agent's working view: their tickets (most urgent first), their chats, the queue and today's figures.",
  fields: (t) => ({
    agent: t.field({ type: Agent, resolve: (d) => d.agent }),
    tickets: t.connection(
      {
        type: WorkItem,
        description: "My assigned tickets, by priority (URGENT first) then longest held; `ticket` resolves SLA deadlines from tickets.",
        resolve: (d, args, ctx) =>
          keysetConnection(
            args,
            (w: WorkItemRow) => [`${w.priorityRank}|${(w.assignedAt as Date).toISOString()}`, w.id],
            (page) => {
              const order = byPriorityThenAge(page, "assignedAt");
              return ctx.db.prisma.workItem.findMany({
                where: { kind: "TICKET", status: "ASSIGNED", agentId: d.agent.id, assignedAt: { not: null }, ...order.where },
                orderBy: order.orderBy,
                take: page.limit,
              });
            },
          ),
      },
      WorkItemConnection,
    ),
    chats: t.connection(
      {
        type: WorkItem,
        description: "My active chats, longest running first.",
        resolve: (d, args, ctx) =>
          keysetConnection(
            args,
            (w: WorkItemRow) => [(w.assignedAt as Date).toISOString(), w.id],
            (page) =>
              ctx.db.prisma.workItem.findMany({
                where: { kind: "CHAT", status: "ASSIGNED", agentId: d.agent.id, assignedAt: { not: null }, ...beyondKeyWhere(["assignedAt", "id"], page, false, (v) => new Date(String(v))) },
                orderBy: keysetOrder(["assignedAt", "id"], page, false),
                take: page.limit,
              }),
          ),
      },
      WorkItemConnection,
    ),
    queue: t.field({ type: QueueStatus, resolve: (_d, _a, ctx) => queueStatus(ctx.db.prisma, null) }),
    claimable: t.int({
      description: "Queued items I could claim now (my tiers, not excluded).",
      resolve: (d, _a, ctx) => ctx.db.prisma.workItem.count({ where: claimableWhere(d.agent) }),
    }),
    queuedItems: t.connection(
      {
        type: WorkItem,
        description: "The queue I can pick from (my tiers, not excluded), by priority then age. `claimNextFromQueue` takes the first in my languages.",
        resolve: (d, args, ctx) =>
          keysetConnection(
            args,
            (w: WorkItemRow) => [`${w.priorityRank}|${w.queuedAt.toISOString()}`, w.id],
            (page) => {
              const order = byPriorityThenAge(page, "queuedAt");
              return ctx.db.prisma.workItem.findMany({ where: { AND: [claimableWhere(d.agent), order.where] }, orderBy: order.orderBy, take: page.limit });
            },
          ),
      },
      WorkItemConnection,
    ),
    today: t.field({
      type: AgentFigures,
      resolve: async (d, _a, ctx) => {
        const midnight = new Date();
        midnight.setUTCHours(0, 0, 0, 0);
        const { prisma } = ctx.db;
        const [assigned, completed, load] = await Promise.all([
          prisma.workItem.findMany({ where: { agentId: d.agent.id, assignedAt: { gte: midnight } }, select: { queuedAt: true, assignedAt: true } }),
          prisma.workItem.count({ where: { agentId: d.agent.id, status: "DONE", doneAt: { gte: midnight } } }),
          ctx.loaders.workload.load(d.agent.id),
        ]);
        const waits = assigned.map((w) => secondsSince(w.queuedAt, w.assignedAt));
        return {
          assignedToday: assigned.length,
          completedToday: completed,
          activeTickets: load.activeTickets,
          activeChats: load.activeChats,
          averageWaitSecondsToday: waits.length ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length) : null,
        };
      },
    }),
  }),
});

// ---- helpers ---------------------------------------------------------------------------------

function callerAgentId(ctx: AgentsContext): string {
  const id = ctx.identity.subject;
  if (!isStaff(ctx.identity) || !id) throw forbidden("Only agents can do this");
  return id;
}

interface TicketDetails {
  categoryKey: string | null;
  language: string;
  priority: string | null;
}

/** A ticket's routing details: from agents' own work item, else asked of tickets. Null when tickets says it does not exist. */
async function ticketDetails(ctx: AgentsContext, ticketId: string): Promise<{ known: boolean; details: TicketDetails } | null> {
  const item = await ctx.db.prisma.workItem.findUnique({ where: { kind_itemId: { kind: "TICKET", itemId: ticketId } } });
  if (item && item.languageKey !== "und") return { known: true, details: { categoryKey: item.categoryKey, language: item.language, priority: item.priority } };
  try {
    const data = await ctx.internal.request<{ ticket: { category: { key: string } | null; language: string; priority: string } | null }>(
      "tickets",
      "query($id: ID!) { ticket(id: $id) { category { key } language priority } }",
      { id: ticketId },
      { timeoutMs: 3000 },
    );
    const answer = data.ticket;
    if (!answer) return null;
    return { known: Boolean(item), details: { categoryKey: answer.category?.key ?? null, language: answer.language, priority: answer.priority } };
  } catch (error) {
    if (error instanceof InternalCallError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

async function loadAgentOrThrow(ctx: AgentsContext, id: string): Promise<AgentRow> {
  assertUuid(id, "agentId");
  const agent = await ctx.loaders.agent.load(id);
  if (!agent) throw notFound("Agent");
  return agent;
}

// ---- inputs ----------------------------------------------------------------------------------

const AssignmentRequestInput = builder.inputType("AssignmentRequestInput", {
  fields: (t) => ({
    kind: t.field({ type: WorkItemKind, required: true }),
    itemId: t.id({ required: true, description: "Ticket id or chat id." }),
    categoryKey: t.string({ required: false }),
    language: t.string({ required: true }),
    priority: t.string({ required: false, description: "LOW | MEDIUM | HIGH | URGENT (queue order)." }),
    requiredTier: t.string({ required: false, description: "Escalation tier the assignee must hold: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist or supervisor." }),
    excludeAgentIds: t.idList({ required: false }),
  }),
});

const CandidatesInput = builder.inputType("AssignmentCandidatesInput", {
  fields: (t) => ({
    ticketId: t.id({ required: false, description: "Take kind/category/language from this ticket." }),
    kind: t.field({ type: WorkItemKind, required: false, defaultValue: "TICKET" }),
    categoryKey: t.string({ required: false }),
    language: t.string({ required: false }),
    requiredTier: t.string({ required: false, description: "Escalation tier the assignee must hold: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist or supervisor." }),
  }),
});

const WorkingHoursInput = builder.inputType("WorkingHoursInput", {
  fields: (t) => ({ days: t.intList({ required: true }), start: t.string({ required: true }), end: t.string({ required: true }) }),
});

const CreateAgentInput = builder.inputType("CreateAgentInput", {
  fields: (t) => ({
    email: t.string({ required: true, ...maxLength(EMAIL_MAX_LENGTH) }),
    displayName: t.string({ required: true }),
    role: t.field({ type: StaffRole, required: false, defaultValue: "agent" }),
    specializations: t.stringList({ required: false }),
    languages: t.stringList({ required: true }),
    escalationTiers: t.stringList({ required: false, description: "Named escalation tiers: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist, supervisor." }),
    rating: t.float({ required: false }),
    maxConcurrentChats: t.int({ required: false, description: "Default MAX_CONCURRENT_CHATS_PER_AGENT." }),
    timezone: t.string({ required: false }),
    workingHours: t.field({ type: WorkingHoursInput, required: false }),
    status: t.field({ type: AgentStatus, required: false, defaultValue: "OFFLINE" }),
  }),
});

const AssignChatInput = builder.inputType("AssignChatInput", {
  fields: (t) => ({
    chatId: t.id({ required: true }),
    agentId: t.id({ required: true }),
    force: t.boolean({ required: false, defaultValue: false }),
    language: t.string({ required: true, ...maxLength(35) }),
    categoryKey: t.string({ required: false, ...maxLength(64) }),
  }),
});

const UpdateAgentInput = builder.inputType("UpdateAgentInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    displayName: t.string({ required: false }),
    email: t.string({ required: false, ...maxLength(EMAIL_MAX_LENGTH) }),
    role: t.field({ type: StaffRole, required: false }),
    specializations: t.stringList({ required: false }),
    languages: t.stringList({ required: false }),
    escalationTiers: t.stringList({ required: false, description: "Named escalation tiers: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist, supervisor." }),
    maxConcurrentChats: t.int({ required: false }),
    timezone: t.string({ required: false }),
    workingHours: t.field({ type: WorkingHoursInput, required: false }),
  }),
});

const AssignTicketInput = builder.inputType("AssignTicketInput", {
  fields: (t) => ({
    ticketId: t.id({ required: true }),
    agentId: t.id({ required: false, description: "Omit to assign automatically (best-scored available agent, or the queue)." }),
    force: t.boolean({ required: false, defaultValue: false, description: "Assign even to an OFFLINE or over-capacity agent." }),
  }),
});

const ReassignTicketInput = builder.inputType("ReassignTicketInput", {
  fields: (t) => ({
    ticketId: t.id({ required: true }),
    agentId: t.id({ required: false, description: "Omit to pick the best other available agent automatically." }),
    force: t.boolean({ required: false, defaultValue: false }),
  }),
});

const ClaimInput = builder.inputType("ClaimNextFromQueueInput", {
  fields: (t) => ({ kind: t.field({ type: WorkItemKind, required: false, description: "Only tickets or only chats; omit for either." }) }),
});

const TicketActivityInput = builder.inputType("ReportTicketActivityInput", {
  fields: (t) => ({ ticketId: t.id({ required: true }), activity: t.field({ type: ViewerActivityEnum, required: true }) }),
});

// ---- queries -----------------------------------------------------------------------------------

builder.queryType({
  fields: (t) => ({
    supportedLanguages: t.field({
      type: [SupportedLanguageType],
      description: "The four supported languages as the specification lists them: name, native name, locale, direction and agent hours.",
      resolve: () => [...SUPPORTED_LANGUAGES],
    }),
    me: t.field({
      type: Agent,
      nullable: true,
      description: "The calling agent's profile (null for customers).",
      authScopes: { authenticated: true },
      resolve: (_root, _args, ctx) => (isStaff(ctx.identity) && ctx.identity.subject ? ctx.loaders.agent.load(ctx.identity.subject) : null),
    }),
    agent: t.field({
      type: Agent,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      authScopes: { staff: true, service: true },
      resolve: (_root, { id }, ctx) => {
        assertUuid(id, "id");
        return ctx.loaders.agent.load(id);
      },
    }),
    agents: t.connection({
      type: Agent,
      authScopes: { staff: true, service: true },
      args: { status: t.arg({ type: AgentStatus, required: false }), language: t.arg.string({ required: false }) },
      resolve: (_root, args, ctx) =>
        keysetConnection(
          args,
          (agent: AgentRow) => [agent.displayName, agent.id],
          (page) =>
            ctx.db.prisma.agent.findMany({
              where: {
                ...(args.status ? { status: args.status } : {}),
                ...(args.language ? { languages: { has: args.language } } : {}),
                ...beyondKeyWhere(["displayName", "id"], page, false),
              },
              orderBy: keysetOrder(["displayName", "id"], page, false),
              take: page.limit,
            }),
        ),
    }),
    customer: t.field({
      type: Customer,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      authScopes: { authenticated: true },
      resolve: (_root, { id }, ctx) => {
        assertUuid(id, "id");
        if (!isStaff(ctx.identity) && ctx.identity.role !== "service" && ctx.identity.subject !== id) throw forbidden();
        return ctx.loaders.customer.load(id);
      },
    }),
    assignmentCandidates: t.field({
      type: [AssignmentCandidate],
      description: "Who would get this ticket/chat now, best first, with each score's parts — to see why someone was picked.",
      authScopes: { supervisor: true, service: true },
      args: { input: t.arg({ type: CandidatesInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        let kind = (input.kind ?? "TICKET") as WorkItemKindValue;
        let categoryKey = input.categoryKey ?? null;
        let language = input.language ?? null;
        let excludeAgentIds: string[] = [];
        if (input.ticketId) {
          const ticketId = assertUuidField(input.ticketId, "ticketId");
          const found = await ticketDetails(ctx, ticketId);
          if (!found) throw notFound("Ticket");
          kind = "TICKET";
          categoryKey = input.categoryKey ?? found.details.categoryKey;
          language = input.language ?? found.details.language;
          const item = await ctx.db.prisma.workItem.findUnique({ where: { kind_itemId: { kind: "TICKET", itemId: ticketId } } });
          excludeAgentIds = item?.excludeAgentIds ?? [];
        }
        if (!language) throw badInput("Give a ticketId or a language", { field: "language" });
        const request = cleanAssignmentRequest({ kind, itemId: "00000000-0000-4000-8000-000000000000", categoryKey, language, requiredTier: input.requiredTier ?? null });
        const profiles = await loadProfiles(ctx.db.prisma, { statuses: ["ONLINE", "AWAY"] });
        const byId = new Map(profiles.map((p) => [p.id, p]));
        return rankForItem(profiles, { ...request, excludeAgentIds }, ctx.config.MAX_ACTIVE_TICKETS_PER_AGENT).map((c, index): CandidateShape => {
          const profile = byId.get(c.agentId)!;
          return { rank: index + 1, agent: profile.agent, total: c.total, parts: c.parts, needsTranslation: c.needsTranslation, activeTickets: profile.activeTickets, activeChats: profile.activeChats };
        });
      },
    }),
    queueStatus: t.field({
      type: QueueStatus,
      authScopes: { staff: true, service: true },
      args: { kind: t.arg({ type: WorkItemKind, required: false }) },
      resolve: (_root, { kind }, ctx) => queueStatus(ctx.db.prisma, (kind as WorkItemKindValue | null | undefined) ?? null),
    }),
    queuePosition: t.field({
      type: AssignmentResult,
      nullable: true,
      description: "Where a ticket or chat stands: its assignment, or its place in the queue (null when finished or unknown).",
      authScopes: { staff: true, service: true },
      args: { kind: t.arg({ type: WorkItemKind, required: true }), itemId: t.arg.id({ required: true }) },
      resolve: (_root, { kind, itemId }, ctx) => queuePositionOf(ctx, kind as WorkItemKindValue, assertUuidField(itemId, "itemId")),
    }),
    agentDashboard: t.field({
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
      description: "Translates text between the four supported languages through every configured translator (TRANSLATOR_URL, TRANSLATION_PROVIDERS) in parallel, keeping the best-confidence answer; says so when none is configured.",
      authScopes: { staff: true, service: true },
      args: { input: t.arg({ type: TranslateTextInput, required: true }) },
      resolve: (_root, { input }, ctx) => {
        if (input.text.length > MAX_TRANSLATION_LENGTH) throw badInput(`text must be at most ${MAX_TRANSLATION_LENGTH} characters`, { field: "text" });
        const target = requireSupportedLanguage(input.targetLanguage, "targetLanguage");
        const source = input.sourceLanguage ? requireSupportedLanguage(input.sourceLanguage, "sourceLanguage") : null;
        return translatorFor(ctx).translate(input.text, source ?? detectedSupportedLanguage(input.text), target);
      },
    }),
    ticketViewers: t.field({
      type: [TicketViewer],
      description: "Agents viewing or typing on this ticket right now (collision detection).",
      authScopes: { staff: true },
      args: { ticketId: t.arg.id({ required: true }) },
      resolve: (_root, { ticketId }, ctx) => viewerStore(ctx).viewers(assertUuidField(ticketId, "ticketId")),
    }),
  }),
});

// ---- mutations -----------------------------------------------------------------------------

function assertRoleChangeAllowed(ctx: AgentsContext, role: string | null | undefined) {
  if (role && role !== "agent" && ctx.identity.role !== "admin") throw forbidden("Only admins can create or promote supervisors and admins");
}

async function emailTaken(ctx: AgentsContext, email: string, exceptId: string | null) {
  const other = await ctx.db.prisma.agent.findUnique({ where: { email } });
  if (other && other.id !== exceptId) throw conflict(`An agent with email ${email} already exists`, { field: "email" });
}

builder.mutationType({
  fields: (t) => ({
    setAgentStatus: t.field({
      type: Agent,
      description: "Sets the calling agent's presence (or, for supervisors, another agent's). Going ONLINE drains the queue to them.",
      authScopes: { staff: true },
      args: { status: t.arg({ type: AgentStatus, required: true }), agentId: t.arg.id({ required: false }) },
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
      description: "Marks the calling agent active (clients call it every minute or so); idle agents go AWAY.",
      authScopes: { staff: true },
      resolve: async (_root, _args, ctx) => {
        const id = callerAgentId(ctx);
        if (!(await touchAgent(ctx, id))) throw notFound("Agent");
        return (await ctx.db.prisma.agent.findUnique({ where: { id } })) as AgentRow;
      },
    }),
    createAgent: t.field({
      type: Agent,
      authScopes: { supervisor: true },
      args: { input: t.arg({ type: CreateAgentInput, required: true }) },
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
    updateAgent: t.field({
      type: Agent,
      authScopes: { supervisor: true },
      args: { input: t.arg({ type: UpdateAgentInput, required: true }) },
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
      description: "Assigns a ticket: to the named agent (refused for OFFLINE/over-capacity agents unless force), or automatically without agentId.",
      authScopes: { supervisor: true, service: true },
      args: { input: t.arg({ type: AssignTicketInput, required: true }) },
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
      description: "Moves an assigned ticket to the named agent, or to the best other available agent.",
      authScopes: { supervisor: true },
      args: { input: t.arg({ type: ReassignTicketInput, required: true }) },
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
      description: "Takes the next queued item I can serve (my languages first, then priority and age); null when there is none.",
      authScopes: { staff: true },
      args: { input: t.arg({ type: ClaimInput, required: false }) },
      resolve: async (_root, { input }, ctx) => {
        const claimed = await claimNextFromQueue(ctx, callerAgentId(ctx), (input?.kind as WorkItemKindValue | null | undefined) ?? null);
        return claimed?.item ?? null;
      },
    }),
    reportTicketActivity: t.field({
      type: [TicketViewer],
      description: "Tells other agents I am viewing/typing on a ticket (renew every ~20 s; lasts 30 s) or LEFT it. Returns who is there.",
      authScopes: { staff: true },
      args: { input: t.arg({ type: TicketActivityInput, required: true }) },
      resolve: (_root, { input }, ctx) => reportViewer(ctx, assertUuidField(input.ticketId, "ticketId"), callerAgentId(ctx), input.activity as ViewerActivity),
    }),
  }),
});

// ---- subscriptions -----------------------------------------------------------------------------

builder.subscriptionType({
  fields: (t) => ({
    agentStatusChanged: t.field({
      type: AgentStatusChange,
      description: "Presence changes of all agents (manual, or idle → AWAY).",
      authScopes: { staff: true },
      subscribe: async (_root, _args, ctx) => {
        const events = ctx.pubsub.subscribe<StatusChange>(STATUS_TOPIC);
        await ctx.pubsub.ready();
        return events;
      },
      resolve: (change) => change,
    }),
    agentPresence: t.field({
      type: AgentStatusChange,
      description: "Keep this open while working: it marks you present and pushes your own status changes; when it drops (tab closed, network lost) you go AWAY after a few seconds.",
      authScopes: { staff: true },
      subscribe: async (_root, _args, ctx) => {
        const agentId = callerAgentId(ctx);
        if (!(await ctx.loaders.agent.load(agentId))) throw notFound("Agent");
        const stream = presenceStream(ctx, agentId);
        await ctx.pubsub.ready();
        return stream;
      },
      resolve: (change) => change,
    }),
    queueStatusChanged: t.field({
      type: QueueStatus,
      description: "The queue status: sent at once (so a client that reconnects is current again), then whenever the queue changes.",
      authScopes: { staff: true },
      args: { kind: t.arg({ type: WorkItemKind, required: false }) },
      subscribe: async (_root, _args, ctx) => {
        const events = ctx.pubsub.subscribe<{ at: string }>(QUEUE_TOPIC);
        await ctx.pubsub.ready();
        return startingWith({ at: new Date().toISOString() }, events);
      },
      resolve: (_signal, { kind }, ctx) => queueStatus(ctx.db.prisma, (kind as WorkItemKindValue | null | undefined) ?? null),
    }),
    ticketViewersChanged: t.field({
      type: TicketViewersUpdate,
      description: "Who is viewing/typing on a ticket, pushed on every change.",
      authScopes: { staff: true },
      args: { ticketId: t.arg.id({ required: true }) },
      subscribe: async (_root, { ticketId }, ctx) => {
        const events = ctx.pubsub.subscribe<ViewerReport>(ticketViewersTopic(assertUuidField(ticketId, "ticketId")));
        await ctx.pubsub.ready();
        return events;
      },
      resolve: (report, _args, ctx) => {
        const store = viewerStore(ctx);
        store.apply(report);
        return { ticketId: report.ticketId, viewers: store.viewers(report.ticketId) };
      },
    }),
  }),
});

/** `first`, then everything `rest` yields; closing the result closes `rest`. */
async function* startingWith<T>(first: T, rest: AsyncIterableIterator<T>): AsyncGenerator<T> {
  try {
    yield first;
    yield* rest;
  } finally {
    await rest.return?.();
  }
}

export const agentsSchema = buildSubgraphSchema(builder);
