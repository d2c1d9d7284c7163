/**
 * chat subgraph schema: chat sessions, messages, and the `chatEvents` subscription. Senders
 * are references to the agents subgraph's Agent/Customer entities (or the bot), so the
 * gateway resolves their names from the owner.
 */
import type { ChatMessage as MessageRow, ChatSession as SessionRow, Prisma } from "../../generated/prisma/client.js";
import { buildSubgraphSchema, createSubgraphBuilder, ROOT_TYPE_DESCRIPTIONS } from "../common/builder.js";
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

const ChatType = builder.enumType("ChatType", {
  description: "The chat channel (the specification's web_chat, mobile_chat, video_chat); its features are in ChatTypeOptions.",
  values: {
    WEB: { description: "Chat on the website (web_chat)." },
    MOBILE: { description: "Chat in the mobile app (mobile_chat)." },
    VIDEO: { description: "Video call with chat (video_chat), limited to 30 minutes." },
  } as const,
});
const ChatStatus = builder.enumType("ChatStatus", {
  description: "Where a chat is in its lifecycle.",
  values: {
    WAITING: { description: "Waiting for an agent (the bot may be answering)." },
    ACTIVE: { description: "An agent is in the chat." },
    TRANSFERRED: { description: "Handed to another agent or queue; ACTIVE again once the new agent replies or takes it." },
    RESOLVED: { description: "Ended normally." },
    ABANDONED: { description: "The customer left before anyone answered." },
    TIMED_OUT: { description: "Ended after CHAT_TIMEOUT_MINUTES without a message in an ACTIVE chat." },
  } as const,
});
const ChatMessageType = builder.enumType("ChatMessageType", {
  description: "What kind of message it is.",
  values: {
    TEXT: { description: "Plain text." },
    FILE: { description: "A file (see attachment); only on channels with fileUpload." },
    VOICE: { description: "A voice message (see attachment); only on channels with voiceMessages." },
    AUTO_RESPONSE: { description: "Written by the chatbot." },
    SYSTEM: { description: "A notice from Switchboard (joined, transferred, ended, handoff)." },
  } as const,
});
const ChatSenderKind = builder.enumType("ChatSenderKind", {
  description: "Who wrote a message (or is typing, or read).",
  values: {
    CUSTOMER: { description: "The customer." },
    AGENT: { description: "A staff member." },
    BOT: { description: "The chatbot." },
    SYSTEM: { description: "Switchboard itself." },
  } as const,
});

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
  fields: (t) => ({ name: t.exposeString("name", { description: "Switchboard Assistant, or System." }) }),
});

type SenderShape = { kind: "AGENT" | "CUSTOMER"; id: string } | { kind: "BOT"; name: string };
const ChatSender = builder.unionType("ChatSender", {
  description: "Who wrote a chat message: an agent, the customer, or the bot/system.",
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
    translated: t.exposeBoolean("translated", { description: "False when nothing was translated." }),
    confidence: t.exposeFloat("confidence", { nullable: true, description: "Confidence of the kept answer (the best of the configured providers, asked in parallel)." }),
    fromLanguage: t.exposeString("fromLanguage", { nullable: true, description: "Source language; null when unknown." }),
    toLanguage: t.exposeString("toLanguage", { description: "Target language." }),
    provider: t.exposeString("provider", { nullable: true, description: "The translator whose answer was kept." }),
    unavailableReason: t.exposeString("unavailableReason", { nullable: true, description: "Why nothing was translated (no translator configured, all providers failed)." }),
  }),
});
const ChatMessage = builder.objectRef<MessageShape>("ChatMessage").implement({
  description: "One message in a chat.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The message id." }),
    chatId: t.exposeID("chatId", { description: "The chat it belongs to." }),
    body: t.exposeString("body", { description: "The text as written (the original when translated)." }),
    type: t.field({ description: "Text, file, voice, bot or system message.", type: ChatMessageType, resolve: (m) => m.type }),
    senderKind: t.field({ description: "Who wrote it.", type: ChatSenderKind, resolve: (m) => m.senderKind }),
    sender: t.field({ description: "The author: Agent, Customer or ChatBot.",
      type: ChatSender,
      resolve: (m): SenderShape =>
        (m.senderKind === "AGENT" || m.senderKind === "CUSTOMER") && m.senderId
          ? { kind: m.senderKind, id: m.senderId }
          : { kind: "BOT", name: m.senderKind === "SYSTEM" ? "System" : "Switchboard Assistant" },
    }),
    clientMessageId: t.exposeString("clientMessageId", { nullable: true, description: "The sender's own id for the message (sendChatMessage): a retry with the same id returns this message instead of a duplicate." }),
    translation: t.field({
      type: ChatMessageTranslation,
      nullable: true,
      description: "Set when translation is on for the chat: the body translated for the other side, the original kept in `body`.",
      resolve: (m) => (m.translation ?? null) as StoredTranslation | null,
    }),
    attachment: t.field({ type: "JSON", nullable: true, description: "File/voice attachment, or for SYSTEM/bot messages structured details (handoff transcript, ticket, intent).", resolve: (m) => (m.attachment ?? null) as unknown }),
    createdAt: t.field({ description: "When it was sent.", type: "DateTime", resolve: (m) => m.createdAt }),
    cursor: t.string({ description: "Pass as `messages(after:)` to fetch what came later (same as the message's edge cursor).", resolve: (m) => encodeCursor([String(m.seq), m.id]) }),
  }),
});

