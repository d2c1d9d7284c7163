/**
 * Language identification for support messages, tuned for the languages
 * Switchboard serves: English, Arabic, Urdu and Hindi.
 *
 * tinyld is good on sentences but unreliable on a few words ("hello" → Italian,
 * "مرحبا" → nothing), so the writing system decides first:
 * - Devanagari → Hindi;
 * - Arabic script → Urdu when Urdu-only letters (ٹ ڈ ڑ ں ے ۓ ھ) appear, Urdu or
 *   Persian (tinyld decides) when letters shared by both but foreign to Arabic
 *   appear (گ چ پ ژ ک ی), otherwise Arabic;
 * - Latin script → tinyld, but only a confident non-English answer overrides
 *   English, the expected default for short Latin-script messages.
 */
import { detectAll } from "tinyld";

export type KnownLanguage = "en" | "ar" | "ur" | "hi";

export interface LanguageDetection {
  /** ISO 639-1 code, or null when the text is too short to tell: the caller should use its default. */
  readonly language: KnownLanguage | (string & {}) | null;
  /** How sure the detector is, in [0, 1]. */
  readonly confidence: number;
}

export interface DetectLanguageOptions {
  /** Fewer letters than this gives `language: null`. Default 3. */
  readonly minLetters?: number;
  /** tinyld accuracy needed before a Latin-script text is called something other than English. Default 0.5. */
  readonly otherLatinThreshold?: number;
}

const UNDETERMINED: LanguageDetection = { language: null, confidence: 0 };

const URDU_ONLY_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06D3\u06BE]/u; // ٹ ڈ ڑ ں ے ۓ ھ
const PERSO_URDU_LETTERS = /[\u06AF\u0686\u067E\u0698\u06A9\u06CC]/u; // گ چ پ ژ ک ی

type ScriptName = "arabic" | "devanagari" | "latin" | "other";
const LETTER_SCRIPTS: ReadonlyArray<readonly [ScriptName, RegExp]> = [
  ["arabic", /\p{Script=Arabic}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["latin", /\p{Script=Latin}/u],
];

function countLettersByScript(text: string): { counts: Map<ScriptName, number>; total: number } {
  const counts = new Map<ScriptName, number>();
  let total = 0;
  for (const [letter] of text.matchAll(/\p{L}/gu)) {
    const script = LETTER_SCRIPTS.find(([, test]) => test.test(letter))?.[0] ?? "other";
    counts.set(script, (counts.get(script) ?? 0) + 1);
    total += 1;
  }
  return { counts, total };
}

function dominantScript(counts: ReadonlyMap<ScriptName, number>): [ScriptName, number] {
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
}

/** tinyld's best guess among `only` (all languages if omitted), with its accuracy. */
function tinyldGuess(text: string, only?: string[]): { lang: string; accuracy: number } | undefined {
  return detectAll(text, only ? { only } : {})[0];
}

function detectArabicScript(text: string, share: number): LanguageDetection {
  if (URDU_ONLY_LETTERS.test(text)) return { language: "ur", confidence: share };
  if (PERSO_URDU_LETTERS.test(text)) {
    const guess = tinyldGuess(text, ["ur", "fa"]);
    return { language: guess?.lang ?? "ur", confidence: share * (guess ? 0.9 : 0.7) };
  }
  return { language: "ar", confidence: share };
}

function detectLatinScript(text: string, share: number, otherLatinThreshold: number): LanguageDetection {
  const guess = tinyldGuess(text);
  if (guess && guess.lang !== "en" && guess.accuracy >= otherLatinThreshold) {
    return { language: guess.lang, confidence: share * guess.accuracy };
  }
  const englishAccuracy = guess?.lang === "en" ? guess.accuracy : 0;
  return { language: "en", confidence: share * Math.max(0.5, englishAccuracy) };
}

/** Detects the language of a message; `language` is null for empty or too-short text. */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageDetection {
  const { minLetters = 3, otherLatinThreshold = 0.5 } = options;
  const { counts, total } = countLettersByScript(text);
  if (total < minLetters) return UNDETERMINED;
  const [script, letters] = dominantScript(counts);
  const share = letters / total;
  switch (script) {
    case "devanagari":
      return { language: "hi", confidence: share };
    case "arabic":
      return detectArabicScript(text, share);
    case "latin":
      return detectLatinScript(text, share, otherLatinThreshold);
    default: {
      const guess = tinyldGuess(text);
      return guess ? { language: guess.lang, confidence: guess.accuracy } : UNDETERMINED;
    }
  }
}
