/** The live events `chatEvents` pushes: messages, status, typing, read receipts and queue positions. */
import type { ChatEvent } from "../chat-event-shapes.js";
import { AgentRef, builder } from "./builder.js";
import { ChatSenderKind, ChatStatus } from "./enums.js";
import { ChatMessage } from "./messages.js";

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

export const ChatEventUnion = builder.unionType("ChatEvent", {
  description: "Something that happened in a chat, pushed live by chatEvents.",
  types: [ChatMessageEvent, ChatStatusEvent, TypingEvent, ReadReceiptEvent, QueuePositionEvent],
  resolveType: (event) => EVENT_TYPE_NAMES[(event as ChatEvent).kind],
});
