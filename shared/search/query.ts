/**
 * Safe query parsing for full-text search. A user's query is never handed to a tsquery
 * parser as written: it is truncated (MAX_QUERY_CHARS), normalised, and split into words made
 * only of letters, marks and digits, so `& | ! ( ) : * ' \` and every other metacharacter is
 * treated as a separator (searched literally as text, never an operator, never a parser error).
 */
import { isStopWord, tokenize } from "../text/index.js";
import { foldKeyboardLetters } from "./normalize.js";

export const MAX_QUERY_CHARS = 256;
export const MAX_QUERY_TERMS = 12;
const MAX_TERM_CHARS = 40;

export interface ParsedQuery {
  /** The (possibly truncated) query, trimmed; what is logged and shown back. */
  text: string;
  /** The normalised query (terms joined by single spaces): the key of search statistics. */
  normalized: string;
  /** Normalised words in order, deduplicated, at most MAX_QUERY_TERMS (content words kept first, see keepContentWords). */
  terms: string[];
  /**
   * The terms as the user wrote them (lowercase; diacritics and Arabic letter forms kept), joined
   * by spaces: how the query is shown back, e.g. as a suggestion. `normalized` is its key.
   */
  display: string;
  /** Terms that are not stop words (all terms when every one is a stop word). */
  significantTerms: string[];
  /** The last word is still being typed (no trailing space): match it as a prefix. */
  prefixLast: boolean;
  truncated: boolean;
}

export function parseSearchQuery(
  raw: string | null | undefined,
  options: { maxChars?: number; maxTerms?: number } = {},
): ParsedQuery {
  const maxChars = options.maxChars ?? MAX_QUERY_CHARS;
  const maxTerms = options.maxTerms ?? MAX_QUERY_TERMS;
  const input = raw ?? "";
  const truncated = input.length > maxChars;
  // Cut at the limit, dropping a word the cut went through.
  const kept = truncated
    ? input
        .slice(0, maxChars)
        .replace(/[\p{L}\p{M}\p{N}]+$/u, (partial) => (/[\p{L}\p{M}\p{N}]/u.test(input[maxChars]) ? "" : partial))
    : input;
  const text = kept.trim();
  const words: string[] = [];
  /** Each word as written (its first occurrence). */
  const written = new Map<string, string>();
  const WORD_BREAK = /[^\p{L}\p{M}\p{N}]+/u;
  for (const token of tokenize(text)) {
    // Apostrophes inside words ("what's") split them too: only letters, marks and digits remain.
    // Normalising changes letters, never the breaks, so the written parts line up with the normalised ones.
    const surfaces = token.surface.split(WORD_BREAK);
    foldKeyboardLetters(token.normalized)
      .split(WORD_BREAK)
      .forEach((part, index) => {
        const word = part.slice(0, MAX_TERM_CHARS);
        if (word.length === 0 || words.includes(word)) return;
        words.push(word);
        written.set(word, surfaces[index] ?? word);
      });
  }
  const terms = keepContentWords(words, maxTerms);
  const significant = terms.filter((t) => !isStopWord(t));
  const lastChar = kept.at(-1) ?? " ";
  return {
    text,
    normalized: terms.join(" "),
    terms,
    display: terms.map((t) => written.get(t) ?? t).join(" "),
    significantTerms: significant.length > 0 ? significant : terms,
    prefixLast: !truncated && terms.length > 0 && /[\p{L}\p{M}\p{N}]/u.test(lastChar),
    truncated,
  };
}

/**
 * At most `max` words, in their order. When there are more, stop words go first: a long message
 * ("Hello, good morning, I hope you are all well today. My withdrawal has been pending…") keeps
 * the words that say what it is about instead of its first twelve.
 */
function keepContentWords(words: string[], max: number): string[] {
  if (words.length <= max) return words;
  let stopWordsKept = Math.max(0, max - words.filter((w) => !isStopWord(w)).length);
  return words.filter((w) => !isStopWord(w) || stopWordsKept-- > 0).slice(0, max);
}

export interface TsQueryOptions {
  /** How groups combine: every word must match ("and") or any ("or"). */
  mode: "and" | "or";
  /** Match the last term as a prefix (`word:*`). */
  prefixLast?: boolean;
  /** Alternatives per term (typo corrections), matched as whole words. */
  alternatives?: ReadonlyMap<string, readonly string[]>;
  /** Restrict matches to these weights (e.g. "AB" = title, keywords and tags). */
  weights?: string;
}

const SAFE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * tsquery source text for `to_tsquery(config, $1)`. Only words matching SAFE_WORD are used,
 * so the result contains no operator a user typed. Each term becomes `(term | alt1 | alt2)`.
 */
export function buildTsQueryText(terms: readonly string[], options: TsQueryOptions): string {
  const suffix = (prefix: boolean) =>
    prefix || options.weights ? `:${prefix ? "*" : ""}${options.weights ?? ""}` : "";
  const groups: string[] = [];
  terms.forEach((term, index) => {
    if (!SAFE_WORD.test(term)) return;
    const prefix = Boolean(options.prefixLast) && index === terms.length - 1;
    const words = [
      `${term}${suffix(prefix)}`,
      ...(options.alternatives?.get(term) ?? [])
        .filter((w) => SAFE_WORD.test(w) && w !== term)
        .map((w) => `${w}${suffix(false)}`),
    ];
    groups.push(words.length > 1 ? `(${words.join(" | ")})` : words[0]);
  });
  return groups.join(options.mode === "and" ? " & " : " | ");
}
