/**
 * Search normalisation, identical on both sides of the index: queries are normalised in
 * TypeScript (`normalizeForSearch`, the shared text pipeline's `normalizeText`), documents in
 * SQL by the IMMUTABLE function that `searchSqlFunctions(schema)` defines, so the generated
 * tsvector column and the query see the same letters:
 *   Unicode compatibility folding (NFKC: Arabic presentation forms such as ﻻ, ligatures such
 *   as ﬁ, full-width Latin) · lowercase · Arabic diacritics (harakat, tanween, shadda, sukun,
 *   superscript alef, Quranic marks) and tatweel removed · أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و,
 *   ئ → ي, ی → ي, ک → ك · Arabic-Indic, Extended Arabic-Indic and Devanagari digits → ASCII,
 *   ٫ ٬ → . ,
 * A test (search.test.ts) compares both on samples of each.
 * A subgraph that searches puts the DDL in a migration of its own schema (copy the output of
 * `searchSqlFunctions("<schema>")`; a unit test can assert the migration contains it).
 */
import { normalizeText } from "../text/index.js";

/**
 * Persian-keyboard letters (ی Farsi yeh, ک keheh), which people searching Arabic type for ي and
 * ك, folded for search only: the shared text pipeline keeps them, because language detection
 * and the Arabic stemmer tell Urdu from Arabic by them.
 */
const KEYBOARD_LETTERS = /[\u06CC\u06A9]/g;
export const foldKeyboardLetters = (text: string): string =>
  text.replace(KEYBOARD_LETTERS, (letter) => (letter === "\u06CC" ? "\u064A" : "\u0643"));

export const normalizeForSearch = (text: string): string => foldKeyboardLetters(normalizeText(text));

/** Text-search configuration for a language code: `english`, `arabic`, `simple` for others. */
export function textSearchConfig(language: string | null | undefined): "english" | "arabic" | "simple" {
  return language === "en" ? "english" : language === "ar" ? "arabic" : "simple";
}

const DIACRITIC_RANGES: [number, number][] = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
  [0x0640, 0x0640], // tatweel
];
const chr = (code: number) => String.fromCharCode(code);

/** The SQL regular-expression class of characters the normaliser deletes. */
export const SQL_DIACRITICS_CLASS = `[${DIACRITIC_RANGES.map(([a, b]) => (a === b ? chr(a) : `${chr(a)}-${chr(b)}`)).join("")}]`;
const digitsFrom = (start: number) => Array.from({ length: 10 }, (_, i) => chr(start + i)).join("");
const FROM_LETTERS = `\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u06CC\u06A9${digitsFrom(0x0660)}${digitsFrom(0x06f0)}${digitsFrom(0x0966)}\u066B\u066C`;
const TO_LETTERS = "\u0627\u0627\u0627\u0627\u064A\u0647\u0648\u064A\u064A\u0643012345678901234567890123456789.,";

/** Characters of a body (D weight) that are indexed: the longest article body accepted. */
export const INDEXED_BODY_CHARS = 100_000;

/**
 * DDL for `<schema>.search_normalize(text)`, `<schema>.search_config(language)` and
 * `<schema>.search_document(language, a, b, d)` (a weighted tsvector: A = title, B = keywords
 * and tags, D = body) and `<schema>.search_head(language, a, b)` (A and B only: the small
 * "head" vector that finds the best candidates fast). All IMMUTABLE, so usable in a GENERATED column.
 */
export function searchSqlFunctions(schema: string): string {
  const q = `"${schema}"`;
  return `CREATE OR REPLACE FUNCTION ${q}.search_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
AS $fn$ SELECT translate(regexp_replace(lower(normalize(input, NFKC)), '${SQL_DIACRITICS_CLASS}', '', 'g'), '${FROM_LETTERS}', '${TO_LETTERS}') $fn$;

CREATE OR REPLACE FUNCTION ${q}.search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END $fn$;

CREATE OR REPLACE FUNCTION ${q}.search_document(language text, a text, b text[], d text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector(${q}.search_config(language), coalesce(${q}.search_normalize(a), '')), 'A') ||
  setweight(to_tsvector(${q}.search_config(language), coalesce(${q}.search_normalize(array_to_string(b, ' ')), '')), 'B') ||
  setweight(to_tsvector(${q}.search_config(language), coalesce(${q}.search_normalize(left(d, ${INDEXED_BODY_CHARS})), '')), 'D') $fn$;
${searchHeadFunction(schema)}`;
}

export function searchHeadFunction(schema: string): string {
  const q = `"${schema}"`;
  return `
CREATE OR REPLACE FUNCTION ${q}.search_head(language text, a text, b text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$ SELECT
  setweight(to_tsvector(${q}.search_config(language), coalesce(${q}.search_normalize(a), '')), 'A') ||
  setweight(to_tsvector(${q}.search_config(language), coalesce(${q}.search_normalize(array_to_string(b, ' ')), '')), 'B') $fn$;
`;
}
