/** Search results (hits, pages, category counts), the best answer to a question, and the content-gap report rows. */
import type { Article as ArticleRow, KnowledgeCategory as CategoryRow } from "../../../generated/prisma/client.js";
import { RANKED_SEARCH_PAGING } from "../../../shared/pagination-descriptions.js";
import { onlyArticles } from "../reader-search.js";
import { relatedCategories, suggestedSearches, type KnowledgeSearchEdge, type KnowledgeSearchPage } from "../search.js";
import type { SearchGapRow } from "../search-stats.js";
import { Article } from "./articles.js";
import { builder } from "./builder.js";
import { KnowledgeCategory } from "./categories.js";

const CategoryCount = builder.objectRef<{ categoryKey: string; count: number }>("KnowledgeCategoryCount").implement({
  description: "How many of the best results fall in a category.",
  fields: (t) => ({
    category: t.field({ description: "The category.", type: KnowledgeCategory, resolve: async (r, _args, ctx) => (await ctx.loaders.category.load(r.categoryKey)) as CategoryRow }),
    count: t.exposeInt("count", { description: "Results (among the best 50) in this category." }),
  }),
});

const SearchEdge = builder.objectRef<KnowledgeSearchEdge>("ArticleSearchEdge").implement({
  description: "One search hit with its relevance and highlighted excerpts.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", { description: "Pass as `after` to continue after this hit." }),
    node: t.field({ description: "The matching article.", type: Article, resolve: (e) => e.node }),
    score: t.exposeFloat("score", { description: "Relevance × popularity × recency (see the README's search section)." }),
    snippet: t.exposeString("snippet", { description: "Body excerpt around the matches, HTML-escaped, matches in <mark>." }),
    titleHighlighted: t.exposeString("titleHighlighted", { description: "Title, HTML-escaped, matches in <mark>." }),
    highlights: t.exposeStringList("highlights", { description: "The words that matched." }),
  }),
});

export const SearchConnection = builder.objectRef<KnowledgeSearchPage>("ArticleSearchConnection").implement({
  description: `A page of knowledge-base search hits, best first, with suggestions. ${RANKED_SEARCH_PAGING}`,
  fields: (t) => ({
    edges: t.field({ description: "The hits of this page.", type: [SearchEdge], resolve: (p) => p.edges }),
    pageInfo: t.field({ description: "Cursors for the next page.", type: builder.pageInfoRef(), resolve: (p) => p.pageInfo }),
    totalCount: t.exposeInt("totalCount", { description: "Matches: exact up to 100; above that PostgreSQL's estimate, and totalCountIsExact is false." }),
    totalCountIsExact: t.exposeBoolean("totalCountExact", { description: "Whether totalCount is exact (false above 100 matches)." }),
    suggestedSearches: t.stringList({ description: "Popular past queries like this one, then keywords of the best results.", resolve: (p, _args, ctx) => suggestedSearches(ctx, p) }),
    relatedCategories: t.field({ description: "Categories of the best results, with counts.", type: [CategoryCount], resolve: (p, _args, ctx) => relatedCategories(ctx.search, p, (ids) => ctx.loaders.article.loadMany(ids).then(onlyArticles)) }),
    interpretedLanguage: t.string({ nullable: true, description: "The language the query was read in (given, or detected from its script).", resolve: (p) => p.language }),
    queryTruncated: t.boolean({ description: "The query was longer than the limit and was cut.", resolve: (p) => p.parsed.truncated }),
    matchedEveryWord: t.boolean({ description: "False when no article had every word and articles with any of them are shown.", resolve: (p) => p.mode !== "or" }),
  }),
});

export const KnowledgeAnswer = builder.objectRef<{ article: ArticleRow; confidence: number }>("KnowledgeAnswer").implement({
  description: "The article that best answers a question.",
  fields: (t) => ({ article: t.field({ type: Article, description: "The article.", resolve: (a) => a.article }), confidence: t.exposeFloat("confidence", { description: "How well it matches, in [0, 1]." }) }),
});

export const SearchGap = builder.objectRef<SearchGapRow>("KnowledgeSearchGap").implement({
  description: "A query people searched that found nothing (content-gap report).",
  fields: (t) => ({
    query: t.exposeString("query", { description: "The normalised query (lowercase, Arabic letter forms folded): the report's key." }),
    display: t.string({ description: "The query's words as last typed, for showing.", resolve: (gap) => gap.display || gap.query }),
    language: t.exposeString("language", { description: "Language of the searches." }),
    searchCount: t.exposeInt("searchCount", { description: "Times the query was searched." }),
    zeroResultCount: t.exposeInt("zeroResultCount", { description: "Times it found nothing." }),
    partialResultCount: t.exposeInt("partialResultCount", { description: "Searches that found articles only by some of the words (no article had them all)." }),
    lastResultCount: t.exposeInt("lastResultCount", { description: "Results of the query's latest search." }),
    lastMatchedAllWords: t.exposeBoolean("lastMatchedAllWords", { description: "The latest search found articles with every word." }),
    filled: t.boolean({
      description: "The latest search of this query found articles (with every word, when the report includes partial gaps): the gap has been filled since.",
      resolve: (gap) => gap.lastResultCount > 0 && gap.lastMatchedAllWords,
    }),
    lastSearchedAt: t.expose("lastSearchedAt", { type: "DateTime", description: "Latest search." }),
  }),
});
