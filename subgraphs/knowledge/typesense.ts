/**
 * Typesense backend (TYPESENSE_URL set), through the official client. The collection holds the
 * published articles with search-normalised text (same Arabic folding as PostgreSQL); it is kept
 * up to date from the outbox: a consumer (events.ts) of article.created/updated/published/archived/rated
 * upserts (or deletes) the document, and a failed call rolls the consumer's transaction back so
 * the event is retried on the next catch-up. Results come back in the same shape as the
 * PostgreSQL backend: Typesense's text match (normalised to the page's best) × the same
 * popularity × recency boost, re-ranked within the page. Each hit carries the words it matched,
 * which search.ts highlights on the article's own text (the collection's is folded). A failing
 * Typesense is stood in for by PostgreSQL (`withFallback`, context.ts).
 */
import { Client, Errors } from "typesense";
import type { Article } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { INDEXED_BODY_CHARS, normalizeForSearch } from "../../shared/search/index.js";
import { markdownToText } from "./markdown.js";
import { boostOf, type BackendRequest, type BackendResult, type SearchBackend } from "./search.js";

export interface ArticleDocument {
  id: string;
  [key: string]: unknown;
  title: string;
  keywords: string[];
  body: string;
  language: string;
  categoryKey: string;
  tags: string[];
  viewCount: number;
  helpfulCount: number;
  unhelpfulCount: number;
  publishedAt: number;
  createdAt: number;
}

export function collectionSchema(name: string) {
  return {
    name,
    fields: [
      { name: "title", type: "string" as const },
      { name: "keywords", type: "string[]" as const },
      { name: "body", type: "string" as const },
      { name: "language", type: "string" as const, facet: true },
      { name: "categoryKey", type: "string" as const, facet: true },
      { name: "tags", type: "string[]" as const, facet: true },
      { name: "viewCount", type: "int32" as const },
      { name: "helpfulCount", type: "int32" as const },
      { name: "unhelpfulCount", type: "int32" as const },
      { name: "publishedAt", type: "int64" as const },
      { name: "createdAt", type: "int64" as const },
    ],
    default_sorting_field: "publishedAt",
  };
}

export function toDocument(article: Article): ArticleDocument {
  return {
    id: article.id,
    title: normalizeForSearch(article.title),
    keywords: [...article.keywords, ...article.tags].map(normalizeForSearch),
    body: normalizeForSearch(markdownToText(article.body)).slice(0, INDEXED_BODY_CHARS),
    language: article.language,
    categoryKey: article.categoryKey,
    tags: article.tags,
    // Ranking's weighted figures (anonymous readers weigh less), in the collection's integer fields.
    viewCount: Math.round(article.viewWeight),
    helpfulCount: Math.round(article.helpfulWeight),
    unhelpfulCount: Math.round(article.unhelpfulWeight),
    publishedAt: Math.floor((article.publishedAt ?? article.createdAt).getTime() / 1000),
    createdAt: Math.floor(article.createdAt.getTime() / 1000),
  };
}

export function typesenseClient(url: string, apiKey: string): Client {
  const parsed = new URL(url);
  return new Client({
    nodes: [
      {
        host: parsed.hostname,
        port: Number(parsed.port || (parsed.protocol === "https:" ? 443 : 80)),
        protocol: parsed.protocol.replace(":", ""),
        path: parsed.pathname.replace(/\/$/, ""),
      },
    ],
    apiKey,
    connectionTimeoutSeconds: 5,
    numRetries: 2,
    logLevel: "error",
  });
}

/** Creates the collection when missing; returns true when it was created (then reindex). */
export async function ensureCollection(client: Client, name: string): Promise<boolean> {
  try {
    await client.collections(name).retrieve();
    return false;
  } catch (error) {
    if (!(error instanceof Errors.ObjectNotFound)) throw error;
    await client.collections().create(collectionSchema(name));
    return true;
  }
}

export async function indexArticle(
  client: Client,
  collection: string,
  article: Article | null,
  id: string,
): Promise<void> {
  if (article && article.status === "PUBLISHED") {
    await client.collections<ArticleDocument>(collection).documents().upsert(toDocument(article));
    return;
  }
  await removeDocument(client, collection, id);
}

