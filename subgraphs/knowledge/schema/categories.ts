/** Knowledge-base categories with their article counts. */
import type { KnowledgeCategory as CategoryRow } from "../../../generated/prisma/client.js";
import { assertLanguage } from "../articles.js";
import { builder } from "./builder.js";

const LanguageCount = builder.objectRef<{ language: string; count: number }>("KnowledgeLanguageCount").implement({
  description: "Published articles in one language.",
  fields: (t) => ({ language: t.exposeString("language", { description: "en, ar, hi or ur." }), count: t.exposeInt("count", { description: "Published articles." }) }),
});

export const KnowledgeCategory = builder.objectRef<CategoryRow>("KnowledgeCategory").implement({
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
