/**
 * A generic PostgreSQL full-text search over one table: tsquery built safely from a parsed
 * query, GIN-indexed `@@` match, typo tolerance through a pg_trgm-indexed vocabulary, relevance
 * (`ts_rank_cd`, normalised to 0..1) multiplied by a caller-supplied boost, per-row language
 * configurations, highlighted snippets, and offset pagination. Knowledge articles and tickets
 * both use it; the table-specific parts (columns, filters, boost) come from the caller as
 * trusted SQL fragments, user values only ever travel as bind parameters.
 *
 * Matching: every term must match (AND, the last one as a prefix while typing); when that
 * finds nothing and there are several terms, any content word may match (OR) — `mode` says which ran.
 *
 * Cost is bounded for large tables: with `candidateOrder` only that many candidates (the first
 * in an indexed order, from the title-like head vector and from the full vector) are ranked; the
 * total is exact while the pool holds every match and the planner's estimate beyond
 * (`totalCountExact` false). Without `candidateOrder`, totals are exact up to `countLimit`.
 */
import type { SqlExecutor } from "../db.js";
import { isStopWord } from "../text/index.js";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SNIPPET_FRAGMENTS,
  highlightAll,
  highlightFragments,
  wordMatcher,
  type QueryWords,
  type TextSearchConfig,
  type WordMatcher,
} from "./highlight.js";
import { normalizeForSearch, textSearchConfig } from "./normalize.js";
import { buildTsQueryText, type ParsedQuery } from "./query.js";
import type { Vocabulary, VocabularyCache } from "./vocabulary.js";

export interface SearchTableSpec {
  /** Qualified table, e.g. `"knowledge"."articles"` (trusted SQL). */
  table: string;
  idColumn: string;
  /** The tsvector column (GIN-indexed). */
  vectorColumn: string;
  /** Column holding each row's language code; its text-search configuration follows it. Absent: `fixedLanguage`. */
  languageColumn?: string;
  fixedLanguage?: string;
  /** Table with columns `language` and `term` (trigram-indexed) listing indexed words, for typo tolerance. */
  vocabularyTable?: string;
  /** Columns to build snippets from, by name in the result (highlighted in the application: see highlight.ts). */
  headlineColumns?: Record<string, string>;
  /** Headline columns shown whole (short fields such as a title) rather than as fragments. */
  wholeHeadlines?: string[];
  /**
   * Fragment headlines read at most this many characters of their column (default 4000): a
   * long text is not shipped and scanned whole for a snippet. Matches further in are found, but
   * not shown in the snippet (it then opens the text).
   */
  headlineMaxChars?: number;
  /** SQL type of the id column (for `= ANY($1::<type>[])`). Default "uuid". */
  idType?: string;
  /**
   * Bounded ranking for large tables: when set, only `candidateLimit` candidates are ranked —
   * the first matches of `headVectorColumn` (title-like fields) in this order (a column of alias
   * `d` with a btree index, e.g. `{ column: '"viewCount"', descending: true }`), topped up with
   * the first other matches in the same order; when the head matches alone fill the pool,
   * body-only matches (which rank below them) are not gathered. Unset: every match is ranked.
   */
  candidateOrder?: { column: string; descending?: boolean };
  headVectorColumn?: string;
  /**
   * With `candidateOrder`: a boolean column flagging the rows first in that order (e.g. the most
   * viewed tenth), with partial GIN indexes on the vectors. Candidates are gathered from these
   * rows first, from every row only when they hold fewer than the pool.
   */
  tierColumn?: string;
  /**
   * About what share of the rows (of any filter's) the tier holds. When the full-vector pool
   * came from the tier, the total is estimated as the tier's matches ÷ this share — no planner
   * round trip, and closer than the planner's guess for several words, whose frequencies it
   * multiplies as if independent. Unset: the planner estimates.
   */
  tierShare?: number;
  /** Default 200 (grows with the page asked for). */
  candidateLimit?: number;
  /** Matches are counted exactly up to this number; beyond it totalCount is this + 1 and totalCountExact false. Default 1000. */
  countLimit?: number;
}

/** Adds a bind parameter and returns its placeholder (`$3`). */
export type Param = (value: unknown) => string;

