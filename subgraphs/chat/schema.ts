/**
 * chat subgraph schema: chat sessions, messages, and the `chatEvents` subscription. Senders
 * are references to the agents subgraph's Agent/Customer entities (or the bot), so the
 * gateway resolves their names from the owner.
 */
import type { ChatMessage as MessageRow, ChatSession as SessionRow, Prisma } from "../../generated/prisma/client.js";
import { buildSubgraphSchema, createSubgraphBuilder } from "../common/builder.js";
import type { FeatureOfField } from "../common/features.js";
import { maxLength, NOTE_MAX_LENGTH } from "../common/input-limits.js";
import { IDEMPOTENCY_KEY_MAX_LENGTH } from "../common/idempotency.js";
import { forbidden, notFound, badInput } from "../common/errors.js";
import { isStaff } from "../common/identity.js";
import { beyondKeyWhere, encodeCursor, keysetConnection, keysetOrder } from "../common/pagination.js";
import { assertUuid } from "../common/ids.js";
import { canActOnChat, canFollowChat } from "./access.js";
import { askBot, customerContextProvider, type BotReply } from "./chatbot/bot.js";
import type { Entity } from "./chatbot/entities.js";
import type { ArticleHit } from "./chatbot/responder.js";
import { requestSupport, SUPPORT_MESSAGE_MAX_LENGTH, SUPPORT_SUBJECT_MAX_LENGTH, type SupportRequestResult } from "./support-router.js";
import type { ChatContext } from "./context.js";
import { afterCustomerMessage } from "./conversation.js";
import { chatTopic, toMessagePayload, type ChatEvent, type ChatMessagePayload } from "./events.js";
import { markChatRead, setTyping } from "./live.js";
import { sendChatMessage, startChatMedia } from "./messages.js";
import { MAX_REPLAYED_MESSAGES, resumedEvents, seqOfCursor } from "./resume.js";
import type { StoredTranslation } from "../common/conversation-translation.js";
import { allChatTypeOptions, CHANNEL_KEYS, chatTypeOptions, requireChannelFeature, type ChatTypeOptions as ChatTypeOptionsShape } from "./options.js";
import { convertChatToTicket, startChat, supportAvailability, transferChat, updateChatStatus, type SupportAvailability as AvailabilityShape } from "./sessions.js";

const builder = createSubgraphBuilder<ChatContext>();

const ChatType = builder.enumType("ChatType", { values: ["WEB", "MOBILE", "VIDEO"] as const });
const ChatStatus = builder.enumType("ChatStatus", { values: ["WAITING", "ACTIVE", "TRANSFERRED", "RESOLVED", "ABANDONED", "TIMED_OUT"] as const });
const ChatMessageType = builder.enumType("ChatMessageType", { values: ["TEXT", "FILE", "VOICE", "AUTO_RESPONSE", "SYSTEM"] as const });
const ChatSenderKind = builder.enumType("ChatSenderKind", { values: ["CUSTOMER", "AGENT", "BOT", "SYSTEM"] as const });

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
const AgentRef = builder.externalRef("Agent", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
const CustomerRef = builder.externalRef("Customer", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
const TicketRef = builder.externalRef("Ticket", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
const ArticleRef = builder.externalRef("Article", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });

interface BotShape {
  name: string;
}
const ChatBot = builder.objectRef<BotShape>("ChatBot").implement({
  description: "Switchboard's assistant, or the system itself for SYSTEM messages.",
  fields: (t) => ({ name: t.exposeString("name") }),
});

type SenderShape = { kind: "AGENT" | "CUSTOMER"; id: string } | { kind: "BOT"; name: string };
const ChatSender = builder.unionType("ChatSender", {
  types: [AgentRef, CustomerRef, ChatBot],
  resolveType: (sender) => {
    const { kind } = sender as SenderShape;
    return kind === "AGENT" ? "Agent" : kind === "CUSTOMER" ? "Customer" : "ChatBot";
  },
});

type MessageShape = MessageRow | ChatMessagePayload;

const ChatMessageTranslation = builder.objectRef<StoredTranslation>("ChatMessageTranslation").implement({
  description: "The message translated for the other side (translation is on for the chat); the message's body is the original.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The translated text (the original when translated is false)." }),
    translated: t.exposeBoolean("translated"),
    confidence: t.exposeFloat("confidence", { nullable: true, description: "Confidence of the kept answer (the best of the configured providers, asked in parallel)." }),
    fromLanguage: t.exposeString("fromLanguage", { nullable: true }),
    toLanguage: t.exposeString("toLanguage"),
    provider: t.exposeString("provider", { nullable: true }),
    unavailableReason: t.exposeString("unavailableReason", { nullable: true, description: "Why nothing was translated (no translator configured, all providers failed)." }),
  }),
});
const ChatMessage = builder.objectRef<MessageShape>("ChatMessage").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    chatId: t.exposeID("chatId"),
    body: t.exposeString("body"),
    type: t.field({ type: ChatMessageType, resolve: (m) => m.type }),
    senderKind: t.field({ type: ChatSenderKind, resolve: (m) => m.senderKind }),
    sender: t.field({
      type: ChatSender,
      resolve: (m): SenderShape =>
        (m.senderKind === "AGENT" || m.senderKind === "CUSTOMER") && m.senderId
          ? { kind: m.senderKind, id: m.senderId }
          : { kind: "BOT", name: m.senderKind === "SYSTEM" ? "System" : "Switchboard Assistant" },
    }),
    clientMessageId: t.exposeString("clientMessageId", { nullable: true }),
    translation: t.field({
      type: ChatMessageTranslation,
      nullable: true,
      description: "Set when translation is on for the chat: the body translated for the other side, the original kept in `body`.",
      resolve: (m) => (m.translation ?? null) as StoredTranslation | null,
    }),
    attachment: t.field({ type: "JSON", nullable: true, description: "File/voice attachment, or for SYSTEM/bot messages structured details (handoff transcript, ticket, intent).", resolve: (m) => (m.attachment ?? null) as unknown }),
    createdAt: t.field({ type: "DateTime", resolve: (m) => m.createdAt }),
    cursor: t.string({ description: "Pass as `messages(after:)` to fetch what came later (same as the message's edge cursor).", resolve: (m) => encodeCursor([String(m.seq), m.id]) }),
  }),
});

