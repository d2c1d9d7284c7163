/**
 * agents subgraph schema: agent and customer profiles (the people directory), presence,
 * assignment/queue (public and internal), collision detection, and the `Ticket.assignedAgent`
 * field it contributes to the tickets subgraph's entity. Resolvers only translate between
 * GraphQL and the domain modules (routing, presence, viewers, scoring).
 */
import type { Agent as AgentRow, Customer as CustomerRow, Prisma, WorkItem as WorkItemRow } from "../../generated/prisma/client.js";
import { buildSubgraphSchema, createSubgraphBuilder, ROOT_TYPE_DESCRIPTIONS } from "../common/builder.js";
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

const AgentStatus = builder.enumType("AgentStatus", {
  values: {
    ONLINE: { description: "Working and taking new work." },
    AWAY: { description: "Briefly away (set by hand, or after idling or disconnecting); still routed to, though ONLINE agents score 10 higher." },
    BUSY: { description: "Working but taking no new work." },
    OFFLINE: { description: "Not working; gets no work and cannot claim from the queue." },
  } satisfies Record<(typeof AGENT_STATUSES)[number], { description: string }>,
  description: "An agent's availability. Routing assigns new work to ONLINE and AWAY agents (ONLINE scores +10); BUSY and OFFLINE agents get none." });
const StaffRole = builder.enumType("StaffRole", {
  description: "What a staff member may do. Supervisors and admins can do everything an agent can.",
  values: {
    AGENT: { value: "agent", description: "Works tickets and chats routed or assigned to them." },
    SUPERVISOR: { value: "supervisor", description: "An agent who also manages the team: routing, reports, agents' settings, ticket policies." },
    ADMIN: { value: "admin", description: "A supervisor who may also create admins and manage integrations." },
  } as const,
});
const WorkItemKind = builder.enumType("WorkItemKind", {
  values: { TICKET: { description: "A ticket." }, CHAT: { description: "A live chat." } } satisfies Record<(typeof WORK_ITEM_KINDS)[number], { description: string }>,
  description: "What is being routed: a ticket or a chat.",
});
const WorkItemStatus = builder.enumType("WorkItemStatus", {
  description: "Where a routed ticket or chat is.",
  values: {
    QUEUED: { description: "Waiting for an eligible agent." },
    ASSIGNED: { description: "Assigned to an agent and not yet finished." },
    DONE: { description: "Finished (the ticket resolved or closed, the chat ended); no longer counts toward workload." },
  } as const,
});
const ViewerActivityEnum = builder.enumType("TicketActivity", {
  values: {
    VIEWING: { description: "Has the ticket open." },
    TYPING: { description: "Is writing a reply or note." },
    LEFT: { description: "Closed the ticket: removes them from the viewers at once." },
  } satisfies Record<(typeof VIEWER_ACTIVITIES)[number], { description: string }>,
  description: "What an agent is doing on a ticket; LEFT removes them.",
});
const StatusChangeCause = builder.enumType("AgentStatusChangeCause", {
  description: "Why an agent's status changed.",
  values: {
    MANUAL: { value: "manual", description: "The agent (or a supervisor) set it with setAgentStatus." },
    IDLE: { value: "idle", description: "No activity for the configured idle time: ONLINE became AWAY." },
    DISCONNECTED: { value: "disconnected", description: "The agent's last live connection closed: ONLINE became AWAY." },
  } as const,
});

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
const ChatSessionRef = builder.externalRef("ChatSession", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });

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