export interface SearchRequest {
  query: ParsedQuery;
  /** Only rows in this language (and its configuration for the query). */
  language?: string | null;
  /** Extra conditions (trusted SQL using `param` for values), AND-ed; the table alias is `d`. */
  filters?: (param: Param) => string[];
  /** SQL expression (alias `d`) multiplied into the score, e.g. popularity × recency. Default 1. */
  boost?: string;
  limit: number;
  offset?: number;
  /** Minimum trigram similarity for a typo correction (0..1). Default 0.4. */
  typoSimilarity?: number;
  /** The spec's vocabulary in memory: spares the vocabulary statement when every word is known. */
  vocabulary?: VocabularyCache;
  /**
   * A query with more content words than this is matched by any of them at once, without first
   * trying all of them (a search that finds nothing costs a statement). Default: no limit.
   */
  matchAllWordsUpTo?: number;
  /**
   * Columns of the page's rows to return with the hits (trusted SQL on alias `d`, each with an
   * alias), read in the ranking statement: the caller needs no second query to load them.
   */
  pageColumns?: string[];
  /**
   * Columns computed for the page's rows only, after the ranking's LIMIT (trusted SQL on alias
   * `d`, each with an alias; values through `param`), from the words the search matched with: its
   * typo corrections and completions by word. For what is costly per row (matching the row again
   * word by word), which the ranking's select list would compute for every candidate.
   */
  pageExtras?: (param: Param, alternatives: ReadonlyMap<string, readonly string[]>) => string[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** Per headline column: text with matches between \u0002 and \u0003 (see `markHighlights`). */
  headlines: Record<string, string>;
  /** The request's `pageColumns` and `pageExtras`, by alias. */
  row?: Record<string, unknown>;
}

export interface SearchResult {
  hits: SearchHit[];
  totalCount: number;
  /** False when there were more matches than the spec's countLimit (totalCount is then countLimit + 1). */
  totalCountExact: boolean;
  /** "browse" when the query had no words (rows ordered by boost alone). */
  mode: "and" | "or" | "browse";
  /** Typo corrections used, per query term. */
  corrections: Map<string, string[]>;
}

/** Parameter collector: `$1`, `$2`, … in order of use. */
export function paramList(): { params: unknown[]; param: Param } {
  const params: unknown[] = [];
  return { params, param: (value) => (params.push(value), `$${params.length}`) };
}

/**
 * The words one swap of adjacent letters away ("passowrd" → "password", "passwrod" → …), distinct
 * and other than the word itself. Trigram similarity misses these (a swap breaks three trigrams:
 * "passowrd" is only 0.38 similar to "password"), so typo correction also looks them up as whole
 * words — a Damerau (optimal string alignment) distance of one, by exact lookups in the
 * vocabulary's primary key rather than a distance computed against every word.
 */
export function adjacentTranspositions(word: string): string[] {
  const letters = [...word];
  const found = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    found.add(swapped.join(""));
  }
  return [...found];
}

/**
 * Words of a question that say nothing about its subject, beyond the shared stop words (which the
 * classifiers use too, so they stay as they are): "how much are the fees", "I want a refund",
 * "كم رسوم التداول". Written normalised (see normalizeForSearch).
 */
const QUESTION_FILLER = new Set([
  "much",
  "many",
  "need",
  "needs",
  "want",
  "wants",
  "know",
  "tell",
  "كم",
  "اريد",
  "نريد",
  "اعرف",
]);

/** A word a search does not require: a stop word or question filler. */
export const isSearchFiller = (term: string) => isStopWord(term) || QUESTION_FILLER.has(term);

/** A last word completed through the vocabulary when it has at most this many completions. */
const MAX_COMPLETIONS = 12;

interface VocabularyLookups {
  corrections: Map<string, string[]>;
  /**
   * Indexed words the last (still typed) term begins, when there are few: matched as whole
   * words instead of a `:*` prefix, which makes the GIN index gather every posting of every
   * lexeme sharing the prefix before it can intersect anything. Null: keep the prefix.
   */
  completions: string[] | null;
}

/**
 * Typo corrections and, while typing, the last word's completions — from the vocabulary in memory
 * when it is loaded, else one statement.
 */
