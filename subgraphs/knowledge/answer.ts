/**
 * bestKnowledgeAnswer(text, language) → { article, confidence } for the chatbot and ticket
 * auto-resolution (docs/contracts.md). The text's content words are searched (all words,
 * else any; any at once past five words), the best published article is taken, and the confidence (0..1) is
 *   0.5 × coverage        share of the text's content words the article matches anywhere
 * + 0.3 × title coverage  share it matches in the title, keywords or tags (weights A, B)
 * + 0.2 × margin          how far the best score stands above the second, (s1 − s2) / s1
 * so a short question fully answered by an article's title scores near 1, and a long message
 * that shares one word with an article scores low. Null when nothing matches. A language the
 * knowledge base does not support is ignored (the text's script decides), not an error: the
 * callers are other subgraphs passing a conversation's language.
 */
import { Prisma, type Article } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { rowColumns } from "../../shared/row-columns.js";
import { buildTsQueryText, fullTextSearch, parseSearchQuery, textSearchConfig } from "../../shared/search/index.js";
import { SUPPORTED_LANGUAGES } from "./articles.js";
import { articleSearchSpec, boostSql, queryLanguage } from "./search.js";
import { articleVocabulary } from "./vocabulary.js";

/**
 * A message with more content words than this is matched by any of them straight away: every one
 * of them in one article is what a search box asks, not what a long message finds. On the 250
 * held-out ticket texts (subject with description, subject, description: 750 messages) this gives
 * the same answer to every one and spares a quarter of the statements (a search finding nothing);
 * at four, one five-word message found another article.
 */
const MATCH_ALL_WORDS_UP_TO = 5;

export interface KnowledgeAnswer {
  article: Article;
  confidence: number;
}

export async function bestKnowledgeAnswer(
  services: SubgraphServices,
  text: string,
  language?: string | null,
): Promise<KnowledgeAnswer | null> {
  // Callers pass the conversation's language; one the knowledge base has no articles in is read from the text instead.
  const known = language && (SUPPORTED_LANGUAGES as readonly string[]).includes(language) ? language : null;
  // A message, not a search box: more of its words count (content words first, see parseSearchQuery).
  const parsed = parseSearchQuery(text, { maxChars: 1000, maxTerms: 24 });
  const terms = parsed.significantTerms;
  if (terms.length === 0) return null;
  const lang = known ?? queryLanguage(parsed.text) ?? "en";
  const query = { ...parsed, terms, prefixLast: false };
  const config = textSearchConfig(lang);
  const result = await fullTextSearch(
    services.db.sql,
    { ...articleSearchSpec(services.config), headlineColumns: {} },
    {
      query,
      language: lang,
      filters: () => [`d."status" = 'PUBLISHED'`],
      boost: boostSql(services.config),
      limit: 2,
      typoSimilarity: services.config.SEARCH_TYPO_SIMILARITY,
      vocabulary: articleVocabulary(services.db),
      matchAllWordsUpTo: MATCH_ALL_WORDS_UP_TO,
      // The search's own typo corrections: the coverage below counts a corrected word as matched.
      pageExtras: (param, corrections) =>
        scoredArticleColumns(
          config,
          param(terms.map((t) => buildTsQueryText([t], { mode: "or", alternatives: corrections }))),
          param(terms.map((t) => buildTsQueryText([t], { mode: "or", alternatives: corrections, weights: "AB" }))),
        ),
    },
  );
  const [best, second] = result.hits;
  if (!best?.row) return null;
  const { matchedTerms, matchedTitleTerms, ...article } = best.row as ScoredArticle;
  const coverage = matchedTerms / terms.length;
  const titleCoverage = matchedTitleTerms / terms.length;
  const margin = second && best.score > 0 ? Math.max(0, (best.score - second.score) / best.score) : 1;
  const confidence = Math.min(1, Math.max(0, 0.5 * coverage + 0.3 * titleCoverage + 0.2 * margin));
  return { article, confidence: Math.round(confidence * 1000) / 1000 };
}

type ScoredArticle = Article & { matchedTerms: number; matchedTitleTerms: number };

/**
 * A hit's whole row, as the client returns it, with how many of the text's terms it matches
 * anywhere (`perTerm`, one tsquery text per term) and in its title, keywords or tags
 * (`perTermTitle`): read with the search's page, for its two rows only.
 */
const scoredArticleColumns = (config: string, perTerm: string, perTermTitle: string) => [
  rowColumns(Prisma.ArticleScalarFieldEnum, "d", ["tags", "keywords"]),
  `(SELECT count(*) FROM unnest(${perTerm}::text[]) t(q) WHERE d."searchVector" @@ to_tsquery('${config}', t.q))::int AS "matchedTerms"`,
  `(SELECT count(*) FROM unnest(${perTermTitle}::text[]) t(q) WHERE d."searchVector" @@ to_tsquery('${config}', t.q))::int AS "matchedTitleTerms"`,
];
