/** tickets → knowledge: the article that answers a ticket, for auto-resolution. */
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";

export interface KnowledgeAnswer {
  confidence: number;
  article: { id: string; title: string; body: string; slug: string };
}

const BEST_ANSWER = internalOperation<
  { text: string; language: string | null },
  { bestKnowledgeAnswer: KnowledgeAnswer | null }
>(
  "knowledge",
  `query TicketKnowledgeAnswer($text: String!, $language: String) {
  bestKnowledgeAnswer(text: $text, language: $language) { confidence article { id title body slug } }
}`,
);

/** knowledge's best article for the text, with its confidence; null when it has none. */
export async function bestKnowledgeAnswer(
  internal: InternalClient,
  text: string,
  language: string | null,
  options?: InternalCallOptions,
): Promise<KnowledgeAnswer | null> {
  return (await callInternal(internal, BEST_ANSWER, { text, language }, options)).bestKnowledgeAnswer;
}