async function vocabularyLookups(
  sql: SqlExecutor,
  spec: SearchTableSpec,
  query: ParsedQuery,
  language: string | null | undefined,
  minSimilarity: number,
  cache?: VocabularyCache,
): Promise<VocabularyLookups> {
  const corrections = new Map<string, string[]>();
  if (!spec.vocabularyTable) return { corrections, completions: null };
  const lastTerm = query.terms.at(-1) ?? "";
  const completing = query.prefixLast && lastTerm.length >= 3 && !/^\d+$/.test(lastTerm);
  const candidates = query.terms.filter((t) => t.length >= 4 && !/^\d+$/.test(t));
  if (candidates.length === 0 && !completing) return { corrections, completions: null };
  const vocabulary = cache?.current();
  const remembered = vocabulary
    ? lookupsInMemory(vocabulary, query, candidates, language, completing, minSimilarity)
    : null;
  if (remembered) return remembered;
  const { params, param } = paramList();
  const terms = param(candidates);
  // Each candidate's adjacent transpositions, space-separated (terms are letters and digits only).
  const swaps = param(candidates.map((t) => adjacentTranspositions(t).join(" ")));
  const last = param(query.prefixLast ? lastTerm : null);
  const threshold = param(minSimilarity);
  const languageFilter = (alias: string) => (language ? ` AND ${alias}."language" = ${param(language)}` : "");
  // Corrections: indexed words one transposition away first (the likeliest slip), then the most
  // trigram-similar ones. A word that begins an indexed word is taken as written — in a message
  // (no word being typed: ${last} is null and the test is null, never true) every such word, while
  // typing only the last one (see beginsWordAsWritten).
  const typos = `SELECT 'typo' AS kind, w.term AS input, v.term
     FROM unnest(${terms}::text[], ${swaps}::text[]) AS w(term, swaps)
     CROSS JOIN LATERAL (
       SELECT c."term" FROM (
         SELECT s."term", 2::real AS closeness FROM ${spec.vocabularyTable} s
         WHERE s."term" = ANY(string_to_array(w.swaps, ' '))${languageFilter("s")}
         UNION ALL
         SELECT s."term", similarity(s."term", w.term) FROM ${spec.vocabularyTable} s
         WHERE s."term" % w.term AND similarity(s."term", w.term) >= ${threshold}::real${languageFilter("s")}
       ) c
       GROUP BY c."term" ORDER BY max(c.closeness) DESC, c."term" LIMIT 2
     ) v
     WHERE NOT EXISTS (SELECT 1 FROM ${spec.vocabularyTable} e WHERE e."term" = w.term${languageFilter("e")})
       AND NOT (w.term = ${last}::text AND EXISTS (SELECT 1 FROM ${spec.vocabularyTable} p WHERE p."term" LIKE w.term || '%'${languageFilter("p")}))`;
  // Terms are letters and digits only (see parseSearchQuery), so the LIKE pattern needs no escaping.
  const completions = () => `SELECT DISTINCT 'completion' AS kind, ${last}::text AS input, c."term" FROM (
       SELECT s."term" FROM ${spec.vocabularyTable} s WHERE s."term" LIKE ${last}::text || '%'${languageFilter("s")}
       ORDER BY length(s."term"), s."term" LIMIT ${MAX_COMPLETIONS + 1}) c`;
  const rows = await sql.query<{ kind: "typo" | "completion"; input: string; term: string }>(
    completing ? `${typos} UNION ALL ${completions()}` : typos,
    params,
    { prepare: true },
  );
  const completed: string[] = [];
  for (const row of rows) {
    if (row.kind === "completion") completed.push(row.term);
    else corrections.set(row.input, [...(corrections.get(row.input) ?? []), row.term]);
  }
  return { corrections, completions: completing && completed.length <= MAX_COMPLETIONS ? completed : null };
}

/**
 * Whether a word that begins an indexed word is left uncorrected, as the typo statement decides:
 * every such word of a message, and only the last while it is being typed.
 */
const beginsWordAsWritten = (query: ParsedQuery, term: string) => !query.prefixLast || term === query.terms.at(-1);

/**
 * The statement's answer from memory: each candidate that is no word (nor, see beginsWordAsWritten,
 * the beginning of one) corrected from the vocabulary's trigrams, and the last word's completions.
 * Null when nothing begins the last word being completed (maybe a word added since the load): ask
 * the database.
 */
function lookupsInMemory(
  vocabulary: Vocabulary,
  query: ParsedQuery,
  candidates: string[],
  language: string | null | undefined,
  completing: boolean,
  minSimilarity: number,
): VocabularyLookups | null {
  const lastTerm = query.terms.at(-1);
  const known = (term: string) =>
    vocabulary.has(term, language) ||
    (beginsWordAsWritten(query, term) && vocabulary.wordsStartingWith(term, language, 1).length > 0);
  let completions: string[] | null = null;
  if (completing) {
    const completed = vocabulary.wordsStartingWith(lastTerm!, language, MAX_COMPLETIONS + 1);
    if (completed.length === 0) return null;
    completions = completed.length <= MAX_COMPLETIONS ? completed : null;
  }
  const corrections = new Map<string, string[]>();
  for (const term of candidates) {
    if (known(term)) continue;
    const found = vocabulary.corrections(term, language, {
      swaps: adjacentTranspositions(term),
      minSimilarity,
      limit: 2,
    });
    if (found.length > 0) corrections.set(term, found);
  }
  return { corrections, completions };
}

function configExpressions(spec: SearchTableSpec, language: string | null | undefined) {
  if (language || !spec.languageColumn) return { single: textSearchConfig(language ?? spec.fixedLanguage) };
  return { single: null };
}

