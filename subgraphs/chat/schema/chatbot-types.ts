/** What the chatbot answers with: its answer, recognised entities, suggested articles, and its configuration. */
import type { BotReply } from "../chatbot/bot.js";
import type { Entity } from "../chatbot/entities.js";
import type { ArticleHit } from "../chatbot/responder.js";
import { ArticleRef, builder } from "./builder.js";

export interface ChatbotStatusShape {
  customerContextProvider: "HTTP" | "DEMO";
  confidenceThreshold: number;
  autoReplyThreshold: number;
  autoEscalationEnabled: boolean;
}
const CustomerContextProviderKind = builder.enumType("CustomerContextProviderKind", {
  description: "Where the chatbot reads a customer's account data.",
  values: {
    HTTP: { description: "The platform's customer-context service at CUSTOMER_CONTEXT_URL." },
    DEMO: { description: "DEMO ONLY tables in the chat schema, seeded from scripts/seed-data/customer-context.ts (CUSTOMER_CONTEXT_URL unset)." },
  } as const,
});
export const ChatbotStatus = builder.objectRef<ChatbotStatusShape>("ChatbotStatus").implement({
  description: "How the chatbot is configured in this deployment.",
  fields: (t) => ({
    customerContextProvider: t.field({ type: CustomerContextProviderKind, description: "Where the bot reads KYC, investments and transactions.", resolve: (s) => s.customerContextProvider }),
    confidenceThreshold: t.exposeFloat("confidenceThreshold", { description: "CHATBOT_CONFIDENCE_THRESHOLD: below it the bot escalates to a human." }),
    autoReplyThreshold: t.exposeFloat("autoReplyThreshold", { description: "CHATBOT_AUTO_REPLY_THRESHOLD: the bot resolves a case on its own only above it." }),
    autoEscalationEnabled: t.exposeBoolean("autoEscalationEnabled", { description: "AUTO_ESCALATION_ENABLED: a waiting chat the bot cannot answer goes to a human on its own." }),
  }),
});

const ChatbotEntity = builder.objectRef<Entity>("ChatbotEntity").implement({
  description: "Something the chatbot recognised in the question.",
  fields: (t) => ({
    type: t.exposeString("type", { description: "AMOUNT, DATE, TICKET_NUMBER, TRANSACTION_ID, INVESTMENT_ID or EMAIL." }),
    value: t.exposeString("value", { description: "Normalised value, e.g. '1200.5 USD', '2026-03-12', 'SB-10042'." }),
    raw: t.exposeString("raw", { description: "The text as written." }),
    amount: t.float({ description: "For AMOUNT: the number.", nullable: true, resolve: (e) => (e.type === "AMOUNT" ? e.amount : null) }),
    currency: t.string({ description: "For AMOUNT: ISO 4217 currency code, when given.", nullable: true, resolve: (e) => (e.type === "AMOUNT" ? e.currency : null) }),
  }),
});
export const ChatbotArticle = builder.objectRef<ArticleHit>("ChatbotArticle").implement({
  description: "A knowledge-base article the chatbot suggests.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The article's title." }),
    confidence: t.float({ description: "Search relevance in [0, 1], when known.", nullable: true, resolve: (a) => a.confidence ?? null }),
    article: t.field({ type: ArticleRef, nullable: true, description: "The article (knowledge subgraph); null with a NOT_FOUND error once it is archived or deleted.", resolve: (a) => ({ id: a.id }) }),
  }),
});
export const ChatbotAnswer = builder.objectRef<BotReply>("ChatbotAnswer").implement({
  description: "The chatbot's answer, in the specification's processUserQuery shape.",
  fields: (t) => ({
    response: t.exposeString("response", { description: "The answer text, in the question's language." }),
    intent: t.exposeString("intent", { description: "What the bot understood: check_investment_status, kyc_status_inquiry, payment_issues, greeting, human_handoff, ticket_status, thanks_goodbye or knowledge_question." }),
    confidence: t.exposeFloat("confidence", { description: "The answer's confidence: the lower of the intent model's and the intent handler's own (0.95 investments, 0.98 KYC, 0.9 / 0.8 payments)." }),
    intentConfidence: t.exposeFloat("intentConfidence", { description: "The intent model's confidence alone." }),
    entities: t.field({ description: "Amounts, dates, ids and emails found in the question.", type: [ChatbotEntity], resolve: (r) => r.entities }),
    suggestedActions: t.exposeStringList("suggestedActions", {
      description: "The specification's action keys: view_portfolio, investment_details, check_documents, view_limits, retry_payment, contact_bank, try_different_method, describe_issue, contact_agent.",
    }),
    escalateToHuman: t.exposeBoolean("escalateToHuman", { description: "confidence < CHATBOT_CONFIDENCE_THRESHOLD, the customer asked for a person, or the bot has no data to answer with." }),
    canResolve: t.exposeBoolean("canResolve", { description: "The answer resolves the question (the bot auto-replies in a chat only when this holds and confidence > autoReplyThreshold)." }),
    language: t.exposeString("language", { description: "Language of the answer." }),
    knowledgeBaseArticles: t.field({ type: [ChatbotArticle], description: "Top 3 knowledge-base articles (knowledge subgraph search; empty when it is unavailable).", resolve: (r) => r.articles }),
    articles: t.field({ description: "Same as knowledgeBaseArticles.", type: [ChatbotArticle], deprecationReason: "Use knowledgeBaseArticles (the specification's name).", resolve: (r) => r.articles }),
  }),
});