const messageSortKey = (m: MessageRow) => [m.seq.toString(), m.id] as const;
const MessageConnection = builder.connectionObject({ type: ChatMessage, name: "ChatMessageConnection" }, { name: "ChatMessageEdge" });

const ChatTypeOptionsRef = builder.objectRef<ChatTypeOptionsShape>("ChatTypeOptions").implement({
  description: "A chat channel as the specification configures it (chatConfig.channels), with its feature flags (admin-editable data). A feature a channel lacks is refused with BAD_USER_INPUT naming the field.",
  fields: (t) => ({
    type: t.field({ type: ChatType, resolve: (o) => o.type }),
    channel: t.string({ description: "The specification's channel key: web_chat, mobile_chat or video_chat.", resolve: (o) => CHANNEL_KEYS[o.type] }),
    enabled: t.exposeBoolean("enabled", { description: "startChat with this type is refused when false." }),
    autoResponse: t.exposeBoolean("autoResponse", { description: "The chatbot answers (and botFirst is allowed) only on channels with auto response." }),
    queuePosition: t.exposeBoolean("queuePosition", { description: "ChatSession.queuePosition is shown (else null) on this channel." }),
    fileUpload: t.exposeBoolean("fileUpload", { description: "FILE messages are accepted." }),
    typingIndicators: t.exposeBoolean("typingIndicators", { description: "setTyping is accepted." }),
    pushNotifications: t.exposeBoolean("pushNotifications", { description: "Data for the client: push delivery is the mobile app's (no push provider in Switchboard)." }),
    offlineMessages: t.exposeBoolean("offlineMessages", { description: "Outside operating hours a chat of this type becomes an offline message (ticket); otherwise starting one is refused." }),
    voiceMessages: t.exposeBoolean("voiceMessages", { description: "VOICE messages are accepted." }),
    screenSharing: t.exposeBoolean("screenSharing", { description: "startChatMedia(kind: SCREEN_SHARING) is accepted." }),
    recording: t.exposeBoolean("recording", { description: "startChatMedia(kind: RECORDING) is accepted." }),
    maxDurationSeconds: t.exposeInt("maxDurationSeconds", { nullable: true, description: "ACTIVE chats of this type are ended after this long (video_chat: 30 minutes)." }),
  }),
});

export const ChatSession = builder.objectRef<SessionRow>("ChatSession").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.field({ type: ChatType, resolve: (c) => c.type }),
    status: t.field({ type: ChatStatus, resolve: (c) => c.status }),
    topic: t.exposeString("topic", { nullable: true }),
    language: t.exposeString("language"),
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      description: "The customer's profile (agents subgraph); null with a NOT_FOUND error when agents holds no profile for them yet.",
      resolve: (c) => ({ id: c.customerId }),
    }),
    agent: t.field({ type: AgentRef, nullable: true, resolve: (c) => (c.agentId ? { id: c.agentId } : null) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    lastMessageAt: t.expose("lastMessageAt", { type: "DateTime" }),
    offline: t.exposeBoolean("offline", { description: "Started outside operating hours: the customer's message becomes a ticket." }),
    availableAt: t.expose("availableAt", { type: "DateTime", nullable: true, description: "For offline chats: when live agents are back." }),
    queuePosition: t.int({
      nullable: true,
      description: "1-based position in the human queue while WAITING (from the agents subgraph); null when unknown, when QUEUE_POSITION_UPDATES=false, or when the channel does not show queue positions (ChatTypeOptions.queuePosition).",
      resolve: async (c, _args, ctx) =>
        c.queuePosition === null || !ctx.config.QUEUE_POSITION_UPDATES ? null : (await chatTypeOptions(ctx.db, c.type)).queuePosition ? c.queuePosition : null,
    }),
    estimatedWaitSeconds: t.int({
      nullable: true,
      description: "Agents' wait estimator (the same figure as queueStatus and supportAvailability; docs/chat.md); null when unknown or ESTIMATED_WAIT_TIME=false.",
      resolve: (c, _args, ctx) => (ctx.config.ESTIMATED_WAIT_TIME ? c.estimatedWaitSeconds : null),
    }),
    queue: t.exposeString("queueKey", { nullable: true, description: "The queue (category key) the chat was transferred to." }),
    handedOffAt: t.expose("handedOffAt", { type: "DateTime", nullable: true, description: "When the chatbot handed the chat to a human." }),
    needsTranslation: t.exposeBoolean("needsTranslation"),
    ticket: t.field({ type: TicketRef, nullable: true, description: "The ticket this chat became (convertChatToTicket or an offline message).", resolve: (c) => (c.ticketId ? { id: c.ticketId } : null) }),
    customerReadUpToId: t.exposeID("customerReadUpToId", { nullable: true }),
    agentReadUpToId: t.exposeID("agentReadUpToId", { nullable: true }),
    typeOptions: t.field({ type: ChatTypeOptionsRef, resolve: (c, _args, ctx) => chatTypeOptions(ctx.db, c.type) }),
    messages: t.connection(
      {
      type: ChatMessage,
      description: "Messages in order. After a reconnect, pass the last seen message's cursor as `after`.",
      resolve: (chat, args, ctx) =>
        keysetConnection(args, messageSortKey, async (page) => {
          if (page.beyond && !/^\d{1,19}$/.test(String(page.beyond[0]))) throw badInput("Invalid pagination cursor");
          const beyond = page.beyond ? BigInt(page.beyond[0]) : null;
          return ctx.db.prisma.chatMessage.findMany({
            where: { chatId: chat.id, ...(beyond !== null ? { seq: page.inverted ? { lt: beyond } : { gt: beyond } } : {}) },
            orderBy: { seq: page.inverted ? "desc" : "asc" },
            take: page.limit,
          });
        }),
      },
      MessageConnection,
    ),
  }),
});

