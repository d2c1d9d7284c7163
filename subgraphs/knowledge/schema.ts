/** knowledge subgraph schema: articles (en/ar translations, versions, votes), categories, search, contextual help. */
import type { Article as ArticleRow, ArticleVersion as VersionRow, ArticleVote as VoteRow, KnowledgeCategory as CategoryRow, Prisma } from "../../generated/prisma/client.js";
import { buildSubgraphSchema, createSubgraphBuilder, ROOT_TYPE_DESCRIPTIONS } from "../common/builder.js";
import { wholeSubgraph } from "../common/features.js";
import { listLimits, maxLength, SEARCH_TEXT_MAX_LENGTH } from "../common/input-limits.js";
import { badInput, entityOrNotFound, notFound } from "../common/errors.js";
import { isStaff } from "../common/identity.js";
import { beyondKeyWhere, decodeCursor, encodeCursor, keysetConnection, keysetOrder, MAX_PAGE_SIZE } from "../common/pagination.js";
import { assertUuid } from "../common/ids.js";
import { bestKnowledgeAnswer } from "./answer.js";
import { assertLanguage, createArticle, setArticleStatus, SUPPORTED_LANGUAGES, updateArticle } from "./articles.js";
import { acceptedLanguages } from "../common/text/index.js";
import type { KnowledgeContext } from "./context.js";
import { engagementLimits, helpfulnessScore, rateArticle, recordView, viewerKey } from "./engagement.js";
import { contextualHelp } from "./help.js";
import type { QuickAction, VideoTutorial } from "./help-topics.js";
import { relatedCategories, searchKnowledge, type ArticleNode, searchRecordOf, suggestedSearches, type KnowledgeSearchEdge, type KnowledgeSearchPage } from "./search.js";
import { recordSearch, searchGaps, type SearchGapRow } from "./search-stats.js";

const builder = createSubgraphBuilder<KnowledgeContext>();

const stubKey = builder.keyDirective(builder.selection<{ id: string }>("id"), false);
const AgentRef = builder.externalRef("Agent", stubKey).implement({ externalFields: (t) => ({ id: t.id() }) });

/** A reader's vote with its comment; who voted is not shown. */
const ArticleFeedback = builder.objectRef<VoteRow>("ArticleFeedback").implement({
  description: "A reader's vote with its comment; who voted is not shown.",
  fields: (t) => ({
    helpful: t.exposeBoolean("helpful", { description: "true: helpful; false: not helpful." }),
    comment: t.string({ description: "What the reader wrote (empty when nothing).", resolve: (v) => v.comment ?? "" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the reader first voted." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the vote or comment last changed." }),
  }),
});

const ArticleStatus = builder.enumType("ArticleStatus", {
  description: "Whether an article is visible to the public.",
  values: {
    DRAFT: { description: "Being written; staff only." },
    PUBLISHED: { description: "Public and searchable." },
    ARCHIVED: { description: "Withdrawn; staff only." },
  } as const,
});

const LanguageCount = builder.objectRef<{ language: string; count: number }>("KnowledgeLanguageCount").implement({
  description: "Published articles in one language.",
  fields: (t) => ({ language: t.exposeString("language", { description: "en, ar, hi or ur." }), count: t.exposeInt("count", { description: "Published articles." }) }),
});

const KnowledgeCategory = builder.objectRef<CategoryRow>("KnowledgeCategory").implement({
  description: "A knowledge-base category.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key, e.g. getting_started." }),
    name: t.exposeString("name", { description: "English name." }),
    nameAr: t.exposeString("nameAr", { nullable: true, description: "Arabic name, when set." }),
    description: t.exposeString("description", { description: "What the category covers." }),
    articleCounts: t.field({
      type: [LanguageCount],
      description: "Published articles in this category, per language.",
      resolve: async (c, _args, ctx) => (await ctx.loaders.categoryCounts.load(c.key)).map(({ language, count }) => ({ language, count })),
    }),
    articleCount: t.int({
      description: "Published articles in this category (in one language when given).",
      args: { language: t.arg.string({ description: "Count only this language (en, ar, hi, ur; else BAD_USER_INPUT).", required: false }) },
      resolve: async (c, args, ctx) => {
        if (args.language) assertLanguage(args.language);
        return (await ctx.loaders.categoryCounts.load(c.key)).filter((r) => !args.language || r.language === args.language).reduce((sum, r) => sum + r.count, 0);
      },
    }),
  }),
});