/** Runs a search; see the module comment for the matching rules. */
export async function fullTextSearch(
  sql: SqlExecutor,
  spec: SearchTableSpec,
  request: SearchRequest,
): Promise<SearchResult> {
  const { query } = request;
  if (query.terms.length === 0) {
    const ranked = await rankMatches(sql, spec, request, null, null, new Map());
    return {
      hits: ranked.hits,
      ...(await totalOf(sql, spec, request, null, ranked)),
      mode: "browse",
      corrections: new Map(),
    };
  }
  const { corrections, completions } = await vocabularyLookups(
    sql,
    spec,
    query,
    request.language,
    request.typoSimilarity ?? 0.4,
    request.vocabulary,
  );
  // A last word with few completions is matched as those words (and itself) rather than a prefix.
  const lastTerm = query.terms.at(-1)!;
  const alternatives = completions
    ? new Map([...corrections, [lastTerm, [...(corrections.get(lastTerm) ?? []), ...completions]]])
    : corrections;
  // Stop words never decide a match: OR mode drops them ("how do I reset" must not match every
  // article containing "how"), and so does AND mode when other words remain — a question's
  // filler ("how much are the fees") must not exclude the article about fees for lacking "much".
  const content = query.terms.filter((t) => !isSearchFiller(t));
  const modes: ("and" | "or")[] =
    query.terms.length <= 1
      ? ["and"]
      : content.length > (request.matchAllWordsUpTo ?? Infinity)
        ? ["or"]
        : ["and", "or"];
  for (const mode of modes) {
    const terms = mode === "or" || content.length > 0 ? content : query.terms;
    if (terms.length === 0) continue;
    const prefixLast = query.prefixLast && completions === null && terms.at(-1) === lastTerm;
    const text = buildTsQueryText(terms, { mode, prefixLast, alternatives });
    if (!text) continue;
    const wholeTerms = prefixLast ? terms.slice(0, -1) : terms;
    const highlight: QueryWords = {
      words: [...wholeTerms, ...terms.flatMap((t) => alternatives.get(t) ?? [])],
      prefix: prefixLast ? lastTerm : null,
    };
    const ranked = await rankMatches(sql, spec, request, text, highlight, alternatives);
    const count = await totalOf(sql, spec, request, text, ranked);
    if (count.totalCount === 0) continue;
    return { hits: ranked.hits, ...count, mode, corrections };
  }
  return { hits: [], totalCount: 0, totalCountExact: true, mode: "and", corrections };
}

/**
 * The total: known exactly from the ranking query when the candidate pool held every match
 * (fewer matches than candidateLimit), else counted (see countMatches).
 */
async function totalOf(
  sql: SqlExecutor,
  spec: SearchTableSpec,
  request: SearchRequest,
  tsText: string | null,
  ranked: Ranked,
): Promise<{ totalCount: number; totalCountExact: boolean }> {
  if (ranked.allMatches !== null) return { totalCount: ranked.allMatches, totalCountExact: true };
  if (ranked.hits.length === 0 && (request.offset ?? 0) === 0 && ranked.poolFull === false)
    return { totalCount: 0, totalCountExact: true };
  if (ranked.poolFull) {
    // More matches than the pool holds: estimated from the tier's share when the pool came from
    // the tier, else by the planner — never below what is known to exist.
    const fromTier =
      ranked.tierMatches !== null && spec.tierShare ? Math.round(ranked.tierMatches / spec.tierShare) : null;
    const estimate = fromTier ?? (await estimateMatches(sql, spec, request, tsText));
    return { totalCount: Math.max(estimate, ranked.poolSize), totalCountExact: false };
  }
  return countMatches(sql, spec, request, tsText);
}

/** The WHERE clause selecting every row a search matches (text match and filters), with its parameters. */
function matchesWhere(spec: SearchTableSpec, request: SearchRequest, tsText: string | null) {
  const { params, param } = paramList();
  const m = tsText === null ? null : matchSql(spec, request, spec.vectorColumn, inlineTsQuery(param(tsText)));
  return { params, param, where: whereSql(textWhere(spec, request, param, m ? m.match : null)) };
}

