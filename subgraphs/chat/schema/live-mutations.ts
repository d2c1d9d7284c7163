/** Typing indicators, read receipts and media (screen sharing, recording) in a chat. */
import { markChatRead } from "../read-receipts.js";
import { setTyping } from "../typing-signals.js";
import { startChatMedia } from "../messages.js";
import { builder } from "./builder.js";
import { loadChatFor } from "./load-chat.js";
import { ChatMessage } from "./messages.js";
import { ChatSession } from "./sessions.js";

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

builder.mutationFields((t) => ({
  setTyping: t.field({
    type: TypingState,
    authScopes: { customer: true, staff: true },
    description: "Ephemeral: others see a TypingEvent; `typing: true` expires after a few seconds unless refreshed. Customers and staff; closed chat or a channel without typing indicators: BAD_USER_INPUT.",
    args: { input: t.arg({ description: "The chat and state.", type: SetTypingInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const chat = await loadChatFor(ctx, input.chatId);
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
      return markChatRead(ctx, ctx.identity, chat, input.upToMessageId);
    },
  }),
}));

