/**
 * tickets subgraph schema: tickets and their conversation, history and live SLA state;
 * categories with their SLA policy and the business schedule (editable data); macros;
 * notifications and partner webhooks; live ticket events; and the `Agent.openTickets` field it
 * contributes to the agents subgraph's entity. Resolvers translate; the work is in
 * intake.ts, workflow.ts, automation.ts, sweeper.ts and notifications/.
 */
import { eventCursor, MAX_REPLAYED_EVENTS, positionOfCursor, resumeFromOutbox } from "../common/outbox-resume.js";
import { randomBytes } from "node:crypto";
import type {
  Macro as MacroRow,
  Notification as NotificationRow,
  NotificationDelivery as DeliveryRow,
  Prisma,
  Ticket as TicketRow,
  TicketCategory as CategoryRow,
  TicketHistoryEntry as HistoryRow,
  TicketMessage as MessageRow,
  WebhookSubscription as WebhookRow,
  BusinessSchedule as ScheduleRow,
} from "../../generated/prisma/client.js";
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import { buildSubgraphSchema, createSubgraphBuilder, ROOT_TYPE_DESCRIPTIONS } from "../common/builder.js";
import { wholeSubgraph } from "../common/features.js";
import { listLimits, maxItems, maxLength, NOTE_MAX_LENGTH, SEARCH_TEXT_MAX_LENGTH, URL_MAX_LENGTH } from "../common/input-limits.js";
import { badInput, forbidden, notFound } from "../common/errors.js";
import { IDEMPOTENCY_KEY_MAX_LENGTH } from "../common/idempotency.js";
import { ESCALATION_TIERS } from "../common/support-taxonomy.js";
import { isHigherPriority, ticketPriority } from "./priority.js";
import { isStaff, isSupervisor } from "../common/identity.js";
import { EVENTS_TOPIC, type DomainEvent } from "../common/outbox.js";
import { beyondKeyWhere, keysetConnection, keysetOrder, type KeysetPage, type SortKey } from "../common/pagination.js";
import { assertUuid } from "../common/ids.js";
import { translateConversationMessage, type StoredTranslation } from "../common/conversation-translation.js";
import { afterCreate, requestAssignment, workflowEnv } from "./automation.js";
import type { TicketsContext } from "./context.js";
import { createTicket, DESCRIPTION_MAX_LENGTH, SUBJECT_MAX_LENGTH, TRIAGE_TAG } from "./intake.js";
import { formatTicketNumber, TICKET_STATUSES } from "./lifecycle.js";
import { macroBodies, macroBodyFor, placeholderValues, renderTemplate } from "./macros.js";
import { matchingTicketIds, searchTickets, type SearchAudience, type TicketSearchEdge, type TicketSearchPage } from "./search.js";
import { notificationTopic } from "./notifications/channels.js";
import { DEFAULT_SCHEDULE_KEY, defaultScheduleRow, parseWeekly, slaStateOf, ticketSlaHours, validateHolidays } from "./policy.js";
import type { TargetState } from "./sla.js";
import { addHistory, addMessage, assign, changeStatus, emit, escalate, isUniqueViolation, lockTicket, merge, MESSAGE_MAX_LENGTH, refreshSla, replayedMessage, SUPERVISOR_QUEUE, validateAttachments, type Actor, type Tx } from "./workflow.js";

const builder = createSubgraphBuilder<TicketsContext>();

const TicketStatus = builder.enumType("TicketStatus", {
  description: "Where a ticket is in its lifecycle. PENDING pauses the SLA clocks.",
  values: {
    OPEN: { description: "New or being worked on." },
    PENDING: { description: "Waiting for the customer; SLA clocks paused." },
    ON_HOLD: { description: "Waiting on a third party or another team." },
    ESCALATED: { description: "Escalated to a specialist tier or a supervisor." },
    RESOLVED: { description: "Solved; reopens if the customer replies." },
    CLOSED: { description: "Finished; no further changes." },
    AUTO_RESOLVED: { description: "Automation resolved a PENDING ticket the customer never answered; reopens if they reply." },
  } as const,
});
const TicketPriority = builder.enumType("TicketPriority", {
  description: "How urgent a ticket is: sets its SLA hours (with the category) and its place in the queue.",
  values: {
    LOW: { description: "No time pressure." },
    MEDIUM: { description: "Normal." },
    HIGH: { description: "Served before LOW and MEDIUM." },
    URGENT: { description: "Served first." },
  } as const,
});
const TicketChannel = builder.enumType("TicketChannel", {
  description: "Where a ticket came from.",
  values: {
    IN_APP: { description: "The in-app support form." },
    EMAIL: { description: "An email to support." },
    CHAT: { description: "A chat turned into a ticket." },
    PHONE: { description: "A phone call." },
    VIDEO: { description: "A video call." },
    SOCIAL: { description: "A social media message." },
  } as const,
});
const SlaTargetStatus = builder.enumType("TicketSlaTargetStatus", {
  description: "Where one SLA target stands.",
  values: {
    NOT_STARTED: { description: "Its clock has not started (e.g. no customer message awaits a reply)." },
    RUNNING: { description: "Counting down, less than the warning share (75 %) of the window used." },
    WARNING: { description: "Past the warning share of the window (75 % by default), not yet due." },
    PAUSED: { description: "Stopped while the ticket is PENDING." },
    BREACHED: { description: "Missed its deadline." },
    SATISFIED: { description: "Met before the deadline." },
  } as const,
});

const CustomerRef = builder.externalRef("Customer", builder.keyDirective(builder.selection<{ id: string }>("id"), false)).implement({
  externalFields: (t) => ({ id: t.id() }),
});

// ---------------------------------------------------------------------------------------------
// Access

const actorOf = (ctx: TicketsContext): Actor => ({ id: ctx.identity.subject, role: ctx.identity.role });
const isCustomer = (ctx: TicketsContext) => ctx.identity.role === "customer";

/** Customers may only see their own tickets; the answer never reveals whether another exists. */
function canSee(ctx: TicketsContext, ticket: TicketRow): boolean {
  return isStaff(ctx.identity) || ctx.identity.role === "service" || ctx.identity.subject === ticket.customerId;
}

const NOT_YOURS = "You cannot access this ticket";

/** Loads a ticket the caller may see: customers get FORBIDDEN for both "missing" and "not yours". */
async function visibleTicket(ctx: TicketsContext, id: string, field = "ticketId"): Promise<TicketRow> {
  assertUuid(id, field);
  const ticket = await ctx.loaders.ticket.load(id);
  if (!ticket || !canSee(ctx, ticket)) {
    if (isCustomer(ctx) || ticket) throw forbidden(NOT_YOURS);
    throw notFound("Ticket");
  }
  return ticket;
}

/** Runs a write on a locked, visible ticket inside one transaction. */
async function withLockedTicket<T>(ctx: TicketsContext, id: string, work: (tx: Tx, ticket: TicketRow, env: Awaited<ReturnType<typeof workflowEnv>>) => Promise<T>): Promise<T> {
  await visibleTicket(ctx, id);
  const env = await workflowEnv(ctx);
  return ctx.db.prisma.$transaction(async (tx) => {
    const ticket = await lockTicket(tx, id);
    if (!ticket) throw notFound("Ticket");
    return work(tx, ticket, env);
  });
}

// ---------------------------------------------------------------------------------------------
// In-memory connections (lists already loaded through a DataLoader)

function arrayConnection<Row>(args: DefaultConnectionArguments, rows: Row[], sortKey: (row: Row) => SortKey) {
  const compare = (a: SortKey, b: SortKey) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  return keysetConnection(args, sortKey, async (page) => {
    const ordered = [...rows].sort((a, b) => compare(sortKey(a), sortKey(b)) * (page.inverted ? -1 : 1));
    const beyond = page.beyond;
    const after = beyond ? ordered.filter((row) => compare(sortKey(row), beyond) * (page.inverted ? -1 : 1) > 0) : ordered;
    return after.slice(0, page.limit);
  });
}

// ---------------------------------------------------------------------------------------------
// Types

const TicketCategory = builder.objectRef<CategoryRow>("TicketCategory");
TicketCategory.implement({
  description: "A ticket category or subcategory with its SLA policy (editable data, seeded with defaults).",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key, e.g. billing_payments." }),
    name: t.exposeString("name", { description: "English name." }),
    nameAr: t.exposeString("nameAr", { nullable: true, description: "Arabic name, when set." }),
    description: t.exposeString("description", { description: "What belongs in this category." }),
    defaultPriority: t.field({ description: "Priority new tickets in this category get unless a priorityOverride is given.", type: TicketPriority, resolve: (c) => c.defaultPriority }),
    slaHours: t.exposeFloat("slaHours", { description: "Resolution target in business hours for this category." }),
    escalationTier: t.exposeString("escalationTier", { description: "Named tier this category's escalations route to: agents holding it take the escalated ticket (e.g. billing_specialist)." }),
    keywords: t.exposeStringList("keywords", { description: "Words the classifier matches to choose this category." }),
    parentKey: t.exposeString("parentKey", { nullable: true, description: "The parent category's key; null for a top-level category." }),
    active: t.exposeBoolean("active", { description: "Inactive categories are not offered to new tickets." }),
    subcategories: t.field({ description: "The category's subcategories.", type: [TicketCategory], resolve: (c, _args, ctx) => ctx.loaders.subcategories.load(c.key) }),
  }),
});

