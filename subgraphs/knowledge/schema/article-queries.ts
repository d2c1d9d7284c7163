/** Reading articles and categories. */
import { badInput } from "../../../shared/errors.js";
import { assertUuid } from "../../../shared/ids.js";
import { allCategories, listArticles, readArticle } from "../article-reading.js";
import { assertLanguage } from "../articles.js";
import { Article, ArticleStatus } from "./articles.js";
import { builder } from "./builder.js";
import { KnowledgeCategory } from "./categories.js";

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
      if (args.id) assertUuid(args.id, "id");
      return readArticle(ctx, args);
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
      return listArticles(ctx, args, args);
    },
  }, { name: "ArticleConnection" }, { name: "ArticleEdge" }),
  knowledgeCategories: t.field({ description: "Every knowledge-base category, by key. Public.",
    type: [KnowledgeCategory],
    resolve: (_root, _args, ctx) => allCategories(ctx.db),
  }),
}));