/** The planner's estimate of the rows a WHERE clause selects (EXPLAIN: nothing is executed). */
async function plannerEstimate(
  sql: SqlExecutor,
  spec: SearchTableSpec,
  where: string,
  params: unknown[],
): Promise<number> {
  const [plan] = await sql.query<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] | string }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM ${spec.table} d ${where}`,
    params,
  );
  const planJson = plan ? plan["QUERY PLAN"] : null;
  return Math.round(
    Number((typeof planJson === "string" ? JSON.parse(planJson) : planJson)?.[0]?.Plan?.["Plan Rows"] ?? 0),
  );
}

async function estimateMatches(
  sql: SqlExecutor,
  spec: SearchTableSpec,
  request: SearchRequest,
  tsText: string | null,
): Promise<number> {
  const { params, where } = matchesWhere(spec, request, tsText);
  return plannerEstimate(sql, spec, where, params);
}

function baseWhere(spec: SearchTableSpec, request: SearchRequest, param: Param): string[] {
  const where = request.filters?.(param) ?? [];
  if (request.language && spec.languageColumn) where.unshift(`d.${spec.languageColumn} = ${param(request.language)}`);
  return where;
}

/**
 * The filters beside a text match, written so they are checked on the rows the GIN index
 * returns rather than used as index conditions: `(cond) IS TRUE` keeps the condition's
 * selectivity estimate but no btree can serve it. Left indexable, the planner ANDs a bitmap of
 * every row in the language (or status) with the GIN bitmap — building a 50,000-row bitmap to
 * save a few heap visits, the single largest cost of a search on 100,000 articles.
 */
const besideTextMatch = (conditions: string[]) => conditions.map((c) => `(${c}) IS TRUE`);

function textWhere(spec: SearchTableSpec, request: SearchRequest, param: Param, match: string | null): string[] {
  const base = baseWhere(spec, request, param);
  return match ? [match, ...besideTextMatch(base)] : base;
}

const whereSql = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(" AND ")}` : "");

/**
 * Counts matches. The planner's estimate (from the tsvector statistics) decides: above the
 * spec's countLimit the estimate is returned (totalCountExact false) — counting tens of
 * thousands of matches exactly would cost more than the search; otherwise an exact count,
 * LIMITed so a wrong estimate still costs little.
 */
async function countMatches(
  sql: SqlExecutor,
  spec: SearchTableSpec,
  request: SearchRequest,
  tsText: string | null,
): Promise<{ totalCount: number; totalCountExact: boolean }> {
  const cap = spec.countLimit ?? 1000;
  const { params, param, where } = matchesWhere(spec, request, tsText);
  const estimate = await plannerEstimate(sql, spec, where, params);
  if (estimate > cap) return { totalCount: estimate, totalCountExact: false };
  const [row] = await sql.query<{ total: string | number }>(
    `SELECT count(*) AS total FROM (SELECT 1 FROM ${spec.table} d ${where} LIMIT ${param(cap + 1)}) x`,
    params,
  );
  const total = Number(row?.total ?? 0);
  return total > cap
    ? { totalCount: Math.max(total, estimate), totalCountExact: false }
    : { totalCount: total, totalCountExact: true };
}

interface Ranked {
  hits: SearchHit[];
  /** Number of matches when the ranking query saw all of them; null when unknown. */
  allMatches: number | null;
  /** Full-vector matches in the tier, when the pool was gathered there; else null. */
  tierMatches: number | null;
  /** The candidate pool hit its limit (more matches may exist); null when unknown. */
  poolFull: boolean | null;
  poolSize: number;
}

type RankedRow = {
  __id: string;
  __score: number;
  __matches?: string | number | null;
  __tier_matches?: string | number | null;
  __language?: string | null;
} & Record<string, unknown>;

