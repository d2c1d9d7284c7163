/** Shared search mechanism: safe query parsing, Arabic-aware normalisation, PostgreSQL full-text + pg_trgm. */
export { MAX_QUERY_CHARS, MAX_QUERY_TERMS, buildTsQueryText, parseSearchQuery } from "./query.js";
export type { ParsedQuery, TsQueryOptions } from "./query.js";
export {
  INDEXED_BODY_CHARS,
  normalizeForSearch,
  searchSqlFunctions,
  SQL_DIACRITICS_CLASS,
  textSearchConfig,
} from "./normalize.js";
export {
  adjacentTranspositions,
  anyLanguageTsQuery,
  fullTextSearch,
  markHighlights,
  paramList,
  vocabularyWords,
} from "./postgres.js";
export {
  clipSnippet,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  highlightAll,
  highlightFragments,
  SNIPPET_FRAGMENTS,
  SNIPPET_MAX_CHARS,
  wordMatcher,
} from "./highlight.js";
export type { QueryWords } from "./highlight.js";
export type { Param, SearchHit, SearchRequest, SearchResult, SearchTableSpec } from "./postgres.js";
export { createVocabularyCache, Vocabulary } from "./vocabulary.js";
export type { VocabularyCache } from "./vocabulary.js";
