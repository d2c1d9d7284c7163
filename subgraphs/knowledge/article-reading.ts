/**
 * Reading articles: one article (by id or slug, in the asked language, counting the view), the
 * newest articles of a category or language, and the categories. Readers see published
 * articles; drafts and archived ones are for staff.
 */
import type { Article, ArticleStatus } from "../../generated/prisma/client.js";
import { badInput, notFound } from "../../shared/errors.js";
import { isStaff } from "../../shared/identity.js";
import { beyondKeyWhere, keysetConnection, keysetOrder } from "../../shared/pagination.js";
import type { Database } from "../../shared/db.js";
import type { KnowledgeContext } from "./context.js";
import { engagementLimits, recordView, viewerKey } from "./engagement.js";
import type { ArticleNode } from "./search.js";

/** Published articles are public; drafts and archived ones only for staff. */
export const visible = (ctx: KnowledgeContext, article: ArticleNode) =>
  article.status === "PUBLISHED" || isStaff(ctx.identity);

export interface ArticleLookup {
  id?: string | null;
  slug?: string | null;
  language?: string | null;
  viewerId?: string | null;
}

/** The article by id (or slug in a language), its translation when another language is asked; counts the reader's view. */
export async function readArticle(ctx: KnowledgeContext, args: ArticleLookup): Promise<Article> {
  let article: Article | null;
  if (args.id) {
    article = await ctx.loaders.article.load(args.id);
  } else {
    article = await ctx.db.prisma.article.findUnique({
      where: { language_slug: { language: args.language ?? "en", slug: args.slug as string } },
    });
  }
  if (!article || !visible(ctx, article)) throw notFound("Article");
  // Asked for another language: answer with that translation when it exists.
  if (args.id && args.language && article.language !== args.language) {
    const translation = (await ctx.loaders.translations.load(article.translationGroup)).find(
      (a) => a.language === args.language && visible(ctx, a),
    );
    if (translation) article = translation;
  }
  // Other subgraphs reading an article (chatbot, auto-resolution) are not readers.
  if (ctx.identity.role !== "service") {
    const viewer = viewerKey(ctx, args.viewerId, ctx.client ?? undefined);
    if (await recordView(ctx, article, viewer, engagementLimits(ctx.config)))
      article = { ...article, viewCount: article.viewCount + 1 };
  }
  return article;
}

const PUBLISHED_ORDER = ["publishedAt", "id"] as const;
const CREATED_ORDER = ["createdAt", "id"] as const;

export interface ArticleListFilter {
  category?: string | null;
  language?: string | null;
  status?: ArticleStatus | null;
}

/** Articles newest first (by publication when PUBLISHED); readers always get the published ones. */
export async function listArticles(
  ctx: KnowledgeContext,
  args: Parameters<typeof keysetConnection>[0],
  filter: ArticleListFilter,
) {
  if (filter.category && !(await ctx.loaders.category.load(filter.category)))
    throw badInput(`Unknown category "${filter.category}"`);
  const status = filter.status && isStaff(ctx.identity) ? filter.status : "PUBLISHED";
  const where = {
    status,
    ...(filter.category ? { categoryKey: filter.category } : {}),
    ...(filter.language ? { language: filter.language } : {}),
  };
  const key = status === "PUBLISHED" ? PUBLISHED_ORDER : CREATED_ORDER;
  return keysetConnection(
    args,
    (a: Article) => [(status === "PUBLISHED" ? (a.publishedAt ?? a.createdAt) : a.createdAt).toISOString(), a.id],
    (page) =>
      ctx.db.prisma.article.findMany({
        where: { AND: [where, beyondKeyWhere(key, page, true, (v) => new Date(v))] },
        orderBy: keysetOrder(key, page, true),
        take: page.limit,
      }),
  );
}

/** Every knowledge category, by key. */
export const allCategories = (db: Database) => db.prisma.knowledgeCategory.findMany({ orderBy: { key: "asc" } });
