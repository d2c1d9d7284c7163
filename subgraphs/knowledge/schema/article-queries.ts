/** Reading articles and categories. */
import type { Article as ArticleRow, Prisma } from "../../../generated/prisma/client.js";
import { badInput, notFound } from "../../common/errors.js";
import { assertUuid } from "../../common/ids.js";
import { isStaff } from "../../common/identity.js";
import { beyondKeyWhere, keysetConnection, keysetOrder } from "../../common/pagination.js";
import { assertLanguage } from "../articles.js";
import { engagementLimits, recordView, viewerKey } from "../engagement.js";
import { Article, ArticleStatus, visible } from "./articles.js";
import { builder } from "./builder.js";
import { KnowledgeCategory } from "./categories.js";

const KEY = ["publishedAt", "id"] as const;

builder.queryFields((t) => ({
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
}));
