/**
 * `Article.feedback` for a batch of articles: each article's votes that came with a comment,
 * newest first, one keyset page per article from one windowed statement plus one row fetch.
 */
import type { ArticleVote } from "../../generated/prisma/client.js";
import type { Database } from "../../shared/db.js";
import type { KeysetPage } from "../../shared/pagination.js";
import { windowPagesByParent } from "../../shared/window-pages.js";

export interface FeedbackPage extends KeysetPage {
  /** Only helpful (true) or unhelpful (false) votes; null for both. */
  helpful: boolean | null;
}

export async function feedbackPages(
  db: Database,
  articleIds: readonly string[],
  page: FeedbackPage,
): Promise<Map<string, ArticleVote[]>> {
  const picked = await windowPagesByParent<{ articleId: string; viewerKey: string }>(
    db,
    {
      table: `"knowledge"."article_votes"`,
      parentColumn: "articleId",
      keyColumns: [
        { name: "updatedAt", type: "timestamp" },
        { name: "viewerKey", type: "text" },
      ],
      descending: true,
      select: ["viewerKey"],
      where: (param) =>
        `"comment" IS NOT NULL${page.helpful === null ? "" : ` AND "helpful" = ${param(page.helpful)}::boolean`}`,
    },
    articleIds,
    page,
  );
  const pairs = [...picked.values()].flat();
  if (!pairs.length) return new Map();
  const rows = await db.prisma.articleVote.findMany({
    where: { articleId: { in: [...picked.keys()] }, viewerKey: { in: [...new Set(pairs.map((p) => p.viewerKey))] } },
  });
  const byKey = new Map(rows.map((row) => [`${row.articleId}\u0000${row.viewerKey}`, row]));
  const pages = new Map<string, ArticleVote[]>();
  for (const [articleId, picks] of picked) {
    pages.set(
      articleId,
      picks
        .map((p) => byKey.get(`${articleId}\u0000${p.viewerKey}`))
        .filter((row): row is ArticleVote => row !== undefined),
    );
  }
  return pages;
}