builder.asEntity(ChatSession, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    const chat = await ctx.loaders.chat.load(id);
    return chat && canActOnChat(ctx.identity, chat) ? chat : null;
  },
});

// ---- live events ---------------------------------------------------------------------------

type MessageEventShape = Extract<ChatEvent, { kind: "message" }>;
type StatusEventShape = Extract<ChatEvent, { kind: "status" }>;
type TypingEventShape = Extract<ChatEvent, { kind: "typing" }>;
type ReadEventShape = Extract<ChatEvent, { kind: "read" }>;
type QueueEventShape = Extract<ChatEvent, { kind: "queue" }>;

const ChatMessageEvent = builder.objectRef<MessageEventShape>("ChatMessageEvent").implement({
  fields: (t) => ({
    chatId: t.exposeID("chatId"),
    message: t.field({ type: ChatMessage, resolve: (e) => e.message }),
  }),
});
const ChatStatusEvent = builder.objectRef<StatusEventShape>("ChatStatusEvent").implement({
  fields: (t) => ({
    chatId: t.exposeID("chatId"),
    status: t.field({ type: ChatStatus, resolve: (e) => e.status }),
    agent: t.field({ type: AgentRef, nullable: true, resolve: (e) => (e.agentId ? { id: e.agentId } : null) }),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
  }),
});
const TypingEvent = builder.objectRef<TypingEventShape>("TypingEvent").implement({
  fields: (t) => ({
    chatId: t.exposeID("chatId"),
    participantKind: t.field({ type: ChatSenderKind, resolve: (e) => e.participantKind }),
    typing: t.exposeBoolean("typing"),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
  }),
});

const ReadReceiptEvent = builder.objectRef<ReadEventShape>("ReadReceiptEvent").implement({
  fields: (t) => ({
    chatId: t.exposeID("chatId"),
    readerKind: t.field({ type: ChatSenderKind, resolve: (e) => e.readerKind }),
    upToMessageId: t.exposeID("upToMessageId"),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
  }),
});
const QueuePositionEvent = builder.objectRef<QueueEventShape>("QueuePositionEvent").implement({
  fields: (t) => ({
    chatId: t.exposeID("chatId"),
    position: t.exposeInt("position"),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { nullable: true }),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
  }),
});

const EVENT_TYPE_NAMES = {
  message: "ChatMessageEvent",
  status: "ChatStatusEvent",
  typing: "TypingEvent",
  read: "ReadReceiptEvent",
  queue: "QueuePositionEvent",
} as const;

const ChatEventUnion = builder.unionType("ChatEvent", {
  types: [ChatMessageEvent, ChatStatusEvent, TypingEvent, ReadReceiptEvent, QueuePositionEvent],
  resolveType: (event) => EVENT_TYPE_NAMES[(event as ChatEvent).kind],
});

async function loadChatFor(ctx: ChatContext, chatId: string, follow = false): Promise<SessionRow> {
  assertUuid(chatId, "chatId");
  const chat = await ctx.loaders.chat.load(chatId);
  if (!chat) throw notFound("Chat");
  if (!(follow ? canFollowChat(ctx.identity, chat) : canActOnChat(ctx.identity, chat))) throw forbidden("You cannot access this chat");
  return chat;
}