/** One page of ranked rows (ids, scores, headlines); see `candidateOrder` for the bounded variant. */
async function rankMatches(
  sql: SqlExecutor,
  spec: SearchTableSpec,
  request: SearchRequest,
  tsText: string | null,
  highlight: QueryWords | null,
  alternatives: ReadonlyMap<string, readonly string[]>,
): Promise<Ranked> {
  const { params, param } = paramList();
  const boost = request.boost ?? "1";
  const offset = request.offset ?? 0;
  const id = `d.${spec.idColumn}`;
  const placeholder = tsText === null ? null : param(tsText);
  // The bounded ranking's shape is fixed by its materialised steps: it reads the tsqueries once,
  // from a CTE, so its plan does not depend on the words and is prepared once (see tsQueriesCte).
  const tsQuery = placeholder === null ? null : spec.candidateOrder ? tsQueryFromCte : inlineTsQuery(placeholder);
  const m = tsQuery === null ? null : matchSql(spec, request, spec.vectorColumn, tsQuery);
  const relevance = m ? `ts_rank_cd(d.${spec.vectorColumn}, ${m.query}, 32)` : "1";
  // The headline columns' text comes with the page's rows; highlights are marked here (highlight.ts).
  const headlines = highlight ? headlineSources(spec) : [];
  const rowLanguage =
    headlines.length && !request.language && spec.languageColumn ? [`d.${spec.languageColumn} AS "__language"`] : [];
  const pageColumns = request.pageColumns ?? [];
  const selectWith = (relevanceSql: string) =>
    [`${id} AS "__id"`, `(${relevanceSql} * (${boost}))::float8 AS "__score"`, ...rowLanguage, ...pageColumns].join(
      ", ",
    );
  const pageExtras = request.pageExtras?.(param, alternatives) ?? [];
  /**
   * The headline columns' text and the request's `pageExtras` are read for the page's rows only,
   * by id after the LIMIT: in the ranking's select list they would be read for every candidate
   * before the sort — a TOAST fetch each for a body kept out of line.
   */
  const pageOnlyColumns = [...headlines.map((h) => h.sql), ...pageExtras];
  const withPageOnlyColumns = (ranking: string) =>
    pageOnlyColumns.length === 0
      ? ranking
      : `SELECT r.*, ${pageOnlyColumns.join(", ")} FROM (${ranking}) r JOIN ${spec.table} d ON ${id} = r."__id" ORDER BY r."__score" DESC, r."__id"`;
  const matchers = new Map<TextSearchConfig, WordMatcher>();
  const matcherFor = (row: RankedRow) => {
    const config = textSearchConfig(
      request.language ?? (spec.languageColumn ? (row.__language as string | null) : spec.fixedLanguage),
    );
    let matcher = matchers.get(config);
    if (!matcher) matchers.set(config, (matcher = wordMatcher(config, highlight!)));
    return matcher;
  };
  const select = selectWith(relevance);
  const page = `ORDER BY "__score" DESC, "__id" LIMIT ${param(request.limit)} OFFSET ${param(offset)}`;
  const toHits = (rows: RankedRow[]): SearchHit[] =>
    rows.map((r) => {
      const { __id, __score, __matches, __tier_matches, __language, ...rest } = r;
      const headlineValues = Object.fromEntries(
        headlines.map((h) => [h.name, h.mark(String(rest[h.alias] ?? ""), matcherFor(r))]),
      );
      for (const h of headlines) delete rest[h.alias];
      return {
        id: __id,
        score: Number(__score),
        headlines: headlineValues,
        ...(pageColumns.length || pageExtras.length ? { row: rest } : {}),
      };
    });

  if (!spec.candidateOrder) {
    const rows = await sql.query<RankedRow>(
      withPageOnlyColumns(
        `SELECT ${select} FROM ${spec.table} d ${whereSql(textWhere(spec, request, param, m ? m.match : null))} ${page}`,
      ),
      params,
    );
    return { hits: toHits(rows), allMatches: null, tierMatches: null, poolFull: null, poolSize: 0 };
  }
  // Whole multiples of the pool size, so every page within the first pool ranks the same candidates.
  const poolSize = spec.candidateLimit ?? 200;
  const size = poolSize * Math.max(1, Math.ceil((offset + request.limit) / poolSize));
  const n = param(size);
  const { column, descending } = spec.candidateOrder;
  const direction = descending ? "DESC" : "ASC";
  if (!m) {
    // Browse: the first rows in the candidate order, walking its index.
    const rows = await sql.query<RankedRow>(
      `WITH b AS (SELECT ${id} AS id FROM ${spec.table} d ${whereSql(baseWhere(spec, request, param))} ORDER BY d.${column} ${direction} LIMIT ${n})
       SELECT ${select}, (SELECT count(*) FROM b) AS "__matches" FROM ${spec.table} d JOIN b ON b.id = ${id} ${page}`,
      params,
    );
    const pool = rows.length > 0 ? Number(rows[0].__matches) : null;
    return {
      hits: toHits(rows),
      allMatches: pool !== null && pool < size ? pool : null,
      tierMatches: null,
      poolFull: pool === null ? (offset === 0 ? false : null) : pool >= size,
      poolSize: size,
    };
  }
  /**
   * Every row a match condition finds through its GIN index, by its physical address (`ctid`:
   * the candidates are then read back by TID scan, about 1 µs a row against 7 µs through the
   * primary key; stable within the statement's snapshot), with the order key, materialised
   * (the planner never walks the order's index testing rows one by one, which is slow when
   * matches are rare). `extra` holds gates (skip it) and the tier condition.
   */
  const everyMatch = (match: string, extra: string[]) =>
    `SELECT d.ctid AS tid, d.${column} AS k FROM ${spec.table} d ${whereSql([...textWhere(spec, request, param, match), ...extra])}`;
  /**
   * CTEs defining `${name}`: the first `size` matches in the candidate order, gathered from the
   * tier when it holds that many, else from every row: the tier's matches and the other rows'
   * (`${name}_rest`; the tier's rows are not tested twice), whose counts then add up to the
   * exact number of matches. Returns the SQL of that exact count (null when it is not computed)
   * and of the tier's number of matches (null unless the pool came from the tier).
   */
  const pool = (
    name: string,
    match: string,
    gate: string | null,
  ): { ctes: string[]; exactCount: string; tierCount: string } => {
    const gates = gate ? [gate] : [];
    if (!spec.tierColumn) {
      return {
        ctes: [
          `${name}_all AS MATERIALIZED (${everyMatch(match, gates)})`,
          `${name} AS (SELECT tid, k FROM ${name}_all ORDER BY k ${direction} LIMIT ${n})`,
        ],
        exactCount: gate
          ? `CASE WHEN ${gate} THEN (SELECT count(*) FROM ${name}_all) END`
          : `(SELECT count(*) FROM ${name}_all)`,
        tierCount: "NULL::bigint",
      };
    }
    const tierFull = `(SELECT n FROM ${name}_tier_n) >= ${n}`;
    return {
      ctes: [
        `${name}_tier AS MATERIALIZED (${everyMatch(match, [...gates, `d.${spec.tierColumn}`])})`,
        `${name}_tier_n AS (SELECT count(*) AS n FROM ${name}_tier)`,
        `${name}_rest AS MATERIALIZED (${everyMatch(match, [...gates, `NOT d.${spec.tierColumn}`, `NOT ${tierFull}`])})`,
        `${name} AS (SELECT tid, k FROM (SELECT tid, k FROM ${name}_tier UNION ALL SELECT tid, k FROM ${name}_rest) x ORDER BY k ${direction} LIMIT ${n})`,
      ],
      exactCount: `CASE WHEN ${gate ? `${gate} AND ` : ""}NOT ${tierFull} THEN (SELECT n FROM ${name}_tier_n) + (SELECT count(*) FROM ${name}_rest) END`,
      tierCount: `CASE WHEN ${gate ? `${gate} AND ` : ""}${tierFull} THEN (SELECT n FROM ${name}_tier_n) END`,
    };
  };
  const headMatch = spec.headVectorColumn ? matchSql(spec, request, spec.headVectorColumn, tsQuery!).match : null;
  // Head (title-like) matches first: when they fill the pool, body-only matches — which rank
  // below them — are not gathered at all, which spares the costliest step for frequent words.
  const head = headMatch ? pool("h", headMatch, null) : null;
  const full = pool("b", m.match, head ? `(SELECT count(*) FROM h) < ${n}` : null);
  const candidates = head
    ? `SELECT tid FROM h UNION ALL (SELECT tid FROM b WHERE tid NOT IN (SELECT tid FROM h) ORDER BY k ${direction} LIMIT greatest(0, ${n} - (SELECT count(*) FROM h)))`
    : `SELECT tid FROM b`;
  // When head matches fill the pool, every candidate matched in its title-like fields: relevance
  // is taken from the small in-row head vector, sparing a TOAST read of each full vector.
  const rankedRelevance = head
    ? `ts_rank_cd(CASE WHEN (SELECT count(*) FROM h) >= ${n} THEN d.${spec.headVectorColumn} ELSE d.${spec.vectorColumn} END, ${m.query}, 32)`
    : relevance;
  const rows = await sql.query<RankedRow>(
    withPageOnlyColumns(`WITH ${[tsQueriesCte(spec, request, placeholder!), ...(head?.ctes ?? []), ...full.ctes, `c AS (${candidates})`].join(",\n")}
     SELECT ${selectWith(rankedRelevance)}, ${full.exactCount} AS "__matches", ${full.tierCount} AS "__tier_matches"
     FROM ${spec.table} d JOIN c ON d.ctid = c.tid ${page}`),
    params,
    { prepare: true },
  );
  if (rows.length === 0)
    return { hits: [], allMatches: null, tierMatches: null, poolFull: offset === 0 ? false : null, poolSize: size };
  const numberOrNull = (value: string | number | null | undefined) =>
    value === null || value === undefined ? null : Number(value);
  const matches = numberOrNull(rows[0].__matches);
  // No exact count: the head pool or a tier filled the pool, so at least `size` rows match.
  return {
    hits: toHits(rows),
    allMatches: matches,
    tierMatches: numberOrNull(rows[0].__tier_matches),
    poolFull: matches === null || matches > size,
    poolSize: size,
  };
}

