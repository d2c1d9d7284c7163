import type { Article, ArticleVersion, ArticleVote, KnowledgeCategory } from "../../generated/prisma/client.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../../shared/context.js";
import { requestContext } from "../../shared/context.js";
import { loaderByKey, loaderGroupedBy, pagesByParent } from "../../shared/loaders.js";
import { feedbackPages, type FeedbackPage } from "./feedback-pages.js";
import { postgresBackend, withFallback, type SearchBackend } from "./search.js";
import { typesenseBackend, typesenseClient } from "./typesense.js";

export function createKnowledgeLoaders(services: SubgraphServices) {
  const { prisma } = services.db;
  return {
    article: loaderByKey<string, Article>(
      (ids) => prisma.article.findMany({ where: { id: { in: [...ids] } } }),
      (a) => a.id,
    ),
    category: loaderByKey<string, KnowledgeCategory>(
      (keys) => prisma.knowledgeCategory.findMany({ where: { key: { in: [...keys] } } }),
      (c) => c.key,
    ),
    translations: loaderGroupedBy<string, Article>(
      (groups) =>
        prisma.article.findMany({ where: { translationGroup: { in: [...groups] } }, orderBy: { language: "asc" } }),
      (a) => a.translationGroup,
    ),
    /** Published article counts per category, per language. */
    categoryCounts: loaderGroupedBy<string, { categoryKey: string; language: string; count: number }>(
      async (keys) =>
        (
          await prisma.article.groupBy({
            by: ["categoryKey", "language"],
            where: { status: "PUBLISHED", categoryKey: { in: [...keys] } },
            _count: { _all: true },
            orderBy: [{ categoryKey: "asc" }, { language: "asc" }],
          })
        ).map((g) => ({
          categoryKey: g.categoryKey,
          language: g.language,
          count: g._count._all,
        })),
      (row) => row.categoryKey,
    ),
    versions: loaderGroupedBy<string, ArticleVersion>(
      (ids) => prisma.articleVersion.findMany({ where: { articleId: { in: [...ids] } }, orderBy: { version: "desc" } }),
      (v) => v.articleId,
    ),
    /** `Article.feedback` pages for a batch of articles, one query per page shape and filter. */
    feedbackOf: pagesByParent<FeedbackPage, ArticleVote>((articleIds, page) =>
      feedbackPages(services.db, articleIds, page),
    ),
  };
}

const backends = new WeakMap<SubgraphServices, SearchBackend>();

/** The process's search backend: Typesense when TYPESENSE_URL is set, else PostgreSQL. */
export function searchBackend(services: SubgraphServices): SearchBackend {
  let backend = backends.get(services);
  if (!backend) {
    const { TYPESENSE_URL, TYPESENSE_API_KEY, TYPESENSE_COLLECTION } = services.config;
    backend = TYPESENSE_URL
      ? withFallback(
          typesenseBackend(services, typesenseClient(TYPESENSE_URL, TYPESENSE_API_KEY), TYPESENSE_COLLECTION),
          postgresBackend(services),
          {
            onFailure: (error) =>
              services.logger.warn("knowledge: Typesense search failed; answering from PostgreSQL for 30 s", {
                error: String(error),
              }),
          },
        )
      : postgresBackend(services);
    backends.set(services, backend);
  }
  return backend;
}

export type KnowledgeContext = RequestContext<ReturnType<typeof createKnowledgeLoaders>> & { search: SearchBackend };

export const createKnowledgeContext = (base: BaseContext, services: SubgraphServices): KnowledgeContext => ({
  ...requestContext(base, services, createKnowledgeLoaders(services)),
  search: searchBackend(services),
});