const ArticleVersion = builder.objectRef<VersionRow>("ArticleVersion").implement({
  description: "One saved state of an article; version 1 is its creation.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The version id." }),
    version: t.exposeInt("version", { description: "1, 2, 3 … in order of saving." }),
    title: t.exposeString("title", { description: "Title at this version." }),
    body: t.exposeString("body", { description: "Markdown body at this version." }),
    categoryKey: t.exposeString("categoryKey", { description: "Category at this version." }),
    tags: t.exposeStringList("tags", { description: "Tags at this version." }),
    status: t.field({ description: "Status at this version.", type: ArticleStatus, resolve: (v) => v.status }),
    editor: t.field({ description: "Who saved it; null for imports and the system.", type: AgentRef, nullable: true, resolve: (v) => (v.editorId ? { id: v.editorId } : null) }),
    note: t.exposeString("note", { nullable: true, description: "The editor's note about the change." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was saved." }),
  }),
});

export const Article = builder.objectRef<ArticleNode>("Article");
Article.implement({
  description: "A knowledge-base article in one language; its translations share a group.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The article id (UUID)." }),
    slug: t.exposeString("slug", { description: "URL name, unique per language." }),
    title: t.exposeString("title", { description: "Title." }),
    body: t.string({ description: "Markdown.", resolve: async (a, _args, ctx) => a.body ?? (await bodiesOf(ctx, a)).body }),
    bodyHtml: t.string({
      description: "The body rendered to HTML; raw HTML in the Markdown is escaped, unsafe link schemes dropped.",
      resolve: async (a, _args, ctx) => a.bodyHtml ?? (await bodiesOf(ctx, a)).bodyHtml,
    }),
    language: t.exposeString("language", { description: "en, ar, hi or ur." }),
    status: t.field({ description: "Draft, published or archived.", type: ArticleStatus, resolve: (a) => a.status }),
    tags: t.exposeStringList("tags", { description: "Labels." }),
    keywords: t.exposeStringList("keywords", { description: "Search keywords extracted at save time." }),
    version: t.exposeInt("version", { description: "Current version number (see versions)." }),
    category: t.field({ description: "Its category.", type: KnowledgeCategory, resolve: async (a, _args, ctx) => (await ctx.loaders.category.load(a.categoryKey)) as CategoryRow }),
    author: t.field({ description: "Who created it; null for imports.", type: AgentRef, nullable: true, resolve: (a) => (a.authorId ? { id: a.authorId } : null) }),
    translations: t.field({
      type: [Article],
      description: "The same article in other languages.",
      resolve: async (a, _args, ctx) => (await ctx.loaders.translations.load(a.translationGroup)).filter((other) => other.id !== a.id && visible(ctx, other)),
    }),
    versions: t.connection(
      {
        type: ArticleVersion,
        description: "Every saved state, newest first (staff only).",
        authScopes: { staff: true },
        resolve: async (a, args, ctx) => {
          const all = await ctx.loaders.versions.load(a.id);
          return keysetConnection(args, (v: VersionRow) => [v.version, v.id], async (page) => {
            const descending = !page.inverted;
            const rows = all
              .filter((v) => !page.beyond || (descending ? v.version < Number(page.beyond[0]) : v.version > Number(page.beyond[0])))
              .sort((x, y) => (descending ? y.version - x.version : x.version - y.version));
            return rows.slice(0, page.limit);
          });
        },
      },
      { name: "ArticleVersionConnection" },
      { name: "ArticleVersionEdge" },
    ),
    feedback: t.connection(
      {
        type: ArticleFeedback,
        description: "Votes that came with a comment, newest first (staff only): what readers say the article lacks.",
        authScopes: { staff: true },
        args: { helpful: t.arg.boolean({ required: false, description: "Only helpful (true) or unhelpful (false) votes." }) },
        resolve: (a, args, ctx) =>
          keysetConnection(args, (v: VoteRow) => [v.updatedAt.toISOString(), v.viewerKey], (page) =>
            ctx.loaders.feedbackOf(a.id, { ...page, helpful: args.helpful ?? null }),
          ),
      },
      { name: "ArticleFeedbackConnection" },
      { name: "ArticleFeedbackEdge" },
    ),
    viewCount: t.exposeInt("viewCount", { description: "Views, once per viewer per day." }),
    helpfulCount: t.exposeInt("helpfulCount", { description: "\"Helpful\" votes." }),
    unhelpfulCount: t.exposeInt("unhelpfulCount", { description: "\"Not helpful\" votes." }),
    helpfulnessScore: t.float({ description: "(helpful + 1) / (helpful + unhelpful + 2): 0.5 with no votes.", resolve: (a) => helpfulnessScore(a.helpfulCount, a.unhelpfulCount) }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last saved." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true, description: "When it was (last) published; null for drafts never published." }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true, description: "When it was archived; null unless ARCHIVED." }),
  }),
});

