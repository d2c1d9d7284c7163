/**
 * Live chat events as they travel on the bus (JSON) and reach `chatEvents` subscribers.
 * Messages are stored before their event is published, so a subscriber that missed one can
 * always fetch it with `chat.messages(after:)`.
 */
import type { ChatMessage, ChatStatus } from "../../generated/prisma/client.js";
import type { PubSub } from "../../shared/pubsub.js";

export const chatTopic = (chatId: string) => `chat:${chatId}`;

/** A stored message in its JSON-safe form (BigInt seq as string, dates as ISO strings). */
export interface ChatMessagePayload {
  id: string;
  seq: string;
  chatId: string;
  senderKind: ChatMessage["senderKind"];
  senderId: string | null;
  body: string;
  type: ChatMessage["type"];
  attachment: unknown;
  clientMessageId: string | null;
  translation: unknown;
  createdAt: string;
}

export type ChatEvent =
  | { kind: "message"; chatId: string; message: ChatMessagePayload }
  | { kind: "status"; chatId: string; status: ChatStatus; agentId: string | null; at: string }
  | {
      kind: "typing";
      chatId: string;
      participantKind: "CUSTOMER" | "AGENT";
      participantId: string;
      typing: boolean;
      at: string;
    }
  | {
      kind: "read";
      chatId: string;
      readerKind: "CUSTOMER" | "AGENT";
      readerId: string;
      upToMessageId: string;
      at: string;
    }
  | { kind: "queue"; chatId: string; position: number; estimatedWaitSeconds: number | null; at: string };

export function toMessagePayload(message: ChatMessage): ChatMessagePayload {
  return { ...message, seq: message.seq.toString(), createdAt: message.createdAt.toISOString() };
}

export const publishChatEvent = (pubsub: PubSub, event: ChatEvent) => pubsub.publish(chatTopic(event.chatId), event);
