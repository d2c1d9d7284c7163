/** ChatMessage, its sender and translation, and the messages connection. */
import type { ChatMessage as MessageRow } from "../../../generated/prisma/client.js";
import type { StoredTranslation } from "../../../shared/conversation-translation.js";
import { encodeCursor } from "../../../shared/pagination.js";
import type { ChatMessagePayload } from "../chat-event-shapes.js";
import { AgentRef, builder, CustomerRef } from "./builder.js";
import { ChatMessageType, ChatSenderKind } from "./enums.js";

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
export const ChatMessage = builder.objectRef<MessageShape>("ChatMessage").implement({
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

export const messageSortKey = (m: MessageRow) => [m.seq.toString(), m.id] as const;
export const MessageConnection = builder.connectionObject({ type: ChatMessage, name: "ChatMessageConnection" }, { name: "ChatMessageEdge" });