/** The bodies of an article served without them (a search result), loaded in one batch per request. */
async function bodiesOf(ctx: KnowledgeContext, article: ArticleNode): Promise<Pick<ArticleRow, "body" | "bodyHtml">> {
  const loaded = await ctx.loaders.article.load(article.id);
  if (!loaded) throw notFound(`Article ${article.id} no longer exists`);
  return loaded;
}

/** Published articles are public; drafts and archived ones only for staff. */
const visible = (ctx: KnowledgeContext, article: ArticleNode) => article.status === "PUBLISHED" || isStaff(ctx.identity);

builder.asEntity(Article, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    // An unknown article and one the caller may not see look the same.
    const article = await ctx.loaders.article.load(id);
    return entityOrNotFound("Article", id, article && visible(ctx, article) ? article : null);
  },
});

// ---- search ---------------------------------------------------------------------------------

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

const SearchConnection = builder.objectRef<KnowledgeSearchPage>("ArticleSearchConnection").implement({
  description: "A page of knowledge-base search hits, best first, with suggestions.",
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

const onlyArticles = (rows: (ArticleRow | Error | null)[]) => rows.map((r) => (r instanceof Error ? null : r));

const KnowledgeAnswer = builder.objectRef<{ article: ArticleRow; confidence: number }>("KnowledgeAnswer").implement({
  description: "The article that best answers a question.",
  fields: (t) => ({ article: t.field({ type: Article, description: "The article.", resolve: (a) => a.article }), confidence: t.exposeFloat("confidence", { description: "How well it matches, in [0, 1]." }) }),
});

const QuickActionType = builder.objectRef<QuickAction>("HelpQuickAction").implement({
  description: "A shortcut offered on a page (e.g. contact support, reset password).",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    label: t.exposeString("label", { description: "English label." }),
    labelAr: t.exposeString("labelAr", { description: "Arabic label." }),
    target: t.exposeString("target", { description: "Where it leads: an app route or URL." }),
  }),
});

const VideoTutorialType = builder.objectRef<VideoTutorial>("HelpVideoTutorial").implement({
  description: "A short screen recording for the page.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    title: t.exposeString("title", { description: "English title." }),
    titleAr: t.exposeString("titleAr", { description: "Arabic title." }),
    url: t.exposeString("url", { description: "Relative to the help centre's host." }),
    durationSeconds: t.exposeInt("durationSeconds", { description: "Length in seconds." }),
  }),
});

