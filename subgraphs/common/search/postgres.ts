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
import { normalizeForSearch, textSearchConfig } from "./normalize.js";
import { buildTsQueryText, type ParsedQuery } from "./query.js";

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
  /** Columns to build snippets from, by name in the result. */
  headlineColumns?: Record<string, string>;
  /** Headline columns shown whole (short fields such as a title) rather than as fragments. */
  wholeHeadlines?: string[];
  /** SQL type of the id column (for `= ANY($1::<type>[])`). Default "uuid". */
  idType?: string;
  /**
   * Bounded ranking for large tables: when set, only candidates are ranked — the first
   * `candidateLimit` matches in this order (an indexed expression on alias `d`, e.g.
   * `d."viewCount" DESC`), plus as many matches of `headVectorColumn` (title-like fields) in the
   * same order. Result sets smaller than that are ranked exactly. Unset: every match is ranked.
   */
  candidateOrder?: string;
  headVectorColumn?: string;
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
}

export interface SearchHit {
  id: string;
  score: number;
  /** Per headline column: text with matches between \u0002 and \u0003 (see `markHighlights`). */
  headlines: Record<string, string>;
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

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

const LANGUAGES_WITH_CONFIG = ["en", "ar"];

/** Parameter collector: `$1`, `$2`, … in order of use. */
export function paramList(): { params: unknown[]; param: Param } {
  const params: unknown[] = [];
  return { params, param: (value) => (params.push(value), `$${params.length}`) };
}

/** Typo corrections for query terms that are not indexed words (nor, for the last one, a prefix of one). */
export async function typoCorrections(sql: SqlExecutor, spec: SearchTableSpec, query: ParsedQuery, language: string | null | undefined, minSimilarity = 0.4): Promise<Map<string, string[]>> {
  const corrections = new Map<string, string[]>();
  if (!spec.vocabularyTable) return corrections;
  const candidates = query.terms.filter((t) => t.length >= 4 && !/^\d+$/.test(t));
  if (candidates.length === 0) return corrections;
  const { params, param } = paramList();
  const terms = param(candidates);
  const last = param(query.prefixLast ? query.terms.at(-1) : null);
  const threshold = param(minSimilarity);
  const languageFilter = (alias: string) => (language ? ` AND ${alias}."language" = ${param(language)}` : "");
  const rows = await sql.query<{ input: string; term: string }>(
    `SELECT w.term AS input, v.term
     FROM unnest(${terms}::text[]) AS w(term)
     CROSS JOIN LATERAL (
       SELECT s."term" FROM ${spec.vocabularyTable} s
       WHERE s."term" % w.term AND similarity(s."term", w.term) >= ${threshold}::real${languageFilter("s")}
       ORDER BY similarity(s."term", w.term) DESC, s."term" LIMIT 2
     ) v
     WHERE NOT EXISTS (SELECT 1 FROM ${spec.vocabularyTable} e WHERE e."term" = w.term${languageFilter("e")})
       AND NOT (w.term = ${last}::text AND EXISTS (SELECT 1 FROM ${spec.vocabularyTable} p WHERE p."term" LIKE w.term || '%'${languageFilter("p")}))`,
    params,
  );
  for (const row of rows) corrections.set(row.input, [...(corrections.get(row.input) ?? []), row.term]);
  return corrections;
}

function configExpressions(spec: SearchTableSpec, language: string | null | undefined) {
  if (language || !spec.languageColumn) return { single: textSearchConfig(language ?? spec.fixedLanguage) };
  return { single: null };
}

/** Runs a search; see the module comment for the matching rules. */
export async function fullTextSearch(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest): Promise<SearchResult> {
  const { query } = request;
  if (query.terms.length === 0) {
    const ranked = await rankMatches(sql, spec, request, null);
    return { hits: ranked.hits, ...(await totalOf(sql, spec, request, null, ranked)), mode: "browse", corrections: new Map() };
  }
  const corrections = await typoCorrections(sql, spec, query, request.language, request.typoSimilarity);
  const modes: ("and" | "or")[] = query.terms.length > 1 ? ["and", "or"] : ["and"];
  for (const mode of modes) {
    // OR mode drops stop words: "how do I reset" must not match every article containing "how".
    const terms = mode === "or" ? query.terms.filter((t) => !isStopWord(t)) : query.terms;
    if (terms.length === 0) continue;
    const text = buildTsQueryText(terms, { mode, prefixLast: query.prefixLast && terms.at(-1) === query.terms.at(-1), alternatives: corrections });
    if (!text) continue;
    const ranked = await rankMatches(sql, spec, request, text);
    const count = await totalOf(sql, spec, request, text, ranked);
    if (count.totalCount === 0) continue;
    const headlines = await headlinesFor(sql, spec, request, text, ranked.hits.map((h) => h.id));
    return { hits: ranked.hits.map((h) => ({ ...h, headlines: headlines.get(String(h.id)) ?? {} })), ...count, mode, corrections };
  }
  return { hits: [], totalCount: 0, totalCountExact: true, mode: "and", corrections };
}

/**
 * The total: known exactly from the ranking query when the candidate pool held every match
 * (fewer matches than candidateLimit), else counted (see countMatches).
 */
async function totalOf(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest, tsText: string | null, ranked: Ranked): Promise<{ totalCount: number; totalCountExact: boolean }> {
  if (ranked.allMatches !== null) return { totalCount: ranked.allMatches, totalCountExact: true };
  if (ranked.hits.length === 0 && (request.offset ?? 0) === 0 && ranked.poolFull === false) return { totalCount: 0, totalCountExact: true };
  if (ranked.poolFull) {
    // More matches than the pool holds: the planner's estimate, never below what is known to exist.
    const estimate = await estimateMatches(sql, spec, request, tsText);
    return { totalCount: Math.max(estimate, ranked.poolSize), totalCountExact: false };
  }
  return countMatches(sql, spec, request, tsText);
}

async function estimateMatches(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest, tsText: string | null): Promise<number> {
  const { params, param } = paramList();
  const m = tsText === null ? null : matchSql(spec, request, spec.vectorColumn, param(tsText));
  const [plan] = await sql.query<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] | string }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM ${spec.table} d ${whereSql([...(m ? [m.match] : []), ...baseWhere(spec, request, param)])}`,
    params,
  );
  const planJson = plan ? plan["QUERY PLAN"] : null;
  return Math.round(Number((typeof planJson === "string" ? JSON.parse(planJson) : planJson)?.[0]?.Plan?.["Plan Rows"] ?? 0));
}

function baseWhere(spec: SearchTableSpec, request: SearchRequest, param: Param): string[] {
  const where = request.filters?.(param) ?? [];
  if (request.language && spec.languageColumn) where.unshift(`d.${spec.languageColumn} = ${param(request.language)}`);
  return where;
}

const whereSql = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(" AND ")}` : "");

/**
 * Counts matches. The planner's estimate (from the tsvector statistics) decides: above the
 * spec's countLimit the estimate is returned (totalCountExact false) — counting tens of
 * thousands of matches exactly would cost more than the search; otherwise an exact count,
 * LIMITed so a wrong estimate still costs little.
 */
async function countMatches(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest, tsText: string | null): Promise<{ totalCount: number; totalCountExact: boolean }> {
  const cap = spec.countLimit ?? 1000;
  const { params, param } = paramList();
  const m = tsText === null ? null : matchSql(spec, request, spec.vectorColumn, param(tsText));
  const conditions = whereSql([...(m ? [m.match] : []), ...baseWhere(spec, request, param)]);
  const [plan] = await sql.query<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] | string }>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${spec.table} d ${conditions}`, params);
  const planJson = plan ? plan["QUERY PLAN"] : null;
  const estimate = Number((typeof planJson === "string" ? JSON.parse(planJson) : planJson)?.[0]?.Plan?.["Plan Rows"] ?? 0);
  if (estimate > cap) return { totalCount: Math.round(estimate), totalCountExact: false };
  const [row] = await sql.query<{ total: string | number }>(`SELECT count(*) AS total FROM (SELECT 1 FROM ${spec.table} d ${conditions} LIMIT ${param(cap + 1)}) x`, params);
  const total = Number(row?.total ?? 0);
  return total > cap ? { totalCount: Math.max(total, Math.round(estimate)), totalCountExact: false } : { totalCount: total, totalCountExact: true };
}

interface Ranked {
  hits: SearchHit[];
  /** Number of matches when the candidate pool held all of them; null when unknown. */
  allMatches: number | null;
  /** The full-vector candidate pool hit its limit (more matches may exist); null when unknown. */
  poolFull: boolean | null;
  poolSize: number;
}

/** One page of ranked rows (ids and scores); see `candidateOrder` for the bounded variant. */
async function rankMatches(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest, tsText: string | null): Promise<Ranked> {
  const { params, param } = paramList();
  const boost = request.boost ?? "1";
  const offset = request.offset ?? 0;
  const id = `d.${spec.idColumn}`;
  const placeholder = tsText === null ? null : param(tsText);
  const m = placeholder === null ? null : matchSql(spec, request, spec.vectorColumn, placeholder);
  const relevance = m ? `ts_rank_cd(d.${spec.vectorColumn}, ${m.query}, 32)` : "1";
  const page = `ORDER BY score DESC, id LIMIT ${param(request.limit)} OFFSET ${param(offset)}`;
  if (!spec.candidateOrder) {
    const rows = await sql.query<{ id: string; score: number }>(
      `SELECT ${id} AS id, (${relevance} * (${boost}))::float8 AS score FROM ${spec.table} d ${whereSql([...(m ? [m.match] : []), ...baseWhere(spec, request, param)])} ${page}`,
      params,
    );
    return { hits: rows.map((r) => ({ id: r.id, score: Number(r.score), headlines: {} })), allMatches: null, poolFull: null, poolSize: 0 };
  }
  // Whole multiples of the pool size, so every page within the first pool ranks the same candidates.
  const poolSize = spec.candidateLimit ?? 200;
  const size = poolSize * Math.max(1, Math.ceil((offset + request.limit) / poolSize));
  const n = param(size);
  const branch = (match: string | null) => `SELECT ${id} AS id FROM ${spec.table} d ${whereSql([...(match ? [match] : []), ...baseWhere(spec, request, param)])} ORDER BY ${spec.candidateOrder} LIMIT ${n}`;
  const head = placeholder !== null && spec.headVectorColumn ? matchSql(spec, request, spec.headVectorColumn, placeholder).match : null;
  // Head matches are a subset of full matches, so the full-vector pool's size is the match count when it is not full.
  const rows = await sql.query<{ id: string; score: number; pool: string | number }>(
    `WITH b AS (${branch(m ? m.match : null)}),
     c AS (${head ? `(${branch(head)}) UNION ` : ""}SELECT id FROM b)
     SELECT ${id} AS id, (${relevance} * (${boost}))::float8 AS score, (SELECT count(*) FROM b) AS pool
     FROM ${spec.table} d JOIN c ON c.id = ${id} ${page}`,
    params,
  );
  const pool = rows.length > 0 ? Number(rows[0].pool) : null;
  return {
    hits: rows.map((r) => ({ id: r.id, score: Number(r.score), headlines: {} })),
    allMatches: pool !== null && pool < size ? pool : null,
    poolFull: pool === null ? (offset === 0 ? false : null) : pool >= size,
    poolSize: size,
  };
}

/**
 * Match condition, tsquery and configuration expressions for the request's language(s) on one
 * vector column. The tsquery is written inline (`to_tsquery(config, $n)`), not through a CTE,
 * so the planner sees the words and uses the tsvector statistics to pick a plan.
 */
function matchSql(spec: SearchTableSpec, request: SearchRequest, vectorColumn: string, placeholder: string) {
  const vector = `d.${vectorColumn}`;
  const { single } = configExpressions(spec, request.language);
  const tsq = (config: string) => `to_tsquery('${config}', ${placeholder})`;
  if (single) {
    return { match: `${vector} @@ ${tsq(single)}`, query: tsq(single), config: `'${single}'::regconfig` };
  }
  const lang = `d.${spec.languageColumn}`;
  return {
    match: `((${lang} = 'en' AND ${vector} @@ ${tsq("english")}) OR (${lang} = 'ar' AND ${vector} @@ ${tsq("arabic")}) OR (${lang} NOT IN (${LANGUAGES_WITH_CONFIG.map((l) => `'${l}'`).join(", ")}) AND ${vector} @@ ${tsq("simple")}))`,
    query: `(CASE ${lang} WHEN 'en' THEN ${tsq("english")} WHEN 'ar' THEN ${tsq("arabic")} ELSE ${tsq("simple")} END)`,
    config: `(CASE ${lang} WHEN 'en' THEN 'english'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END)`,
  };
}

async function headlinesFor(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest, tsText: string, ids: string[]): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>();
  const columns = Object.entries(spec.headlineColumns ?? {});
  if (ids.length === 0 || columns.length === 0) return out;
  const { params, param } = paramList();
  const m = matchSql(spec, request, spec.vectorColumn, param(tsText));
  const options = param(`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`);
  let whole: string | null = null;
  const wholeOptions = () => (whole ??= param(`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`));
  const selects = columns.map(([name, column]) => `ts_headline(${m.config}, d.${column}, ${m.query}, ${spec.wholeHeadlines?.includes(name) ? wholeOptions() : options}) AS "${name}"`);
  const rows = await sql.query<Record<string, string>>(`SELECT d.${spec.idColumn} AS "__id", ${selects.join(", ")} FROM ${spec.table} d WHERE d.${spec.idColumn} = ANY(${param(ids)}::${spec.idType ?? "uuid"}[])`, params);
  for (const row of rows) {
    const { __id, ...rest } = row;
    out.set(String(__id), rest);
  }
  return out;
}

/** Escapes HTML and turns the highlight markers into `<mark>` tags; also lists the highlighted words. */
export function markHighlights(text: string): { html: string; words: string[] } {
  const escaped = text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
  const words = [...text.matchAll(/\u0002([^\u0003]*)\u0003/g)].map((m) => m[1]);
  return { html: escaped.replaceAll(HIGHLIGHT_START, "<mark>").replaceAll(HIGHLIGHT_END, "</mark>"), words: [...new Set(words.map((w) => w.toLowerCase()))] };
}

/** Indexable words of a text for the typo vocabulary: normalised, letters only, 3–40 characters, no stop words. */
export function vocabularyWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of normalizeForSearch(text).split(/[^\p{L}\p{M}]+/u)) {
    if (word.length >= 3 && word.length <= 40 && !isStopWord(word)) words.add(word);
  }
  return [...words];
}
