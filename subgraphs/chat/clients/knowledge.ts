/** chat → knowledge (docs/contracts.md): the chatbot's knowledge articles for a question. */
import { callInternal, internalOperation } from "../../../shared/contracts.js";
import type { InternalCallOptions, InternalClient } from "../../../shared/internal-client.js";

export interface ArticleTitle {
  id: string;
  title: string;
}

export interface QuestionVariables extends Record<string, unknown> {
  text: string;
  language: string | null;
}

const BEST_KNOWLEDGE_ANSWER = internalOperation<
  QuestionVariables,
  { bestKnowledgeAnswer: { confidence: number; article: ArticleTitle } | null }
>(
  "knowledge",
  `query ChatbotBestKnowledgeAnswer($text: String!, $language: String) { bestKnowledgeAnswer(text: $text, language: $language) { confidence article { id title } } }`,
);

/** The article that best answers the question, with its confidence; null when nothing matches. */
export async function bestKnowledgeAnswer(
  internal: InternalClient,
  question: QuestionVariables,
  options?: InternalCallOptions,
): Promise<{ confidence: number; article: ArticleTitle } | null> {
  return (await callInternal(internal, BEST_KNOWLEDGE_ANSWER, question, options)).bestKnowledgeAnswer;
}

const TOP_ARTICLES = internalOperation<QuestionVariables, { searchKnowledge: { edges: { node: ArticleTitle }[] } }>(
  "knowledge",
  `query ChatbotArticleSearch($text: String!, $language: String) { searchKnowledge(query: $text, language: $language, first: 3) { edges { node { id title } } } }`,
);

/** The three best search hits for the question. */
export async function topArticles(
  internal: InternalClient,
  question: QuestionVariables,
  options?: InternalCallOptions,
): Promise<ArticleTitle[]> {
  return (await callInternal(internal, TOP_ARTICLES, question, options)).searchKnowledge.edges.map((e) => e.node);
}