const SlaTarget = builder.objectRef<TargetState>("TicketSlaTarget").implement({
  description: "One SLA target: its deadline (business hours, paused while PENDING) and where it stands now.",
  fields: (t) => ({
    dueAt: t.expose("dueAt", { type: "DateTime", nullable: true, description: "Deadline; null while the target has not started." }),
    breachedAt: t.expose("breachedAt", { type: "DateTime", nullable: true, description: "When it was missed; null unless BREACHED." }),
    satisfiedAt: t.expose("satisfiedAt", { type: "DateTime", nullable: true, description: "When it was met; null unless SATISFIED." }),
    status: t.field({ description: "Where the target stands.", type: SlaTargetStatus, resolve: (s) => s.status }),
    pausedSeconds: t.int({ description: "Business seconds the clock stood still.", resolve: (s) => Math.round(s.pausedSeconds) }),
    elapsedFraction: t.float({ description: "Share of the window used; above 1 once breached.", resolve: (s) => s.elapsedFraction }),
  }),
});

interface SlaView {
  slaHours: number;
  firstReply: TargetState;
  nextReply: TargetState;
  resolution: TargetState;
}

const TicketSla = builder.objectRef<SlaView>("TicketSla").implement({
  description: "Live SLA state, computed from the ticket's timeline (status history and messages).",
  fields: (t) => ({
    slaHours: t.exposeFloat("slaHours", { description: "The stricter of the category's and the priority's SLA hours." }),
    firstReply: t.field({ description: "First staff reply to the customer.", type: SlaTarget, resolve: (s) => s.firstReply }),
    nextReply: t.field({ description: "Staff reply to the customer's latest unanswered message.", type: SlaTarget, resolve: (s) => s.nextReply }),
    resolution: t.field({ description: "Resolution of the ticket.", type: SlaTarget, resolve: (s) => s.resolution }),
    breached: t.boolean({ description: "Any target BREACHED.", resolve: (s) => [s.firstReply, s.nextReply, s.resolution].some((x) => x.status === "BREACHED") }),
  }),
});

interface AttachmentView {
  name: string;
  url: string;
  contentType: string | null;
  size: number | null;
}

const Attachment = builder.objectRef<AttachmentView>("TicketAttachment").implement({
  description: "A file attached to a message (stored elsewhere; Switchboard keeps the link).",
  fields: (t) => ({
    name: t.exposeString("name", { description: "File name." }),
    url: t.exposeString("url", { description: "Where to download it." }),
    contentType: t.exposeString("contentType", { nullable: true, description: "MIME type, when given." }),
    size: t.exposeInt("size", { nullable: true, description: "Size in bytes, when given." }),
  }),
});

const TicketMessageTranslation = builder.objectRef<StoredTranslation>("TicketMessageTranslation").implement({
  description: "The message translated for the other side (translation is on for the ticket); the message's body is the original.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The translated text (the original when translated is false)." }),
    translated: t.exposeBoolean("translated", { description: "False when nothing was translated." }),
    confidence: t.exposeFloat("confidence", { nullable: true, description: "Confidence of the kept answer (the best of the configured providers, asked in parallel)." }),
    fromLanguage: t.exposeString("fromLanguage", { nullable: true, description: "Source language; null when unknown." }),
    toLanguage: t.exposeString("toLanguage", { description: "Target language." }),
    provider: t.exposeString("provider", { nullable: true, description: "The translator whose answer was kept." }),
    unavailableReason: t.exposeString("unavailableReason", { nullable: true, description: "Why nothing was translated (no translator configured, all providers failed)." }),
  }),
});

const TicketMessage = builder.objectRef<MessageRow>("TicketMessage").implement({
  description: "A public reply or (staff only) an internal note.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The message id." }),
    ticketId: t.exposeID("ticketId", { description: "The ticket it belongs to." }),
    body: t.exposeString("body", { description: "The text as written (Markdown allowed), at most 20,000 characters." }),
    internal: t.exposeBoolean("internal", { description: "An internal note: visible to staff and services only." }),
    authorId: t.exposeID("authorId", { nullable: true, description: "Who wrote it; null for system messages." }),
    authorRole: t.exposeString("authorRole", { description: "customer, agent, supervisor, admin, service, system (automation) or intake." }),
    attachments: t.field({ description: "Attached files.", type: [Attachment], resolve: (m) => (Array.isArray(m.attachments) ? (m.attachments as unknown as AttachmentView[]) : []) }),
    translation: t.field({
      type: TicketMessageTranslation,
      nullable: true,
      description: "Set when translation is on for the ticket: the body translated for the other side, the original kept in `body`.",
      resolve: (m) => (m.translation ?? null) as unknown as StoredTranslation | null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was written." }),
  }),
});

const TicketHistoryEntry = builder.objectRef<HistoryRow>("TicketHistoryEntry").implement({
  description: "One entry of the append-only audit trail: who changed what, when.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The entry id." }),
    action: t.exposeString("action", { description: "What happened, e.g. created, status_changed, assigned, unassigned, priority_changed, escalated, reply_added, note_added, merged, merged_from." }),
    field: t.exposeString("field", { nullable: true, description: "The ticket field that changed, if any." }),
    oldValue: t.exposeString("oldValue", { nullable: true, description: "Value before." }),
    newValue: t.exposeString("newValue", { nullable: true, description: "Value after." }),
    note: t.exposeString("note", { nullable: true, description: "Reason given, if any." }),
    actorId: t.exposeString("actorId", { nullable: true, description: "Who did it; null for the system." }),
    actorRole: t.exposeString("actorRole", { description: "Their role: customer, agent, supervisor, admin, service or system." }),
    at: t.expose("at", { type: "DateTime", description: "When." }),
  }),
});

const MessageConnection = builder.connectionObject({ type: TicketMessage, name: "TicketMessageConnection" }, { name: "TicketMessageEdge" });
const HistoryConnection = builder.connectionObject({ type: TicketHistoryEntry, name: "TicketHistoryEntryConnection" }, { name: "TicketHistoryEntryEdge" });

export const Ticket = builder.objectRef<TicketRow>("Ticket");

const TicketConnection = builder.connectionObject({ type: Ticket, name: "TicketConnection" }, { name: "TicketEdge" });

