/**
 * Knowledge search: `searchKnowledge` over published articles, on PostgreSQL full-text search
 * (default; the shared mechanism in shared/search) or Typesense (TYPESENSE_URL).
 *
 * Ranking (PostgreSQL backend), every factor tunable by environment variables:
 *   score = relevance × popularity × recency
 *   relevance  = ts_rank_cd(vector, query, 32) — cover density over weights A (title) >
 *                B (keywords, tags) > D (body), normalised to 0..1
 *   popularity = (1 + SEARCH_VIEWS_WEIGHT × ln(1 + views))
 *              × (1 + SEARCH_HELPFULNESS_WEIGHT × (helpfulness − 0.5))
 *                views and votes weighted by who gave them (viewWeight, helpfulWeight, unhelpfulWeight:
 *                signed-in 1, anonymous KNOWLEDGE_ANONYMOUS_WEIGHT; see engagement.ts)
 *   recency    = (1 − SEARCH_RECENCY_WEIGHT) + SEARCH_RECENCY_WEIGHT × 0.5^(age days / SEARCH_RECENCY_HALF_LIFE_DAYS)
 * An empty query lists the most popular articles (score = popularity × recency).
 * Matching: all words (the last as a prefix while typing), typo-corrected through the indexed
 * vocabulary (pg_trgm, SEARCH_TYPO_SIMILARITY); if nothing matches, any content word.
 */
import type { Article } from "../../generated/prisma/client.js";
import type { Config } from "../../shared/config.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput } from "../../shared/errors.js";
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  offsetPageInfo,
} from "../../shared/pagination.js";
import {
  clipSnippet,
  fullTextSearch,
  normalizeForSearch,
  highlightAll,
  SNIPPET_MAX_CHARS,
  highlightFragments,
  markHighlights,
  parseSearchQuery,
  SNIPPET_FRAGMENTS,
  textSearchConfig,
  wordMatcher,
  type ParsedQuery,
  type SearchTableSpec,
} from "../../shared/search/index.js";
import { detectLanguage, isStopWord, scriptOf, tokenize, type Script } from "../../shared/text/index.js";
import { assertLanguage, SUPPORTED_LANGUAGES } from "./articles.js";
import type { SearchRecord } from "./search-stats.js";
import { articleVocabulary, VOCABULARY_TABLE } from "./vocabulary.js";

/** The supported language a query is written in (script-based), or null when it has no letters. */
export function queryLanguage(text: string): string | null {
  const detected = detectLanguage(text).language;
  if (!detected) return null;
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(detected) ? detected : "en";
}

/** How much of a body its snippet is taken from. */
const HEADLINE_MAX_CHARS = 4000;

export const ARTICLE_SEARCH: SearchTableSpec = {
  table: `"knowledge"."articles"`,
  idColumn: `"id"`,
  vectorColumn: `"searchVector"`,
  languageColumn: `"language"`,
  vocabularyTable: VOCABULARY_TABLE,
  headlineColumns: { title: `"title"`, body: `"body"` },
  wholeHeadlines: ["title"],
  headlineMaxChars: HEADLINE_MAX_CHARS,
  headVectorColumn: `"searchHead"`,
  candidateOrder: { column: `"viewCount"`, descending: true },
  tierColumn: `"searchTier"`,
  candidateLimit: 100,
  countLimit: 500,
};

/**
 * The article columns read with each page of results (the ranking statement returns the page's
 * rows, so no second query loads them); timestamps are stored as UTC, as Prisma writes them.
 * The Markdown and HTML bodies are not among them: they are stored out of line (TOAST), so each
 * costs a fetch per row, and a result list rarely shows them — the snippet comes from the body's
 * headline. `Article.body` and `bodyHtml` load them when a query asks (see `ArticleNode`).
 * test/knowledge-search.test.ts checks the mapped rows equal what Prisma loads.
 */
