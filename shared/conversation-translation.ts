/**
 * Automatic translation of a conversation (a chat or a ticket). Translation is on when the
 * conversation was routed to an agent who does not speak its language (`needsTranslation`), or
 * when the agent on it (however they got it: routing, taking it, a transfer) does not speak it.
 * Then each customer message is translated into the agent's language and each agent reply into
 * the conversation's language, through every configured provider (translation.ts); the message
 * body stays the original and the translation is stored beside it.
 */
import { fetchAgentLanguages } from "./clients/agents.js";
import type { SubgraphServices } from "./context.js";
import { isSupportedLanguage, supportedLanguageOf, type LanguageCode } from "./languages.js";
import { translatorFor } from "./translation.js";

export interface StoredTranslation {
  text: string;
  translated: boolean;
  confidence: number | null;
  fromLanguage: string | null;
  toLanguage: string;
  provider: string | null;
  unavailableReason: string | null;
}

const AGENT_LANGUAGES_TTL_MS = 60_000;
/** Per database: systems sharing a process (tests, benchmarks) see their own agents. */
const agentLanguageCaches = new WeakMap<object, Map<string, { languages: string[] | null; at: number }>>();
/** Lookups in flight: concurrent messages for one agent share a single request. */
const agentLanguageLookups = new WeakMap<object, Map<string, Promise<string[] | null>>>();

function cachesOf(services: SubgraphServices) {
  let cache = agentLanguageCaches.get(services.db);
  let lookups = agentLanguageLookups.get(services.db);
  if (!cache) agentLanguageCaches.set(services.db, (cache = new Map()));
  if (!lookups) agentLanguageLookups.set(services.db, (lookups = new Map()));
  return { cache, lookups };
}

/** The agent's languages, asked of agents (the owner of profiles); cached a minute; null when unknown. */
async function agentLanguages(services: SubgraphServices, agentId: string): Promise<string[] | null> {
  const { cache, lookups } = cachesOf(services);
  const cached = cache.get(agentId);
  if (cached && Date.now() - cached.at < AGENT_LANGUAGES_TTL_MS) return cached.languages;
  let lookup = lookups.get(agentId);
  if (!lookup) {
    lookup = askAgentLanguages(services, agentId).finally(() => lookups.delete(agentId));
    lookups.set(agentId, lookup);
  }
  return lookup;
}

async function askAgentLanguages(services: SubgraphServices, agentId: string): Promise<string[] | null> {
  let languages: string[] | null = null;
  try {
    languages = await fetchAgentLanguages(services.internal, agentId, { timeoutMs: 800 });
  } catch (error) {
    services.logger.warn("agent languages lookup failed; translating only conversations routed for translation", {
      agentId,
      error: (error as Error).message,
    });
    return null;
  }
  cachesOf(services).cache.set(agentId, { languages, at: Date.now() });
  return languages;
}

/**
 * The translation to store beside a new message, or null when translation is off for the
 * conversation (or the message is not text). `switchOn` is true when this message turned it on.
 */
export async function translateConversationMessage(
  services: SubgraphServices,
  chat: { language: string; agentId: string | null; needsTranslation: boolean },
  message: { fromStaff: boolean; senderId: string | null; body: string; type: string },
): Promise<{ translation: StoredTranslation; switchOn: boolean } | null> {
  if (message.type !== "TEXT") return null;
  const agentId = message.fromStaff ? message.senderId : chat.agentId;
  if (!agentId) return null;
  const chatLanguage: LanguageCode = supportedLanguageOf(chat.language) ?? "en";
  const spoken = await agentLanguages(services, agentId);
  const agentSpeaksIt = spoken ? spoken.includes(chatLanguage) : !chat.needsTranslation;
  if (agentSpeaksIt) return null;
  const agentLanguage: LanguageCode = (spoken?.find(isSupportedLanguage) as LanguageCode | undefined) ?? "en";
  const [from, to] = message.fromStaff ? [agentLanguage, chatLanguage] : [chatLanguage, agentLanguage];
  const outcome = await translatorFor(services).translate(message.body, from, to);
  return {
    translation: {
      text: outcome.text,
      translated: outcome.translated,
      confidence: outcome.confidence,
      fromLanguage: outcome.fromLanguage,
      toLanguage: outcome.toLanguage,
      provider: outcome.provider,
      unavailableReason: outcome.unavailableReason,
    },
    switchOn: !chat.needsTranslation,
  };
}
