/**
 * Highlights and snippets, computed in the application from the page's text rather than by
 * PostgreSQL's `ts_headline`. `ts_headline` parses and stems every word of the text it is
 * given — about 230 µs for a 90-word article body, a quarter of a search's database time — and
 * the database is the one part of the system that does not scale out by adding instances.
 *
 * A word is highlighted when the index would match it: normalised as documents are
 * (`normalizeForSearch`, the twin of the SQL `search_normalize`), then stemmed by the Snowball
 * algorithm of the row's text-search configuration — `english` and `arabic` are the same
 * algorithms PostgreSQL's snowball dictionaries run (highlight.test.ts compares its stems with the database's),
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

const stemmers = new Map<
  TextSearchConfig,
  { stem: (normalized: string) => string; lexemeOf: (written: string) => string }
>();

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

/** Letters, marks and digits: the characters of a word as the text-search parser sees it. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
let bmpWordUnits: Uint8Array | null = null;

/** Which UTF-16 code units of the Basic Multilingual Plane are word characters (built on first use, ~65k tests once). */
function wordUnits(): Uint8Array {
  if (!bmpWordUnits) {
    bmpWordUnits = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++)
      if (unit < 0xd800 || unit > 0xdfff) bmpWordUnits[unit] = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return bmpWordUnits;
}

/** The text's words: start and end offsets, and the query lexeme each matches (null: none). */
interface Words {
  starts: number[];
  ends: number[];
  lexemes: (string | null)[];
}

/** Length in code units of the word character at `i` (2 for an astral one), 0 when it is not one. */
function wordCharacterAt(text: string, i: number, units: Uint8Array): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return units[unit];
  const point = text.codePointAt(i)!;
  return point > 0xffff && WORD_CHARACTER.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** A plain scan over code units: the regular expression equivalent cost a quarter of a search's own CPU. */
function wordsOf(text: string, matcher: WordMatcher): Words {
  const units = wordUnits();
  const words: Words = { starts: [], ends: [], lexemes: [] };
  let start = -1;
  for (let i = 0; i <= text.length;) {
    const width = i < text.length ? wordCharacterAt(text, i, units) : 0;
    if (width > 0 && start < 0) start = i;
    if (width === 0 && start >= 0) {
      words.starts.push(start);
      words.ends.push(i);
      words.lexemes.push(matcher(text.slice(start, i)));
      start = -1;
    }
    i += width || 1;
  }
  return words;
}

/** The text from word `from` to word `to` (exclusive), matched words between the markers. */
function render(text: string, words: Words, from: number, to: number, wholeText = false): string {
  let out = "";
  let at = wholeText ? 0 : words.starts[from];
  for (let i = from; i < to; i++) {
    if (words.lexemes[i] === null) continue;
    out += `${text.slice(at, words.starts[i])}${HIGHLIGHT_START}${text.slice(words.starts[i], words.ends[i])}${HIGHLIGHT_END}`;
    at = words.ends[i];
  }
  return out + text.slice(at, wholeText ? text.length : words.ends[to - 1]);
}

/** The whole text with every matched word highlighted (short fields such as a title). */
export function highlightAll(text: string, matcher: WordMatcher): string {
  const words = wordsOf(text, matcher);
  return words.starts.length === 0 ? text : render(text, words, 0, words.starts.length, true);
}

export interface FragmentOptions {
  maxWords: number;
  maxFragments: number;
  delimiter: string;
}

/** The longest snippet shown, in characters (before the ellipsis). */
export const SNIPPET_MAX_CHARS = 480;

/** A snippet's text on one line, cut at SNIPPET_MAX_CHARS with an ellipsis. */
export function clipSnippet(text: string): string {
  const plain = text.replace(/\s+/g, " ").trim();
  return plain.length > SNIPPET_MAX_CHARS ? `${plain.slice(0, SNIPPET_MAX_CHARS)}…` : plain;
}

/** The fragments of a search snippet: two of at most 30 words. */
export const SNIPPET_FRAGMENTS: FragmentOptions = { maxWords: 30, maxFragments: 2, delimiter: " … " };

/** Words of context kept before a fragment's first match. */
const LEAD_WORDS = 4;

/** Up to `maxFragments` fragments of the text around its matches (see the module comment). */
export function highlightFragments(text: string, matcher: WordMatcher, options: FragmentOptions): string {
  const words = wordsOf(text, matcher);
  const count = words.starts.length;
  if (count === 0) return "";
  const hits = words.lexemes.flatMap((lexeme, i) => (lexeme === null ? [] : [i]));
  if (hits.length === 0) return render(text, words, 0, Math.min(count, options.maxWords));
  const chosen: [number, number][] = [];
  while (chosen.length < options.maxFragments) {
    let best: { from: number; to: number; distinct: number; inside: number } | null = null;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      if (chosen.some(([a, b]) => hit >= a && hit < b)) continue;
      // The window starts a few words before the match, after any fragment already chosen before it, and stops before the next.
      const from = Math.max(hit - LEAD_WORDS, ...chosen.filter(([, b]) => b <= hit).map(([, b]) => b), 0);
      const to = Math.min(from + options.maxWords, ...chosen.filter(([a]) => a > hit).map(([a]) => a), count);
      const lexemes = new Set<string | null>();
      let inside = 0;
      for (let j = h; j < hits.length && hits[j] < to; j++, inside++) lexemes.add(words.lexemes[hits[j]]);
      for (let j = h - 1; j >= 0 && hits[j] >= from; j--, inside++) lexemes.add(words.lexemes[hits[j]]);
      if (!best || lexemes.size > best.distinct || (lexemes.size === best.distinct && inside > best.inside))
        best = { from, to, distinct: lexemes.size, inside };
    }
    if (!best) break;
    chosen.push([best.from, best.to]);
  }
  return chosen
    .sort((a, b) => a[0] - b[0])
    .map(([from, to]) => render(text, words, from, to))
    .join(options.delimiter);
}