Ticket.implement({
  description: "A support request and its lifecycle.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The ticket id (UUID)." }),
    number: t.string({ description: "Human-readable number, e.g. SB-10042.", resolve: (ticket) => formatTicketNumber(ticket.number) }),
    subject: t.exposeString("subject", { description: "One-line summary." }),
    description: t.exposeString("description", { description: "The customer's description of the problem." }),
    channel: t.field({ description: "Where it came from.", type: TicketChannel, resolve: (ticket) => ticket.channel }),
    status: t.field({ description: "Lifecycle status.", type: TicketStatus, resolve: (ticket) => ticket.status }),
    priority: t.field({ description: "How urgent it is.", type: TicketPriority, resolve: (ticket) => ticket.priority }),
    language: t.exposeString("language", { description: "The conversation language (en, ar, hi or ur)." }),
    category: t.field({ description: "Category; null until classified.", type: TicketCategory, nullable: true, resolve: (ticket, _a, ctx) => (ticket.categoryKey ? ctx.loaders.category.load(ticket.categoryKey) : null) }),
    subcategory: t.field({ description: "Subcategory, when known.", type: TicketCategory, nullable: true, resolve: (ticket, _a, ctx) => (ticket.subcategoryKey ? ctx.loaders.category.load(ticket.subcategoryKey) : null) }),
    classificationConfidence: t.exposeFloat("classificationConfidence", { nullable: true, description: "Classifier confidence in [0,1] (1 when the category was chosen by hand)." }),
    needsTranslation: t.exposeBoolean("needsTranslation", { description: "Translation is on: the assigned agent does not speak the ticket's language; messages carry a translation." }),
    needsTriage: t.exposeBoolean("needsTriage", { description: "Waiting in the triage queue: classification was below the confidence threshold." }),
    tags: t.exposeStringList("tags", { description: "Free-form labels." }),
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      description: "The customer's profile (agents subgraph); null with a NOT_FOUND error when agents holds no profile for them yet.",
      resolve: (ticket) => ({ id: ticket.customerId }),
    }),
    customerId: t.exposeID("customerId", { description: "The customer's id, also when their profile is unknown." }),
    assignedAgentId: t.exposeID("assignedAgentId", { nullable: true, description: "The assigned agent's id; null when unassigned." }),
    escalationTier: t.exposeString("escalationTier", { nullable: true, description: "Tier the ticket was escalated to: its category's specialist tier on the first escalation, supervisor after that; null when never escalated." }),
    escalatedAt: t.expose("escalatedAt", { type: "DateTime", nullable: true, description: "When it was last escalated; null when never." }),
    mergedInto: t.field({ description: "The ticket this one was merged into (this one is then CLOSED); null otherwise.", type: Ticket, nullable: true, resolve: (ticket, _a, ctx) => (ticket.mergedIntoId ? ctx.loaders.ticket.load(ticket.mergedIntoId) : null) }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last change." }),
    firstRespondedAt: t.expose("firstRespondedAt", { type: "DateTime", nullable: true, description: "First staff reply to the customer; null before it." }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true, description: "When it was (last) resolved." }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true, description: "When it was closed." }),
    sla: t.field({ description: "Live SLA state.",
      type: TicketSla,
      resolve: async (ticket, _a, ctx) => {
        const [statusChanges, messages, schedule] = await Promise.all([ctx.loaders.statusChanges.load(ticket.id), ctx.loaders.messages.load(ticket.id), ctx.loaders.schedule()]);
        const state = slaStateOf({ ticket, statusChanges, messages }, schedule, ctx.config);
        return { slaHours: ticket.slaHours, firstReply: state.firstReply, nextReply: state.nextReply, resolution: state.resolution };
      },
    }),
    messages: t.connection(
      {
        type: TicketMessage,
        description: "The conversation, oldest first. Customers never see internal notes.",
        resolve: async (ticket, args, ctx) => {
          const all = await ctx.loaders.messages.load(ticket.id);
          const visible = isStaff(ctx.identity) || ctx.identity.role === "service" ? all : all.filter((m) => !m.internal);
          return arrayConnection(args, visible, (m) => [m.createdAt.toISOString(), m.id]);
        },
      },
      MessageConnection,
    ),
    history: t.connection(
      {
        type: TicketHistoryEntry,
        description: "Append-only audit trail, oldest first (staff only).",
        authScopes: { staff: true, service: true },
        resolve: async (ticket, args, ctx) => arrayConnection(args, await ctx.loaders.history.load(ticket.id), (h) => [h.at.toISOString(), h.id]),
      },
      HistoryConnection,
    ),
  }),
});

builder.asEntity(Ticket, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    const ticket = await ctx.loaders.ticket.load(id);
    return ticket && canSee(ctx, ticket) ? ticket : null;
  },
});

// ---------------------------------------------------------------------------------------------
// Filters and lists

const TicketFilter = builder.inputType("TicketFilter", {
  description: "Conditions a ticket must all meet; omitted fields do not filter.",
  fields: (t) => ({
    status: t.field({ description: "Any of these statuses.", type: [TicketStatus], required: false }),
    category: t.string({ required: false, description: "Category or subcategory key." }),
    priority: t.field({ description: "Any of these priorities.", type: [TicketPriority], required: false }),
    assignedAgentId: t.id({ description: "Assigned to this agent.", required: false }),
    unassigned: t.boolean({ description: "true: only unassigned tickets.", required: false }),
    customerId: t.id({ description: "Opened by this customer (staff; a customer only ever sees their own).", required: false }),
    language: t.string({ description: "In this language (en, ar, hi, ur).", required: false }),
    breachedSla: t.boolean({ required: false, description: "Tickets with (true) or without (false) a breached SLA target." }),
    triage: t.boolean({ required: false, description: "Tickets waiting in the triage queue." }),
    tag: t.string({ description: "Carrying this tag.", required: false }),
    text: t.string({
      required: false,
      ...maxLength(SEARCH_TEXT_MAX_LENGTH),
      description:
        "Full-text filter: every word, anywhere in the subject, tags, description and conversation (internal notes for staff only); Arabic-aware normalisation, English/Arabic stemming by ticket language. Long texts are truncated (see searchTickets).",
    }),
  }),
});

type TicketFilterValue = typeof TicketFilter.$inferInput;

/** Staff and services search internal notes too; customers never (search.ts). */
const audienceOf = (ctx: TicketsContext): SearchAudience => (isStaff(ctx.identity) || ctx.identity.role === "service" ? "staff" : "customer");

/**
 * A filtered list: the filter runs in SQL (search.ts `ticketFilterSql`, the one place it is
 * written; a `text` filter matches the audience's GIN-indexed vector), one keyset page of ids,
 * the rows through the DataLoader.
 */
const pageOfFilteredTickets = (ctx: TicketsContext, filter: TicketFilterValue, customerId: string | null) => async (page: KeysetPage) => {
  const ids = await matchingTicketIds(ctx.db.sql, { filter, audience: audienceOf(ctx), customerId, page });
  const rows = await ctx.loaders.ticket.loadMany(ids);
  return rows.filter((r): r is TicketRow => Boolean(r) && !(r instanceof Error));
};

const KEY = ["createdAt", "id"] as const;
const pageOfTickets = (ctx: TicketsContext, where: Prisma.TicketWhereInput) => (page: KeysetPage) =>
  ctx.db.prisma.ticket.findMany({
    where: { AND: [where, beyondKeyWhere(KEY, page, true, (v) => new Date(v))] },
    orderBy: keysetOrder(KEY, page, true),
    take: page.limit,
  });
const ticketSortKey = (ticket: TicketRow) => [ticket.createdAt.toISOString(), ticket.id] as const;

// ---------------------------------------------------------------------------------------------
// Ranked search (search.ts)

const TicketSearchEdgeRef = builder.objectRef<TicketSearchEdge>("TicketSearchEdge").implement({
  description: "One search hit with its relevance and highlighted excerpts.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", { description: "Pass as `after` to continue after this hit." }),
    node: t.field({ description: "The matching ticket.", type: Ticket, resolve: (e) => e.node }),
    score: t.exposeFloat("score", { description: "Relevance (0..1, subject > tags > description and conversation) × recency of the last update (docs/tickets.md#search)." }),
    snippet: t.exposeString("snippet", {
      description: "Excerpt around the matches from the description, else from the newest matching message (see snippetMessage); HTML-escaped, matches in <mark>.",
    }),
    snippetMessage: t.field({
      type: TicketMessage,
      nullable: true,
      description: "The message the snippet comes from; null when it comes from the description. Customers never get an internal note.",
      resolve: (e) => e.snippetMessage,
    }),
    subjectHighlighted: t.exposeString("subjectHighlighted", { description: "Subject, HTML-escaped, matches in <mark>." }),
    highlights: t.exposeStringList("highlights", { description: "The words highlighted in the subject and snippet." }),
  }),
});

const TicketSearchConnection = builder.objectRef<TicketSearchPage>("TicketSearchConnection").implement({
  description: "A page of ticket search hits, best first.",
  fields: (t) => ({
    edges: t.field({ description: "The hits of this page.", type: [TicketSearchEdgeRef], resolve: (p) => p.edges }),
    pageInfo: t.field({ description: "Cursors for the next page.", type: builder.pageInfoRef(), resolve: (p) => p.pageInfo }),
    totalCount: t.exposeInt("totalCount", { description: "Matches: exact up to 1000; above that PostgreSQL's estimate, and totalCountIsExact is false." }),
    totalCountIsExact: t.exposeBoolean("totalCountExact", { description: "Whether totalCount is exact (false above 1000 matches)." }),
    matchedEveryWord: t.boolean({ description: "False when no ticket had every word and tickets with any of them are shown.", resolve: (p) => p.mode === "and" }),
    queryTruncated: t.boolean({ description: "The query was longer than the limit and was cut.", resolve: (p) => p.parsed.truncated }),
  }),
});

function runSearch(ctx: TicketsContext, args: { query: string; filter?: TicketFilterValue | null; first?: number | null; after?: string | null }, customerId: string | null) {
  return searchTickets(
    {
      sql: ctx.db.sql,
      audience: customerId ? "customer" : audienceOf(ctx),
      customerId,
      loadTickets: (ids) => ctx.loaders.ticket.loadMany(ids).then((rows) => rows.map((r) => (r instanceof Error ? null : r))),
      loadMessages: (ids) => ctx.loaders.messages.loadMany(ids).then((rows) => rows.map((r) => (r instanceof Error ? [] : r))),
      typoSimilarity: ctx.config.SEARCH_TYPO_SIMILARITY,
    },
    args,
  );
}