const ChatFilter = builder.inputType("ChatFilter", {
  fields: (t) => ({
    status: t.field({ type: [ChatStatus], required: false }),
    type: t.field({ type: ChatType, required: false }),
    agentId: t.id({ required: false }),
    customerId: t.id({ required: false }),
    unassigned: t.boolean({ required: false, description: "Only chats nobody has taken yet." }),
    offline: t.boolean({ required: false }),
    createdAfter: t.field({ type: "DateTime", required: false }),
    createdBefore: t.field({ type: "DateTime", required: false }),
  }),
});
const ChatConnection = builder.connectionObject({ type: ChatSession, name: "ChatSessionConnection" }, { name: "ChatSessionEdge" });
const CHAT_ORDER = ["createdAt", "id"] as const;

/** One page of the chats matching `where`, newest first (keyset cursors). */
function chatsNewestFirst(ctx: ChatContext, args: Parameters<typeof keysetConnection>[0], where: Prisma.ChatSessionWhereInput) {
  return keysetConnection(args, (c: SessionRow) => [c.createdAt.toISOString(), c.id] as const, (page) =>
    ctx.db.prisma.chatSession.findMany({
      where: { AND: [where, beyondKeyWhere(CHAT_ORDER, page, true, (v) => new Date(String(v)))] },
      orderBy: keysetOrder(CHAT_ORDER, page, true),
      take: page.limit,
    }),
  );
}

const SupportAvailability = builder.objectRef<AvailabilityShape>("SupportAvailability").implement({
  fields: (t) => ({
    open: t.exposeBoolean("open", { description: "Within operating hours (CHAT_OPERATING_HOURS)." }),
    liveAgentsAvailable: t.exposeBoolean("liveAgentsAvailable", { description: "Open and at least one agent available (queueStatus(kind: CHAT).availableAgents > 0)." }),
    nextOpenAt: t.expose("nextOpenAt", { type: "DateTime", description: "Now when open, else when the team is back." }),
    waitingChats: t.exposeInt("waitingChats", { description: "Chats in the human queue (queueStatus(kind: CHAT).length)." }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { nullable: true, description: "Expected wait of a chat joining now (queueStatus(kind: CHAT).estimatedWaitSeconds); null when closed or unknown." }),
    operatingHours: t.exposeString("operatingHours"),
  }),
});

interface ChatbotStatusShape {
  customerContextProvider: "HTTP" | "DEMO";
  confidenceThreshold: number;
  autoReplyThreshold: number;
  autoEscalationEnabled: boolean;
}
const CustomerContextProviderKind = builder.enumType("CustomerContextProviderKind", {
  values: {
    HTTP: { description: "The platform's customer-context service at CUSTOMER_CONTEXT_URL." },
    DEMO: { description: "DEMO ONLY tables in the chat schema, seeded from scripts/seed-data/customer-context.ts (CUSTOMER_CONTEXT_URL unset)." },
  } as const,
});
const ChatbotStatus = builder.objectRef<ChatbotStatusShape>("ChatbotStatus").implement({
  fields: (t) => ({
    customerContextProvider: t.field({ type: CustomerContextProviderKind, description: "Where the bot reads KYC, investments and transactions.", resolve: (s) => s.customerContextProvider }),
    confidenceThreshold: t.exposeFloat("confidenceThreshold", { description: "CHATBOT_CONFIDENCE_THRESHOLD: below it the bot escalates to a human." }),
    autoReplyThreshold: t.exposeFloat("autoReplyThreshold", { description: "CHATBOT_AUTO_REPLY_THRESHOLD: the bot resolves a case on its own only above it." }),
    autoEscalationEnabled: t.exposeBoolean("autoEscalationEnabled"),
  }),
});

const ChatbotEntity = builder.objectRef<Entity>("ChatbotEntity").implement({
  fields: (t) => ({
    type: t.exposeString("type", { description: "AMOUNT, DATE, TICKET_NUMBER, TRANSACTION_ID, INVESTMENT_ID or EMAIL." }),
    value: t.exposeString("value", { description: "Normalised value, e.g. '1200.5 USD', '2026-03-12', 'SB-10042'." }),
    raw: t.exposeString("raw"),
    amount: t.float({ nullable: true, resolve: (e) => (e.type === "AMOUNT" ? e.amount : null) }),
    currency: t.string({ nullable: true, resolve: (e) => (e.type === "AMOUNT" ? e.currency : null) }),
  }),
});
const ChatbotArticle = builder.objectRef<ArticleHit>("ChatbotArticle").implement({
  fields: (t) => ({
    title: t.exposeString("title"),
    confidence: t.float({ nullable: true, resolve: (a) => a.confidence ?? null }),
    article: t.field({ type: ArticleRef, nullable: true, description: "The article (knowledge subgraph); null with a NOT_FOUND error once it is archived or deleted.", resolve: (a) => ({ id: a.id }) }),
  }),
});
const ChatbotAnswer = builder.objectRef<BotReply>("ChatbotAnswer").implement({
  fields: (t) => ({
    response: t.exposeString("response"),
    intent: t.exposeString("intent"),
    confidence: t.exposeFloat("confidence", { description: "The answer's confidence: the lower of the intent model's and the intent handler's own (0.95 investments, 0.98 KYC, 0.9 / 0.8 payments)." }),
    intentConfidence: t.exposeFloat("intentConfidence", { description: "The intent model's confidence alone." }),
    entities: t.field({ type: [ChatbotEntity], resolve: (r) => r.entities }),
    suggestedActions: t.exposeStringList("suggestedActions", {
      description: "The specification's action keys: view_portfolio, investment_details, check_documents, view_limits, retry_payment, contact_bank, try_different_method, describe_issue, contact_agent.",
    }),
    escalateToHuman: t.exposeBoolean("escalateToHuman", { description: "confidence < CHATBOT_CONFIDENCE_THRESHOLD, the customer asked for a person, or the bot has no data to answer with." }),
    canResolve: t.exposeBoolean("canResolve", { description: "The answer resolves the question (the bot auto-replies in a chat only when this holds and confidence > autoReplyThreshold)." }),
    language: t.exposeString("language"),
    knowledgeBaseArticles: t.field({ type: [ChatbotArticle], description: "Top 3 knowledge-base articles (knowledge subgraph search; empty when it is unavailable).", resolve: (r) => r.articles }),
    articles: t.field({ type: [ChatbotArticle], deprecationReason: "Use knowledgeBaseArticles (the specification's name).", resolve: (r) => r.articles }),
  }),
});

