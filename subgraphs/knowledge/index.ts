import type { SubgraphDefinition } from "../common/server.js";
import { startOutboxRelay } from "../common/outbox.js";
import { completeImportedArticles } from "./articles.js";
import { createKnowledgeContext, type KnowledgeContext } from "./context.js";
import { seedHelpTopics } from "./help-topics.js";
import { followVocabularyChanges } from "./vocabulary.js";
import { startSearchTierRefresh } from "./search-tier.js";
import { startSearchStatsFlush } from "./search-stats.js";
import { knowledgeSchema } from "./schema/index.js";
import { ensureCollection, reindexAll, startTypesenseIndexer, typesenseClient } from "./typesense.js";

export const knowledgeSubgraph: SubgraphDefinition<KnowledgeContext> = {
  name: "knowledge",
  schema: knowledgeSchema,
  createContext: createKnowledgeContext,
  startBackground: async (services) => {
    // Configuration data and save-time fields of imported/seeded articles (both idempotent).
    await seedHelpTopics(services.db);
    const completed = await completeImportedArticles(services);
    if (completed > 0) services.logger.info("knowledge: completed imported articles", { count: completed });
    const stopRelay = await startOutboxRelay({ ...services, source: "knowledge" });
    const stopTierRefresh = startSearchTierRefresh(services);
    const unlistenVocabulary = await followVocabularyChanges(services.db);
    const stopStatsFlush = startSearchStatsFlush(services);
    let stopIndexer: (() => Promise<void>) | null = null;
    if (services.config.TYPESENSE_URL) {
      const client = typesenseClient(services.config.TYPESENSE_URL, services.config.TYPESENSE_API_KEY);
      const collection = services.config.TYPESENSE_COLLECTION;
      try {
        if (await ensureCollection(client, collection)) await reindexAll(services, client, collection);
      } catch (error) {
        services.logger.error("knowledge: Typesense collection setup failed; the indexer retries from the outbox", { error: String(error) });
      }
      const indexer = startTypesenseIndexer(services, client, collection);
      stopIndexer = () => indexer.stop();
    }
    return async () => {
      await stopIndexer?.();
      await stopTierRefresh();
      await unlistenVocabulary();
      await stopStatsFlush();
      await stopRelay();
    };
  },
};