const ARTICLE_COLUMNS = [
  "id",
  "translationGroup",
  "language",
  "slug",
  "title",
  "categoryKey",
  "tags",
  "keywords",
  "version",
  "status",
  "authorId",
  "viewCount",
  "searchTier",
  "helpfulCount",
  "unhelpfulCount",
  "viewWeight",
  "helpfulWeight",
  "unhelpfulWeight",
] as const;
const ARTICLE_TIMESTAMPS = ["createdAt", "updatedAt", "publishedAt", "archivedAt"] as const;
export const ARTICLE_PAGE_COLUMNS = [
  ...ARTICLE_COLUMNS.map((c) => `d."${c}" AS "a_${c}"`),
  ...ARTICLE_TIMESTAMPS.map((c) => `d."${c}" AT TIME ZONE 'UTC' AS "a_${c}"`),
];

/** An article as the API serves it: a search result may come without its bodies, loaded on demand. */
export type ArticleNode = Omit<Article, "body" | "bodyHtml"> & Partial<Pick<Article, "body" | "bodyHtml">>;

function articleFromRow(row: Record<string, unknown>): ArticleNode {
  const article: Record<string, unknown> = {};
  for (const column of [...ARTICLE_COLUMNS, ...ARTICLE_TIMESTAMPS]) article[column] = row[`a_${column}`];
  return article as unknown as ArticleNode;
}

type RankingConfig = Pick<
  Config,
  "SEARCH_VIEWS_WEIGHT" | "SEARCH_HELPFULNESS_WEIGHT" | "SEARCH_RECENCY_WEIGHT" | "SEARCH_RECENCY_HALF_LIFE_DAYS"
>;

/**
 * popularity × recency as SQL over alias `d` (numbers come from validated configuration), in
 * double precision throughout: with `numeric` operands (`extract(epoch …)` is numeric, and so are
 * decimal literals) `power()` runs in arbitrary precision — about 19 µs a row against 2 µs, most
 * of the cost of ranking a candidate pool.
 */
export function boostSql(config: RankingConfig): string {
  const n = (v: number) => `${Number(v).toString()}::float8`;
  return `(1 + ${n(config.SEARCH_VIEWS_WEIGHT)} * ln(1 + d."viewWeight"))
    * (1 + ${n(config.SEARCH_HELPFULNESS_WEIGHT)} * ((d."helpfulWeight" + 1) / (d."helpfulWeight" + d."unhelpfulWeight" + 2) - 0.5::float8))
    * ((1 - ${n(config.SEARCH_RECENCY_WEIGHT)}) + ${n(config.SEARCH_RECENCY_WEIGHT)} * power(0.5::float8, greatest(0::float8, extract(epoch from (now() - coalesce(d."publishedAt", d."createdAt")))::float8) / 86400::float8 / ${n(config.SEARCH_RECENCY_HALF_LIFE_DAYS)}))`;
}

/** The same formula in TypeScript (the Typesense backend re-ranks with it). */
export function boostOf(
  config: RankingConfig,
  a: { viewWeight: number; helpfulWeight: number; unhelpfulWeight: number; publishedAt: Date | null; createdAt: Date },
  now = Date.now(),
): number {
  const ageDays = Math.max(0, now - (a.publishedAt ?? a.createdAt).getTime()) / 86_400_000;
  return (
    (1 + config.SEARCH_VIEWS_WEIGHT * Math.log(1 + a.viewWeight)) *
    (1 + config.SEARCH_HELPFULNESS_WEIGHT * ((a.helpfulWeight + 1) / (a.helpfulWeight + a.unhelpfulWeight + 2) - 0.5)) *
    (1 -
      config.SEARCH_RECENCY_WEIGHT +
      config.SEARCH_RECENCY_WEIGHT * 0.5 ** (ageDays / config.SEARCH_RECENCY_HALF_LIFE_DAYS))
  );
}

export interface KnowledgeSearchArgs {
  query?: string | null;
  language?: string | null;
  category?: string | null;
  tags?: readonly string[] | null;
  first?: number | null;
  after?: string | null;
}

export interface BackendHit {
  id: string;
  score: number;
  /** The article itself (without its bodies when `bodyHighlight` is set), when the backend read it with the hit. */
  article?: ArticleNode;
  titleHighlight?: string;
  bodyHighlight?: string;
  /**
   * The words the engine matched in this hit (normalised), when it gives no highlights of its
   * own: the title and snippet are then highlighted here, on the article's own text.
   */
  matchedWords?: string[];
}

export interface BackendRequest {
  parsed: ParsedQuery;
  language: string | null;
  category: string | null;
  tags: string[];
  limit: number;
  offset: number;
  /** False: the hits' titles and snippets are not needed (no highlighting work). Default true. */
  highlight?: boolean;
}

export interface BackendResult {
  hits: BackendHit[];
  totalCount: number;
  totalCountExact: boolean;
  mode: "and" | "or" | "browse";
}

export interface SearchBackend {
  name: "postgres" | "typesense";
  search(request: BackendRequest): Promise<BackendResult>;
}

/**
 * A backend that answers from `fallback` while `primary` fails (Typesense down, unreachable or
 * refusing): a failed search is answered again from the fallback, and the primary is left alone
 * for `retryAfterMs` before it is tried again — so an outage costs one slow search per interval,
 * not every search a timeout.
 */
export function withFallback(
  primary: SearchBackend,
  fallback: SearchBackend,
  options: { onFailure: (error: unknown) => void; retryAfterMs?: number; now?: () => number },
): SearchBackend {
  const now = options.now ?? Date.now;
  let primaryDownUntil = -Infinity;
  return {
    name: primary.name,
    async search(request) {
      if (now() < primaryDownUntil) return fallback.search(request);
      try {
        return await primary.search(request);
      } catch (error) {
        primaryDownUntil = now() + (options.retryAfterMs ?? 30_000);
        options.onFailure(error);
        return fallback.search(request);
      }
    },
  };
}

/** The article search with the configured tier share (totals of tier-filled pools are estimated from it). */
export const articleSearchSpec = (config: Pick<Config, "SEARCH_TIER_FRACTION">): SearchTableSpec => ({
  ...ARTICLE_SEARCH,
  tierShare: config.SEARCH_TIER_FRACTION,
});

export function postgresBackend(services: SubgraphServices): SearchBackend {
  const vocabulary = articleVocabulary(services.db);
  const spec = articleSearchSpec(services.config);
  const specWithoutHeadlines: SearchTableSpec = { ...spec, headlineColumns: {} };
  return {
    name: "postgres",
    async search(request) {
      const result = await fullTextSearch(services.db.sql, request.highlight === false ? specWithoutHeadlines : spec, {
        query: request.parsed,
        language: request.language,
        filters: (param) => [
          `d."status" = 'PUBLISHED'`,
          ...(request.category ? [`d."categoryKey" = ${param(request.category)}`] : []),
          ...(request.tags.length ? [`d."tags" @> ${param(request.tags)}::text[]`] : []),
        ],
        boost: boostSql(services.config),
        limit: request.limit,
        offset: request.offset,
        typoSimilarity: services.config.SEARCH_TYPO_SIMILARITY,
        pageColumns: ARTICLE_PAGE_COLUMNS,
        vocabulary,
      });
      return {
        hits: result.hits.map((h) => ({
          id: h.id,
          score: h.score,
          article: h.row ? articleFromRow(h.row) : undefined,
          titleHighlight: h.headlines.title,
          bodyHighlight: h.headlines.body,
        })),
        totalCount: result.totalCount,
        totalCountExact: result.totalCountExact,
        mode: result.mode,
      };
    },
  };
}

export interface KnowledgeSearchEdge {
  cursor: string;
  node: ArticleNode;
  score: number;
  snippet: string;
  titleHighlighted: string;
  highlights: string[];
}

