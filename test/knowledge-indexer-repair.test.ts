/**
 * The Typesense indexer after missed events: when knowledge's own outbox was pruned before the
 * indexer read it (the indexer down longer than EVENT_RETENTION_DAYS), the collection is brought
 * in line with the articles (subgraphs/knowledge/typesense.ts, resyncCollection): every published
 * article upserted, every other article's document removed. Typesense does not run here; a
 * stand-in serves the endpoints the indexer calls (test/support/typesense-stand-in.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resyncCollection, typesenseClient } from "../subgraphs/knowledge/typesense.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";
import { readerBehindPrunedEvent } from "./support/missed-events.js";
import { subgraphServicesOf } from "./support/subgraph-services.js";
import { startTypesenseStandIn, type TypesenseStandIn } from "./support/typesense-stand-in.js";

const COLLECTION = "kb_indexer_repair";
let typesense: TypesenseStandIn;
let system: TestSystem;

const publishedIds = async () =>
  new Set(
    (await system.db.prisma.article.findMany({ where: { status: "PUBLISHED" }, select: { id: true } })).map(
      (a) => a.id,
    ),
  );

/** An article archived straight in the database: the indexer hears nothing of it. */
async function archivedWithoutEvent(): Promise<string> {
  const [article] = await system.db.sql.query<{ id: string }>(
    `UPDATE "knowledge"."articles" SET "status" = 'ARCHIVED', "archivedAt" = CURRENT_TIMESTAMP::timestamp
     WHERE "id" = (SELECT "id" FROM "knowledge"."articles" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT 1)
     RETURNING "id"`,
  );
  return article.id;
}

beforeAll(async () => {
  typesense = await startTypesenseStandIn();
  system = await startTestSystem({
    env: { TYPESENSE_URL: typesense.url, TYPESENSE_API_KEY: "stand-in", TYPESENSE_COLLECTION: COLLECTION },
  });
  // The collection was created and filled at start.
  const published = await publishedIds();
  await eventually(async () => typesense.documentIds(COLLECTION).size === published.size, 20_000);
});

afterAll(async () => {
  await system?.close();
  await typesense?.close();
});

describe("the Typesense indexer after missed events", () => {
  it("resyncs the collection: published articles upserted, the others' documents removed", async () => {
    const archived = await archivedWithoutEvent();
    expect(typesense.documentIds(COLLECTION).has(archived)).toBe(true);

    const client = typesenseClient(typesense.url, "stand-in");
    const resync = await resyncCollection(subgraphServicesOf(system), client, COLLECTION);
    expect(typesense.documentIds(COLLECTION)).toEqual(await publishedIds());
    expect(resync).toEqual({ indexed: (await publishedIds()).size, removed: 1 });
    // In line now: nothing more to remove.
    expect((await resyncCollection(subgraphServicesOf(system), client, COLLECTION)).removed).toBe(0);
  });

  it("is what the indexer does when knowledge's outbox lost events it had not read", async () => {
    const archived = await archivedWithoutEvent();
    await readerBehindPrunedEvent(
      system,
      { schema: "knowledge", consumer: "knowledge.typesense-indexer", source: "knowledge" },
      { type: "article.archived", aggregateId: archived, payload: { articleId: archived } },
    );
    // The indexer's next catch-up pass (every 15 s) is told, and removes the document.
    await eventually(async () => !typesense.documentIds(COLLECTION).has(archived), 25_000);
    expect(typesense.documentIds(COLLECTION)).toEqual(await publishedIds());
  });
});
