/** Starting a chat, sending messages, status changes, transfers and conversion to a ticket. */
import { badInput } from "../../../shared/errors.js";
import { IDEMPOTENCY_KEY_MAX_LENGTH } from "../../../shared/idempotency.js";
import { maxLength, NOTE_MAX_LENGTH } from "../../../shared/input-limits.js";
import { sendChatMessageIn } from "../send-chat-message.js";
import { convertChatToTicket, transferChat, updateChatStatus } from "../sessions.js";
import { startChat } from "../start-chat.js";
import { builder } from "./builder.js";
import { ChatMessageType, ChatStatus, ChatType } from "./enums.js";
import { loadChatFor } from "./load-chat.js";
import { ChatMessage } from "./messages.js";
import { ChatSession } from "./sessions.js";

/** The highest CHAT_MESSAGE_MAX_LENGTH can be set to; the configured value is checked when the message is sent. */
const CHAT_MESSAGE_LENGTH_CAP = 1_000_000;

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

builder.mutationFields((t) => ({
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
    resolve: (_root, { input }, ctx) =>
      sendChatMessageIn(
        ctx,
        input.chatId,
        { sender: ctx.identity, body: input.body, type: input.type ?? "TEXT", attachment: input.attachment, clientMessageId: idempotencyKeyOf(input) },
        () => loadChatFor(ctx, input.chatId),
      ),
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
}));