// agents owns Agent; tickets contributes the agent's open tickets.
builder.externalRef("Agent", builder.selection<{ id: string }>("id")).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    openTickets: t.connection(
      {
        type: Ticket,
        description: "Tickets assigned to this agent that are not resolved or closed, newest first.",
        authScopes: { staff: true, service: true },
        // Batched across the agents of one entity fetch (no query per agent).
        resolve: (agent, args, ctx) => keysetConnection(args, ticketSortKey, (page) => ctx.loaders.openTicketsOf(agent.id, page)),
      },
      TicketConnection,
    ),
  }),
});

// ---------------------------------------------------------------------------------------------
// Macros, schedule, notifications, webhooks

const Macro = builder.objectRef<MacroRow>("Macro").implement({
  description: "A canned response: a template per language with {{customer.name}}, {{agent.name}}, {{ticket.number}} placeholders.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The macro id." }),
    key: t.exposeString("key", { description: "Stable key, e.g. request_more_information." }),
    name: t.exposeString("name", { description: "English name." }),
    nameAr: t.exposeString("nameAr", { nullable: true, description: "Arabic name, when set." }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "The ticket category it is meant for; null for any." }),
    languages: t.stringList({ description: "Languages it has a template in.", resolve: (m) => Object.keys(macroBodies(m)).sort() }),
    body: t.string({ description: "The template in the language (default en); null when there is none.", nullable: true, args: { language: t.arg.string({ description: "en, ar, hi or ur (default en).", required: false }) }, resolve: (m, { language }) => macroBodyFor(m, language ?? "en")?.body ?? null }),
  }),
});

const OpeningRange = builder.objectRef<{ start: string; end: string }>("OpeningRange").implement({
  description: "Opening hours within one day, in the schedule's time zone.",
  fields: (t) => ({ start: t.exposeString("start", { description: "Opens, HH:MM." }), end: t.exposeString("end", { description: "Closes, HH:MM." }) }),
});
const BusinessDay = builder.objectRef<{ weekday: number; ranges: { start: string; end: string }[] }>("BusinessDay").implement({
  description: "One weekday's opening ranges.",
  fields: (t) => ({ weekday: t.exposeInt("weekday", { description: "0 = Sunday … 6 = Saturday" }), ranges: t.field({ description: "Opening ranges that day; empty when closed.", type: [OpeningRange], resolve: (d) => d.ranges }) }),
});
const BusinessSchedule = builder.objectRef<ScheduleRow>("BusinessSchedule").implement({
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

const Notification = builder.objectRef<NotificationRow>("Notification").implement({
  description: "An in-app notification.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The notification id." }),
    recipientId: t.exposeString("recipientId", { description: "Who it is for (a user id, or the supervisors' queue)." }),
    kind: t.exposeString("kind", { description: "What it is about, e.g. TICKET_ASSIGNED, TICKET_ESCALATED, SLA_WARNING, SLA_BREACHED, LOW_RATING." }),
    title: t.exposeString("title", { description: "Short title." }),
    body: t.exposeString("body", { description: "Text." }),
    ticketId: t.exposeID("ticketId", { nullable: true, description: "The ticket it concerns, if any." }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true, description: "When it was marked read; null while unread." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was sent." }),
  }),
});
const NotificationConnection = builder.connectionObject({ type: Notification, name: "NotificationConnection" }, { name: "NotificationEdge" });

const WebhookSubscription = builder.objectRef<WebhookRow>("WebhookSubscription").implement({
  description: "A partner endpoint receiving ticket events, signed with HMAC-SHA256 (header x-switchboard-signature: t=<unix>,v1=<hex of HMAC(secret, `${t}.${body}`)>).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The subscription id." }),
    url: t.exposeString("url", { description: "The HTTPS endpoint events are POSTed to." }),
    eventTypes: t.exposeStringList("eventTypes", { description: "Event types delivered (docs/contracts.md), e.g. ticket.created." }),
    active: t.exposeBoolean("active", { description: "False once deactivated: nothing more is delivered." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was registered." }),
  }),
});
const Delivery = builder.objectRef<DeliveryRow>("NotificationDelivery").implement({
  description: "One outbound delivery (email, Slack, Teams, webhook) and its status: PENDING, SENDING, DELIVERED or FAILED.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The delivery id." }),
    channel: t.exposeString("channel", { description: "email, slack, teams or webhook." }),
    eventType: t.exposeString("eventType", { nullable: true, description: "The event delivered, if any." }),
    status: t.exposeString("status", { description: "PENDING, SENDING, DELIVERED or FAILED." }),
    attempts: t.exposeInt("attempts", { description: "Attempts made so far." }),
    lastError: t.exposeString("lastError", { nullable: true, description: "Why the last attempt failed, if it did." }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", description: "When the next attempt is due (retries back off)." }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true, description: "When it was delivered; null until then." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was queued." }),
  }),
});
const DeliveryConnection = builder.connectionObject({ type: Delivery, name: "NotificationDeliveryConnection" }, { name: "NotificationDeliveryEdge" });
const RegisteredWebhook = builder.objectRef<{ subscription: WebhookRow; secret: string }>("RegisteredWebhook").implement({
  description: "A newly registered webhook and its signing secret.",
  fields: (t) => ({
    subscription: t.field({ description: "The subscription.", type: WebhookSubscription, resolve: (r) => r.subscription }),
    secret: t.exposeString("secret", { description: "Shown once: verify signatures with it." }),
  }),
});

/** Whose in-app notifications the caller reads: their own, plus the supervisors' queues for supervisors. */
function notificationRecipients(ctx: TicketsContext): Prisma.NotificationWhereInput {
  const own = ctx.identity.subject as string;
  return isSupervisor(ctx.identity) ? { OR: [{ recipientId: own }, { recipientId: { startsWith: SUPERVISOR_QUEUE } }] } : { recipientId: own };
}

// ---------------------------------------------------------------------------------------------
// Live events

interface TicketEventView {
  id: string;
  type: string;
  ticketId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

const TicketEvent = builder.objectRef<TicketEventView>("TicketEvent").implement({
  description: "A ticket domain event (docs/contracts.md), delivered live.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The event id (unique; use it to drop duplicates)." }),
    type: t.exposeString("type", { description: "Event type, e.g. ticket.created, ticket.status_changed (docs/contracts.md)." }),
    ticketId: t.exposeID("ticketId", { description: "The ticket concerned." }),
    occurredAt: t.field({ description: "When it happened.", type: "DateTime", resolve: (e) => e.occurredAt }),
    cursor: t.string({ description: "Pass as `after` when resubscribing to continue right after this event.", resolve: (e) => eventCursor(e) }),
    payload: t.field({ description: "The event's data, as in docs/contracts.md.", type: "JSON", resolve: (e) => e.payload }),
    ticket: t.field({ description: "The ticket as it is now.", type: Ticket, nullable: true, resolve: (e, _a, ctx) => ctx.loaders.ticket.load(e.ticketId) }),
  }),
});

const RESUME_DESCRIPTION = `The \`cursor\` of the last event received before a disconnect: the events committed since are sent first, in order, each once (up to ${MAX_REPLAYED_EVENTS}), then live ones. A cursor this stream did not send is BAD_USER_INPUT.`;

/**
 * Ticket events from the bus, filtered; customers never receive internal-note events. With
 * `after` (an event's cursor), the events committed since are replayed first (outbox-resume.ts).
 */
async function* ticketEventStream(ctx: TicketsContext, accept: (event: DomainEvent) => boolean, after?: string | null): AsyncGenerator<TicketEventView> {
  const resumeFrom = after ? positionOfCursor(after) : null;
  const wanted = (event: DomainEvent) => event.source === "tickets" && accept(event) && !(isCustomer(ctx) && event.payload.internal === true);
  const live = ctx.pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
  await ctx.pubsub.ready();
  const events = resumeFrom ? resumeFromOutbox(ctx.db, "tickets", resumeFrom, wanted, live) : live;
  try {
    for await (const event of events) {
      if (!wanted(event)) continue;
      yield { id: event.id, type: event.type, ticketId: String(event.payload.ticketId ?? event.aggregateId), occurredAt: event.occurredAt, payload: event.payload };
    }
  } finally {
    await live.return?.();
  }
}