const SupportRouteEnum = builder.enumType("SupportRoute", {
  values: {
    CHATBOT: { description: "Simple query: answered by the chatbot (knowledge base or the customer's own data)." },
    TICKET: { description: "Complex issue: a ticket was created (classified, assigned, under SLA)." },
    LIVE_AGENT: { description: "Urgent issue (or a request for a person): a live chat with an agent, queued ahead when urgent." },
  } as const,
});
const SupportRequestResultRef = builder.objectRef<SupportRequestResult>("SupportRequestResult").implement({
  description: "Which route the channel router took for a customer's request, and why.",
  fields: (t) => ({
    route: t.field({ type: SupportRouteEnum, resolve: (r) => r.route }),
    reason: t.exposeString("reason", { description: "Why this route, in words (intent, confidence, urgency signals)." }),
    intent: t.exposeString("intent", { description: "The chatbot's intent for the message." }),
    confidence: t.exposeFloat("confidence", { description: "The chatbot answer's confidence." }),
    urgencySignals: t.exposeStringList("urgencySignals", { description: "fraud, account_compromised, funds_missing, urgent_wording — any one routes to a live agent." }),
    complexitySignals: t.exposeStringList("complexitySignals", { description: "long_description (more than 40 words), several_questions — any one routes to a ticket." }),
    language: t.exposeString("language"),
    answer: t.field({ type: ChatbotAnswer, description: "The chatbot's answer (on TICKET and LIVE_AGENT: what it would have said).", resolve: (r) => r.answer }),
    ticket: t.field({ type: TicketRef, nullable: true, description: "Route TICKET: the ticket created.", resolve: (r) => (r.ticket ? { id: r.ticket.id } : null) }),
    ticketNumber: t.string({ nullable: true, resolve: (r) => r.ticket?.number ?? null }),
    chat: t.field({ type: ChatSession, nullable: true, description: "Route LIVE_AGENT: the live chat, with the customer's message in it.", resolve: (r) => r.chat }),
  }),
});

const RequestSupportInput = builder.inputType("RequestSupportInput", {
  fields: (t) => ({
    message: t.string({ required: true, description: "What the customer needs, in their words.", ...maxLength(SUPPORT_MESSAGE_MAX_LENGTH) }),
    subject: t.string({ required: false, ...maxLength(SUPPORT_SUBJECT_MAX_LENGTH) }),
    language: t.string({ required: false, description: "ISO 639 code; detected from the message when omitted." }),
    idempotencyKey: t.string({ required: false, ...maxLength(200) }),
  }),
});

interface SuggestionShape {
  body: string;
  source: "CHATBOT" | "KNOWLEDGE";
  article: ArticleHit | null;
}
const ChatSuggestionSource = builder.enumType("ChatSuggestionSource", { values: ["CHATBOT", "KNOWLEDGE"] as const });
const ChatSuggestion = builder.objectRef<SuggestionShape>("ChatSuggestion").implement({
  fields: (t) => ({
    body: t.exposeString("body"),
    source: t.field({ type: ChatSuggestionSource, resolve: (s) => s.source }),
    article: t.field({ type: ChatbotArticle, nullable: true, resolve: (s) => s.article }),
  }),
});

