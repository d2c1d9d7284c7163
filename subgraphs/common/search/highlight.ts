/**
 * Highlights and snippets, computed in the application from the page's text rather than by
 * PostgreSQL's `ts_headline`. `ts_headline` parses and stems every word of the text it is
 * given — about 230 µs for a 90-word article body, a quarter of a search's database time — and
 * the database is the one part of the system that does not scale out by adding instances.
 *
 * A word is highlighted when the index would match it: normalised as documents are
 * (`normalizeForSearch`, the twin of the SQL `search_normalize`), then stemmed by the Snowball
 * algorithm of the row's text-search configuration — `english` and `arabic` are the same
 * algorithms PostgreSQL's snowball dictionaries run (highlight.test.ts checks known stems),
 * `simple` keeps the word. A query word matches words with its stem; the word still being typed
 * matches words whose stem begins with its own, as `word:*` does. Unlike `ts_headline` on the
 * raw text, a word written with Arabic diacritics is highlighted too.
 *
 * Fragments follow `ts_headline`'s MaxWords / MaxFragments: up to `maxFragments` windows of at
 * most `maxWords` words, each chosen to hold the most distinct query words, joined in text
 * order by `delimiter`. Text without a match gives its opening words.
 */
import snowball from "snowball-stemmers";
import { isStopWord } from "../text/index.js";
import { normalizeForSearch } from "./normalize.js";

export type TextSearchConfig = "english" | "arabic" | "simple";

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

/** Memos are dropped whole when they reach this size (words follow a Zipf law: the frequent few are back at once). */
const MEMO_LIMIT = 50_000;

function memoised(compute: (word: string) => string): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      value = compute(word);
      memo.set(word, value);
    }
    return value;
  };
}

const stemmers = new Map<TextSearchConfig, { stem: (normalized: string) => string; lexemeOf: (written: string) => string }>();

function stemming(config: TextSearchConfig) {
  let known = stemmers.get(config);
  if (!known) {
    const algorithm = config === "simple" ? null : snowball.newStemmer(config);
    const stem = algorithm ? memoised((word) => algorithm.stem(word)) : (word: string) => word;
    // Normalising costs about a microsecond a word, stemming more: a page of results repeats most words.
    known = { stem, lexemeOf: memoised((written) => stem(normalizeForSearch(written))) };
    stemmers.set(config, known);
  }
  return known;
}

/** The stemming of a text-search configuration (memoised): Snowball english / arabic, identity for simple. */
export const stemmerFor = (config: TextSearchConfig): ((normalizedWord: string) => string) => stemming(config).stem;

/** The words a search looked for: normalised, as in its tsquery. */
export interface QueryWords {
  /** Matched as whole words (terms and their alternatives). */
  words: readonly string[];
  /** The word still being typed, matched as a prefix; null when none. */
  prefix?: string | null;
}

/** The query lexeme a written word matches (its key for counting distinct matches), or null. */
export type WordMatcher = (writtenWord: string) => string | null;

/**
 * Matches written words against a query under one configuration. Stop words are left out of the
 * query as `to_tsquery` leaves them out (english and arabic), so "how" never lights up.
 */
export function wordMatcher(config: TextSearchConfig, query: QueryWords): WordMatcher {
  const { stem, lexemeOf } = stemming(config);
  const significant = (word: string) => config === "simple" || !isStopWord(word);
  const lexemes = new Set(query.words.filter(significant).map(stem));
  const prefix = query.prefix && significant(query.prefix) ? stem(query.prefix) : null;
  return (written) => {
    const lexeme = lexemeOf(written);
    return lexemes.has(lexeme) ? lexeme : prefix !== null && lexeme.startsWith(prefix) ? `${prefix}*` : null;
  };
}

/** Words as the text-search parser sees them: letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Word {
  start: number;
  end: number;
  lexeme: string | null;
}

function wordsOf(text: string, matcher: WordMatcher): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, lexeme: matcher(m[0]) }));
}

/** The text from word `from` to word `to` (exclusive), matched words between the markers. */
function render(text: string, words: Word[], from: number, to: number, wholeText = false): string {
  let out = "";
  let at = wholeText ? 0 : words[from].start;
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (word.lexeme === null) continue;
    out += `${text.slice(at, word.start)}${HIGHLIGHT_START}${text.slice(word.start, word.end)}${HIGHLIGHT_END}`;
    at = word.end;
  }
  return out + text.slice(at, wholeText ? text.length : words[to - 1].end);
}

/** The whole text with every matched word highlighted (short fields such as a title). */
export function highlightAll(text: string, matcher: WordMatcher): string {
  const words = wordsOf(text, matcher);
  return words.length === 0 ? text : render(text, words, 0, words.length, true);
}

export interface FragmentOptions {
  maxWords: number;
  maxFragments: number;
  delimiter: string;
}

/** Words of context kept before a fragment's first match. */
const LEAD_WORDS = 4;

/** Up to `maxFragments` fragments of the text around its matches (see the module comment). */
export function highlightFragments(text: string, matcher: WordMatcher, options: FragmentOptions): string {
  const words = wordsOf(text, matcher);
  if (words.length === 0) return "";
  const hits = words.flatMap((w, i) => (w.lexeme === null ? [] : [i]));
  if (hits.length === 0) return render(text, words, 0, Math.min(words.length, options.maxWords));
  const chosen: [number, number][] = [];
  while (chosen.length < options.maxFragments) {
    let best: { from: number; to: number; distinct: number; count: number } | null = null;
    for (const hit of hits) {
      if (chosen.some(([a, b]) => hit >= a && hit < b)) continue;
      // The window starts a few words before the match, after any fragment already chosen before it, and stops before the next.
      const from = Math.max(hit - LEAD_WORDS, ...chosen.filter(([, b]) => b <= hit).map(([, b]) => b), 0);
      const to = Math.min(from + options.maxWords, ...chosen.filter(([a]) => a > hit).map(([a]) => a), words.length);
      const inside = hits.filter((h) => h >= from && h < to);
      const distinct = new Set(inside.map((h) => words[h].lexeme)).size;
      if (!best || distinct > best.distinct || (distinct === best.distinct && inside.length > best.count)) best = { from, to, distinct, count: inside.length };
    }
    if (!best) break;
    chosen.push([best.from, best.to]);
  }
  return chosen
    .sort((a, b) => a[0] - b[0])
    .map(([from, to]) => render(text, words, from, to))
    .join(options.delimiter);
}