builder.subscriptionType({
  description: ROOT_TYPE_DESCRIPTIONS.Subscription,
  fields: (t) => ({
    ticketEvents: t.field({
      type: TicketEvent,
      description: "Live events of one ticket. Any signed-in caller who may see the ticket (customers: their own, without internal notes; otherwise FORBIDDEN). Anonymous: UNAUTHENTICATED.",
      authScopes: { authenticated: true },
      args: { ticketId: t.arg.id({ description: "The ticket (UUID).", required: true }), after: t.arg.string({ required: false, description: RESUME_DESCRIPTION }) },
      subscribe: async (_root, { ticketId, after }, ctx) => {
        await visibleTicket(ctx, ticketId);
        return ticketEventStream(ctx, (e) => e.aggregateId === ticketId || e.payload.ticketId === ticketId || e.payload.primaryTicketId === ticketId, after);
      },
      resolve: (event) => event,
    }),
    ticketQueueEvents: t.field({
      type: TicketEvent,
      description: "Every ticket event, live (staff queue views). Staff only.",
      authScopes: { staff: true },
      args: { after: t.arg.string({ required: false, description: RESUME_DESCRIPTION }) },
      subscribe: async (_root, { after }, ctx) => ticketEventStream(ctx, () => true, after),
      resolve: (event) => event,
    }),
    notificationAdded: t.field({
      type: Notification,
      description: "The caller's new in-app notifications (supervisors also get the supervisors' queue). Any signed-in caller.",
      authScopes: { authenticated: true },
      subscribe: async (_root, _args, ctx) => {
        const topics = [notificationTopic(ctx.identity.subject as string)];
        if (isSupervisor(ctx.identity)) topics.push(notificationTopic(SUPERVISOR_QUEUE));
        return mergeIterators(ctx, topics);
      },
      resolve: (n) => ({ ...n, createdAt: new Date(n.createdAt), readAt: n.readAt ? new Date(n.readAt) : null }),
    }),
  }),
});

async function* mergeIterators(ctx: TicketsContext, topics: string[]): AsyncGenerator<NotificationRow> {
  const iterators = topics.map((topic) => ctx.pubsub.subscribe<NotificationRow>(topic));
  await ctx.pubsub.ready();
  const pending = new Map(iterators.map((it, i) => [i, it.next().then((r) => ({ r, i }))]));
  try {
    while (pending.size) {
      const { r, i } = await Promise.race(pending.values());
      if (r.done) {
        pending.delete(i);
        continue;
      }
      pending.set(i, iterators[i].next().then((next) => ({ r: next, i })));
      yield r.value;
    }
  } finally {
    for (const it of iterators) await it.return?.();
  }
}

// ---------------------------------------------------------------------------------------------
// Queries

builder.queryType({
  description: ROOT_TYPE_DESCRIPTIONS.Query,
  fields: (t) => ({
    ticket: t.field({
      type: Ticket,
      nullable: true,
      description: "A ticket. Customers get FORBIDDEN for tickets that are not theirs and for ids that do not exist alike.",
      authScopes: { authenticated: true },
      args: { id: t.arg.id({ description: "The ticket id (UUID, else BAD_USER_INPUT).", required: true }) },
      resolve: (_root, { id }, ctx) => visibleTicket(ctx, id, "id"),
    }),
    tickets: t.connection(
      {
        type: Ticket,
        description: "Tickets, newest first, matching the filter. Staff and services only (customers: FORBIDDEN, use myTickets).",
        authScopes: { staff: true, service: true },
        args: { filter: t.arg({ description: "Conditions to match; omit for all tickets.", type: TicketFilter, required: false }) },
        resolve: async (_root, args, ctx) =>
          keysetConnection(args, ticketSortKey, pageOfFilteredTickets(ctx, args.filter ?? {}, null)),
      },
      TicketConnection,
    ),
    myTickets: t.connection(
      {
        type: Ticket,
        description: "The calling customer's own tickets, newest first, matching the filter. Customers only.",
        authScopes: { customer: true },
        args: { filter: t.arg({ description: "Conditions to match; omit for all my tickets.", type: TicketFilter, required: false }) },
        resolve: async (_root, args, ctx) => {
          const own = ctx.identity.subject as string;
          return keysetConnection(args, ticketSortKey, pageOfFilteredTickets(ctx, args.filter ?? {}, own));
        },
      },
      TicketConnection,
    ),
    searchTickets: t.field({
      type: TicketSearchConnection,
      description:
        "Ranked full-text search over every ticket's subject, tags, description, conversation and internal notes (staff). See docs/tickets.md#search. A query without words is BAD_USER_INPUT.",
      authScopes: { staff: true, service: true },
      args: {
        query: t.arg.string({ required: true, ...maxLength(SEARCH_TEXT_MAX_LENGTH), description: "Words to find; longer than 256 characters it is truncated. Metacharacters are plain separators." }),
        filter: t.arg({ description: "Only tickets that also match these conditions.", type: TicketFilter, required: false }),
        first: t.arg.int({ required: false, description: "Hits per page, 0–100 (default 20); outside that range: BAD_USER_INPUT." }),
        after: t.arg.string({ required: false, description: "Continue after this cursor (an edge cursor or endCursor)." }),
      },
      resolve: (_root, args, ctx) => runSearch(ctx, args, null),
    }),
    searchMyTickets: t.field({
      type: TicketSearchConnection,
      description: "Ranked full-text search over the caller's own tickets: subject, tags, description and public messages (never internal notes).",
      authScopes: { customer: true },
      args: {
        query: t.arg.string({ required: true, ...maxLength(SEARCH_TEXT_MAX_LENGTH), description: "Words to find; longer than 256 characters it is truncated. Metacharacters are plain separators." }),
        filter: t.arg({ description: "Only tickets that also match these conditions.", type: TicketFilter, required: false }),
        first: t.arg.int({ required: false, description: "Hits per page, 0–100 (default 20); outside that range: BAD_USER_INPUT." }),
        after: t.arg.string({ required: false, description: "Continue after this cursor (an edge cursor or endCursor)." }),
      },
      resolve: (_root, args, ctx) => runSearch(ctx, args, ctx.identity.subject as string),
    }),
    ticketCategories: t.field({
      type: [TicketCategory],
      description: "Active top-level ticket categories with their subcategories and SLA policies. Anyone may call it.",
      resolve: (_root, _args, ctx) => ctx.db.prisma.ticketCategory.findMany({ where: { parentKey: null, active: true }, orderBy: { key: "asc" } }),
    }),
    macros: t.field({ description: "Active macros (canned responses), optionally for one category (plus those for any category). Staff only.",
      type: [Macro],
      authScopes: { staff: true },
      args: { categoryKey: t.arg.string({ description: "Only macros for this category key and for any category.", required: false }) },
      resolve: (_root, { categoryKey }, ctx) =>
        ctx.db.prisma.macro.findMany({ where: { active: true, ...(categoryKey ? { OR: [{ categoryKey }, { categoryKey: null }] } : {}) }, orderBy: { key: "asc" } }),
    }),
    businessSchedule: t.field({ description: "The business hours and holidays the SLA clock counts. Staff only.",
      type: BusinessSchedule,
      authScopes: { staff: true },
      resolve: async (_root, _args, ctx) =>
        (await ctx.db.prisma.businessSchedule.findUnique({ where: { key: DEFAULT_SCHEDULE_KEY } })) ?? ({ timeZone: null, ...defaultScheduleRow(ctx.config), updatedAt: new Date() } as ScheduleRow),
    }),
    notifications: t.connection(
      {
        type: Notification,
        description: "The caller's in-app notifications, newest first (supervisors also see the supervisors' queue). Any signed-in caller.",
        authScopes: { authenticated: true },
        args: { unreadOnly: t.arg.boolean({ description: "true: only unread ones.", required: false }) },
        resolve: (_root, args, ctx) =>
          keysetConnection(args, (n: NotificationRow) => [n.createdAt.toISOString(), n.id], (page) =>
            ctx.db.prisma.notification.findMany({
              where: { AND: [notificationRecipients(ctx), args.unreadOnly ? { readAt: null } : {}, beyondKeyWhere(KEY, page, true, (v) => new Date(v))] },
              orderBy: keysetOrder(KEY, page, true),
              take: page.limit,
            }),
          ),
      },
      NotificationConnection,
    ),
    webhookSubscriptions: t.field({ description: "Registered partner webhooks, oldest first. Admins only.",
      type: [WebhookSubscription],
      authScopes: { admin: true },
      resolve: (_root, _args, ctx) => ctx.db.prisma.webhookSubscription.findMany({ orderBy: { createdAt: "asc" } }),
    }),
    notificationDeliveries: t.connection(
      {
        type: Delivery,
        description: "Outbound deliveries with their status, newest first (admins).",
        authScopes: { admin: true },
        args: { webhookSubscriptionId: t.arg.id({ description: "Only deliveries of this webhook (UUID, else BAD_USER_INPUT).", required: false }), channel: t.arg.string({ description: "Only this channel: email, slack, teams or webhook.", required: false }), status: t.arg.string({ description: "Only this status: PENDING, SENDING, DELIVERED or FAILED.", required: false }) },
        resolve: (_root, args, ctx) => {
          if (args.webhookSubscriptionId) assertUuid(args.webhookSubscriptionId, "webhookSubscriptionId");
          return keysetConnection(args, (d: DeliveryRow) => [d.createdAt.toISOString(), d.id], (page) =>
            ctx.db.prisma.notificationDelivery.findMany({
              where: {
                AND: [
                  args.webhookSubscriptionId ? { subscriptionId: args.webhookSubscriptionId } : {},
                  args.channel ? { channel: args.channel } : {},
                  args.status ? { status: args.status } : {},
                  beyondKeyWhere(KEY, page, true, (v) => new Date(v)),
                ],
              },
              orderBy: keysetOrder(KEY, page, true),
              take: page.limit,
            }),
          );
        },
      },
      DeliveryConnection,
    ),
  }),
});