builder.queryType({
  fields: (t) => ({
    chat: t.field({
      type: ChatSession,
      authScopes: { authenticated: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, { id }, ctx) => loadChatFor(ctx, id),
    }),
    myChats: t.connection(
      {
        type: ChatSession,
        authScopes: { customer: true, staff: true },
        description: "The caller's chats (as customer, or as assigned agent), newest first.",
        args: { status: t.arg({ type: [ChatStatus], required: false }) },
        resolve: (_root, args, ctx) => {
          const mine = ctx.identity.role === "customer" ? { customerId: ctx.identity.subject as string } : { agentId: ctx.identity.subject as string };
          const where = { ...mine, ...(args.status?.length ? { status: { in: args.status } } : {}) };
          return chatsNewestFirst(ctx, args, where);
        },
      },
      ChatConnection,
    ),
    chats: t.connection(
      {
        type: ChatSession,
        authScopes: { staff: true, service: true },
        description: "Chats for staff (and analytics' backfill), newest first.",
        args: { filter: t.arg({ type: ChatFilter, required: false }) },
        resolve: (_root, args, ctx) => {
          const f = args.filter ?? {};
          if (f.agentId) assertUuid(f.agentId, "filter.agentId");
          if (f.customerId) assertUuid(f.customerId, "filter.customerId");
          const where = {
            ...(f.status?.length ? { status: { in: f.status } } : {}),
            ...(f.type ? { type: f.type } : {}),
            ...(f.agentId ? { agentId: f.agentId } : {}),
            ...(f.customerId ? { customerId: f.customerId } : {}),
            ...(f.unassigned === true ? { agentId: null } : f.unassigned === false ? { agentId: { not: null } } : {}),
            ...(typeof f.offline === "boolean" ? { offline: f.offline } : {}),
            ...(f.createdAfter || f.createdBefore ? { createdAt: { ...(f.createdAfter ? { gte: f.createdAfter } : {}), ...(f.createdBefore ? { lt: f.createdBefore } : {}) } } : {}),
          };
          return chatsNewestFirst(ctx, args, where);
        },
      },
      ChatConnection,
    ),
    supportAvailability: t.field({
      type: SupportAvailability,
      description: "Whether live agents are available now, and when the team is back otherwise.",
      resolve: (_root, _args, ctx) => supportAvailability(ctx),
    }),
    chatTypeOptions: t.field({ type: [ChatTypeOptionsRef], resolve: (_root, _args, ctx) => allChatTypeOptions(ctx.db) }),
    chatbotStatus: t.field({
      type: ChatbotStatus,
      authScopes: { authenticated: true },
      resolve: (_root, _args, ctx) => ({
        customerContextProvider: customerContextProvider(ctx).kind,
        confidenceThreshold: ctx.config.CHATBOT_CONFIDENCE_THRESHOLD,
        autoReplyThreshold: ctx.config.CHATBOT_AUTO_REPLY_THRESHOLD,
        autoEscalationEnabled: ctx.config.AUTO_ESCALATION_ENABLED,
      }),
    }),
    chatbotAnswer: t.field({
      type: ChatbotAnswer,
      authScopes: { customer: true, staff: true },
      description: "Ask the chatbot. Customers ask about their own account; staff may pass a chatId to ask on that chat's customer's behalf.",
      args: { input: t.arg({ type: ChatbotQueryInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const text = input.text.trim();
        if (!text) throw badInput("text must not be empty", { field: "text" });
        if (text.length > CHATBOT_QUERY_MAX_LENGTH) throw badInput(`text must be at most ${CHATBOT_QUERY_MAX_LENGTH} characters`, { field: "text" });
        if (input.language && !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(input.language)) throw badInput("language must be an ISO 639 code such as en or ar", { field: "language" });
        const chat = input.chatId ? await loadChatFor(ctx, input.chatId, true) : null;
        const customerId = chat ? chat.customerId : ctx.identity.role === "customer" ? (ctx.identity.subject as string) : null;
        return askBot(ctx, { text, language: input.language ?? chat?.language ?? null, customerId });
      },
    }),
    chatbotSuggestions: t.field({
      type: [ChatSuggestion],
      authScopes: { staff: true },
      description: "Suggested replies for the agent, for the customer's latest message: the chatbot's answer (when confident) and knowledge-base articles.",
      args: { chatId: t.arg.id({ required: true }) },
      resolve: async (_root, { chatId }, ctx) => {
        const chat = await loadChatFor(ctx, chatId);
        const last = await ctx.db.prisma.chatMessage.findFirst({ where: { chatId: chat.id, senderKind: "CUSTOMER" }, orderBy: { seq: "desc" } });
        if (!last) return [];
        const reply = await askBot(ctx, { text: last.body, language: chat.language, customerId: chat.customerId });
        const suggestions: SuggestionShape[] = [];
        if (reply.canResolve && reply.confidence >= ctx.config.CHATBOT_CONFIDENCE_THRESHOLD) suggestions.push({ body: reply.response, source: "CHATBOT", article: null });
        for (const article of reply.articles) {
          const body = chat.language.startsWith("ar") ? `قد يساعدك هذا المقال: “${article.title}”` : `This article explains it step by step: “${article.title}”`;
          suggestions.push({ body, source: "KNOWLEDGE", article });
        }
        return suggestions;
      },
    }),
  }),
});

const CHATBOT_QUERY_MAX_LENGTH = 2000;
/** The highest CHAT_MESSAGE_MAX_LENGTH can be set to; the configured value is checked when the message is sent. */
const CHAT_MESSAGE_LENGTH_CAP = 1_000_000;

const ChatbotQueryInput = builder.inputType("ChatbotQueryInput", {
  fields: (t) => ({
    text: t.string({ required: true, ...maxLength(CHATBOT_QUERY_MAX_LENGTH) }),
    chatId: t.id({ required: false }),
    language: t.string({ required: false }),
  }),
});

const StartChatInput = builder.inputType("StartChatInput", {
  fields: (t) => ({
    type: t.field({
      type: ChatType,
      required: false,
      description: "The channel of a new chat (WEB when omitted). Naming a type while a chat of another type is open is CONFLICT (field `type`, with `existingChatId`); omitted, the open chat is returned whatever its type.",
    }),
    topic: t.string({ required: false, ...maxLength(500) }),
    language: t.string({ required: false }),
    idempotencyKey: t.string({ required: false }),
    botFirst: t.boolean({ required: false, description: "Talk to the chatbot first; the chat joins the human queue when the bot hands over (or the customer asks for an agent)." }),
  }),
});

/** idempotencyKey, or the older clientMessageId; giving both with different values is BAD_USER_INPUT. */
function idempotencyKeyOf(input: { idempotencyKey?: string | null; clientMessageId?: string | null }): string | null {
  if (input.idempotencyKey && input.clientMessageId && input.idempotencyKey !== input.clientMessageId) {
    throw badInput("idempotencyKey and clientMessageId name the same key; give one", { field: "idempotencyKey" });
  }
  return input.idempotencyKey ?? input.clientMessageId ?? null;
}

const SendChatMessageInput = builder.inputType("SendChatMessageInput", {
  fields: (t) => ({
    chatId: t.id({ required: true }),
    body: t.string({
      required: true,
      ...maxLength(CHAT_MESSAGE_LENGTH_CAP),
      description: "The message text. Longer than CHAT_MESSAGE_MAX_LENGTH (default 10,000 characters) is BAD_USER_INPUT.",
    }),
    type: t.field({ type: ChatMessageType, required: false, defaultValue: "TEXT" }),
    attachment: t.field({ type: "JSON", required: false, description: "FILE/VOICE: { url, name?, contentType?, size? } (when the chat type allows file upload)." }),
    idempotencyKey: t.string({
      required: false,
      ...maxLength(IDEMPOTENCY_KEY_MAX_LENGTH),
      description: "Makes retries safe, per chat: the same key with the same message returns the stored message; with a different message (or sender), CONFLICT.",
    }),
    clientMessageId: t.string({ required: false, ...maxLength(IDEMPOTENCY_KEY_MAX_LENGTH), deprecationReason: "Use idempotencyKey (the same key)." }),
  }),
});

const UpdateChatStatusInput = builder.inputType("UpdateChatStatusInput", {
  fields: (t) => ({
    chatId: t.id({ required: true }),
    status: t.field({ type: ChatStatus, required: true }),
    force: t.boolean({ required: false, description: "ACTIVE only, supervisors: take the chat even beyond maxConcurrentChats (counted like any other chat). Without it, an agent at capacity is refused (CONFLICT, reason AGENT_AT_CAPACITY)." }),
  }),
});
const TransferChatInput = builder.inputType("TransferChatInput", {
  fields: (t) => ({
    chatId: t.id({ required: true }),
    toAgentId: t.id({ required: false }),
    toQueue: t.string({ required: false, description: "A queue (category key); the agents subgraph picks the next agent." }),
    note: t.string({ required: false, ...maxLength(NOTE_MAX_LENGTH) }),
  }),
});
const ChatIdInput = builder.inputType("ConvertChatToTicketInput", { fields: (t) => ({ chatId: t.id({ required: true }) }) });
const SetTypingInput = builder.inputType("SetTypingInput", { fields: (t) => ({ chatId: t.id({ required: true }), typing: t.boolean({ required: true }) }) });
const MarkChatReadInput = builder.inputType("MarkChatReadInput", { fields: (t) => ({ chatId: t.id({ required: true }), upToMessageId: t.id({ required: true }) }) });

const ChatMediaKind = builder.enumType("ChatMediaKind", { values: ["SCREEN_SHARING", "RECORDING"] as const });
const StartChatMediaInput = builder.inputType("StartChatMediaInput", {
  fields: (t) => ({ chatId: t.id({ required: true }), kind: t.field({ type: ChatMediaKind, required: true }) }),
});

const TypingState = builder.objectRef<{ typing: boolean; expiresAt: Date | null }>("TypingState").implement({
  fields: (t) => ({
    typing: t.exposeBoolean("typing"),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "Refresh before this, or the others see typing stop." }),
  }),
});

