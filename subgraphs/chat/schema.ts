/**
 * chat subgraph schema: chat sessions, messages, and the `chatEvents` subscription. Senders
 * are references to the agents subgraph's Agent/Customer entities (or the bot), so the
 * gateway resolves their names from the owner.
 */
import type { ChatMessage as MessageRow, ChatSession as SessionRow } from "../../generated/prisma/client.js";
import { createSubgraphBuilder, FEDERATION_LINK } from "../common/builder.js";
import { forbidden, notFound, badInput } from "../common/errors.js";
import { assertUuid, keysetConnection } from "../common/pagination.js";
import { canActOnChat, canFollowChat } from "./access.js";
import type { ChatContext } from "./context.js";
import { chatTopic, toMessagePayload, type ChatEvent, type ChatMessagePayload } from "./events.js";
import { sendChatMessage } from "./messages.js";
import { startChat } from "./sessions.js";

const builder = createSubgraphBuilder<ChatContext>();

const ChatType = builder.enumType("ChatType", { values: ["WEB", "MOBILE", "VIDEO"] as const });
const ChatStatus = builder.enumType("ChatStatus", { values: ["WAITING", "ACTIVE", "TRANSFERRED", "RESOLVED", "ABANDONED", "TIMED_OUT"] as const });
const ChatMessageType = builder.enumType("ChatMessageType", { values: ["TEXT", "FILE", "VOICE", "AUTO_RESPONSE", "SYSTEM"] as const });
const ChatSenderKind = builder.enumType("ChatSenderKind", { values: ["CUSTOMER", "AGENT", "BOT", "SYSTEM"] as const });

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
const AgentRef = builder.externalRef("Agent", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });
const CustomerRef = builder.externalRef("Customer", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });

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
    createdAt: t.field({ type: "DateTime", resolve: (m) => m.createdAt }),
    cursor: t.string({ description: "Pass as `messages(after:)` to fetch what came later.", resolve: (m) => String(m.seq) }),
  }),
});

const messageSortKey = (m: MessageRow) => [m.seq.toString(), m.id] as const;

export const ChatSession = builder.objectRef<SessionRow>("ChatSession").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.field({ type: ChatType, resolve: (c) => c.type }),
    status: t.field({ type: ChatStatus, resolve: (c) => c.status }),
    topic: t.exposeString("topic", { nullable: true }),
    language: t.exposeString("language"),
    customer: t.field({ type: CustomerRef, resolve: (c) => ({ id: c.customerId }) }),
    agent: t.field({ type: AgentRef, nullable: true, resolve: (c) => (c.agentId ? { id: c.agentId } : null) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    messages: t.connection({
      type: ChatMessage,
      description: "Messages in order. After a reconnect, pass the last seen message's cursor as `after`.",
      resolve: (chat, args, ctx) =>
        keysetConnection(args, messageSortKey, async (page) => {
          const beyond = page.beyond ? BigInt(page.beyond[0]) : null;
          return ctx.db.prisma.chatMessage.findMany({
            where: { chatId: chat.id, ...(beyond !== null ? { seq: page.inverted ? { lt: beyond } : { gt: beyond } } : {}) },
            orderBy: { seq: page.inverted ? "desc" : "asc" },
            take: page.limit,
          });
        }),
    }),
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

builder.queryType({
  fields: (t) => ({
    chat: t.field({
      type: ChatSession,
      authScopes: { authenticated: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, { id }, ctx) => loadChatFor(ctx, id),
    }),
    myChats: t.field({
      type: [ChatSession],
      authScopes: { customer: true, staff: true },
      description: "The caller's chats (as customer, or as assigned agent), newest first.",
      resolve: (_root, _args, ctx) =>
        ctx.db.prisma.chatSession.findMany({
          where: ctx.identity.role === "customer" ? { customerId: ctx.identity.subject as string } : { agentId: ctx.identity.subject as string },
          orderBy: { createdAt: "desc" },
          take: 100,
        }),
    }),
  }),
});

const StartChatInput = builder.inputType("StartChatInput", {
  fields: (t) => ({
    type: t.field({ type: ChatType, required: false, defaultValue: "WEB" }),
    topic: t.string({ required: false }),
    language: t.string({ required: false }),
    idempotencyKey: t.string({ required: false }),
  }),
});

const SendChatMessageInput = builder.inputType("SendChatMessageInput", {
  fields: (t) => ({
    chatId: t.id({ required: true }),
    body: t.string({ required: true }),
    type: t.field({ type: ChatMessageType, required: false, defaultValue: "TEXT" }),
    attachment: t.field({ type: "JSON", required: false }),
    clientMessageId: t.string({ required: false, description: "Makes retries safe: the same id returns the stored message." }),
  }),
});

builder.mutationType({
  fields: (t) => ({
    startChat: t.field({
      type: ChatSession,
      authScopes: { customer: true },
      args: { input: t.arg({ type: StartChatInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        startChat(ctx, { customerId: ctx.identity.subject as string, type: input.type ?? "WEB", topic: input.topic, language: input.language, idempotencyKey: input.idempotencyKey }),
    }),
    sendChatMessage: t.field({
      type: ChatMessage,
      authScopes: { customer: true, staff: true },
      args: { input: t.arg({ type: SendChatMessageInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const chat = await loadChatFor(ctx, input.chatId);
        if (input.clientMessageId !== null && input.clientMessageId !== undefined && (input.clientMessageId.length < 1 || input.clientMessageId.length > 200)) {
          throw badInput("clientMessageId must be 1–200 characters", { field: "clientMessageId" });
        }
        return sendChatMessage(ctx, { chat, sender: ctx.identity, body: input.body, type: input.type ?? "TEXT", attachment: input.attachment, clientMessageId: input.clientMessageId });
      },
    }),
  }),
});

builder.subscriptionType({
  fields: (t) => ({
    chatEvents: t.field({
      type: ChatEventUnion,
      description: "Live events of one chat: messages, typing, read receipts, status and queue position.",
      authScopes: { authenticated: true },
      args: { chatId: t.arg.id({ required: true }) },
      subscribe: async (_root, { chatId }, ctx) => {
        await loadChatFor(ctx, chatId, true);
        const events = ctx.pubsub.subscribe<ChatEvent>(chatTopic(chatId));
        await ctx.pubsub.ready();
        return events;
      },
      resolve: (event) => event,
    }),
  }),
});

export { toMessagePayload };
export const chatSchema = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK });
