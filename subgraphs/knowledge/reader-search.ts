/** A reader's search: the ranked page of articles, with the search queued for the statistics (written in batches, off the response path). */
import type { Article } from "../../generated/prisma/client.js";
import type { KnowledgeContext } from "./context.js";
import { searchKnowledge, searchRecordOf, type KnowledgeSearchArgs, type KnowledgeSearchPage } from "./search.js";
import { recordSearch } from "./search-stats.js";

/** DataLoader's loadMany answers an Error for a failed key; a search shows it as a missing article. */
export const onlyArticles = (rows: (Article | Error | null)[]) => rows.map((r) => (r instanceof Error ? null : r));

export async function searchAndRecord(ctx: KnowledgeContext, args: KnowledgeSearchArgs): Promise<KnowledgeSearchPage> {
  const page = await searchKnowledge(ctx, ctx.search, args, (ids) =>
    ctx.loaders.article.loadMany(ids).then(onlyArticles),
  );
  recordSearch(ctx.db, searchRecordOf(page));
  return page;
}
