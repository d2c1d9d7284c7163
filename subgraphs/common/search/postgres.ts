/**
 * A generic PostgreSQL full-text search over one table: tsquery built safely from a parsed
 * query, GIN-indexed `@@` match, typo tolerance through a pg_trgm-indexed vocabulary, relevance
 * (`ts_rank_cd`, normalised to 0..1) multiplied by a caller-supplied boost, per-row language
 * configurations, highlighted snippets, and offset pagination. Knowledge articles and tickets
 * both use it; the table-specific parts (columns, filters, boost) come from the caller as
 * trusted SQL fragments, user values only ever travel as bind parameters.
 *
 * Matching: every term must match (AND, the last one as a prefix while typing); when that
 * finds nothing and there are several terms, any term may match (OR) — `mode` says which ran.
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
  const boost = request.boost ?? "1";
  const offset = request.offset ?? 0;
  const { query } = request;
  if (query.terms.length === 0) {
    const { params, param } = paramList();
    const where = baseWhere(spec, request, param);
    const rows = await sql.query<{ id: string; score: number; total: string | number }>(
      `SELECT d.${spec.idColumn} AS id, (${boost})::float8 AS score, count(*) OVER () AS total
       FROM ${spec.table} d ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY score DESC, d.${spec.idColumn} LIMIT ${param(request.limit)} OFFSET ${param(offset)}`,
      params,
    );
    return { hits: rows.map((r) => ({ id: r.id, score: Number(r.score), headlines: {} })), totalCount: await totalOf(sql, spec, request, rows, offset), mode: "browse", corrections: new Map() };
  }
  const corrections = await typoCorrections(sql, spec, query, request.language, request.typoSimilarity);
  const modes: ("and" | "or")[] = query.terms.length > 1 ? ["and", "or"] : ["and"];
  let result: SearchResult | null = null;
  for (const mode of modes) {
    // OR mode drops stop words: "how do I reset" must not match every article containing "how".
    const terms = mode === "or" ? query.terms.filter((t) => !isStopWord(t)) : query.terms;
    if (terms.length === 0) continue;
    const text = buildTsQueryText(terms, { mode, prefixLast: query.prefixLast && terms.at(-1) === query.terms.at(-1), alternatives: corrections });
    if (!text) continue;
    result = await runMatch(sql, spec, request, text, mode, corrections);
    if (result.totalCount > 0) break;
  }
  return result ?? { hits: [], totalCount: 0, mode: "and", corrections };
}

function baseWhere(spec: SearchTableSpec, request: SearchRequest, param: Param): string[] {
  const where = request.filters?.(param) ?? [];
  if (request.language && spec.languageColumn) where.unshift(`d.${spec.languageColumn} = ${param(request.language)}`);
  return where;
}

async function totalOf(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest, rows: { total: string | number }[], offset: number): Promise<number> {
  if (rows.length > 0) return Number(rows[0].total);
  if (offset === 0) return 0;
  const { params, param } = paramList();
  const where = baseWhere(spec, request, param);
  const [row] = await sql.query<{ total: string | number }>(`SELECT count(*) AS total FROM ${spec.table} d ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`, params);
  return Number(row?.total ?? 0);
}

/** `tsquery` expression and match condition for the request's language(s). */
function matchSql(spec: SearchTableSpec, request: SearchRequest) {
  const vector = `d.${spec.vectorColumn}`;
  const { single } = configExpressions(spec, request.language);
  if (single) {
    return { cte: (p: string) => `SELECT to_tsquery('${single}', ${p}) AS q0`, match: `${vector} @@ q.q0`, query: "q.q0", config: `'${single}'::regconfig` };
  }
  const lang = `d.${spec.languageColumn}`;
  return {
    cte: (p: string) => `SELECT to_tsquery('english', ${p}) AS q_en, to_tsquery('arabic', ${p}) AS q_ar, to_tsquery('simple', ${p}) AS q_other`,
    match: `((${lang} = 'en' AND ${vector} @@ q.q_en) OR (${lang} = 'ar' AND ${vector} @@ q.q_ar) OR (${lang} NOT IN (${LANGUAGES_WITH_CONFIG.map((l) => `'${l}'`).join(", ")}) AND ${vector} @@ q.q_other))`,
    query: `(CASE ${lang} WHEN 'en' THEN q.q_en WHEN 'ar' THEN q.q_ar ELSE q.q_other END)`,
    config: `(CASE ${lang} WHEN 'en' THEN 'english'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END)`,
  };
}

async function runMatch(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest, tsText: string, mode: "and" | "or", corrections: Map<string, string[]>): Promise<SearchResult> {
  const { params, param } = paramList();
  const m = matchSql(spec, request);
  const cte = m.cte(param(tsText));
  const where = [m.match, ...baseWhere(spec, request, param)];
  const boost = request.boost ?? "1";
  const rows = await sql.query<{ id: string; score: number; total: string | number }>(
    `WITH q AS (${cte}),
     hits AS (
       SELECT d.${spec.idColumn} AS id, ts_rank_cd(d.${spec.vectorColumn}, ${m.query}, 32) * (${boost}) AS score
       FROM ${spec.table} d, q WHERE ${where.join(" AND ")}
     )
     SELECT id, score::float8 AS score, (SELECT count(*) FROM hits) AS total FROM hits
     ORDER BY score DESC, id LIMIT ${param(request.limit)} OFFSET ${param(request.offset ?? 0)}`,
    params,
  );
  let totalCount = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && (request.offset ?? 0) > 0) {
    const again = paramList();
    const cte2 = m.cte(again.param(tsText));
    const where2 = [m.match, ...baseWhere(spec, request, again.param)];
    const [row] = await sql.query<{ total: string | number }>(`WITH q AS (${cte2}) SELECT count(*) AS total FROM ${spec.table} d, q WHERE ${where2.join(" AND ")}`, again.params);
    totalCount = Number(row?.total ?? 0);
  }
  const headlines = await headlinesFor(sql, spec, request, tsText, rows.map((r) => r.id));
  return { hits: rows.map((r) => ({ id: r.id, score: Number(r.score), headlines: headlines.get(r.id) ?? {} })), totalCount, mode, corrections };
}

async function headlinesFor(sql: SqlExecutor, spec: SearchTableSpec, request: SearchRequest, tsText: string, ids: string[]): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>();
  const columns = Object.entries(spec.headlineColumns ?? {});
  if (ids.length === 0 || columns.length === 0) return out;
  const { params, param } = paramList();
  const m = matchSql(spec, request);
  const cte = m.cte(param(tsText));
  const options = param(`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`);
  let whole: string | null = null;
  const wholeOptions = () => (whole ??= param(`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`));
  const selects = columns.map(([name, column]) => `ts_headline(${m.config}, d.${column}, ${m.query}, ${spec.wholeHeadlines?.includes(name) ? wholeOptions() : options}) AS "${name}"`);
  const rows = await sql.query<Record<string, string>>(`WITH q AS (${cte}) SELECT d.${spec.idColumn} AS "__id", ${selects.join(", ")} FROM ${spec.table} d, q WHERE d.${spec.idColumn} = ANY(${param(ids)}::${spec.idType ?? "uuid"}[])`, params);
  for (const row of rows) {
    const { __id, ...rest } = row;
    out.set(__id, rest);
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
