/**
 * Script-aware text normalisation and tokenisation for English, Arabic and
 * (pass-through) Urdu and Hindi.
 *
 * Everything here is deterministic and dictionary-free: it only folds
 * orthographic variation so that the same word written in different ways maps
 * to the same token.
 */

export type Script = "latin" | "arabic" | "devanagari" | "numeric" | "other";

export interface Token {
  /** Normalised form used for matching (lowercase, Arabic-normalised, ASCII digits). */
  readonly normalized: string;
  /** The token as written (lowercased), used when a term is shown to a person. */
  readonly surface: string;
  readonly script: Script;
}

/** Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks. */
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;

const ARABIC_LETTER_VARIANTS: Readonly<Record<string, string>> = {
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0649": "\u064A", // ى → ي
  "\u0629": "\u0647", // ة → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
};
const ARABIC_LETTER_VARIANT_PATTERN = new RegExp(`[${Object.keys(ARABIC_LETTER_VARIANTS).join("")}]`, "g");

/** Arabic-Indic (٠-٩), Extended Arabic-Indic (۰-۹, Urdu/Persian) and Devanagari (०-९) digits. */
const DIGIT_BLOCK_STARTS = [0x0660, 0x06f0, 0x0966] as const;
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g;
const NUMERIC_PUNCTUATION: Readonly<Record<string, string>> = {
  "\u066B": ".", // ٫ Arabic decimal separator
  "\u066C": ",", // ٬ Arabic thousands separator
};

/**
 * Replaces Arabic-Indic, Extended Arabic-Indic and Devanagari digits (and the
 * Arabic decimal / thousands separators) by their ASCII equivalents.
 * The result has exactly the same length as the input, so character offsets
 * found in the result are valid in the original text.
 */
export function toAsciiDigits(text: string): string {
  return text
    .replace(NON_ASCII_DIGIT, (digit) => {
      const code = digit.charCodeAt(0);
      const blockStart = DIGIT_BLOCK_STARTS.find((start) => code >= start && code <= start + 9) ?? code;
      return String(code - blockStart);
    })
    .replace(/[\u066B\u066C]/g, (mark) => NUMERIC_PUNCTUATION[mark] ?? mark);
}

/**
 * Unifies Arabic letter variants (أإآٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي) one character
 * for one, so offsets in the result are valid in the original text.
 */
export function unifyArabicLetters(text: string): string {
  return text.replace(ARABIC_LETTER_VARIANT_PATTERN, (letter) => ARABIC_LETTER_VARIANTS[letter] ?? letter);
}

/**
 * Arabic orthographic normalisation: strips diacritics and tatweel and unifies
 * letter variants (see unifyArabicLetters). Non-Arabic text is unchanged.
 */
export function normalizeArabic(text: string): string {
  return unifyArabicLetters(text.replace(ARABIC_DIACRITICS, "").replace(TATWEEL, ""));
}

/** Full normalisation of a piece of text: Unicode compatibility folding, lowercase, Arabic folding, ASCII digits. */
export function normalizeText(text: string): string {
  return toAsciiDigits(normalizeArabic(text.normalize("NFKC").toLowerCase())).replace(/[\u2018\u2019\u02BC]/g, "'");
}

const SCRIPT_TESTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ["arabic", /\p{Script=Arabic}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["latin", /\p{Script=Latin}/u],
];

/** The writing system of a single token (the first letter decides; all-digit tokens are "numeric"). */
export function scriptOf(token: string): Script {
  if (/^[\p{N}.,]+$/u.test(token)) return "numeric";
  for (const [script, test] of SCRIPT_TESTS) {
    if (test.test(token)) return script;
  }
  return "other";
}

/**
 * Letters, combining marks (needed for Devanagari vowel signs) and digits,
 * optionally joined by an apostrophe ("don't") — a word in any script.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu;

/** Splits text into normalised word tokens, keeping each token's written form. */
export function tokenize(text: string): Token[] {
  const prepared = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'");
  const tokens: Token[] = [];
  for (const match of prepared.matchAll(WORD)) {
    const surface = match[0].replace(TATWEEL, "");
    const normalized = toAsciiDigits(normalizeArabic(surface));
    if (normalized.length === 0) continue;
    tokens.push({ normalized, surface, script: scriptOf(normalized) });
  }
  return tokens;
}