const messageSortKey = (m: MessageRow) => [m.seq.toString(), m.id] as const;
const MessageConnection = builder.connectionObject({ type: ChatMessage, name: "ChatMessageConnection" }, { name: "ChatMessageEdge" });

const ChatTypeOptionsRef = builder.objectRef<ChatTypeOptionsShape>("ChatTypeOptions").implement({
  description: "A chat channel as the specification configures it (chatConfig.channels), with its feature flags (admin-editable data). A feature a channel lacks is refused with BAD_USER_INPUT naming the field.",
  fields: (t) => ({
    type: t.field({ type: ChatType, description: "The channel.", resolve: (o) => o.type }),
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
  description: "A live chat between a customer and support (the bot, then an agent). Customers see their own; staff see all.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The chat id (UUID)." }),
    type: t.field({ description: "The channel.", type: ChatType, resolve: (c) => c.type }),
    status: t.field({ description: "Lifecycle status.", type: ChatStatus, resolve: (c) => c.status }),
    topic: t.exposeString("topic", { nullable: true, description: "What the customer said it is about, if anything." }),
    language: t.exposeString("language", { description: "Conversation language (en, ar, hi or ur)." }),
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      description: "The customer's profile (agents subgraph); null with a NOT_FOUND error when agents holds no profile for them yet.",
      resolve: (c) => ({ id: c.customerId }),
    }),
    agent: t.field({ description: "The agent in the chat; null while nobody has taken it.", type: AgentRef, nullable: true, resolve: (c) => (c.agentId ? { id: c.agentId } : null) }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it started." }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true, description: "First agent reply; null before it." }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true, description: "When it ended; null while open." }),
    lastMessageAt: t.expose("lastMessageAt", { type: "DateTime", description: "Latest message (the timeout counts from it)." }),
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
    needsTranslation: t.exposeBoolean("needsTranslation", { description: "Translation is on: the agent does not speak the chat's language; messages carry a translation." }),
    ticket: t.field({ type: TicketRef, nullable: true, description: "The ticket this chat became (convertChatToTicket or an offline message).", resolve: (c) => (c.ticketId ? { id: c.ticketId } : null) }),
    customerReadUpToId: t.exposeID("customerReadUpToId", { nullable: true, description: "The last message the customer has read." }),
    agentReadUpToId: t.exposeID("agentReadUpToId", { nullable: true, description: "The last message the agent has read." }),
    typeOptions: t.field({ description: "The channel's features.", type: ChatTypeOptionsRef, resolve: (c, _args, ctx) => chatTypeOptions(ctx.db, c.type) }),
    messages: t.connection(
      {
      type: ChatMessage,
      description: "Messages in order. After a reconnect, pass the last seen message's cursor as `after`.",
      resolve: (chat, args, ctx) =>
        keysetConnection(args, messageSortKey, async (page) => {
          if (page.beyond && !/^\d{1,19}$/.test(String(page.beyond[0]))) throw badInput("Invalid pagination cursor");
          return ctx.loaders.messagesOf(chat.id, page);
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
  description: "A new message in the chat.",
  fields: (t) => ({
    chatId: t.exposeID("chatId", { description: "The chat." }),
    message: t.field({ description: "The message.", type: ChatMessage, resolve: (e) => e.message }),
  }),
});
const ChatStatusEvent = builder.objectRef<StatusEventShape>("ChatStatusEvent").implement({
  description: "The chat's status or agent changed.",
  fields: (t) => ({
    chatId: t.exposeID("chatId", { description: "The chat." }),
    status: t.field({ description: "The new status.", type: ChatStatus, resolve: (e) => e.status }),
    agent: t.field({ description: "The agent in the chat now, if any.", type: AgentRef, nullable: true, resolve: (e) => (e.agentId ? { id: e.agentId } : null) }),
    at: t.field({ description: "When it changed.", type: "DateTime", resolve: (e) => e.at }),
  }),
});
const TypingEvent = builder.objectRef<TypingEventShape>("TypingEvent").implement({
  description: "Someone started or stopped typing (only on channels with typing indicators).",
  fields: (t) => ({
    chatId: t.exposeID("chatId", { description: "The chat." }),
    participantKind: t.field({ description: "Who is typing: the customer or the agent.", type: ChatSenderKind, resolve: (e) => e.participantKind }),
    typing: t.exposeBoolean("typing", { description: "true: started; false: stopped." }),
    at: t.field({ description: "When.", type: "DateTime", resolve: (e) => e.at }),
  }),
});

const ReadReceiptEvent = builder.objectRef<ReadEventShape>("ReadReceiptEvent").implement({
  description: "Someone read the chat up to a message.",
  fields: (t) => ({
    chatId: t.exposeID("chatId", { description: "The chat." }),
    readerKind: t.field({ description: "Who read: the customer or the agent.", type: ChatSenderKind, resolve: (e) => e.readerKind }),
    upToMessageId: t.exposeID("upToMessageId", { description: "They have read this message and every earlier one." }),
    at: t.field({ description: "When.", type: "DateTime", resolve: (e) => e.at }),
  }),
});
const QueuePositionEvent = builder.objectRef<QueueEventShape>("QueuePositionEvent").implement({
  description: "The chat moved in the human queue (while WAITING).",
  fields: (t) => ({
    chatId: t.exposeID("chatId", { description: "The chat." }),
    position: t.exposeInt("position", { description: "1-based position in the queue." }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { nullable: true, description: "Expected wait in seconds; null when unknown." }),
    at: t.field({ description: "When.", type: "DateTime", resolve: (e) => e.at }),
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
  description: "Something that happened in a chat, pushed live by chatEvents.",
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
  description: "Conditions a chat must all meet; omitted fields do not filter.",
  fields: (t) => ({
    status: t.field({ description: "Any of these statuses.", type: [ChatStatus], required: false }),
    type: t.field({ description: "Only this channel.", type: ChatType, required: false }),
    agentId: t.id({ description: "Only chats of this agent.", required: false }),
    customerId: t.id({ description: "Only chats of this customer.", required: false }),
    unassigned: t.boolean({ required: false, description: "Only chats nobody has taken yet." }),
    offline: t.boolean({ description: "true: only offline messages; false: only live chats.", required: false }),
    createdAfter: t.field({ description: "Started at or after this time.", type: "DateTime", required: false }),
    createdBefore: t.field({ description: "Started before this time.", type: "DateTime", required: false }),
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
  description: "Whether live chat is open now and how long a new chat would wait.",
  fields: (t) => ({
    open: t.exposeBoolean("open", { description: "Within operating hours (CHAT_OPERATING_HOURS)." }),
    liveAgentsAvailable: t.exposeBoolean("liveAgentsAvailable", { description: "Open and at least one agent available (queueStatus(kind: CHAT).availableAgents > 0)." }),
    nextOpenAt: t.expose("nextOpenAt", { type: "DateTime", description: "Now when open, else when the team is back." }),
    waitingChats: t.exposeInt("waitingChats", { description: "Chats in the human queue (queueStatus(kind: CHAT).length)." }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { nullable: true, description: "Expected wait of a chat joining now (queueStatus(kind: CHAT).estimatedWaitSeconds); null when closed or unknown." }),
    operatingHours: t.exposeString("operatingHours", { description: "The operating hours as configured (CHAT_OPERATING_HOURS, else the support hours): '<zone>; <days> HH:MM-HH:MM; …' or '24/7'." }),
  }),
});

interface ChatbotStatusShape {
  customerContextProvider: "HTTP" | "DEMO";
  confidenceThreshold: number;
  autoReplyThreshold: number;
  autoEscalationEnabled: boolean;
}
const CustomerContextProviderKind = builder.enumType("CustomerContextProviderKind", {
  description: "Where the chatbot reads a customer's account data.",
  values: {
    HTTP: { description: "The platform's customer-context service at CUSTOMER_CONTEXT_URL." },
    DEMO: { description: "DEMO ONLY tables in the chat schema, seeded from scripts/seed-data/customer-context.ts (CUSTOMER_CONTEXT_URL unset)." },
  } as const,
});
const ChatbotStatus = builder.objectRef<ChatbotStatusShape>("ChatbotStatus").implement({
  description: "How the chatbot is configured in this deployment.",
  fields: (t) => ({
    customerContextProvider: t.field({ type: CustomerContextProviderKind, description: "Where the bot reads KYC, investments and transactions.", resolve: (s) => s.customerContextProvider }),
    confidenceThreshold: t.exposeFloat("confidenceThreshold", { description: "CHATBOT_CONFIDENCE_THRESHOLD: below it the bot escalates to a human." }),
    autoReplyThreshold: t.exposeFloat("autoReplyThreshold", { description: "CHATBOT_AUTO_REPLY_THRESHOLD: the bot resolves a case on its own only above it." }),
    autoEscalationEnabled: t.exposeBoolean("autoEscalationEnabled", { description: "AUTO_ESCALATION_ENABLED: a waiting chat the bot cannot answer goes to a human on its own." }),
  }),
});

const ChatbotEntity = builder.objectRef<Entity>("ChatbotEntity").implement({
  description: "Something the chatbot recognised in the question.",
  fields: (t) => ({
    type: t.exposeString("type", { description: "AMOUNT, DATE, TICKET_NUMBER, TRANSACTION_ID, INVESTMENT_ID or EMAIL." }),
    value: t.exposeString("value", { description: "Normalised value, e.g. '1200.5 USD', '2026-03-12', 'SB-10042'." }),
    raw: t.exposeString("raw", { description: "The text as written." }),
    amount: t.float({ description: "For AMOUNT: the number.", nullable: true, resolve: (e) => (e.type === "AMOUNT" ? e.amount : null) }),
    currency: t.string({ description: "For AMOUNT: ISO 4217 currency code, when given.", nullable: true, resolve: (e) => (e.type === "AMOUNT" ? e.currency : null) }),
  }),
});
const ChatbotArticle = builder.objectRef<ArticleHit>("ChatbotArticle").implement({
  description: "A knowledge-base article the chatbot suggests.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The article's title." }),
    confidence: t.float({ description: "Search relevance in [0, 1], when known.", nullable: true, resolve: (a) => a.confidence ?? null }),
    article: t.field({ type: ArticleRef, nullable: true, description: "The article (knowledge subgraph); null with a NOT_FOUND error once it is archived or deleted.", resolve: (a) => ({ id: a.id }) }),
  }),
});
const ChatbotAnswer = builder.objectRef<BotReply>("ChatbotAnswer").implement({
  description: "The chatbot's answer, in the specification's processUserQuery shape.",
  fields: (t) => ({
    response: t.exposeString("response", { description: "The answer text, in the question's language." }),
    intent: t.exposeString("intent", { description: "What the bot understood: check_investment_status, kyc_status_inquiry, payment_issues, greeting, human_handoff, ticket_status, thanks_goodbye or knowledge_question." }),
    confidence: t.exposeFloat("confidence", { description: "The answer's confidence: the lower of the intent model's and the intent handler's own (0.95 investments, 0.98 KYC, 0.9 / 0.8 payments)." }),
    intentConfidence: t.exposeFloat("intentConfidence", { description: "The intent model's confidence alone." }),
    entities: t.field({ description: "Amounts, dates, ids and emails found in the question.", type: [ChatbotEntity], resolve: (r) => r.entities }),
    suggestedActions: t.exposeStringList("suggestedActions", {
      description: "The specification's action keys: view_portfolio, investment_details, check_documents, view_limits, retry_payment, contact_bank, try_different_method, describe_issue, contact_agent.",
    }),
    escalateToHuman: t.exposeBoolean("escalateToHuman", { description: "confidence < CHATBOT_CONFIDENCE_THRESHOLD, the customer asked for a person, or the bot has no data to answer with." }),
    canResolve: t.exposeBoolean("canResolve", { description: "The answer resolves the question (the bot auto-replies in a chat only when this holds and confidence > autoReplyThreshold)." }),
    language: t.exposeString("language", { description: "Language of the answer." }),
    knowledgeBaseArticles: t.field({ type: [ChatbotArticle], description: "Top 3 knowledge-base articles (knowledge subgraph search; empty when it is unavailable).", resolve: (r) => r.articles }),
    articles: t.field({ description: "Same as knowledgeBaseArticles.", type: [ChatbotArticle], deprecationReason: "Use knowledgeBaseArticles (the specification's name).", resolve: (r) => r.articles }),
  }),
});

const SupportRouteEnum = builder.enumType("SupportRoute", {
  description: "Where the channel router sent a request.",
  values: {
    CHATBOT: { description: "Simple query: answered by the chatbot (knowledge base or the customer's own data)." },
    TICKET: { description: "Complex issue: a ticket was created (classified, assigned, under SLA)." },
    LIVE_AGENT: { description: "Urgent issue (or a request for a person): a live chat with an agent, queued ahead when urgent." },
  } as const,
});
const SupportRequestResultRef = builder.objectRef<SupportRequestResult>("SupportRequestResult").implement({
  description: "Which route the channel router took for a customer's request, and why.",
  fields: (t) => ({
    route: t.field({ description: "Where the request went.", type: SupportRouteEnum, resolve: (r) => r.route }),
    reason: t.exposeString("reason", { description: "Why this route, in words (intent, confidence, urgency signals)." }),
    intent: t.exposeString("intent", { description: "The chatbot's intent for the message." }),
    confidence: t.exposeFloat("confidence", { description: "The chatbot answer's confidence." }),
    urgencySignals: t.exposeStringList("urgencySignals", { description: "fraud, account_compromised, funds_missing, urgent_wording — any one routes to a live agent." }),
    complexitySignals: t.exposeStringList("complexitySignals", { description: "long_description (more than 40 words), several_questions — any one routes to a ticket." }),
    language: t.exposeString("language", { description: "Language of the request." }),
    answer: t.field({ type: ChatbotAnswer, description: "The chatbot's answer (on TICKET and LIVE_AGENT: what it would have said).", resolve: (r) => r.answer }),
    ticket: t.field({ type: TicketRef, nullable: true, description: "Route TICKET: the ticket created.", resolve: (r) => (r.ticket ? { id: r.ticket.id } : null) }),
    ticketNumber: t.string({ description: "Route TICKET: the ticket's number, e.g. SB-10042.", nullable: true, resolve: (r) => r.ticket?.number ?? null }),
    chat: t.field({ type: ChatSession, nullable: true, description: "Route LIVE_AGENT: the live chat, with the customer's message in it.", resolve: (r) => r.chat }),
  }),
});

const RequestSupportInput = builder.inputType("RequestSupportInput", {
  description: "A customer's request for help, routed to the chatbot, a ticket or a live agent.",
  fields: (t) => ({
    message: t.string({ required: true, description: "What the customer needs, in their words.", ...maxLength(SUPPORT_MESSAGE_MAX_LENGTH) }),
    subject: t.string({ description: "A subject for the ticket, if one is created.", required: false, ...maxLength(SUPPORT_SUBJECT_MAX_LENGTH) }),
    language: t.string({ required: false, description: "ISO 639 code; detected from the message when omitted." }),
    idempotencyKey: t.string({ description: "Makes retries safe on the TICKET route: the same key (1–200 characters) returns the first ticket instead of creating another.", required: false, ...maxLength(200) }),
  }),
});

interface SuggestionShape {
  body: string;
  source: "CHATBOT" | "KNOWLEDGE";
  article: ArticleHit | null;
}
const ChatSuggestionSource = builder.enumType("ChatSuggestionSource", {
  description: "Where a suggested reply comes from.",
  values: {
    CHATBOT: { description: "The chatbot's confident answer." },
    KNOWLEDGE: { description: "A knowledge-base article." },
  } as const,
});
const ChatSuggestion = builder.objectRef<SuggestionShape>("ChatSuggestion").implement({
  description: "A reply the agent may send.",
  fields: (t) => ({
    body: t.exposeString("body", { description: "The suggested text." }),
    source: t.field({ description: "Where it comes from.", type: ChatSuggestionSource, resolve: (s) => s.source }),
    article: t.field({ description: "The article, for KNOWLEDGE suggestions.", type: ChatbotArticle, nullable: true, resolve: (s) => s.article }),
  }),
});

builder.queryType({
  description: ROOT_TYPE_DESCRIPTIONS.Query,
  fields: (t) => ({
    chat: t.field({ description: "One chat. Customers: their own chats; agents: chats assigned to them or not yet taken; supervisors, admins and services: any (else FORBIDDEN). Unknown chat: NOT_FOUND.",
      type: ChatSession,
      authScopes: { authenticated: true },
      args: { id: t.arg.id({ description: "The chat id (UUID, else BAD_USER_INPUT).", required: true }) },
      resolve: (_root, { id }, ctx) => loadChatFor(ctx, id),
    }),
    myChats: t.connection(
      {
        type: ChatSession,
        authScopes: { customer: true, staff: true },
        description: "The caller's chats (as customer, or as assigned agent), newest first. Customers and staff.",
        args: { status: t.arg({ description: "Only chats in any of these statuses.", type: [ChatStatus], required: false }) },
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
        description: "Chats for staff (and analytics' backfill), newest first. Staff and services only (customers: FORBIDDEN, use myChats).",
        args: { filter: t.arg({ description: "Conditions to match; omit for all chats.", type: ChatFilter, required: false }) },
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
      description: "Whether live agents are available now, and when the team is back otherwise. Anyone may call it.",
      resolve: (_root, _args, ctx) => supportAvailability(ctx),
    }),
    chatTypeOptions: t.field({ type: [ChatTypeOptionsRef], description: "The chat channels (WEB, MOBILE, VIDEO) and their features. Anyone may call it.", resolve: (_root, _args, ctx) => allChatTypeOptions(ctx.db) }),
    chatbotStatus: t.field({ description: "How the chatbot is configured here (context provider, thresholds). Any signed-in caller.",
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
      description: "Ask the chatbot. Customers ask about their own account; staff may pass a chatId to ask on that chat's customer's behalf. Customers and staff. Empty or over 2,000-character text, a malformed language: BAD_USER_INPUT. AI_CHATBOT_ENABLED=false: FEATURE_DISABLED.",
      args: { input: t.arg({ description: "The question.", type: ChatbotQueryInput, required: true }) },
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
      description: "Suggested replies for the agent, for the customer's latest message: the chatbot's answer (when confident) and knowledge-base articles. Staff only, on chats they may act on. AI_CHATBOT_ENABLED=false: FEATURE_DISABLED.",
      args: { chatId: t.arg.id({ description: "The chat (UUID).", required: true }) },
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
  description: "A question for the chatbot.",
  fields: (t) => ({
    text: t.string({ description: "The question, 1–2,000 characters.", required: true, ...maxLength(CHATBOT_QUERY_MAX_LENGTH) }),
    chatId: t.id({ description: "Staff: ask on behalf of this chat's customer (so the bot uses their account data).", required: false }),
    language: t.string({ description: "ISO 639 code such as en or ar; default the chat's language, else detected.", required: false }),
  }),
});

const StartChatInput = builder.inputType("StartChatInput", {
  description: "A new chat.",
  fields: (t) => ({
    type: t.field({
      type: ChatType,
      required: false,
      description: "The channel of a new chat (WEB when omitted). Naming a type while a chat of another type is open is CONFLICT (field `type`, with `existingChatId`); omitted, the open chat is returned whatever its type.",
    }),
    topic: t.string({ description: "What it is about (at most 500 characters).", required: false, ...maxLength(500) }),
    language: t.string({ description: "en, ar, hi or ur; default the customer's preferred language, then Accept-Language.", required: false }),
    idempotencyKey: t.string({ description: "Makes retries safe: the same key returns the chat it started.", required: false }),
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
  description: "A message to send in a chat.",
  fields: (t) => ({
    chatId: t.id({ description: "The chat; it must be open (else BAD_USER_INPUT).", required: true }),
    body: t.string({
      required: true,
      ...maxLength(CHAT_MESSAGE_LENGTH_CAP),
      description: "The message text. Longer than CHAT_MESSAGE_MAX_LENGTH (default 10,000 characters) is BAD_USER_INPUT.",
    }),
    type: t.field({ description: "TEXT (default), FILE or VOICE as the channel allows (else BAD_USER_INPUT).", type: ChatMessageType, required: false, defaultValue: "TEXT" }),
    attachment: t.field({ type: "JSON", required: false, description: "FILE/VOICE: { url, name?, contentType?, size? } (when the chat type allows file upload)." }),
    idempotencyKey: t.string({
      required: false,
      ...maxLength(IDEMPOTENCY_KEY_MAX_LENGTH),
      description: "Makes retries safe, per chat: the same key with the same message returns the stored message; with a different message (or sender), CONFLICT.",
    }),
    clientMessageId: t.string({ description: "Former name of idempotencyKey.", required: false, ...maxLength(IDEMPOTENCY_KEY_MAX_LENGTH), deprecationReason: "Use idempotencyKey (the same key)." }),
  }),
});

const UpdateChatStatusInput = builder.inputType("UpdateChatStatusInput", {
  description: "A chat and its new status.",
  fields: (t) => ({
    chatId: t.id({ description: "The chat.", required: true }),
    status: t.field({ description: "Customers: RESOLVED (ABANDONED while still queued). Staff: RESOLVED, ACTIVE (take it) or WAITING (return it to the queue). Other moves: BAD_USER_INPUT.", type: ChatStatus, required: true }),
    force: t.boolean({ required: false, description: "ACTIVE only, supervisors: take the chat even beyond maxConcurrentChats (counted like any other chat). Without it, an agent at capacity is refused (CONFLICT, reason AGENT_AT_CAPACITY)." }),
  }),
});
const TransferChatInput = builder.inputType("TransferChatInput", {
  description: "Where to hand a chat: to an agent or a queue (give one).",
  fields: (t) => ({
    chatId: t.id({ description: "The chat.", required: true }),
    toAgentId: t.id({ description: "The agent to hand it to; they must have room under maxConcurrentChats (else CONFLICT, AGENT_AT_CAPACITY).", required: false }),
    toQueue: t.string({ required: false, description: "A queue (category key); the agents subgraph picks the next agent." }),
    note: t.string({ description: "Handover note for the next agent.", required: false, ...maxLength(NOTE_MAX_LENGTH) }),
  }),
});
const ChatIdInput = builder.inputType("ConvertChatToTicketInput", {
  description: "The chat to turn into a ticket.",
  fields: (t) => ({ chatId: t.id({ required: true, description: "The chat." }) }),
});
const SetTypingInput = builder.inputType("SetTypingInput", {
  description: "Typing started or stopped.",
  fields: (t) => ({ chatId: t.id({ required: true, description: "The chat; it must be open." }), typing: t.boolean({ required: true, description: "true: typing; false: stopped." }) }),
});
const MarkChatReadInput = builder.inputType("MarkChatReadInput", {
  description: "How far I have read a chat.",
  fields: (t) => ({ chatId: t.id({ required: true, description: "The chat." }), upToMessageId: t.id({ required: true, description: "The last message read; every earlier one counts as read too." }) }),
});

const ChatMediaKind = builder.enumType("ChatMediaKind", {
  description: "Media a video chat can start.",
  values: { SCREEN_SHARING: { description: "Share a screen." }, RECORDING: { description: "Record the call." } } as const,
});
const StartChatMediaInput = builder.inputType("StartChatMediaInput", {
  description: "Media to start in a chat.",
  fields: (t) => ({ chatId: t.id({ required: true, description: "An ACTIVE chat." }), kind: t.field({ type: ChatMediaKind, required: true, description: "What to start." }) }),
});

const TypingState = builder.objectRef<{ typing: boolean; expiresAt: Date | null }>("TypingState").implement({
  description: "My typing indicator as the others see it.",
  fields: (t) => ({
    typing: t.exposeBoolean("typing", { description: "Whether I show as typing." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "Refresh before this, or the others see typing stop." }),
  }),
});

builder.mutationType({
  description: ROOT_TYPE_DESCRIPTIONS.Mutation,
  fields: (t) => ({
    requestSupport: t.field({
      type: SupportRequestResultRef,
      authScopes: { customer: true },
      description:
        "The channel router: one entry point for a customer's request. A simple query is answered by the chatbot, a complex issue becomes a ticket, an urgent issue goes to a live agent; the result says which and why. Customers only. Empty or too long message, an unsupported language: BAD_USER_INPUT.",
      args: { input: t.arg({ description: "The request.", type: RequestSupportInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        requestSupport(ctx, { customer: { ...ctx.identity, subject: ctx.identity.subject as string }, message: input.message, subject: input.subject, language: input.language, idempotencyKey: input.idempotencyKey }),
    }),
    startChat: t.field({
      type: ChatSession,
      authScopes: { customer: true },
      description: "Returns the customer's open chat if there is one; otherwise starts one (ACTIVE with an agent, WAITING in the queue, or offline outside operating hours). Customers only. A disabled channel or unsupported language: BAD_USER_INPUT; an open chat of another type: CONFLICT.",
      args: { input: t.arg({ description: "The chat to start.", type: StartChatInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        startChat(ctx, { customerId: ctx.identity.subject as string, type: input.type ?? null, topic: input.topic, language: input.language, acceptLanguage: ctx.acceptLanguage, idempotencyKey: input.idempotencyKey, botFirst: input.botFirst }),
    }),
    sendChatMessage: t.field({ description: "Sends a message in a chat; a customer message may get a chatbot answer while the chat waits. Customers on their own chats, staff on chats they may act on (else FORBIDDEN). Closed chat, empty or too long body, a type the channel lacks: BAD_USER_INPUT; reused idempotencyKey with a different message: CONFLICT.",
      type: ChatMessage,
      authScopes: { customer: true, staff: true },
      args: { input: t.arg({ description: "The message.", type: SendChatMessageInput, required: true }) },
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
      description: "Customers end their chat (ABANDONED while still queued, else RESOLVED); staff resolve, take (ACTIVE) or return (WAITING) a chat. A move not allowed: BAD_USER_INPUT; taking a chat at capacity: CONFLICT (AGENT_AT_CAPACITY).",
      args: { input: t.arg({ description: "The chat and status.", type: UpdateChatStatusInput, required: true }) },
      resolve: async (_root, { input }, ctx) => updateChatStatus(ctx, ctx.identity, await loadChatFor(ctx, input.chatId), input.status, input.force ?? false),
    }),
    transferChat: t.field({ description: "Hands a chat to another agent (TRANSFERRED until they reply) or back to a queue. Staff only, on chats they may act on. Neither or both targets, a closed chat: BAD_USER_INPUT; target at capacity: CONFLICT.",
      type: ChatSession,
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The chat and where to.", type: TransferChatInput, required: true }) },
      resolve: async (_root, { input }, ctx) => transferChat(ctx, ctx.identity, await loadChatFor(ctx, input.chatId), { toAgentId: input.toAgentId, toQueue: input.toQueue, note: input.note }),
    }),
    convertChatToTicket: t.field({
      type: ChatSession,
      authScopes: { staff: true },
      description: "Creates a ticket (tickets subgraph) with the chat transcript and closes the chat; repeating it returns the same ticket. Staff only, on chats they may act on.",
      args: { input: t.arg({ description: "The chat.", type: ChatIdInput, required: true }) },
      resolve: async (_root, { input }, ctx) => convertChatToTicket(ctx, await loadChatFor(ctx, input.chatId)),
    }),
    setTyping: t.field({
      type: TypingState,
      authScopes: { customer: true, staff: true },
      description: "Ephemeral: others see a TypingEvent; `typing: true` expires after a few seconds unless refreshed. Customers and staff; closed chat or a channel without typing indicators: BAD_USER_INPUT.",
      args: { input: t.arg({ description: "The chat and state.", type: SetTypingInput, required: true }) },
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
      args: { input: t.arg({ description: "The chat and media.", type: StartChatMediaInput, required: true }) },
      resolve: async (_root, { input }, ctx) => startChatMedia(ctx, ctx.identity, await loadChatFor(ctx, input.chatId), input.kind),
    }),
    markChatRead: t.field({ description: "Marks the chat read up to a message (others get a ReadReceiptEvent). The customer, or the chat's own agent (other staff: FORBIDDEN).",
      type: ChatSession,
      authScopes: { customer: true, staff: true },
      args: { input: t.arg({ description: "The chat and message.", type: MarkChatReadInput, required: true }) },
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
  description: ROOT_TYPE_DESCRIPTIONS.Subscription,
  fields: (t) => ({
    chatEvents: t.field({
      type: ChatEventUnion,
      description:
        "Live events of one chat: messages, typing, read receipts, status and queue position. After a disconnect, pass the last message's `cursor` as `after`: every message stored since arrives first, in order, then live events, each message exactly once (up to 500 replayed; page `chat.messages(after:)` beyond that). The chat's customer, its agent, supervisors, admins and services (else FORBIDDEN).",
      authScopes: { authenticated: true },
      args: {
        chatId: t.arg.id({ description: "The chat (UUID).", required: true }),
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
