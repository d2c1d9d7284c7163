/** Article (the entity): translations, versions, readers' feedback and engagement figures. */
import type { Article as ArticleRow, ArticleVersion as VersionRow, ArticleVote as VoteRow, KnowledgeCategory as CategoryRow } from "../../../generated/prisma/client.js";
import { entityOrNotFound, notFound } from "../../../shared/errors.js";
import { keysetConnection } from "../../../shared/pagination.js";
import { visible } from "../article-reading.js";
import type { KnowledgeContext } from "../context.js";
import { helpfulnessScore } from "../engagement.js";
import type { ArticleNode } from "../search.js";
import { AgentRef, builder } from "./builder.js";
import { KnowledgeCategory } from "./categories.js";

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

export const ArticleStatus = builder.enumType("ArticleStatus", {
  description: "Whether an article is visible to the public.",
  values: {
    DRAFT: { description: "Being written; staff only." },
    PUBLISHED: { description: "Public and searchable." },
    ARCHIVED: { description: "Withdrawn; staff only." },
  } as const,
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


builder.asEntity(Article, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    // An unknown article and one the caller may not see look the same.
    const article = await ctx.loaders.article.load(id);
    return entityOrNotFound("Article", id, article && visible(ctx, article) ? article : null);
  },
});