const ContextualHelp = builder.objectRef<Awaited<ReturnType<typeof contextualHelp>>>("ContextualHelp").implement({
  description: "Help for the page (and action) the user is on.",
  fields: (t) => ({
    page: t.exposeString("page", { description: "The page asked about." }),
    action: t.exposeString("action", { nullable: true, description: "The action asked about, if any." }),
    language: t.exposeString("language", { description: "Language of the help." }),
    topics: t.exposeStringList("topics", { description: "Topics the page maps to (used to pick the articles)." }),
    immediateHelp: t.field({ type: [Article], description: "The 3 best articles for this page and action.", resolve: (h) => h.immediateHelp }),
    relatedArticles: t.field({ type: [Article], description: "The next 5.", resolve: (h) => h.relatedArticles }),
    quickActions: t.field({ description: "Shortcuts for the page.", type: [QuickActionType], resolve: (h) => h.quickActions }),
    videoTutorials: t.field({ type: [VideoTutorialType], description: "Video tutorials for the page.", resolve: (h) => h.videoTutorials }),
  }),
});

const SearchGap = builder.objectRef<SearchGapRow>("KnowledgeSearchGap").implement({
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

const KEY = ["publishedAt", "id"] as const;

builder.queryType({
  description: ROOT_TYPE_DESCRIPTIONS.Query,
  fields: (t) => ({
    knowledgeArticle: t.field({
      type: Article,
      nullable: true,
      description: "One article by id, or by slug in a language. Public (drafts and archived articles: staff only, else NOT_FOUND). Counts a view (once per viewer per day). Neither id nor slug, a malformed id or unsupported language: BAD_USER_INPUT.",
      args: {
        id: t.arg.id({ description: "The article id (UUID).", required: false }),
        slug: t.arg.string({ description: "The slug, with language (default en).", required: false }),
        language: t.arg.string({ description: "en, ar, hi or ur: the slug's language, or the translation to return for an id.", required: false }),
        viewerId: t.arg.string({ required: false, description: "Anonymous readers: a stable random id the client keeps, so views are counted once per day." }),
      },
      resolve: async (_root, args, ctx) => {
        if (!args.id && !args.slug) throw badInput("Pass id or slug");
        if (args.language) assertLanguage(args.language);
        let article: ArticleRow | null;
        if (args.id) {
          assertUuid(args.id, "id");
          article = await ctx.loaders.article.load(args.id);
        } else {
          article = await ctx.db.prisma.article.findUnique({ where: { language_slug: { language: args.language ?? "en", slug: args.slug as string } } });
        }
        if (!article || !visible(ctx, article)) throw notFound("Article");
        // Asked for another language: answer with that translation when it exists.
        if (args.id && args.language && article.language !== args.language) {
          const translation = (await ctx.loaders.translations.load(article.translationGroup)).find((a) => a.language === args.language && visible(ctx, a));
          if (translation) article = translation;
        }
        // Other subgraphs reading an article (chatbot, auto-resolution) are not readers.
        if (ctx.identity.role !== "service") {
          const viewer = viewerKey(ctx, args.viewerId, ctx.client ?? undefined);
          if (await recordView(ctx, article, viewer, engagementLimits(ctx.config))) article = { ...article, viewCount: article.viewCount + 1 };
        }
        return article;
      },
    }),
    knowledgeArticles: t.connection({
      type: Article,
      description: "Articles, newest first. Public: published only; staff may ask for a status. Unknown category or unsupported language: BAD_USER_INPUT.",
      args: {
        category: t.arg.string({ required: false, description: "Only this knowledge category key." }),
        language: t.arg.string({ required: false, description: "Only this language (en, ar, hi, ur)." }),
        status: t.arg({ type: ArticleStatus, required: false, description: "Staff: articles with this status (default PUBLISHED); ignored for everyone else." }),
      },
      resolve: async (_root, args, ctx) => {
        if (args.language) assertLanguage(args.language);
        if (args.category && !(await ctx.loaders.category.load(args.category))) throw badInput(`Unknown category "${args.category}"`);
        const status = args.status && isStaff(ctx.identity) ? args.status : "PUBLISHED";
        const where: Prisma.ArticleWhereInput = {
          status,
          ...(args.category ? { categoryKey: args.category } : {}),
          ...(args.language ? { language: args.language } : {}),
        };
        const key = status === "PUBLISHED" ? KEY : (["createdAt", "id"] as const);
        return keysetConnection(
          args,
          (a: ArticleRow) => [(status === "PUBLISHED" ? (a.publishedAt ?? a.createdAt) : a.createdAt).toISOString(), a.id],
          (page) =>
            ctx.db.prisma.article.findMany({
              where: { AND: [where, beyondKeyWhere(key, page, true, (v) => new Date(v))] },
              orderBy: keysetOrder(key, page, true),
              take: page.limit,
            }),
        );
      },
    }, { name: "ArticleConnection" }, { name: "ArticleEdge" }),
    knowledgeCategories: t.field({ description: "Every knowledge-base category, by key. Public.",
      type: [KnowledgeCategory],
      resolve: (_root, _args, ctx) => ctx.db.prisma.knowledgeCategory.findMany({ orderBy: { key: "asc" } }),
    }),
    searchKnowledge: t.field({
      type: SearchConnection,
      description: "Ranked full-text search over published articles. Public. An empty query lists the most popular articles. Unsupported language: BAD_USER_INPUT.",
      args: {
        query: t.arg.string({ description: "Words to find; longer queries are truncated (see queryTruncated). Empty: most popular articles.", required: false, ...maxLength(SEARCH_TEXT_MAX_LENGTH) }),
        language: t.arg.string({ description: "Only articles in this language (en, ar, hi, ur); default detected from the query's script.", required: false }),
        category: t.arg.string({ description: "Only this knowledge category key.", required: false }),
        tags: t.arg.stringList({ description: "Only articles carrying all of these tags.", required: false, ...listLimits(20, 50) }),
        first: t.arg.int({ description: "Hits per page, 0–100 (default 20); outside that range: BAD_USER_INPUT.", required: false }),
        after: t.arg.string({ description: "Continue after this cursor (an edge cursor or endCursor).", required: false }),
      },
      resolve: async (_root, args, ctx) => {
        const page = await searchKnowledge(ctx, ctx.search, args, (ids) => ctx.loaders.article.loadMany(ids).then(onlyArticles));
        // Statistics and events are queued and written in batches, off the response path.
        recordSearch(ctx.db, searchRecordOf(page));
        return page;
      },
    }),
    bestKnowledgeAnswer: t.field({
      type: KnowledgeAnswer,
      nullable: true,
      description: "The article that best answers a question, with a confidence 0..1 (chatbot, ticket auto-resolution). Null when nothing matches. Public.",
      args: {
        text: t.arg.string({ required: true, ...maxLength(QUESTION_MAX_LENGTH), description: "The question." }),
        language: t.arg.string({ required: false, description: "The question's language (en, ar, hi, ur); detected when omitted." }),
      },
      resolve: (_root, args, ctx) => bestKnowledgeAnswer(ctx, args.text, args.language),
    }),
    contextualHelp: t.field({
      type: ContextualHelp,
      description: "Help for the page (and action) the caller is on, in their language, unread articles first. Public.",
      args: {
        page: t.arg.string({ description: "The page, e.g. register, kyc, invest, portfolio.", required: true }),
        action: t.arg.string({ description: "What went wrong or is being done there, e.g. upload_failed.", required: false }),
        language: t.arg.string({ required: false, description: "Default: the caller's Accept-Language when supported, else en." }),
        viewerId: t.arg.string({ description: "Anonymous readers: the client's stable random id, so articles already read sort last.", required: false }),
      },
      resolve: (_root, args, ctx) => {
        // The caller's most preferred language that the knowledge base supports ("fr, ar" → ar).
        const accepted = acceptedLanguages(ctx.acceptLanguage).find((l) => (SUPPORTED_LANGUAGES as readonly string[]).includes(l));
        const language = args.language ?? accepted ?? "en";
        const viewer = viewerKey(ctx, args.viewerId, ctx.client ?? undefined);
        return contextualHelp(ctx, { page: args.page, action: args.action, language, viewerKey: viewer.deduplicated ? viewer.key : null });
      },
    }),
    knowledgeSearchGaps: t.connection(
      {
        type: SearchGap,
        description:
          "The content-gap report (staff): queries that found nothing — and with includePartial, found articles only by some of their words — most frequent first. Only the gaps still open (the query's latest search found nothing, or only some words) unless includeFilled. Staff only.",
        authScopes: { staff: true },
        args: {
          language: t.arg.string({ description: "Only searches in this language (en, ar, hi, ur).", required: false }),
          includeFilled: t.arg.boolean({ required: false, defaultValue: false, description: "Also list queries that found nothing once but whose latest search found articles." }),
          includePartial: t.arg.boolean({ required: false, defaultValue: false, description: "Also list queries that found articles only by some of their words; they count towards the order." }),
        },
        resolve: async (_root, args, ctx) => {
          if (args.language) assertLanguage(args.language);
          const first = args.first ?? 20;
          if (first < 0 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`);
          const beyond = args.after ? decodeCursor(args.after) : null;
          if (beyond && typeof beyond[0] !== "number") throw badInput("Invalid pagination cursor", { field: "after" });
          const rows = await searchGaps(ctx.db, {
            language: args.language ?? null,
            includeFilled: args.includeFilled ?? false,
            includePartial: args.includePartial ?? false,
            limit: first + 1,
            beyond: beyond ? [Number(beyond[0]), beyond[1]] : null,
          });
          const edges = rows.slice(0, first).map((r) => ({ cursor: encodeCursor([r.gapCount, `${r.language}:${r.query}`]), node: r }));
          return { edges, pageInfo: { startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first, hasPreviousPage: Boolean(args.after) } };
        },
      },
      { name: "KnowledgeSearchGapConnection" },
      { name: "KnowledgeSearchGapEdge" },
    ),
  }),
});

const ARTICLE_BODY_MAX_LENGTH = 100_000;
/** A customer's question, as the chatbot and ticket auto-resolution pass it (a ticket description can be long). */
const QUESTION_MAX_LENGTH = 20_000;

const CreateArticleInput = builder.inputType("CreateArticleInput", {
  description: "A new article. Invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    title: t.string({ description: "1–200 characters.", required: true }),
    body: t.string({ required: true, description: "Markdown.", ...maxLength(ARTICLE_BODY_MAX_LENGTH) }),
    categoryKey: t.string({ description: "An existing knowledge category key.", required: true }),
    language: t.string({ description: "en, ar, hi or ur.", required: true }),
    tags: t.stringList({ description: "At most 20 tags of up to 50 characters.", required: false, ...listLimits(20, 50) }),
    slug: t.string({ description: "URL name; derived from the title when omitted. Taken in this language: CONFLICT.", required: false }),
    translationOf: t.id({ required: false, description: "Id of the article this one translates." }),
  }),
});

const UpdateArticleInput = builder.inputType("UpdateArticleInput", {
  description: "Changes to an article; omitted fields stay as they are. Invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    id: t.id({ description: "The article (unknown: NOT_FOUND).", required: true }),
    title: t.string({ description: "1–200 characters.", required: false }),
    body: t.string({ required: false, description: "Markdown.", ...maxLength(ARTICLE_BODY_MAX_LENGTH) }),
    categoryKey: t.string({ description: "An existing knowledge category key.", required: false }),
    tags: t.stringList({ description: "Replaces the tags: at most 20 of up to 50 characters.", required: false, ...listLimits(20, 50) }),
    slug: t.string({ description: "New URL name. Taken in this language: CONFLICT.", required: false }),
    note: t.string({ required: false, description: "What changed (kept with the version).", ...maxLength(500) }),
    translationOf: t.id({ required: false, description: "Link as a translation of this article (join its group); CONFLICT when the group already has one in this language." }),
    expectedVersion: t.int({ required: false, description: "Refuse (CONFLICT) when the article has moved past this version." }),
  }),
});

const ArticleIdInput = builder.inputType("ArticleStatusInput", {
  description: "The article to publish or archive.",
  fields: (t) => ({ id: t.id({ required: true, description: "The article id (UUID; unknown: NOT_FOUND)." }) }),
});

const RateArticleInput = builder.inputType("RateArticleInput", {
  description: "A reader's vote on an article.",
  fields: (t) => ({
    articleId: t.id({ description: "The article (UUID).", required: true }),
    helpful: t.boolean({ description: "true: helpful; false: not helpful.", required: true }),
    comment: t.string({ description: "What was missing or wrong (at most 2,000 characters); staff read it in Article.feedback.", required: false, ...maxLength(2000) }),
    viewerId: t.string({ required: false, description: "Required for anonymous callers: the client's stable random id." }),
  }),
});

builder.mutationType({
  description: ROOT_TYPE_DESCRIPTIONS.Mutation,
  fields: (t) => ({
    createArticle: t.field({
      type: Article,
      description: "A new DRAFT article (version 1). Staff only. Invalid input: BAD_USER_INPUT; slug or translation language taken: CONFLICT.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The article.", type: CreateArticleInput, required: true }) },
      resolve: (_root, { input }, ctx) => {
        if (input.translationOf) assertUuid(input.translationOf, "translationOf");
        return createArticle(ctx, { ...input, authorId: ctx.identity.subject });
      },
    }),
    updateArticle: t.field({
      type: Article,
      description: "Edits an article; every edit is kept as a new version. Staff only. Unknown article: NOT_FOUND; stale expectedVersion or taken slug: CONFLICT; invalid input: BAD_USER_INPUT.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The changes.", type: UpdateArticleInput, required: true }) },
      resolve: (_root, { input }, ctx) => {
        assertUuid(input.id, "id");
        return updateArticle(ctx, { ...input, editorId: ctx.identity.subject });
      },
    }),
    publishArticle: t.field({
      type: Article,
      description: "DRAFT or ARCHIVED → PUBLISHED. Supervisors and admins. Unknown article: NOT_FOUND; already published: CONFLICT.",
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The article.", type: ArticleIdInput, required: true }) },
      resolve: (_root, { input }, ctx) => {
        assertUuid(input.id, "id");
        return setArticleStatus(ctx, input.id, "PUBLISHED", ctx.identity.subject);
      },
    }),
    archiveArticle: t.field({
      type: Article,
      description: "→ ARCHIVED (hidden from readers and search). Supervisors and admins. Unknown article: NOT_FOUND; not allowed from its status: CONFLICT.",
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The article.", type: ArticleIdInput, required: true }) },
      resolve: (_root, { input }, ctx) => {
        assertUuid(input.id, "id");
        return setArticleStatus(ctx, input.id, "ARCHIVED", ctx.identity.subject);
      },
    }),
    rateArticle: t.field({
      type: Article,
      description: "Was this article helpful? One vote per viewer; voting again changes it. Anyone; anonymous callers must pass viewerId (else BAD_USER_INPUT). Too many new anonymous voters from one address per article per day: RATE_LIMITED.",
      args: { input: t.arg({ description: "The vote.", type: RateArticleInput, required: true }) },
      resolve: (_root, { input }, ctx) => {
        assertUuid(input.articleId, "articleId");
        // Votes need a stable identity (token or viewerId); an address is good enough for counting views, not for votes.
        const viewer = viewerKey(ctx, input.viewerId, ctx.client ?? undefined);
        if (viewer.anonymous && input.viewerId == null) throw badInput("Anonymous votes need a viewerId", { field: "viewerId" });
        return rateArticle(ctx, { articleId: input.articleId, helpful: input.helpful, comment: input.comment }, viewer, engagementLimits(ctx.config));
      },
    }),
  }),
});

export const knowledgeSchema = buildSubgraphSchema(builder, wholeSubgraph("KNOWLEDGE_BASE_ENABLED"));