// ---------------------------------------------------------------------------------------------
// Mutations

const AttachmentInput = builder.inputType("TicketAttachmentInput", {
  description: "A link to a file stored elsewhere. At most 10 per message; invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    name: t.string({ description: "File name, 1–255 characters.", required: true }),
    url: t.string({ description: "http(s) URL to download it.", required: true, ...maxLength(URL_MAX_LENGTH) }),
    contentType: t.string({ description: "MIME type, e.g. image/png.", required: false }),
    size: t.int({ description: "Size in bytes.", required: false }),
  }),
});

const CreateTicketInput = builder.inputType("CreateTicketInput", {
  description: "A new support request.",
  fields: (t) => ({
    channel: t.field({ description: "Where the request came from.", type: TicketChannel, required: true }),
    subject: t.string({ description: "One-line summary.", required: true, ...maxLength(SUBJECT_MAX_LENGTH) }),
    description: t.string({ description: "The problem in the customer's words.", required: true, ...maxLength(DESCRIPTION_MAX_LENGTH) }),
    attachments: t.field({ description: "Attached files.", type: [AttachmentInput], required: false }),
    categoryKey: t.string({ required: false, description: "Category or subcategory key; classified automatically when omitted." }),
    priorityOverride: t.field({ description: "Use this priority instead of the category's default (MEDIUM before classification). Customers may only lower or keep it (a raise: FORBIDDEN, reason priority); staff may set any.", type: TicketPriority, required: false }),
    language: t.string({ required: false, description: "Explicit language; otherwise the customer's preferred language, Accept-Language, then detection." }),
    customerId: t.id({ required: false, description: "Staff and services: create on a customer's behalf." }),
    idempotencyKey: t.string({
      required: false,
      ...maxLength(IDEMPOTENCY_KEY_MAX_LENGTH),
      description: "Makes retries safe, per customer: the same key with the same request returns the first ticket; the same key with a different request is CONFLICT.",
    }),
  }),
});

const UpdateTicketInput = builder.inputType("UpdateTicketInput", {
  description: "Changes to a ticket; omitted fields stay as they are.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket.", required: true }),
    status: t.field({ description: "New status; the workflow must allow the move (else BAD_USER_INPUT). Use escalateTicket for ESCALATED.", type: TicketStatus, required: false }),
    priority: t.field({ description: "New priority.", type: TicketPriority, required: false }),
    categoryKey: t.string({ required: false, description: "Category or subcategory; setting it takes the ticket out of triage." }),
    assignedAgentId: t.id({ description: "Assign to this agent (unknown agent: BAD_USER_INPUT).", required: false }),
    tags: t.stringList({ description: "Replaces the tags: letters, digits, _ . -.", required: false, ...listLimits(MAX_TAGS, TAG_MAX_LENGTH) }),
    note: t.string({ required: false, description: "Why (kept in the history).", ...maxLength(NOTE_MAX_LENGTH) }),
  }),
});

const TicketActionInput = builder.inputType("TicketActionInput", {
  description: "A ticket and an optional reason kept in its history.",
  fields: (t) => ({ ticketId: t.id({ required: true, description: "The ticket." }), note: t.string({ required: false, ...maxLength(NOTE_MAX_LENGTH), description: "Why (kept in the history)." }) }),
});

const AddTicketMessageInput = builder.inputType("AddTicketMessageInput", {
  description: "A reply or internal note on a ticket.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket; it must not be CLOSED (else BAD_USER_INPUT).", required: true }),
    body: t.string({ description: "The text (Markdown allowed); not empty.", required: true, ...maxLength(MESSAGE_MAX_LENGTH) }),
    attachments: t.field({ description: "Attached files.", type: [AttachmentInput], required: false }),
    internal: t.boolean({ required: false, description: "Internal note (staff only; customers never see it)." }),
    idempotencyKey: t.string({
      required: false,
      ...maxLength(IDEMPOTENCY_KEY_MAX_LENGTH),
      description: "Makes retries safe, per ticket: the same key with the same message returns the stored message; with a different message (or author), CONFLICT.",
    }),
  }),
});

const MergeTicketsInput = builder.inputType("MergeTicketsInput", {
  description: "Duplicates to fold into one ticket.",
  fields: (t) => ({
    primaryTicketId: t.id({ required: true, description: "The ticket that stays." }),
    duplicateTicketIds: t.idList({ required: true, description: "1–20 tickets to merge into it; they are CLOSED." }),
  }),
});

const ApplyMacroInput = builder.inputType("ApplyMacroInput", {
  description: "A macro to send on a ticket.",
  fields: (t) => ({
    ticketId: t.id({ required: true, description: "The ticket." }),
    macroId: t.id({ required: true, description: "An active macro (else NOT_FOUND)." }),
    internal: t.boolean({ required: false, description: "Send as an internal note instead of a reply." }),
  }),
});

const EscalateTicketInput = builder.inputType("EscalateTicketInput", {
  description: "A ticket to escalate and why.",
  fields: (t) => ({
    ticketId: t.id({ required: true, description: "The ticket." }),
    reason: t.string({ required: true, ...maxLength(NOTE_MAX_LENGTH), description: "Why, 1–1000 characters (kept in the history)." }),
  }),
});

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

const RegisterWebhookInput = builder.inputType("RegisterWebhookInput", {
  description: "A partner endpoint and the events it wants.",
  fields: (t) => ({ url: t.string({ required: true, ...maxLength(URL_MAX_LENGTH), description: "http(s) URL events are POSTed to." }), eventTypes: t.stringList({ required: true, description: "e.g. ticket.created, ticket.resolved, or * for all." }) }),
});

const MAX_TAGS = 20;
const TAG_MAX_LENGTH = 40;

function cleanTags(tags: readonly string[]): string[] {
  if (tags.length > MAX_TAGS) throw badInput(`At most ${MAX_TAGS} tags`, { field: "tags" });
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()))].map((tag) => {
    if (!/^[\p{L}\p{N}_.-]+$/u.test(tag) || tag.length > TAG_MAX_LENGTH) throw badInput(`Invalid tag "${tag.slice(0, TAG_MAX_LENGTH)}"`, { field: "tags" });
    return tag;
  });
}

/** Asks agents whether the agent exists: true/false, or null when agents cannot say (then the id is accepted). */
async function agentExists(ctx: TicketsContext, id: string): Promise<boolean | null> {
  try {
    const data = await ctx.internal.request<{ agent: { id: string } | null }>("agents", "query($id: ID!) { agent(id: $id) { id } }", { id }, { timeoutMs: 800 });
    return data.agent !== null;
  } catch (error) {
    ctx.logger.warn("could not verify the agent id with agents; accepting it", { agentId: id, error: (error as Error).message });
    return null;
  }
}

builder.mutationType({
  description: ROOT_TYPE_DESCRIPTIONS.Mutation,
  fields: (t) => ({
    createTicket: t.field({ description: "Opens a ticket: classified, prioritized, given an SLA and routed. Customers create their own (customerId of someone else: FORBIDDEN); staff and services must pass customerId (else BAD_USER_INPUT). Invalid input: BAD_USER_INPUT; reused idempotencyKey with a different request: CONFLICT.",
      type: Ticket,
      authScopes: { customer: true, staff: true, service: true },
      args: { input: t.arg({ description: "The request.", type: CreateTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const caller = ctx.identity;
        let customerId: string;
        if (caller.role === "customer") {
          if (input.customerId && input.customerId !== caller.subject) throw forbidden("Customers can only create tickets for themselves");
          customerId = caller.subject as string;
        } else {
          if (!input.customerId) throw badInput("customerId is required when staff or services create a ticket", { field: "customerId" });
          assertUuid(input.customerId, "customerId");
          customerId = input.customerId;
        }
        if (input.idempotencyKey != null && (input.idempotencyKey.length === 0 || input.idempotencyKey.length > 200)) {
          throw badInput("idempotencyKey must be 1–200 characters", { field: "idempotencyKey" });
        }
        const attachments = validateAttachments(input.attachments);
        const { ticket, created } = await createTicket(
          ctx,
          { ...input, attachments, customerId, createdById: caller.subject as string, createdByRole: caller.role, acceptLanguage: ctx.acceptLanguage },
          await workflowEnv(ctx),
        );
        if (!created) return ticket;
        await afterCreate(ctx, ticket);
        return (await ctx.db.prisma.ticket.findUnique({ where: { id: ticket.id } })) ?? ticket;
      },
    }),

    updateTicket: t.field({
      type: Ticket,
      description: "Staff: status (workflow enforced), priority, category (leaves triage), assignee, tags. Staff only. A move the workflow forbids, an unknown category or agent: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The changes.", type: UpdateTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        if (input.assignedAgentId) {
          assertUuid(input.assignedAgentId, "assignedAgentId");
          if ((await agentExists(ctx, input.assignedAgentId)) === false) throw badInput("Unknown agent", { field: "assignedAgentId" });
        }
        const tags = input.tags ? cleanTags(input.tags) : null;
        const category = input.categoryKey ? await ctx.db.prisma.ticketCategory.findUnique({ where: { key: input.categoryKey } }) : null;
        if (input.categoryKey && !category) throw badInput(`Unknown category "${input.categoryKey}"`, { field: "categoryKey" });
        const actor = actorOf(ctx);
        let leftTriage = false;
        const updated = await withLockedTicket(ctx, input.ticketId, async (tx, ticket, env) => {
          let current = ticket;
          if (category) {
            const categoryKey = category.parentKey ?? category.key;
            const subcategoryKey = category.parentKey ? category.key : null;
            const top = category.parentKey ? await tx.ticketCategory.findUnique({ where: { key: category.parentKey } }) : category;
            leftTriage = current.needsTriage;
            // As creation would: the override (or the staff's new priority) else the category's default;
            // an escalated ticket keeps its bumped priority.
            const computed = ticketPriority(input.priority ?? current.priorityOverride, top?.defaultPriority);
            const priority = current.status === "ESCALATED" && isHigherPriority(current.priority, computed) ? current.priority : computed;
            current = await tx.ticket.update({
              where: { id: current.id },
              data: {
                categoryKey,
                subcategoryKey,
                needsTriage: false,
                classificationConfidence: 1,
                tags: current.tags.filter((x) => x !== TRIAGE_TAG),
                priority,
                ...(input.priority ? { priorityOverride: input.priority } : {}),
                slaHours: ticketSlaHours(ctx.config, top, priority),
              },
            });
            await addHistory(tx, current.id, actor, { action: "categorized", field: "category", oldValue: ticket.subcategoryKey ?? ticket.categoryKey, newValue: category.key, note: input.note }, env.now);
            if (priority !== ticket.priority) {
              await addHistory(tx, current.id, actor, { action: "priority_changed", field: "priority", oldValue: ticket.priority, newValue: priority, note: input.note ?? "category" }, env.now);
            }
          }
          if (input.priority && input.priority !== current.priority) {
            const top = current.categoryKey ? await tx.ticketCategory.findUnique({ where: { key: current.categoryKey } }) : null;
            await addHistory(tx, current.id, actor, { action: "priority_changed", field: "priority", oldValue: current.priority, newValue: input.priority, note: input.note }, env.now);
            current = await tx.ticket.update({ where: { id: current.id }, data: { priority: input.priority, priorityOverride: input.priority, slaHours: ticketSlaHours(ctx.config, top, input.priority) } });
          }
          if (tags) {
            await addHistory(tx, current.id, actor, { action: "tags_changed", field: "tags", oldValue: current.tags.join(","), newValue: tags.join(","), note: input.note }, env.now);
            current = await tx.ticket.update({ where: { id: current.id }, data: { tags } });
          }
          const changed = (["categoryKey", "subcategoryKey", "priority", "tags"] as const).filter((field) => String(current[field]) !== String(ticket[field]));
          if (changed.length > 0) {
            await emit(tx, [{ type: "ticket.updated", aggregateId: current.id, occurredAt: env.now, payload: { ticketId: current.id, changed, categoryKey: current.categoryKey, subcategoryKey: current.subcategoryKey, priority: current.priority, tags: current.tags } }]);
          }
          if (input.assignedAgentId !== undefined) current = await assign(tx, current, input.assignedAgentId, actor, env);
          if (input.status && input.status !== current.status) {
            if (input.status === "ESCALATED") throw badInput("Use escalateTicket to escalate", { field: "status" });
            current = await changeStatus(tx, current, input.status, actor, env, input.note);
          }
          return refreshSla(tx, current.id, env);
        });
        if (leftTriage && !updated.assignedAgentId) await requestAssignment(ctx, updated);
        return (await ctx.db.prisma.ticket.findUnique({ where: { id: updated.id } })) ?? updated;
      },
    }),

    resolveTicket: t.field({ description: "Marks a ticket RESOLVED (the customer may reopen it). Staff only. A move the workflow forbids: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      type: Ticket,
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) => withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => changeStatus(tx, ticket, "RESOLVED", actorOf(ctx), env, input.note)),
    }),

    closeTicket: t.field({ description: "Closes a resolved ticket for good. Staff only. Not resolved yet: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      type: Ticket,
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) => withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => changeStatus(tx, ticket, "CLOSED", actorOf(ctx), env, input.note)),
    }),

    reopenTicket: t.field({
      type: Ticket,
      description: "Reopens a resolved ticket (staff, or the customer who owns it; another customer's: FORBIDDEN). CLOSED or not resolved: BAD_USER_INPUT.",
      authScopes: { staff: true, customer: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => {
          if (ticket.status !== "RESOLVED" && ticket.status !== "AUTO_RESOLVED") {
            throw badInput(ticket.status === "CLOSED" ? "Closed tickets cannot be reopened; open a follow-up ticket instead." : "Only resolved tickets can be reopened.", { from: ticket.status, to: "OPEN" });
          }
          return changeStatus(tx, ticket, "OPEN", actorOf(ctx), env, input.note ?? "reopened");
        }),
    }),

    escalateTicket: t.field({
      type: Ticket,
      description: "Manual escalation: ESCALATED, priority bumped, routed to the category's escalation tier. Staff only. Empty or too long reason: BAD_USER_INPUT.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and the reason.", type: EscalateTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const reason = input.reason.trim();
        if (!reason || reason.length > 1000) throw badInput("reason must be 1–1000 characters", { field: "reason" });
        const escalated = await withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => escalate(tx, ticket, reason, actorOf(ctx), env));
        await requestAssignment(ctx, escalated, { requiredTier: escalated.escalationTier, excludeAgentIds: escalated.assignedAgentId ? [escalated.assignedAgentId] : [] });
        return (await ctx.db.prisma.ticket.findUnique({ where: { id: escalated.id } })) ?? escalated;
      },
    }),

    addTicketMessage: t.field({
      type: TicketMessage,
      description: "A public reply or an internal note. A customer reply resumes a PENDING ticket and reopens a resolved one. Customers on their own tickets (else FORBIDDEN; no internal notes), staff and services. CLOSED ticket or empty body: BAD_USER_INPUT.",
      authScopes: { customer: true, staff: true, service: true },
      args: { input: t.arg({ description: "The message.", type: AddTicketMessageInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const attachments = validateAttachments(input.attachments);
        const before = await visibleTicket(ctx, input.ticketId);
        const actor = actorOf(ctx);
        const draft = { body: input.body.trim(), internal: Boolean(input.internal), attachments, idempotencyKey: input.idempotencyKey ?? null };
        const replayed = await replayedMessage(ctx.db.prisma, input.ticketId, actor, draft);
        if (replayed) return replayed;
        // Translation on for this ticket: the other side's version is stored beside the original.
        const translated = draft.internal
          ? null
          : await translateConversationMessage(ctx, { language: before.language, agentId: before.assignedAgentId, needsTranslation: before.needsTranslation }, { fromStaff: isStaff(ctx.identity), senderId: ctx.identity.subject ?? null, body: draft.body, type: "TEXT" });
        const translation = translated ? { stored: translated.translation, switchOn: translated.switchOn } : null;
        let added;
        try {
          added = await withLockedTicket(ctx, input.ticketId, (tx, locked, env) => addMessage(tx, locked, actor, { ...draft, translation }, env));
        } catch (error) {
          // A concurrent retry with the same key won: answer with its message.
          const winner = isUniqueViolation(error) ? await replayedMessage(ctx.db.prisma, input.ticketId, actor, draft) : null;
          if (winner) return winner;
          throw error;
        }
        const { message, ticket } = added;
        // A reopened ticket without an assignee goes back to agents.
        if (before.status !== ticket.status && ticket.status === "OPEN" && !ticket.assignedAgentId && !ticket.needsTriage) await requestAssignment(ctx, ticket);
        return message;
      },
    }),

    mergeTickets: t.field({
      type: Ticket,
      description: "Merges duplicates into the primary ticket: their conversation moves over, they are CLOSED. Staff only. Not 1–20 duplicates: BAD_USER_INPUT.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The primary ticket and its duplicates.", type: MergeTicketsInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        if (input.duplicateTicketIds.length === 0 || input.duplicateTicketIds.length > 20) throw badInput("Give 1–20 duplicate ticket ids", { field: "duplicateTicketIds" });
        for (const id of [input.primaryTicketId, ...input.duplicateTicketIds]) await visibleTicket(ctx, id);
        const env = await workflowEnv(ctx);
        return ctx.db.prisma.$transaction(async (tx) => {
          // Lock in id order so concurrent merges cannot deadlock.
          const ids = [...new Set([input.primaryTicketId, ...input.duplicateTicketIds])].sort();
          const locked = new Map<string, TicketRow>();
          for (const id of ids) locked.set(id, (await lockTicket(tx, id)) as TicketRow);
          let primary = locked.get(input.primaryTicketId) as TicketRow;
          for (const id of input.duplicateTicketIds) primary = await merge(tx, primary, locked.get(id) as TicketRow, actorOf(ctx), env);
          return primary;
        });
      },
    }),

    applyMacro: t.field({
      type: TicketMessage,
      description: "Replies with a macro rendered in the ticket's language (placeholders filled). Staff only. Unknown or inactive macro: NOT_FOUND.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and macro.", type: ApplyMacroInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        assertUuid(input.macroId, "macroId");
        const macro = await ctx.loaders.macro.load(input.macroId);
        if (!macro || !macro.active) throw notFound("Macro");
        const ticket = await visibleTicket(ctx, input.ticketId);
        const template = macroBodyFor(macro, ticket.language);
        if (!template) throw badInput("The macro has no text", { field: "macroId" });
        const values = await placeholderValues(ctx, { customerId: ticket.customerId, agentId: ctx.identity.subject, ticketNumber: formatTicketNumber(ticket.number), language: template.language });
        const body = renderTemplate(template.body, values);
        const { message } = await withLockedTicket(ctx, input.ticketId, async (tx, locked, env) => {
          const result = await addMessage(tx, locked, actorOf(ctx), { body, internal: input.internal }, env);
          await addHistory(tx, locked.id, actorOf(ctx), { action: "macro_applied", newValue: macro.key }, env.now);
          return result;
        });
        return message;
      },
    }),

    updateTicketCategoryPolicy: t.field({
      type: TicketCategory,
      description: "Admins edit a category's SLA policy (applies to tickets created afterwards). Admins only. Invalid values: BAD_USER_INPUT.",
      authScopes: { admin: true },
      args: { input: t.arg({ description: "The category and changes.", type: UpdateCategoryPolicyInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const existing = await ctx.db.prisma.ticketCategory.findUnique({ where: { key: input.key } });
        if (!existing) throw badInput(`Unknown category "${input.key}"`, { field: "key" });
        if (input.slaHours != null && !(input.slaHours > 0 && input.slaHours <= 720)) throw badInput("slaHours must be in (0, 720]", { field: "slaHours" });
        if (input.escalationTier != null && !ESCALATION_TIERS.includes(input.escalationTier)) throw badInput(`escalationTier must be one of ${ESCALATION_TIERS.join(", ")}`, { field: "escalationTier" });
        return ctx.db.prisma.ticketCategory.update({
          where: { key: input.key },
          data: {
            ...(input.slaHours != null ? { slaHours: input.slaHours } : {}),
            ...(input.defaultPriority ? { defaultPriority: input.defaultPriority } : {}),
            ...(input.escalationTier != null ? { escalationTier: input.escalationTier } : {}),
            ...(input.active != null ? { active: input.active } : {}),
          },
        });
      },
    }),

    updateBusinessSchedule: t.field({
      type: BusinessSchedule,
      description: "Admins edit the business hours (several ranges per day allowed) and holidays of the SLA clock. Admins only. Invalid values: BAD_USER_INPUT.",
      authScopes: { admin: true },
      args: { input: t.arg({ description: "The changes.", type: UpdateBusinessScheduleInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const current = (await ctx.db.prisma.businessSchedule.findUnique({ where: { key: DEFAULT_SCHEDULE_KEY } })) ?? { timeZone: null, ...defaultScheduleRow(ctx.config) };
        let weekly = current.weekly as unknown;
        if (input.days) {
          const map: Record<string, unknown> = {};
          for (const day of input.days) {
            if (!Number.isInteger(day.weekday) || day.weekday < 0 || day.weekday > 6) throw badInput("weekday must be 0 (Sunday) … 6 (Saturday)", { field: "days" });
            map[String(day.weekday)] = day.ranges;
          }
          weekly = map;
        }
        const parsedWeekly = parseWeekly(weekly);
        const holidays = input.holidays ? validateHolidays(input.holidays) : current.holidays;
        if (input.timeZone) {
          try {
            new Intl.DateTimeFormat("en", { timeZone: input.timeZone });
          } catch {
            throw badInput(`Unknown time zone "${input.timeZone}"`, { field: "timeZone" });
          }
        }
        if (input.utcOffsetMinutes != null && Math.abs(input.utcOffsetMinutes) > 14 * 60) throw badInput("utcOffsetMinutes must be within ±840", { field: "utcOffsetMinutes" });
        const data = {
          name: input.name ?? current.name,
          timeZone: input.timeZone === undefined ? current.timeZone : input.timeZone,
          utcOffsetMinutes: input.utcOffsetMinutes ?? current.utcOffsetMinutes,
          weekly: parsedWeekly as unknown as Prisma.InputJsonValue,
          holidays,
        };
        return ctx.db.prisma.businessSchedule.upsert({ where: { key: DEFAULT_SCHEDULE_KEY }, create: { key: DEFAULT_SCHEDULE_KEY, ...data }, update: data });
      },
    }),

    markNotificationRead: t.field({ description: "Marks one of my notifications read (idempotent). Any signed-in caller; not mine or unknown: NOT_FOUND.",
      type: Notification,
      authScopes: { authenticated: true },
      args: { id: t.arg.id({ description: "The notification id (UUID).", required: true }) },
      resolve: async (_root, { id }, ctx) => {
        assertUuid(id, "id");
        const notification = await ctx.db.prisma.notification.findFirst({ where: { AND: [{ id }, notificationRecipients(ctx)] } });
        if (!notification) throw notFound("Notification");
        return notification.readAt ? notification : ctx.db.prisma.notification.update({ where: { id }, data: { readAt: new Date() } });
      },
    }),

    registerWebhook: t.field({
      type: RegisteredWebhook,
      description: "Admins register a partner endpoint for ticket events; the returned secret signs every delivery. Admins only. Bad URL or event types: BAD_USER_INPUT.",
      authScopes: { admin: true },
      args: { input: t.arg({ description: "The endpoint and event types.", type: RegisterWebhookInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        let url: URL;
        try {
          url = new URL(input.url);
        } catch {
          throw badInput("url must be a URL", { field: "url" });
        }
        if (url.protocol !== "https:" && url.protocol !== "http:") throw badInput("url must be http(s)", { field: "url" });
        const eventTypes = [...new Set(input.eventTypes.map((e) => e.trim()))];
        if (eventTypes.length === 0 || eventTypes.some((e) => e !== "*" && !/^ticket\.[a-z_]+$/.test(e))) throw badInput("eventTypes must be ticket.* event types or *", { field: "eventTypes" });
        const secret = randomBytes(24).toString("base64url");
        const subscription = await ctx.db.prisma.webhookSubscription.create({ data: { url: url.toString(), eventTypes, secret, createdById: ctx.identity.subject } });
        return { subscription, secret };
      },
    }),

    deactivateWebhook: t.field({ description: "Stops deliveries to a webhook. Admins only; unknown id: NOT_FOUND.",
      type: WebhookSubscription,
      authScopes: { admin: true },
      args: { id: t.arg.id({ description: "The webhook subscription id (UUID).", required: true }) },
      resolve: async (_root, { id }, ctx) => {
        assertUuid(id, "id");
        const existing = await ctx.db.prisma.webhookSubscription.findUnique({ where: { id } });
        if (!existing) throw notFound("Webhook subscription");
        return ctx.db.prisma.webhookSubscription.update({ where: { id }, data: { active: false } });
      },
    }),
  }),
});

export const ticketsSchema = buildSubgraphSchema(builder, wholeSubgraph("SUPPORT_SYSTEM_ENABLED"));