/** Deletes the article's document; false when the collection has none. */
async function removeDocument(client: Client, collection: string, id: string): Promise<boolean> {
  try {
    await client.collections<ArticleDocument>(collection).documents(id).delete();
    return true;
  } catch (error) {
    if (error instanceof Errors.ObjectNotFound) return false;
    throw error;
  }
}

/** The articles with or without the status PUBLISHED, 500 at a time, in id order. */
async function* articleBatches(services: SubgraphServices, published: boolean): AsyncGenerator<Article[]> {
  let cursor: string | undefined;
  for (;;) {
    const batch = await services.db.prisma.article.findMany({
      where: published ? { status: "PUBLISHED" } : { status: { not: "PUBLISHED" } },
      orderBy: { id: "asc" },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) return;
    yield batch;
    cursor = batch.at(-1)!.id;
  }
}

/** Upserts every published article's document; returns how many. */
export async function reindexAll(services: SubgraphServices, client: Client, collection: string): Promise<number> {
  let count = 0;
  for await (const batch of articleBatches(services, true)) {
    await client
      .collections<ArticleDocument>(collection)
      .documents()
      .import(batch.map(toDocument), { action: "upsert" });
    count += batch.length;
  }
  return count;
}

/**
 * Brings the collection in line with the articles when the indexer missed their events (pruned
 * from knowledge's outbox before it read them): every published article's document upserted,
 * every other article's removed — articles are archived, never deleted, so the database names
 * every document that may be left over.
 */
export async function resyncCollection(
  services: SubgraphServices,
  client: Client,
  collection: string,
): Promise<{ indexed: number; removed: number }> {
  const indexed = await reindexAll(services, client, collection);
  let removed = 0;
  for await (const batch of articleBatches(services, false))
    for (const article of batch) if (await removeDocument(client, collection, article.id)) removed++;
  return { indexed, removed };
}

export function typesenseBackend(services: SubgraphServices, client: Client, collection: string): SearchBackend {
  return {
    name: "typesense",
    async search(request: BackendRequest): Promise<BackendResult> {
      const filters = [
        ...(request.language ? [`language:=${JSON.stringify(request.language)}`] : []),
        ...(request.category ? [`categoryKey:=${JSON.stringify(request.category)}`] : []),
        ...request.tags.map((tag) => `tags:=${JSON.stringify(tag)}`),
      ];
      const browse = request.parsed.terms.length === 0;
      const response = await client
        .collections<ArticleDocument>(collection)
        .documents()
        .search({
          q: browse ? "*" : request.parsed.terms.join(" "),
          query_by: "title,keywords,body",
          query_by_weights: "4,2,1",
          prefix: request.parsed.prefixLast ? "true,true,true" : "false,false,false",
          num_typos: 2,
          drop_tokens_threshold: 1,
          filter_by: filters.join(" && ") || undefined,
          sort_by: browse ? "viewCount:desc,publishedAt:desc" : "_text_match:desc,viewCount:desc",
          // Only which words matched: the documents hold folded text (lowercase, Arabic letter
          // forms unified), so the title and snippet are highlighted on the article itself.
          highlight_fields: "title,keywords,body",
          offset: request.offset,
          limit: Math.min(250, request.limit),
        });
      const hits = response.hits ?? [];
      const best = Math.max(1, ...hits.map((h) => Number(h.text_match ?? 0)));
      const now = Date.now();
      const ranked = hits.map((hit) => {
        const d = hit.document;
        const boost = boostOf(
          services.config,
          {
            viewWeight: d.viewCount,
            helpfulWeight: d.helpfulCount,
            unhelpfulWeight: d.unhelpfulCount,
            publishedAt: new Date(d.publishedAt * 1000),
            createdAt: new Date(d.createdAt * 1000),
          },
          now,
        );
        const relevance = browse ? 1 : Number(hit.text_match ?? 0) / best;
        const matchedWords = [
          ...new Set((hit.highlights ?? []).flatMap((h) => (h.matched_tokens ?? []).flat() as string[])),
        ];
        return { id: d.id, score: relevance * boost, matchedWords };
      });
      ranked.sort((a, b) => b.score - a.score);
      return { hits: ranked, totalCount: response.found, totalCountExact: true, mode: browse ? "browse" : "and" };
    },
  };
}
