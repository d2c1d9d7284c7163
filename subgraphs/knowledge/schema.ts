/** knowledge subgraph schema: articles (en/ar translations), categories; reading is public. */
import type { Article as ArticleRow, KnowledgeCategory as CategoryRow, Prisma } from "../../generated/prisma/client.js";
import { createSubgraphBuilder, FEDERATION_LINK } from "../common/builder.js";
import { badInput, notFound } from "../common/errors.js";
import { isStaff } from "../common/identity.js";
import { assertUuid, beyondKeyWhere, keysetConnection, keysetOrder } from "../common/pagination.js";
import { assertLanguage, createArticle } from "./articles.js";
import type { KnowledgeContext } from "./context.js";

const builder = createSubgraphBuilder<KnowledgeContext>();

const ArticleStatus = builder.enumType("ArticleStatus", { values: ["DRAFT", "PUBLISHED", "ARCHIVED"] as const });

const KnowledgeCategory = builder.objectRef<CategoryRow>("KnowledgeCategory").implement({
  fields: (t) => ({
    key: t.exposeString("key"),
    name: t.exposeString("name"),
    nameAr: t.exposeString("nameAr", { nullable: true }),
    description: t.exposeString("description"),
  }),
});

export const Article = builder.objectRef<ArticleRow>("Article");
Article.implement({
  description: "A knowledge-base article in one language; its translations share a group.",
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    title: t.exposeString("title"),
    body: t.exposeString("body", { description: "Markdown." }),
    language: t.exposeString("language"),
    status: t.field({ type: ArticleStatus, resolve: (a) => a.status }),
    tags: t.exposeStringList("tags"),
    category: t.field({ type: KnowledgeCategory, resolve: async (a, _args, ctx) => (await ctx.loaders.category.load(a.categoryKey)) as CategoryRow }),
    translations: t.field({
      type: [Article],
      description: "The same article in other languages.",
      resolve: async (a, _args, ctx) => (await ctx.loaders.translations.load(a.translationGroup)).filter((other) => other.id !== a.id && visible(ctx, other)),
    }),
    viewCount: t.exposeInt("viewCount"),
    helpfulCount: t.exposeInt("helpfulCount"),
    unhelpfulCount: t.exposeInt("unhelpfulCount"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
  }),
});

/** Published articles are public; drafts and archived ones only for staff. */
const visible = (ctx: KnowledgeContext, article: ArticleRow) => article.status === "PUBLISHED" || isStaff(ctx.identity);

builder.asEntity(Article, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    const article = await ctx.loaders.article.load(id);
    return article && visible(ctx, article) ? article : null;
  },
});

const KEY = ["publishedAt", "id"] as const;

builder.queryType({
  fields: (t) => ({
    knowledgeArticle: t.field({
      type: Article,
      nullable: true,
      description: "One article by id, or by slug in a language. Public.",
      args: { id: t.arg.id({ required: false }), slug: t.arg.string({ required: false }), language: t.arg.string({ required: false }) },
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
          if (translation) return translation;
        }
        return article;
      },
    }),
    knowledgeArticles: t.connection({
      type: Article,
      description: "Published articles, newest first. Public.",
      args: { category: t.arg.string({ required: false }), language: t.arg.string({ required: false }) },
      resolve: async (_root, args, ctx) => {
        if (args.language) assertLanguage(args.language);
        if (args.category && !(await ctx.loaders.category.load(args.category))) throw badInput(`Unknown category "${args.category}"`);
        const where: Prisma.ArticleWhereInput = {
          status: "PUBLISHED",
          ...(args.category ? { categoryKey: args.category } : {}),
          ...(args.language ? { language: args.language } : {}),
        };
        return keysetConnection(
          args,
          (a: ArticleRow) => [(a.publishedAt ?? a.createdAt).toISOString(), a.id],
          (page) =>
            ctx.db.prisma.article.findMany({
              where: { AND: [where, beyondKeyWhere(KEY, page, true, (v) => new Date(v))] },
              orderBy: keysetOrder(KEY, page, true),
              take: page.limit,
            }),
        );
      },
    }),
    knowledgeCategories: t.field({
      type: [KnowledgeCategory],
      resolve: (_root, _args, ctx) => ctx.db.prisma.knowledgeCategory.findMany({ orderBy: { key: "asc" } }),
    }),
  }),
});

const CreateArticleInput = builder.inputType("CreateArticleInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    categoryKey: t.string({ required: true }),
    language: t.string({ required: true }),
    tags: t.stringList({ required: false }),
    slug: t.string({ required: false }),
    translationOf: t.id({ required: false, description: "Id of the article this one translates." }),
  }),
});

builder.mutationType({
  fields: (t) => ({
    createArticle: t.field({
      type: Article,
      authScopes: { staff: true },
      args: { input: t.arg({ type: CreateArticleInput, required: true }) },
      resolve: (_root, { input }, ctx) => {
        if (input.translationOf) assertUuid(input.translationOf, "translationOf");
        return createArticle(ctx, { ...input, authorId: ctx.identity.subject });
      },
    }),
  }),
});

export const knowledgeSchema = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK });
