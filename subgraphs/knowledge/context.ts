import type { Article, KnowledgeCategory } from "../../generated/prisma/client.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../common/context.js";
import { requestContext } from "../common/context.js";
import { loaderByKey, loaderGroupedBy } from "../common/loaders.js";

export function createKnowledgeLoaders(services: SubgraphServices) {
  const { prisma } = services.db;
  return {
    article: loaderByKey<string, Article>((ids) => prisma.article.findMany({ where: { id: { in: [...ids] } } }), (a) => a.id),
    category: loaderByKey<string, KnowledgeCategory>((keys) => prisma.knowledgeCategory.findMany({ where: { key: { in: [...keys] } } }), (c) => c.key),
    translations: loaderGroupedBy<string, Article>(
      (groups) => prisma.article.findMany({ where: { translationGroup: { in: [...groups] } }, orderBy: { language: "asc" } }),
      (a) => a.translationGroup,
    ),
  };
}

export type KnowledgeContext = RequestContext<ReturnType<typeof createKnowledgeLoaders>>;

export const createKnowledgeContext = (base: BaseContext, services: SubgraphServices): KnowledgeContext =>
  requestContext(base, services, createKnowledgeLoaders(services));