/** A tsquery expression for a text-search configuration, or for "any" of them (a row in any language). */
type TsQuerySql = (config: string) => string;

/**
 * The tsquery written inline (`to_tsquery(config, $n)`): the planner sees the words and uses the
 * tsvector statistics — for plans whose shape depends on them, and for the planner's estimates.
 */
const inlineTsQuery =
  (placeholder: string): TsQuerySql =>
  (config) =>
    config === "any"
      ? ["english", "arabic", "simple"].map((c) => `to_tsquery('${c}', ${placeholder})`).join(" || ")
      : `to_tsquery('${config}', ${placeholder})`;

/**
 * A tsquery parsed under every configuration and OR-ed, for a condition on rows of any language
 * (one GIN scan): what `matchSql` matches when the request has no language.
 */
export const anyLanguageTsQuery = (placeholder: string): string => inlineTsQuery(placeholder)("any");

/** The tsquery read from the `__q` CTE (tsQueriesCte): computed once per execution. */
const tsQueryFromCte: TsQuerySql = (config) => `(SELECT "${config}" FROM __q)`;

/**
 * `__q`: the request's tsqueries, parsed once. The planner cannot see through it, so after five
 * executions PostgreSQL keeps one generic plan for the prepared statement instead of planning
 * every search anew (1.5–2 ms for the bounded ranking, a third of its time); inline, a generic
 * plan would parse the tsquery again for every ranked row.
 */
