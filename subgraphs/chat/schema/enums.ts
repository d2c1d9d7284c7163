/** The chat enums: channel, status, message type and sender kind. */
import { builder } from "./builder.js";

export const ChatType = builder.enumType("ChatType", {
  description: "The chat channel (the specification's web_chat, mobile_chat, video_chat); its features are in ChatTypeOptions.",
  values: {
    WEB: { description: "Chat on the website (web_chat)." },
    MOBILE: { description: "Chat in the mobile app (mobile_chat)." },
    VIDEO: { description: "Video call with chat (video_chat), limited to 30 minutes." },
  } as const,
});
export const ChatStatus = builder.enumType("ChatStatus", {
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
export const ChatMessageType = builder.enumType("ChatMessageType", {
  description: "What kind of message it is.",
  values: {
    TEXT: { description: "Plain text." },
    FILE: { description: "A file (see attachment); only on channels with fileUpload." },
    VOICE: { description: "A voice message (see attachment); only on channels with voiceMessages." },
    AUTO_RESPONSE: { description: "Written by the chatbot." },
    SYSTEM: { description: "A notice from Switchboard (joined, transferred, ended, handoff)." },
  } as const,
});
export const ChatSenderKind = builder.enumType("ChatSenderKind", {
  description: "Who wrote a message (or is typing, or read).",
  values: {
    CUSTOMER: { description: "The customer." },
    AGENT: { description: "A staff member." },
    BOT: { description: "The chatbot." },
    SYSTEM: { description: "Switchboard itself." },
  } as const,
});
