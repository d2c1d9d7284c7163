/** Asking the chatbot (customers and staff) and reply suggestions for agents. */
import { badInput } from "../../../shared/errors.js";
import { maxLength } from "../../../shared/input-limits.js";
import { askBot, customerContextProvider } from "../chatbot/bot.js";
import { replySuggestions, type ReplySuggestion } from "../chatbot/reply-suggestions.js";
import { builder } from "./builder.js";
import { ChatbotAnswer, ChatbotArticle, ChatbotStatus } from "./chatbot-types.js";
import { loadChatFor } from "./load-chat.js";

const ChatSuggestionSource = builder.enumType("ChatSuggestionSource", {
  description: "Where a suggested reply comes from.",
  values: {
    CHATBOT: { description: "The chatbot's confident answer." },
    KNOWLEDGE: { description: "A knowledge-base article." },
  } as const,
});
const ChatSuggestion = builder.objectRef<ReplySuggestion>("ChatSuggestion").implement({
  description: "A reply the agent may send.",
  fields: (t) => ({
    body: t.exposeString("body", { description: "The suggested text." }),
    source: t.field({ description: "Where it comes from.", type: ChatSuggestionSource, resolve: (s) => s.source }),
    article: t.field({ description: "The article, for KNOWLEDGE suggestions.", type: ChatbotArticle, nullable: true, resolve: (s) => s.article }),
  }),
});

const CHATBOT_QUERY_MAX_LENGTH = 2000;

const ChatbotQueryInput = builder.inputType("ChatbotQueryInput", {
  description: "A question for the chatbot.",
  fields: (t) => ({
    text: t.string({ description: "The question, 1–2,000 characters.", required: true, ...maxLength(CHATBOT_QUERY_MAX_LENGTH) }),
    chatId: t.id({ description: "Staff: ask on behalf of this chat's customer (so the bot uses their account data).", required: false }),
    language: t.string({ description: "ISO 639 code such as en or ar; default the chat's language, else detected.", required: false }),
  }),
});

builder.queryFields((t) => ({
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
      return replySuggestions(ctx, chat);
    },
  }),
}));