function tsQueriesCte(spec: SearchTableSpec, request: SearchRequest, placeholder: string): string {
  const { single } = configExpressions(spec, request.language);
  if (single) return `__q AS MATERIALIZED (SELECT to_tsquery('${single}', ${placeholder}) AS "${single}")`;
  // "any": the three parses OR-ed, without the duplicate one — a configuration leaves words of
  // another script as written, so a Latin query parses the same under arabic as under simple,
  // an Arabic one the same under english. The GIN index then scans two queries' entries, not three.
  return `__q AS MATERIALIZED (SELECT e AS "english", a AS "arabic", s AS "simple",
      CASE WHEN e = s AND a = s THEN s WHEN a = s THEN e || s WHEN e = s THEN a || s ELSE e || a || s END AS "any"
    FROM (SELECT to_tsquery('english', ${placeholder}) AS e, to_tsquery('arabic', ${placeholder}) AS a, to_tsquery('simple', ${placeholder}) AS s) parsed)`;
}

/** Match condition and tsquery expression for the request's language(s) on one vector column. */
function matchSql(spec: SearchTableSpec, request: SearchRequest, vectorColumn: string, tsq: TsQuerySql) {
  const vector = `d.${vectorColumn}`;
  const { single } = configExpressions(spec, request.language);
  if (single) {
    return { match: `${vector} @@ ${tsq(single)}`, query: tsq(single) };
  }
  const lang = `d.${spec.languageColumn}`;
  // Any language: a row matches when the query, parsed under any of the configurations, matches
  // its vector — one GIN scan, nothing re-checked per row. (A query parsed for another language
  // finds a row only through words whose lexemes are the same in both, which match anyway.)
  return {
    match: `${vector} @@ (${tsq("any")})`,
    query: `(CASE ${lang} WHEN 'en' THEN ${tsq("english")} WHEN 'ar' THEN ${tsq("arabic")} ELSE ${tsq("simple")} END)`,
  };
}

/** The headline columns' text as select-list expressions (aliases h0, h1, …), each with how it is marked. */
function headlineSources(
  spec: SearchTableSpec,
): { name: string; alias: string; sql: string; mark: (text: string, matcher: WordMatcher) => string }[] {
  const maxChars = Math.max(1, Math.floor(spec.headlineMaxChars ?? 4000));
  return Object.entries(spec.headlineColumns ?? {}).map(([name, column], index) => {
    const shownWhole = spec.wholeHeadlines?.includes(name) ?? false;
    return {
      name,
      alias: `h${index}`,
      sql: `${shownWhole ? `d.${column}` : `left(d.${column}, ${maxChars})`} AS h${index}`,
      mark: shownWhole
        ? highlightAll
        : (text: string, matcher: WordMatcher) => highlightFragments(text, matcher, SNIPPET_FRAGMENTS),
    };
  });
}

/** Escapes HTML and turns the highlight markers into `<mark>` tags; also lists the highlighted words. */
export function markHighlights(text: string): { html: string; words: string[] } {
  const escaped = text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
  const words = [...text.matchAll(/\u0002([^\u0003]*)\u0003/g)].map((m) => m[1]);
  return {
    html: escaped.replaceAll(HIGHLIGHT_START, "<mark>").replaceAll(HIGHLIGHT_END, "</mark>"),
    words: [...new Set(words.map((w) => w.toLowerCase()))],
  };
}

/** Indexable words of a text for the typo vocabulary: normalised, letters only, 3–40 characters, no stop words. */
export function vocabularyWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of normalizeForSearch(text).split(/[^\p{L}\p{M}]+/u)) {
    if (word.length >= 3 && word.length <= 40 && !isStopWord(word)) words.add(word);
  }
  return [...words];
}