// tickets owns Ticket; agents contributes who it is assigned to.
const TicketRef = builder.externalRef("Ticket", builder.selection<{ id: string }>("id")).implement({
  externalFields: (t) => ({ id: t.id(), assignedAgentId: t.id({ nullable: true }) }),
  fields: (t) => ({
    assignedAgent: t.field({ description: "The agent the ticket is assigned to; null when unassigned.",
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
    id: t.exposeID("id", { description: "The work item's id (not the ticket's or chat's: see itemId)." }),
    kind: t.field({ description: "Ticket or chat.", type: WorkItemKind, resolve: (w) => w.kind }),
    status: t.field({ description: "Queued, assigned or done.", type: WorkItemStatus, resolve: (w) => w.status }),
    itemId: t.exposeID("itemId", { description: "The ticket's or chat's id." }),
    ticket: t.field({ description: "The ticket, when kind is TICKET.", type: TicketRef, nullable: true, resolve: (w) => (w.kind === "TICKET" ? { id: w.itemId } : null) }),
    chat: t.field({ description: "The chat, when kind is CHAT.", type: ChatSessionRef, nullable: true, resolve: (w) => (w.kind === "CHAT" ? { id: w.itemId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "Support category key (e.g. billing_payments); null when not categorized." }),
    language: t.exposeString("language", { description: "Conversation language (en, ar, hi or ur)." }),
    priority: t.exposeString("priority", { description: "LOW, MEDIUM, HIGH or URGENT; urgent work is served first." }),
    requiredTier: t.exposeString("requiredTier", { nullable: true, description: "Escalation tier the assignee must hold (a specialist tier or supervisor)." }),
    agent: t.field({ description: "The assigned agent; null while queued.", type: Agent, nullable: true, resolve: (w, _a, ctx) => (w.agentId ? ctx.loaders.agent.load(w.agentId) : null) }),
    needsTranslation: t.exposeBoolean("needsTranslation", { description: "The assigned agent does not speak the conversation's language." }),
    translationAvailable: t.boolean({ description: "Whether a translator is configured for this deployment.", resolve: (_w, _a, ctx) => translatorFor(ctx).available }),
    queuedAt: t.expose("queuedAt", { type: "DateTime", description: "When the item entered routing." }),
    assignedAt: t.expose("assignedAt", { type: "DateTime", nullable: true, description: "When it was assigned; null while queued." }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true, description: "When it was finished; null until DONE." }),
    waitedSeconds: t.int({ description: "Time in the queue (so far, while still queued).", resolve: (w) => secondsSince(w.queuedAt, w.assignedAt) }),
  }),
});

const translationNote = (needs: boolean, available: boolean) => (needs && !available ? TRANSLATION_UNAVAILABLE : null);

const AssignmentResult = builder.objectRef<AssignmentOutcome>("AssignmentResult").implement({
  description: "Who takes a ticket or chat, or where it waits.",
  fields: (t) => ({
    status: t.string({ description: "ASSIGNED or QUEUED.", resolve: (r) => r.status }),
    agentId: t.id({ description: "The assigned agent's id; null when QUEUED.", nullable: true, resolve: (r) => r.agentId }),
    agent: t.field({ description: "The assigned agent; null when QUEUED.", type: Agent, nullable: true, resolve: (r, _a, ctx) => (r.agentId ? ctx.loaders.agent.load(r.agentId) : null) }),
    needsTranslation: t.boolean({ description: "The assigned agent does not speak the conversation's language.", resolve: (r) => r.needsTranslation }),
    translationAvailable: t.boolean({ description: "Whether a translator is configured for this deployment.", resolve: (r) => r.translationAvailable }),
    translationNote: t.string({
      nullable: true,
      description: 'Set when the agent does not speak the language and no translator is configured: "translation unavailable…".',
      resolve: (r) => translationNote(r.needsTranslation, r.translationAvailable),
    }),
    queuePosition: t.int({ description: "1-based position in the queue when QUEUED; null when ASSIGNED.", nullable: true, resolve: (r) => r.queuePosition }),
    estimatedWaitSeconds: t.int({ description: "Estimated wait in seconds when QUEUED; null when ASSIGNED.", nullable: true, resolve: (r) => r.estimatedWaitSeconds }),
    workItem: t.field({ description: "The routed work item.", type: WorkItem, resolve: (r) => r.item }),
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
    specialization: t.exposeFloat("specialization", { description: "40 when the agent specializes in the category, else 0." }),
    language: t.exposeFloat("language", { description: "20 when the agent speaks the language, else 0." }),
    workload: t.exposeFloat("workload", { description: "max(0, 30 − active tickets)." }),
    rating: t.exposeFloat("rating", { description: "The agent's rating (0–10) × 5." }),
    online: t.exposeFloat("online", { description: "10 when ONLINE, else 0." }),
  }),
});
const AssignmentCandidate = builder.objectRef<CandidateShape>("AssignmentCandidate").implement({
  description: "An eligible agent with their score and its parts (best first; ties go to the least recently assigned).",
  fields: (t) => ({
    rank: t.exposeInt("rank", { description: "1 for the agent routing would choose." }),
    agent: t.field({ description: "The candidate agent.", type: Agent, resolve: (c) => c.agent }),
    score: t.exposeFloat("total", { description: "Sum of the parts." }),
    parts: t.field({ description: "The score broken down.", type: ScoreParts, resolve: (c) => c.parts }),
    needsTranslation: t.exposeBoolean("needsTranslation", { description: "The agent does not speak the item's language." }),
    activeTickets: t.exposeInt("activeTickets", { description: "Tickets assigned to the agent and not finished." }),
    activeChats: t.exposeInt("activeChats", { description: "Chats the agent is in." }),
  }),
});

// ---- queue status ------------------------------------------------------------------------------

const QueueGroupType = builder.objectRef<QueueGroup>("QueueGroup").implement({
  description: "The waiting items of one kind, category and language.",
  fields: (t) => ({
    kind: t.field({ description: "Ticket or chat.", type: WorkItemKind, resolve: (g) => g.kind }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "Support category key; null for uncategorized items." }),
    language: t.exposeString("language", { description: "Conversation language." }),
    length: t.exposeInt("length", { description: "Items waiting." }),
    oldestQueuedAt: t.expose("oldestQueuedAt", { type: "DateTime", description: "When the longest-waiting item was queued." }),
    oldestWaitSeconds: t.exposeInt("oldestWaitSeconds", { description: "How long the longest-waiting item has waited, in seconds." }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { description: "Expected wait of the last item of this group." }),
  }),
});
const QueueStatus = builder.objectRef<QueueStatusView>("QueueStatus").implement({
  description: "The waiting queue: length per kind/category/language, oldest wait, estimated wait.",
  fields: (t) => ({
    length: t.exposeInt("length", { description: "Items waiting in total." }),
    oldestWaitSeconds: t.exposeInt("oldestWaitSeconds", { nullable: true, description: "Longest current wait in seconds; null when the queue is empty." }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { description: "Expected wait of an item joining now." }),
    availableAgents: t.exposeInt("availableAgents", { description: "Agents ONLINE or AWAY." }),
    groups: t.field({ type: [QueueGroupType], description: "One entry per kind, category and language (a small aggregate, not paged).", resolve: (q) => q.groups }),
    at: t.expose("at", { type: "DateTime", description: "When these figures were taken." }),
  }),
});

// ---- presence and collision detection ------------------------------------------------------

const AgentStatusChange = builder.objectRef<StatusChange>("AgentStatusChange").implement({
  description: "An agent's status changed.",
  fields: (t) => ({
    agentId: t.exposeID("agentId", { description: "The agent whose status changed." }),
    agent: t.field({ description: "The agent; null if they no longer exist.", type: Agent, nullable: true, resolve: (c, _a, ctx) => ctx.loaders.agent.load(c.agentId) }),
    from: t.field({ description: "Status before.", type: AgentStatus, resolve: (c) => c.from }),
    to: t.field({ description: "Status after.", type: AgentStatus, resolve: (c) => c.to }),
    cause: t.field({ description: "Why it changed.", type: StatusChangeCause, resolve: (c) => c.cause }),
    at: t.field({ description: "When it changed.", type: "DateTime", resolve: (c) => new Date(c.at) }),
  }),
});

const TicketViewer = builder.objectRef<ViewerShape>("TicketViewer").implement({
  description: "An agent currently viewing or typing on a ticket (expires unless renewed).",
  fields: (t) => ({
    agent: t.field({ description: "The viewing agent.", type: Agent, nullable: true, resolve: (v, _a, ctx) => ctx.loaders.agent.load(v.agentId) }),
    agentId: t.exposeID("agentId", { description: "The viewing agent's id." }),
    activity: t.field({ description: "VIEWING or TYPING.", type: ViewerActivityEnum, resolve: (v) => v.activity }),
    since: t.expose("since", { type: "DateTime", description: "When the agent started this activity." }),
    lastSeenAt: t.expose("lastSeenAt", { type: "DateTime", description: "Last report from the agent." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When the entry disappears unless reported again." }),
  }),
});

interface ViewersUpdateShape {
  ticketId: string;
  viewers: ViewerShape[];
}
const TicketViewersUpdate = builder.objectRef<ViewersUpdateShape>("TicketViewersUpdate").implement({
  description: "Who is on a ticket now, sent whenever it changes.",
  fields: (t) => ({
    ticketId: t.exposeID("ticketId", { description: "The ticket." }),
    viewers: t.field({ description: "Every agent viewing or typing on it now (the whole list, not a delta).", type: [TicketViewer], resolve: (u) => u.viewers }),
  }),
});

// ---- supported languages ---------------------------------------------------------------------

const AgentAvailabilityType = builder.objectRef<AgentAvailability>("LanguageAgentAvailability").implement({
  description: "When agents for a language are on duty, as the specification gives it.",
  fields: (t) => ({
    description: t.exposeString("description", { description: '"24/7", "08:00-20:00 UTC+4", "09:00-18:00 UTC+5:30" or "Limited hours".' }),
    alwaysOpen: t.exposeBoolean("alwaysOpen", { description: "Agents are on duty around the clock." }),
    opensAt: t.exposeString("opensAt", { nullable: true, description: "HH:MM in utcOffsetMinutes; null for 24/7 or limited hours." }),
    closesAt: t.exposeString("closesAt", { nullable: true, description: "HH:MM in utcOffsetMinutes; null for 24/7 or limited hours." }),
    utcOffsetMinutes: t.exposeInt("utcOffsetMinutes", { nullable: true, description: "Offset from UTC of opensAt/closesAt, in minutes (e.g. 240 for UTC+4); null for 24/7 or limited hours." }),
  }),
});

const SupportedLanguageType = builder.objectRef<SupportedLanguage>("SupportedLanguage").implement({
  description: "One of the four languages Switchboard supports (en, ar, hi, ur). Any other language is refused wherever a language is given.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "ISO 639-1 code: en, ar, hi or ur." }),
    name: t.exposeString("name", { description: "English name, e.g. Arabic." }),
    nativeName: t.exposeString("nativeName", { description: "Name in the language itself, e.g. العربية." }),
    locale: t.exposeString("locale", { description: "en-US, ar-AE, hi-IN or ur-PK." }),
    rtl: t.exposeBoolean("rtl", { description: "Written right to left." }),
    tier: t.exposeString("tier", { description: "primary (en, ar) or secondary (hi, ur)." }),
    agentAvailability: t.field({ description: "When agents for this language are on duty.", type: AgentAvailabilityType, resolve: (l) => l.agentAvailability }),
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
    translatedText: t.exposeString("text", { description: "Same as text (the specification's name)." }),
    translated: t.exposeBoolean("translated", { description: "False when the original is returned untranslated (see unavailableReason)." }),
    confidence: t.exposeFloat("confidence", { nullable: true, description: "The kept answer's confidence in [0, 1] (0.5 when its provider reports none); null when nothing was translated." }),
    originalText: t.exposeString("originalText", { description: "The text as given." }),
    fromLanguage: t.exposeString("fromLanguage", { nullable: true, description: "The source language given, or detected; null when unknown." }),
    toLanguage: t.exposeString("toLanguage", { description: "The target language." }),
    provider: t.exposeString("provider", { nullable: true, description: "The provider whose answer was kept." }),
    unavailableReason: t.exposeString("unavailableReason", { nullable: true, description: "Why nothing was translated (no translator configured, all providers failed); null when translated." }),
  }),
});

const TranslateTextInput = builder.inputType("TranslateTextInput", {
  description: "Text to translate between two supported languages.",
  fields: (t) => ({
    text: t.string({ description: "The text to translate.", required: true, ...maxLength(MAX_TRANSLATION_LENGTH) }),
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
    assignedToday: t.exposeInt("assignedToday", { description: "Tickets and chats assigned to me since 00:00 UTC." }),
    completedToday: t.exposeInt("completedToday", { description: "Tickets and chats I finished since 00:00 UTC." }),
    activeTickets: t.exposeInt("activeTickets", { description: "Tickets assigned to me and not finished." }),
    activeChats: t.exposeInt("activeChats", { description: "Chats I am in now." }),
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
    agent: t.field({ description: "The calling agent.", type: Agent, resolve: (d) => d.agent }),
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
    queue: t.field({ description: "The whole waiting queue (all kinds).", type: QueueStatus, resolve: (_d, _a, ctx) => queueStatus(ctx.db.prisma, null) }),
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
    today: t.field({ description: "My figures since 00:00 UTC today.",
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
  inaccessible: true,
  description: "What to route.",
  fields: (t) => ({
    kind: t.field({ description: "Ticket or chat.", type: WorkItemKind, required: true }),
    itemId: t.id({ required: true, description: "Ticket id or chat id." }),
    categoryKey: t.string({ description: "Support category key, if known.", required: false }),
    language: t.string({ description: "Conversation language (en, ar, hi, ur).", required: true }),
    priority: t.string({ required: false, description: "LOW | MEDIUM | HIGH | URGENT (queue order)." }),
    requiredTier: t.string({ required: false, description: "Escalation tier the assignee must hold: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist or supervisor." }),
    excludeAgentIds: t.idList({ description: "Agents who must not get it (e.g. the one it is being taken from).", required: false }),
  }),
});

const CandidatesInput = builder.inputType("AssignmentCandidatesInput", {
  description: "The ticket or chat to rank agents for: a ticketId, or kind/category/language (a language is required one way or the other, else BAD_USER_INPUT).",
  fields: (t) => ({
    ticketId: t.id({ required: false, description: "Take kind/category/language from this ticket." }),
    kind: t.field({ description: "Ticket or chat (default TICKET; TICKET when ticketId is given).", type: WorkItemKind, required: false, defaultValue: "TICKET" }),
    categoryKey: t.string({ description: "Support category key (e.g. billing_payments); overrides the ticket's. Unknown keys: BAD_USER_INPUT.", required: false }),
    language: t.string({ description: "Conversation language (en, ar, hi, ur); overrides the ticket's.", required: false }),
    requiredTier: t.string({ required: false, description: "Escalation tier the assignee must hold: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist or supervisor." }),
  }),
});

const WorkingHoursInput = builder.inputType("WorkingHoursInput", {
  description: "When the agent works, in their time zone. Invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    days: t.intList({ required: true, description: "ISO weekdays, 1 (Monday) to 7 (Sunday); at least one." }),
    start: t.string({ required: true, description: "Start of the day, HH:MM (24-hour)." }),
    end: t.string({ required: true, description: "End of the day, HH:MM (24-hour); must differ from start." }),
  }),
});

const CreateAgentInput = builder.inputType("CreateAgentInput", {
  description: "A new staff member. Invalid values: BAD_USER_INPUT with the field named.",
  fields: (t) => ({
    email: t.string({ description: "Work email, unique among agents (taken: CONFLICT).", required: true, ...maxLength(EMAIL_MAX_LENGTH) }),
    displayName: t.string({ description: "Name shown to customers and colleagues, 1–120 characters.", required: true }),
    role: t.field({ description: "Default AGENT. Only admins may create SUPERVISOR or ADMIN (else FORBIDDEN).", type: StaffRole, required: false, defaultValue: "agent" }),
    specializations: t.stringList({ description: "Support category keys (e.g. technical_support); default none.", required: false }),
    languages: t.stringList({ description: "Languages spoken: en, ar, hi, ur; at least one.", required: true }),
    escalationTiers: t.stringList({ required: false, description: "Named escalation tiers: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist, supervisor." }),
    rating: t.float({ description: "Initial rating 0–10 (default 5).", required: false }),
    maxConcurrentChats: t.int({ required: false, description: "Default MAX_CONCURRENT_CHATS_PER_AGENT." }),
    timezone: t.string({ description: "IANA time zone (default Asia/Dubai).", required: false }),
    workingHours: t.field({ description: "Working days and hours; omitted: the defaults.", type: WorkingHoursInput, required: false }),
    status: t.field({ description: "Initial status (default OFFLINE).", type: AgentStatus, required: false, defaultValue: "OFFLINE" }),
  }),
});

const AssignChatInput = builder.inputType("AssignChatInput", {
  inaccessible: true,
  description: "A chat given to a named agent (used between subgraphs).",
  fields: (t) => ({
    chatId: t.id({ description: "The chat.", required: true }),
    agentId: t.id({ description: "The agent taking it.", required: true }),
    force: t.boolean({ description: "Assign even beyond the agent's maxConcurrentChats.", required: false, defaultValue: false }),
    language: t.string({ description: "The chat's language.", required: true, ...maxLength(35) }),
    categoryKey: t.string({ description: "The chat's category key, if any.", required: false, ...maxLength(64) }),
  }),
});

const UpdateAgentInput = builder.inputType("UpdateAgentInput", {
  description: "Changes to a staff member: omitted fields stay as they are. Invalid values: BAD_USER_INPUT with the field named.",
  fields: (t) => ({
    id: t.id({ description: "The agent to change (unknown: NOT_FOUND).", required: true }),
    displayName: t.string({ description: "1–120 characters.", required: false }),
    email: t.string({ description: "Work email, unique among agents (taken: CONFLICT).", required: false, ...maxLength(EMAIL_MAX_LENGTH) }),
    role: t.field({ description: "Only admins may grant SUPERVISOR or ADMIN (else FORBIDDEN).", type: StaffRole, required: false }),
    specializations: t.stringList({ description: "Support category keys; replaces the list.", required: false }),
    languages: t.stringList({ description: "en, ar, hi, ur; at least one; replaces the list.", required: false }),
    escalationTiers: t.stringList({ required: false, description: "Named escalation tiers: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist, supervisor." }),
    maxConcurrentChats: t.int({ description: "Chats at once, 1–50.", required: false }),
    timezone: t.string({ description: "IANA time zone, e.g. Asia/Dubai.", required: false }),
    workingHours: t.field({ description: "Working days and hours.", type: WorkingHoursInput, required: false }),
  }),
});

const AssignTicketInput = builder.inputType("AssignTicketInput", {
  description: "A ticket to assign, by hand or automatically.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket (unknown: NOT_FOUND).", required: true }),
    agentId: t.id({ required: false, description: "Omit to assign automatically (best-scored available agent, or the queue)." }),
    force: t.boolean({ required: false, defaultValue: false, description: "Assign even to an OFFLINE or over-capacity agent." }),
  }),
});

