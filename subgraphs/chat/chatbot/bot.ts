/**
 * The chatbot: intent model + entity extraction + customer context + knowledge articles →
 * composeAnswer. Used by `chatbotAnswer`, by the bot that answers inside waiting chats, and by
 * `chatbotSuggestions`.
 */
import type { SubgraphServices } from "../../../shared/context.js";
import { detectLanguage } from "../../../shared/text/language.js";
import { bestKnowledgeAnswer, topArticles } from "../clients/knowledge.js";
import {
  createCustomerContextProvider,
  type CustomerContext,
  type CustomerContextProvider,
} from "./customer-context.js";
import { extractEntities, type Entity } from "./entities.js";
import { createIntentRecognizer, type IntentRecognizer } from "./intent-model.js";
import type { ChatIntent } from "./intents.js";
import { composeAnswer, type ArticleHit, type SuggestedAction } from "./responder.js";

let recognizer: IntentRecognizer | null = null;
/** Trained once per process, on first use. */
export function intentRecognizer(): IntentRecognizer {
  recognizer ??= createIntentRecognizer();
  return recognizer;
}

const providers = new WeakMap<SubgraphServices["db"], CustomerContextProvider>();
export function customerContextProvider(services: SubgraphServices): CustomerContextProvider {
  let provider = providers.get(services.db);
  if (!provider) providers.set(services.db, (provider = createCustomerContextProvider(services)));
  return provider;
}

export interface BotReply {
  response: string;
  intent: ChatIntent;
  /** The answer's confidence (min of the intent model and the intent handler). */
  confidence: number;
  /** What the intent model alone said. */
  intentConfidence: number;
  entities: Entity[];
  suggestedActions: SuggestedAction[];
  escalateToHuman: boolean;
  autoReply: boolean;
  /** The answer asks the customer for more detail. */
  asksCustomer: boolean;
  canResolve: boolean;
  language: string;
  articles: ArticleHit[];
}

/** Top 3 knowledge articles for the text, from the knowledge subgraph; [] when unavailable. */
export async function findArticles(services: SubgraphServices, text: string, language: string): Promise<ArticleHit[]> {
  const [best, search] = await Promise.all([
    bestKnowledgeAnswer(services.internal, { text, language }, { timeoutMs: 2000 })
      .then((best) => (best ? [{ ...best.article, confidence: best.confidence }] : []))
      .catch(() => [] as ArticleHit[]),
    topArticles(services.internal, { text, language }, { timeoutMs: 2000 })
      .then((hits) => hits.map((hit) => ({ id: hit.id, title: hit.title })))
      .catch(() => [] as ArticleHit[]),
  ]);
  const seen = new Set<string>();
  return [...best, ...search]
    .filter((a) => a && typeof a.id === "string" && !seen.has(a.id) && seen.add(a.id))
    .slice(0, 3);
}

export interface AskBot {
  text: string;
  language?: string | null;
  /** Whose account questions are about; null for staff asking in general. */
  customerId: string | null;
}

export async function askBot(services: SubgraphServices, question: AskBot): Promise<BotReply> {
  const text = question.text.trim();
  const language = question.language ?? detectLanguage(text).language ?? "en";
  // INTENT_CLASSIFICATION_ENABLED=false: no intent model; every question is a knowledge question,
  // as sure as the knowledge base's best answer. KNOWLEDGE_BASE_SEARCH_ENABLED=false: no articles.
  const classified = services.config.INTENT_CLASSIFICATION_ENABLED ? intentRecognizer().recognize(text) : null;
  const entities = extractEntities(text);
  const needsContext =
    classified !== null &&
    ["kyc_status_inquiry", "check_investment_status", "payment_issues"].includes(classified.intent) &&
    classified.confidence >= services.config.CHATBOT_CONFIDENCE_THRESHOLD;
  const [context, articles] = await Promise.all([
    needsContext && question.customerId
      ? customerContextProvider(services).get(question.customerId)
      : Promise.resolve<CustomerContext | null | undefined>(question.customerId ? undefined : null),
    services.config.KNOWLEDGE_BASE_SEARCH_ENABLED && services.config.KNOWLEDGE_BASE_ENABLED
      ? findArticles(services, text, language)
      : Promise.resolve<ArticleHit[]>([]),
  ]);
  const recognition = classified ?? { intent: "knowledge_question" as const, confidence: articles[0]?.confidence ?? 0 };
  const answer = composeAnswer({
    intent: recognition.intent,
    confidence: recognition.confidence,
    entities,
    language,
    context,
    articles,
    escalateBelow: services.config.CHATBOT_CONFIDENCE_THRESHOLD,
    autoReplyAbove: services.config.CHATBOT_AUTO_REPLY_THRESHOLD,
  });
  return { ...answer, intentConfidence: recognition.confidence, entities, language, articles };
}
