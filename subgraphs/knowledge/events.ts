/**
 * Knowledge's event consumers: with TYPESENSE_URL set, the indexer that keeps the Typesense
 * collection in step with the articles from knowledge's own outbox (the collection is created,
 * and filled, first when missing; resynced whole after events it missed).
 */
import type { Client } from "typesense";
import type { SubgraphServices } from "../../shared/context.js";
import { startEventConsumer, type EventConsumer } from "../../shared/consumer.js";
import { ensureCollection, indexArticle, reindexAll, resyncCollection, typesenseClient } from "./typesense.js";

const INDEXED_EVENTS = [
  "article.created",
  "article.updated",
  "article.published",
  "article.archived",
  "article.rated",
] as const;

/** The outbox consumer that keeps the collection in step (idempotent; failures are retried on catch-up). */
export function startTypesenseIndexer(services: SubgraphServices, client: Client, collection: string): EventConsumer {
  return startEventConsumer(services, {
    owner: "knowledge",
    name: "knowledge.typesense-indexer",
    types: INDEXED_EVENTS,
    sources: ["knowledge"],
    handle: async (event, tx) => {
      const id = String(event.payload.articleId ?? event.aggregateId);
      const article = await tx.article.findUnique({ where: { id } });
      await indexArticle(client, collection, article, id);
    },
    // Article events gone before they were read (the indexer down longer than EVENT_RETENTION_DAYS):
    // the whole collection is brought in line with the articles instead.
    onMissed: async () => {
      const resync = await resyncCollection(services, client, collection);
      services.logger.info("Typesense collection brought in line with the articles after missed events", resync);
    },
  });
}

/** Starts knowledge's event consumers; resolves to the function that stops them. */
export async function startKnowledgeEventConsumers(services: SubgraphServices): Promise<() => Promise<void>> {
  if (!services.config.TYPESENSE_URL) return async () => {};
  const client = typesenseClient(services.config.TYPESENSE_URL, services.config.TYPESENSE_API_KEY);
  const collection = services.config.TYPESENSE_COLLECTION;
  try {
    if (await ensureCollection(client, collection)) await reindexAll(services, client, collection);
  } catch (error) {
    services.logger.error("knowledge: Typesense collection setup failed; the indexer retries from the outbox", {
      error: String(error),
    });
  }
  const indexer = startTypesenseIndexer(services, client, collection);
  return () => indexer.stop();
}
