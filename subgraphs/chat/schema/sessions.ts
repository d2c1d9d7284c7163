/** ChatSession (the entity), with its channel options. */
import type { ChatSession as SessionRow } from "../../../generated/prisma/client.js";
import { badInput } from "../../../shared/errors.js";
import { keysetConnection } from "../../../shared/pagination.js";
import { canActOnChat } from "../access.js";
import { CHANNEL_KEYS, chatTypeOptions, type ChatTypeOptions as ChatTypeOptionsShape } from "../options.js";
import { AgentRef, builder, CustomerRef, TicketRef } from "./builder.js";
import { ChatStatus, ChatType } from "./enums.js";
import { ChatMessage, MessageConnection, messageSortKey } from "./messages.js";

export const ChatTypeOptionsRef = builder.objectRef<ChatTypeOptionsShape>("ChatTypeOptions").implement({
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
