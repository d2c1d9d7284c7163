/** Replies an agent may send for the customer's latest message: the chatbot's confident answer and knowledge articles. */
import type { ChatSession } from "../../../generated/prisma/client.js";
import type { SubgraphServices } from "../../../shared/context.js";
import { askBot } from "./bot.js";
import type { ArticleHit } from "./responder.js";

export interface ReplySuggestion {
  body: string;
  source: "CHATBOT" | "KNOWLEDGE";
  article: ArticleHit | null;
}

export async function replySuggestions(services: SubgraphServices, chat: ChatSession): Promise<ReplySuggestion[]> {
  const last = await services.db.prisma.chatMessage.findFirst({
    where: { chatId: chat.id, senderKind: "CUSTOMER" },
    orderBy: { seq: "desc" },
  });
  if (!last) return [];
  const reply = await askBot(services, { text: last.body, language: chat.language, customerId: chat.customerId });
  const suggestions: ReplySuggestion[] = [];
  if (reply.canResolve && reply.confidence >= services.config.CHATBOT_CONFIDENCE_THRESHOLD)
    suggestions.push({ body: reply.response, source: "CHATBOT", article: null });
  for (const article of reply.articles) {
    const body = chat.language.startsWith("ar")
      ? `قد يساعدك هذا المقال: “${article.title}”`
      : `This article explains it step by step: “${article.title}”`;
    suggestions.push({ body, source: "KNOWLEDGE", article });
  }
  return suggestions;
}
