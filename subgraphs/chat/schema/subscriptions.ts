/** The `chatEvents` subscription, resumable from a message cursor. */
import { maxLength } from "../../../shared/input-limits.js";
import { followChatEvents, seqOfCursor } from "../resume.js";
import { builder } from "./builder.js";
import { ChatEventUnion } from "./live-events.js";
import { loadChatFor } from "./load-chat.js";

builder.subscriptionFields((t) => ({
  chatEvents: t.field({
    type: ChatEventUnion,
    description:
      "Live events of one chat: messages, typing, read receipts, status and queue position. After a disconnect, pass the last message's `cursor` as `after`: every message stored since arrives first, in order, then live events, each message exactly once. A cursor more than 500 messages behind is BAD_USER_INPUT: page `chat.messages(after:)`, then subscribe from the last message read. The chat's customer, its agent, supervisors, admins and services (else FORBIDDEN).",
    authScopes: { authenticated: true },
    args: {
      chatId: t.arg.id({ description: "The chat (UUID).", required: true }),
      after: t.arg.string({ required: false, ...maxLength(200), description: "Cursor of the last message received (ChatMessage.cursor)." }),
    },
    subscribe: async (_root, { chatId, after }, ctx) => {
      await loadChatFor(ctx, chatId, true);
      const seenUpTo = after ? seqOfCursor(after) : null;
      return followChatEvents(ctx, chatId, seenUpTo);
    },
    resolve: (event) => event,
  }),
}));
