/**
 * The one text → terms pipeline shared by every text model in Switchboard
 * (ticket classifier, chatbot intents, feedback themes):
 *
 *   tokenize → drop stop words (optionally marking negation) → stem → word n-grams
 *
 * A term has a `key` (stemmed, normalised; what models count) and a `surface`
 * (as written; what is shown to people).
 */
import { tokenize, type Token } from "./normalize.js";
import { isNegator, isStopWord } from "./stop-words.js";
import { stem } from "./stem.js";

export interface Term {
  readonly key: string;
  readonly surface: string;
}

export interface TermOptions {
  /** Longest word n-gram to emit (1 = single words, 2 = words and adjacent pairs). Default 2. */
  readonly ngram?: number;
  /** Remove English and Arabic stop words. Default true. */
  readonly removeStopWords?: boolean;
  /** Apply the light stemmers. Default true. */
  readonly stem?: boolean;
  /** Keep tokens made only of digits. Default false (they are mostly ids and amounts). */
  readonly keepNumbers?: boolean;
  /**
   * What a negator ("not", "لا") does to the next content word: "drop" treats
   * the negator as a stop word; "mark" folds it into that word ("not helpful").
   * Default "drop".
   */
  readonly negation?: "drop" | "mark";
}

const DEFAULTS: Required<TermOptions> = {
  ngram: 2,
  removeStopWords: true,
  stem: true,
  keepNumbers: false,
  negation: "drop",
};

/** A content word; `null` stands for a removed word, which breaks n-grams. */
type Slot = Term | null;

/** All runs of `n` consecutive items. */
export function ngrams<T>(items: readonly T[], n: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start + n <= items.length; start++) runs.push(items.slice(start, start + n));
  return runs;
}

function toTerm(token: Token, options: Required<TermOptions>): Term {
  return { key: options.stem ? stem(token.normalized, token.script) : token.normalized, surface: token.surface };
}

/**
 * Sentence and clause punctuation (English and Arabic). A period or comma only
 * counts when followed by a space, so "1,200.50" and "e.g" stay whole.
 */
const CLAUSE_BREAK = /[.,;:](?=\s|$)|[!?\u060C\u061B\u061F()[\]{}"\u201C\u201D\r\n]/u;

/**
 * Content words in order, with a gap wherever a stop word or number was
 * removed or a clause ends, so n-grams and negation never reach across them.
 */
function contentSlots(text: string, options: Required<TermOptions>): Slot[] {
  const slots: Slot[] = [];
  for (const clause of text.split(CLAUSE_BREAK)) {
    slots.push(...clauseSlots(clause, options), null);
  }
  return slots;
}

function clauseSlots(clause: string, options: Required<TermOptions>): Slot[] {
  const slots: Slot[] = [];
  let pendingNegator: Token | null = null;
  for (const token of tokenize(clause)) {
    if (token.script === "numeric" && !options.keepNumbers) {
      slots.push(null);
    } else if (options.negation === "mark" && isNegator(token.normalized)) {
      pendingNegator = token;
      slots.push(null);
    } else if (options.removeStopWords && isStopWord(token.normalized)) {
      slots.push(null);
    } else {
      const term = toTerm(token, options);
      slots.push(
        pendingNegator ? { key: `not ${term.key}`, surface: `${pendingNegator.surface} ${term.surface}` } : term,
      );
      pendingNegator = null;
    }
  }
  return slots;
}

function joinTerms(run: readonly Term[]): Term {
  return { key: run.map((t) => t.key).join(" "), surface: run.map((t) => t.surface).join(" ") };
}

/** Word 1..n-grams of a text, each n-gram made only of adjacent content words. */
export function extractTerms(text: string, options: TermOptions = {}): Term[] {
  const resolved: Required<TermOptions> = { ...DEFAULTS, ...options };
  const slots = contentSlots(text, resolved);
  const terms: Term[] = slots.filter((slot): slot is Term => slot !== null);
  for (let n = 2; n <= resolved.ngram; n++) {
    for (const run of ngrams(slots, n)) {
      if (run.every((slot): slot is Term => slot !== null)) terms.push(joinTerms(run));
    }
  }
  return terms;
}

/** Just the keys of `extractTerms` — what a model counts. */
export function termKeys(text: string, options: TermOptions = {}): string[] {
  return extractTerms(text, options).map((term) => term.key);
}