const ReassignTicketInput = builder.inputType("ReassignTicketInput", {
  description: "An assigned ticket to move to another agent.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket; it must be assigned (else CONFLICT with reason NOT_ASSIGNED).", required: true }),
    agentId: t.id({ required: false, description: "Omit to pick the best other available agent automatically." }),
    force: t.boolean({ description: "Assign even to an OFFLINE or over-capacity agent.", required: false, defaultValue: false }),
  }),
});

const ClaimInput = builder.inputType("ClaimNextFromQueueInput", {
  description: "What to claim.",
  fields: (t) => ({ kind: t.field({ type: WorkItemKind, required: false, description: "Only tickets or only chats; omit for either." }) }),
});

const TicketActivityInput = builder.inputType("ReportTicketActivityInput", {
  description: "What I am doing on a ticket.",
  fields: (t) => ({
    ticketId: t.id({ required: true, description: "The ticket (a UUID, else BAD_USER_INPUT)." }),
    activity: t.field({ type: ViewerActivityEnum, required: true, description: "VIEWING, TYPING, or LEFT to remove me." }),
  }),
});

// ---- queries -----------------------------------------------------------------------------------

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

// ---- mutations -----------------------------------------------------------------------------

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

// ---- subscriptions -----------------------------------------------------------------------------