builder.mutationType({
  fields: (t) => ({
    requestSupport: t.field({
      type: SupportRequestResultRef,
      authScopes: { customer: true },
      description:
        "The channel router: one entry point for a customer's request. A simple query is answered by the chatbot, a complex issue becomes a ticket, an urgent issue goes to a live agent; the result says which and why.",
      args: { input: t.arg({ type: RequestSupportInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        requestSupport(ctx, { customer: { ...ctx.identity, subject: ctx.identity.subject as string }, message: input.message, subject: input.subject, language: input.language, idempotencyKey: input.idempotencyKey }),
    }),
    startChat: t.field({
      type: ChatSession,
      authScopes: { customer: true },
      description: "Returns the customer's open chat if there is one; otherwise starts one (ACTIVE with an agent, WAITING in the queue, or offline outside operating hours).",
      args: { input: t.arg({ type: StartChatInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        startChat(ctx, { customerId: ctx.identity.subject as string, type: input.type ?? null, topic: input.topic, language: input.language, acceptLanguage: ctx.acceptLanguage, idempotencyKey: input.idempotencyKey, botFirst: input.botFirst }),
    }),
    sendChatMessage: t.field({
      type: ChatMessage,
      authScopes: { customer: true, staff: true },
      args: { input: t.arg({ type: SendChatMessageInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const chat = await loadChatFor(ctx, input.chatId);
        const { message, created } = await sendChatMessage(ctx, { chat, sender: ctx.identity, body: input.body, type: input.type ?? "TEXT", attachment: input.attachment, clientMessageId: idempotencyKeyOf(input) });
        if (created) void afterCustomerMessage(ctx, chat, message);
        return message;
      },
    }),
    updateChatStatus: t.field({
      type: ChatSession,
      authScopes: { customer: true, staff: true },
      description: "Customers end their chat (ABANDONED while still queued, else RESOLVED); staff resolve, take (ACTIVE) or return (WAITING) a chat.",
      args: { input: t.arg({ type: UpdateChatStatusInput, required: true }) },
      resolve: async (_root, { input }, ctx) => updateChatStatus(ctx, ctx.identity, await loadChatFor(ctx, input.chatId), input.status, input.force ?? false),
    }),
    transferChat: t.field({
      type: ChatSession,
      authScopes: { staff: true },
      args: { input: t.arg({ type: TransferChatInput, required: true }) },
      resolve: async (_root, { input }, ctx) => transferChat(ctx, ctx.identity, await loadChatFor(ctx, input.chatId), { toAgentId: input.toAgentId, toQueue: input.toQueue, note: input.note }),
    }),
    convertChatToTicket: t.field({
      type: ChatSession,
      authScopes: { staff: true },
      description: "Creates a ticket (tickets subgraph) with the chat transcript and closes the chat; repeating it returns the same ticket.",
      args: { input: t.arg({ type: ChatIdInput, required: true }) },
      resolve: async (_root, { input }, ctx) => convertChatToTicket(ctx, await loadChatFor(ctx, input.chatId)),
    }),
    setTyping: t.field({
      type: TypingState,
      authScopes: { customer: true, staff: true },
      description: "Ephemeral: others see a TypingEvent; `typing: true` expires after a few seconds unless refreshed.",
      args: { input: t.arg({ type: SetTypingInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const chat = await loadChatFor(ctx, input.chatId);
        if (CLOSED.has(chat.status)) throw badInput("This chat is closed", { field: "chatId" });
        requireChannelFeature(await chatTypeOptions(ctx.db, chat.type), "typingIndicators", "typing");
        return setTyping(ctx, ctx.identity, chat, input.typing);
      },
    }),
    startChatMedia: t.field({
      type: ChatMessage,
      authScopes: { customer: true, staff: true },
      description: "Starts screen sharing or recording in an ACTIVE chat whose channel has it (video_chat); refused with BAD_USER_INPUT (field `kind`) elsewhere. Posts a SYSTEM message both sides see.",
      args: { input: t.arg({ type: StartChatMediaInput, required: true }) },
      resolve: async (_root, { input }, ctx) => startChatMedia(ctx, ctx.identity, await loadChatFor(ctx, input.chatId), input.kind),
    }),
    markChatRead: t.field({
      type: ChatSession,
      authScopes: { customer: true, staff: true },
      args: { input: t.arg({ type: MarkChatReadInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const chat = await loadChatFor(ctx, input.chatId);
        if (isStaff(ctx.identity) && chat.agentId !== ctx.identity.subject) throw forbidden("Only the chat's agent marks it read");
        return markChatRead(ctx, ctx.identity, chat, input.upToMessageId);
      },
    }),
  }),
});

const CLOSED = new Set(["RESOLVED", "ABANDONED", "TIMED_OUT"]);

builder.subscriptionType({
  fields: (t) => ({
    chatEvents: t.field({
      type: ChatEventUnion,
      description:
        "Live events of one chat: messages, typing, read receipts, status and queue position. After a disconnect, pass the last message's `cursor` as `after`: every message stored since arrives first, in order, then live events, each message exactly once (up to 500 replayed; page `chat.messages(after:)` beyond that).",
      authScopes: { authenticated: true },
      args: {
        chatId: t.arg.id({ required: true }),
        after: t.arg.string({ required: false, ...maxLength(200), description: "Cursor of the last message received (ChatMessage.cursor)." }),
      },
      subscribe: async (_root, { chatId, after }, ctx) => {
        await loadChatFor(ctx, chatId, true);
        const seenUpTo = after ? seqOfCursor(after) : null;
        const events = ctx.pubsub.subscribe<ChatEvent>(chatTopic(chatId));
        await ctx.pubsub.ready();
        if (seenUpTo === null) return events;
        const missed = await ctx.db.prisma.chatMessage.findMany({ where: { chatId, seq: { gt: seenUpTo } }, orderBy: { seq: "asc" }, take: MAX_REPLAYED_MESSAGES });
        return resumedEvents(missed, seenUpTo, events);
      },
      resolve: (event) => event,
    }),
  }),
});

export { toMessagePayload };
/** Chatbot fields follow AI_CHATBOT_ENABLED (chatbotStatus always answers); the rest CHAT_SYSTEM_ENABLED. */
export const chatFeatureOf: FeatureOfField = (_root, field) =>
  field === "chatbotStatus" ? null : field.startsWith("chatbot") ? "AI_CHATBOT_ENABLED" : "CHAT_SYSTEM_ENABLED";

export const chatSchema = buildSubgraphSchema(builder, chatFeatureOf);
