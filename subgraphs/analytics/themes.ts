/**
 * What customers praise and complain about: key terms of positive (rating ≥ 4)
 * and negative (rating ≤ 2) feedback comments, in English and Arabic, found
 * with the shared TF-IDF term extraction.
 *
 * Document frequency is taken over all comments, so words every comment uses
 * ("app", "service") sink. A term is only a theme of the side where a larger
 * share of comments mention it, and negation is kept with its word, so
 * "not helpful" is a negative theme rather than "helpful" a positive one.
 */
import { topTerms, type ScoredTerm } from "../../shared/text/tfidf.js";
import type { TermOptions } from "../../shared/text/terms.js";

export interface FeedbackComment {
  readonly text: string;
  /** 1 (worst) to 5 (best). */
  readonly rating: number;
}

export interface FeedbackTheme {
  /** The term as customers most often wrote it. */
  readonly term: string;
  /** Class-based TF-IDF score; higher is more characteristic. */
  readonly score: number;
  /** Number of comments on this side that mention it. */
  readonly count: number;
}

export interface FeedbackThemes {
  readonly positive: FeedbackTheme[];
  readonly negative: FeedbackTheme[];
}

export const POSITIVE_MIN_RATING = 4;
export const NEGATIVE_MAX_RATING = 2;

const THEME_TERMS: Omit<TermOptions, "ngram"> = { negation: "mark" };

/** Share of a side's comments that mention each term key. */
function mentionShares(terms: readonly ScoredTerm[], comments: number): Map<string, number> {
  return new Map(terms.map((term) => [term.key, comments === 0 ? 0 : term.count / comments]));
}

function themesOf(
  terms: readonly ScoredTerm[],
  ownComments: number,
  otherShares: ReadonlyMap<string, number>,
  k: number,
): FeedbackTheme[] {
  return terms
    .filter((term) => term.count / ownComments > (otherShares.get(term.key) ?? 0))
    .slice(0, k)
    .map(({ term, score, count }) => ({ term, score, count }));
}

export function feedbackThemes(comments: readonly FeedbackComment[], k = 10): FeedbackThemes {
  const corpus = comments.map((comment) => comment.text);
  const positiveDocs = comments.filter((c) => c.rating >= POSITIVE_MIN_RATING).map((c) => c.text);
  const negativeDocs = comments.filter((c) => c.rating <= NEGATIVE_MAX_RATING).map((c) => c.text);
  const positiveTerms = topTerms(positiveDocs, { k: Infinity, corpus, terms: THEME_TERMS });
  const negativeTerms = topTerms(negativeDocs, { k: Infinity, corpus, terms: THEME_TERMS });
  return {
    positive: themesOf(positiveTerms, positiveDocs.length, mentionShares(negativeTerms, negativeDocs.length), k),
    negative: themesOf(negativeTerms, negativeDocs.length, mentionShares(positiveTerms, positiveDocs.length), k),
  };
}