builder.subscriptionType({
  description: ROOT_TYPE_DESCRIPTIONS.Subscription,
  fields: (t) => ({
    agentStatusChanged: t.field({
      type: AgentStatusChange,
      description: "Presence changes of all agents (manual, idle or disconnected). Staff only.",
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
      description: "Keep this open while working: it marks you present and pushes your own status changes; when it drops (tab closed, network lost) you go AWAY after a few seconds. Staff only.",
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
      description: "The queue status: sent at once (so a client that reconnects is current again), then whenever the queue changes. Staff only.",
      authScopes: { staff: true },
      args: { kind: t.arg({ description: "Only tickets or only chats; omit for both.", type: WorkItemKind, required: false }) },
      subscribe: async (_root, _args, ctx) => {
        const events = ctx.pubsub.subscribe<{ at: string }>(QUEUE_TOPIC);
        await ctx.pubsub.ready();
        return startingWith({ at: new Date().toISOString() }, events);
      },
      resolve: (_signal, { kind }, ctx) => queueStatus(ctx.db.prisma, (kind as WorkItemKindValue | null | undefined) ?? null),
    }),
    ticketViewersChanged: t.field({
      type: TicketViewersUpdate,
      description: "Who is viewing/typing on a ticket, pushed on every change. Staff only.",
      authScopes: { staff: true },
      args: { ticketId: t.arg.id({ description: "The ticket (UUID).", required: true }) },
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
