/**
 * Light (affix-stripping) stemmers. They conflate inflections of the same word
 * ("refunds", "refunded" → "refund"; "والحساب", "حسابي" → "حساب") without a
 * dictionary, and err on the side of leaving a word alone.
 */
import type { Script } from "./normalize.js";

const VOWEL = /[aeiouy]/;

function hasVowel(text: string): boolean {
  return VOWEL.test(text);
}

/** Inflectional suffixes tried in order; the first whose remaining stem is long enough wins. */
const ENGLISH_SUFFIX_RULES: ReadonlyArray<readonly [suffix: string, replacement: string]> = [
  ["ies", "y"],
  ["ied", "y"],
  ["sses", "ss"],
  ["ing", ""],
  ["ed", ""],
  ["s", ""],
];

/** Words ending in these are not plurals ("status", "address", "analysis"). */
const NOT_A_PLURAL = /(?:ss|us|is|ous)$/;

function stripEnglishSuffix(word: string): string {
  for (const [suffix, replacement] of ENGLISH_SUFFIX_RULES) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === "s" && NOT_A_PLURAL.test(word)) return word;
    const stem = word.slice(0, -suffix.length) + replacement;
    if (stem.length >= 3 && hasVowel(stem)) return stem;
  }
  return word;
}

/**
 * Makes "charge"/"charged"/"charging" and "log"/"logged"/"logging" agree by
 * dropping a final silent "e" and undoubling a final double consonant.
 */
function tidyEnglishEnding(stem: string): string {
  if (stem.length > 3 && stem.endsWith("e") && !stem.endsWith("ee")) return stem.slice(0, -1);
  if (stem.length > 3 && /([^aeiou])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** Light English stemmer for a lowercase word. */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || !/^[a-z']+$/.test(word)) return word;
  return tidyEnglishEnding(stripEnglishSuffix(word.replace(/'s$/, "")));
}

/** Definite article with the particles that attach to it, longest first: وبال وال بال كال فال لل ال. */
const ARABIC_ARTICLE_PREFIXES = ["وبال", "وال", "بال", "كال", "فال", "لل", "ال"] as const;
/** Attached possessive / object pronouns, longest first (ه also covers a normalised ة). */
const ARABIC_PRONOUN_SUFFIXES = ["كما", "هما", "هم", "كم", "نا", "ها", "ه", "ك", "ي"] as const;
/** Plural, dual and adjectival endings, longest first. */
const ARABIC_NOUN_SUFFIXES = ["ات", "ان", "ون", "ين", "يه", "ي"] as const;
const ARABIC_MIN_STEM = 3;
const TAA = "ت";
const FEMININE_PLURAL = "ات";

/** Letters that Urdu/Persian use but Arabic does not: such words are not Arabic and are left alone. */
const NON_ARABIC_LETTERS = /[ٹڈڑںےۓھگچپژکی]/u;

function stripArabicArticle(word: string): string {
  const prefix = ARABIC_ARTICLE_PREFIXES.find((p) => word.startsWith(p) && word.length - p.length >= 2);
  return prefix ? word.slice(prefix.length) : word;
}

function stripFirstSuffix(word: string, suffixes: readonly string[]): string {
  const suffix = suffixes.find((s) => word.endsWith(s) && word.length - s.length >= ARABIC_MIN_STEM);
  return suffix ? word.slice(0, -suffix.length) : word;
}

/**
 * Strips an attached pronoun; a taa marbuta written as ت before the pronoun
 * ("محفظتي" my wallet) is dropped too, so it meets "المحفظة" → "محفظ"; the
 * plural ending ات is left for the next step ("استثماراتي" → "استثمارات").
 */
function stripArabicPronoun(word: string): string {
  const stem = stripFirstSuffix(word, ARABIC_PRONOUN_SUFFIXES);
  const taaMarbuta = stem !== word && stem.endsWith(TAA) && !stem.endsWith(FEMININE_PLURAL);
  if (taaMarbuta && stem.length > ARABIC_MIN_STEM) return stem.slice(0, -1);
  return stem;
}

/**
 * Light Arabic stemmer (in the spirit of Larkey's light10) for a normalised
 * word: article, then pronoun, then plural/adjectival ending. A bare "و" is
 * never stripped, since it starts many roots (وثيقة، وقت، ودائع).
 */
export function stemArabic(word: string): string {
  if (NON_ARABIC_LETTERS.test(word)) return word;
  return stripFirstSuffix(stripArabicPronoun(stripArabicArticle(word)), ARABIC_NOUN_SUFFIXES);
}

/** Stems a normalised token according to its script; other scripts pass through unchanged. */
export function stem(word: string, script: Script): string {
  if (script === "latin") return stemEnglish(word);
  if (script === "arabic") return stemArabic(word);
  return word;
}
