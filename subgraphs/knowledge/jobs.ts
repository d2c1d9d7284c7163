/**
 * Knowledge's background work: configuration data and save-time fields of imported articles at
 * start, the outbox relay, the search tier refresh, following vocabulary changes, and flushing
 * the search statistics.
 */
import type { SubgraphServices } from "../../shared/context.js";
import { startOutboxRelay } from "../../shared/outbox.js";
import { completeImportedArticles } from "./articles.js";
import { seedHelpTopics } from "./help-topics.js";
import { startSearchStatsFlush } from "./search-stats.js";
import { startSearchTierRefresh } from "./search-tier.js";
import { followVocabularyChanges } from "./vocabulary.js";

/** Starts knowledge's background jobs; resolves to the function that stops them. */
export async function startKnowledgeJobs(services: SubgraphServices): Promise<() => Promise<void>> {
  // Configuration data and save-time fields of imported/seeded articles (both idempotent).
  await seedHelpTopics(services.db);
  const completed = await completeImportedArticles(services);
  if (completed > 0) services.logger.info("knowledge: completed imported articles", { count: completed });
  const stopRelay = await startOutboxRelay({ ...services, source: "knowledge" });
  const stopTierRefresh = startSearchTierRefresh(services);
  const unlistenVocabulary = await followVocabularyChanges(services.db);
  const stopStatsFlush = startSearchStatsFlush(services);
  return async () => {
    await stopTierRefresh();
    await unlistenVocabulary();
    await stopStatsFlush();
    await stopRelay();
  };
}