export interface KnowledgeSearchPage {
  edges: KnowledgeSearchEdge[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
  totalCount: number;
  totalCountExact: boolean;
  parsed: ParsedQuery;
  /** The language the query was interpreted in (given, or detected from the query's script). */
  language: string | null;
  request: BackendRequest;
  mode: BackendResult["mode"];
}

function snippetOf(article: ArticleNode, highlight: string | undefined): { snippet: string; words: string[] } {
  // The body's headline: its best fragments, or its opening words when no word matched there.
  const source = highlight ?? article.body?.slice(0, SNIPPET_MAX_CHARS) ?? "";
  // Markdown markup out of the snippet; the highlight markers stay.
  const plain = source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[#*_`~|>]/g, "");
  const { html, words } = markHighlights(clipSnippet(plain));
  return { snippet: html, words };
}

/** Title and body highlights of the words an engine matched, on the article's own text (the PostgreSQL backend's marking). */
export function highlightMatchedWords(
  article: ArticleNode,
  words: string[],
): { titleHighlight: string; bodyHighlight: string | undefined } {
  const matcher = wordMatcher(textSearchConfig(article.language), { words });
  const body =
    article.body === undefined
      ? undefined
      : highlightFragments(article.body.slice(0, HEADLINE_MAX_CHARS), matcher, SNIPPET_FRAGMENTS);
  return { titleHighlight: highlightAll(article.title, matcher), bodyHighlight: body || undefined };
}

type ArticleLoader = (ids: string[]) => Promise<(Article | null | undefined)[]>;

/**
 * The hits' articles in hit order: read with the hit when the backend did, loaded otherwise —
 * also when the snippet must come from the body and the backend read the article without it.
 */
async function articlesOf(hits: BackendHit[], loadArticles: ArticleLoader): Promise<(ArticleNode | undefined)[]> {
  const complete = (h: BackendHit) => h.article && (h.bodyHighlight !== undefined || h.article.body !== undefined);
  const missing = hits.filter((h) => !complete(h)).map((h) => h.id);
  const loaded = new Map(
    missing.length ? (await loadArticles(missing)).flatMap((a) => (a ? [[a.id, a] as const] : [])) : [],
  );
  return hits.map((h) => (complete(h) ? h.article : loaded.get(h.id)));
}

/** Validates the arguments (coded errors) and runs one search page. */
export async function searchKnowledge(
  services: SubgraphServices,
  backend: SearchBackend,
  args: KnowledgeSearchArgs,
  loadArticles: ArticleLoader,
): Promise<KnowledgeSearchPage> {
  if (args.language) assertLanguage(args.language);
  if (args.category && !(await services.db.prisma.knowledgeCategory.findUnique({ where: { key: args.category } }))) {
    throw badInput(`Unknown category "${args.category}"`, { field: "category" });
  }
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  let offset = 0;
  if (args.after) {
    const [position, kind] = decodeCursor(args.after);
    if (kind !== "search" || typeof position !== "number" || !Number.isInteger(position) || position < 0)
      throw badInput("Invalid pagination cursor");
    offset = position + 1;
  }
  const tags = [...new Set((args.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const parsed = parseSearchQuery(args.query);
  // Without a language, the query's own (from its script) is searched: an English question gets
  // English articles, highlighted, not Arabic ones that share a product name. Only when that
  // language has nothing (a Hindi query; a word only the Arabic articles contain) are all searched.
  const detected = !args.language && parsed.terms.length ? queryLanguage(parsed.text) : null;
  let request: BackendRequest = {
    parsed,
    language: args.language ?? detected,
    category: args.category ?? null,
    tags,
    limit: first + 1,
    offset,
  };
  let result =
    first === 0 && parsed.terms.length === 0
      ? { hits: [], totalCount: 0, totalCountExact: true, mode: "browse" as const }
      : await backend.search(request);
  if (detected && result.totalCount === 0) {
    request = { ...request, language: null };
    result = await backend.search(request);
  }
  const page = result.hits.slice(0, first);
  const articles = await articlesOf(page, loadArticles);
  const edges: KnowledgeSearchEdge[] = [];
  page.forEach((hit, index) => {
    const article = articles[index];
    // Published only: an index kept in step from the outbox (Typesense) can lag behind an archive.
    if (!article || article.status !== "PUBLISHED") return;
    const highlighted = hit.matchedWords ? highlightMatchedWords(article, hit.matchedWords) : hit;
    const body = snippetOf(article, highlighted.bodyHighlight);
    const title = markHighlights(
      highlighted.titleHighlight && highlighted.titleHighlight.includes("\u0002")
        ? highlighted.titleHighlight
        : article.title,
    );
    edges.push({
      cursor: encodeCursor([offset + index, "search"]),
      node: article,
      score: Math.round(hit.score * 1e6) / 1e6,
      snippet: body.snippet,
      titleHighlighted: title.html,
      highlights: [...new Set([...title.words, ...body.words])],
    });
  });
  const language = args.language ?? detected;
  return {
    edges,
    pageInfo: offsetPageInfo(edges, result.hits.length > first, offset),
    totalCount: result.totalCount,
    totalCountExact: result.totalCountExact,
    parsed,
    language: language ?? null,
    request,
    mode: result.mode,
  };
}

/** Statistics key of a query's language: the given one, else the detected one. */
const statsLanguage = (page: KnowledgeSearchPage) => page.language ?? "any";

/** What the statistics keep of one search (first pages of non-empty queries only), or null. */
export function searchRecordOf(page: KnowledgeSearchPage): SearchRecord | null {
  if (page.parsed.terms.length === 0 || page.request.offset > 0) return null;
  return {
    language: statsLanguage(page),
    query: page.parsed.normalized,
    display: page.parsed.display,
    text: page.parsed.text,
    resultCount: page.totalCount,
    matchedAllWords: page.mode !== "or",
    at: new Date(),
  };
}

/**
 * Suggested searches: popular past queries (with results) that extend or resemble this one,
 * then keywords of the top hits that the query does not already contain. At most `limit`.
 *
 * Past queries are shown to everyone, so only those that can say nothing about the person who
 * typed them are: searched at least SEARCH_SUGGESTION_MIN_SEARCHES times, and made only of words
 * the published articles contain (stop words aside) — no name, account number or half-typed
 * word ("refu", recorded while searching as you type) is ever suggested.
 */
export async function suggestedSearches(
  services: SubgraphServices,
  page: KnowledgeSearchPage,
  limit = 5,
): Promise<string[]> {
  const language = statsLanguage(page);
  const query = page.parsed.normalized;
  const minSearches = services.config.SEARCH_SUGGESTION_MIN_SEARCHES;
  // Some popular queries may be dropped below: read a few more than needed.
  const fetch = limit * 4;
  const rows = query
    ? await services.db.sql.query<{ query: string; display: string }>(
        `SELECT "query", "display" FROM "knowledge"."search_queries"
         WHERE "language" = $1 AND "lastResultCount" > 0 AND "searchCount" >= $5 AND "query" <> $2 AND ("query" LIKE $3 OR "query" % $2)
         ORDER BY "searchCount" DESC, "query" LIMIT $4`,
        [language, query, `${query.replace(/[%_\\]/g, "")}%`, fetch, minSearches],
      )
    : await services.db.sql.query<{ query: string; display: string }>(
        `SELECT "query", "display" FROM "knowledge"."search_queries" WHERE ($1 = 'any' OR "language" = $1) AND "lastResultCount" > 0 AND "searchCount" >= $3 ORDER BY "searchCount" DESC, "query" LIMIT $2`,
        [language, fetch, minSearches],
      );
  const shareable = new Set(
    await madeOfArticleWords(
      services,
      rows.map((r) => r.query),
      language,
    ),
  );
  // Keyed by the normalised form, shown as written: "إعادة تعيين", not its folded "اعاده تعيين".
  const suggestions = new Map<string, string>();
  for (const row of rows)
    if (shareable.has(row.query) && suggestions.size < limit) suggestions.set(row.query, row.display || row.query);
  const queryTerms = new Set(page.parsed.terms);
  // Keywords are suggested in the query's language: an Arabic article's English tags are not
  // suggestions for an Arabic search, nor its Arabic keywords for an English one.
  const script = page.language ? SCRIPT_OF_LANGUAGE[page.language] : null;
  for (const edge of page.edges.slice(0, 5)) {
    if (page.language && edge.node.language !== page.language) continue;
    const written = writtenForms(edge.node);
    for (const keyword of edge.node.keywords) {
      if (suggestions.size >= limit) break;
      if (script && scriptOf(keyword) !== script) continue;
      const shown = written.get(keyword) ?? (scriptOf(keyword) === "arabic" ? null : keyword);
      if (shown && !queryTerms.has(keyword) && !suggestions.has(keyword)) suggestions.set(keyword, shown);
    }
  }
  return [...suggestions.values()];
}

/** The script each supported language is written in. */
const SCRIPT_OF_LANGUAGE: Record<string, Script> = { en: "latin", ar: "arabic", ur: "arabic", hi: "devanagari" };

/**
 * Each normalised word of an article's title and tags as written there. Keywords are stored
 * normalised; an Arabic one is suggested only as the article writes it (folded, "كلمه" would be
 * misspelt), a Latin one as it is.
 */
function writtenForms(article: ArticleNode): Map<string, string> {
  const forms = new Map<string, string>();
  for (const token of tokenize(`${article.title} ${article.tags.join(" ")}`)) {
    const normalized = normalizeForSearch(token.surface);
    if (!forms.has(normalized)) forms.set(normalized, token.surface);
  }
  return forms;
}

/** The queries whose every word but stop words is in the articles' vocabulary (one statement). */
async function madeOfArticleWords(services: SubgraphServices, queries: string[], language: string): Promise<string[]> {
  const words = [...new Set(queries.flatMap((q) => q.split(" ")).filter((w) => w && !isStopWord(w)))];
  if (words.length === 0) return queries;
  const known = await services.db.sql.query<{ term: string }>(
    `SELECT DISTINCT "term" FROM ${VOCABULARY_TABLE} WHERE "term" = ANY($1::text[]) AND ($2 = 'any' OR "language" = $2)`,
    [words, language],
  );
  const vocabulary = new Set(known.map((k) => k.term));
  return queries.filter((q) => q.split(" ").every((w) => !w || isStopWord(w) || vocabulary.has(w)));
}

/** Categories of the best results (top 50), most results first. */
export async function relatedCategories(
  backend: SearchBackend,
  page: KnowledgeSearchPage,
  loadArticles: ArticleLoader,
): Promise<{ categoryKey: string; count: number }[]> {
  // Only the categories are needed: no highlights, and the articles the backend read with its hits.
  const result =
    page.totalCount === 0 ? null : await backend.search({ ...page.request, limit: 50, offset: 0, highlight: false });
  const hits = result?.hits ?? [];
  const missing = hits.filter((h) => !h.article).map((h) => h.id);
  const loaded = missing.length ? await loadArticles(missing) : [];
  const counts = new Map<string, number>();
  for (const article of [...hits.map((h) => h.article), ...loaded])
    if (article) counts.set(article.categoryKey, (counts.get(article.categoryKey) ?? 0) + 1);
  return [...counts.entries()]
    .map(([categoryKey, count]) => ({ categoryKey, count }))
    .sort((a, b) => b.count - a.count || a.categoryKey.localeCompare(b.categoryKey));
}
