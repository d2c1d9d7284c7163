/**
 * Views and votes. A viewer is identified by a key:
 *   signed-in caller      → "user:<subject>"
 *   client-provided id    → "viewer:<sha256(id)>"   (a random id the app keeps per device)
 *   otherwise             → "anon:<sha256(client address + user agent)>" when the request
 *                           carries them, else a per-request key (not deduplicated).
 * Views count once per viewer per article per UTC day; votes are one per viewer per article
 * (voting again changes the vote). Helpfulness is the Laplace-smoothed share of helpful votes,
 * (helpful + 1) / (helpful + unhelpful + 2): 0.5 with no votes.
 */
import { createHash } from "node:crypto";
import type { Article } from "../../generated/prisma/client.js";
import type { BaseContext, SubgraphServices } from "../common/context.js";
import { badInput, notFound } from "../common/errors.js";
import { recordEvents } from "../common/outbox.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

export function viewerKey(base: Pick<BaseContext, "identity" | "requestId">, viewerId?: string | null, client?: { address?: string | null; userAgent?: string | null }): { key: string; deduplicated: boolean } {
  if (base.identity.subject && base.identity.role !== "service") return { key: `user:${base.identity.subject}`, deduplicated: true };
  if (viewerId != null) {
    const trimmed = viewerId.trim();
    if (trimmed.length < 8 || trimmed.length > 200) throw badInput("viewerId must be 8–200 characters", { field: "viewerId" });
    return { key: `viewer:${sha(trimmed)}`, deduplicated: true };
  }
  if (client?.address) return { key: `anon:${sha(`${client.address}|${client.userAgent ?? ""}`)}`, deduplicated: true };
  return { key: `request:${base.requestId}`, deduplicated: false };
}

export const helpfulnessScore = (helpful: number, unhelpful: number) => (helpful + 1) / (helpful + unhelpful + 2);

/** Counts a view of a published article unless this viewer already viewed it today. Returns true when counted. */
export async function recordView(services: SubgraphServices, article: Article, key: string, now = new Date()): Promise<boolean> {
  if (article.status !== "PUBLISHED") return false;
  return services.db.prisma.$transaction(async (tx) => {
    const inserted = await tx.$executeRawUnsafe(
      `INSERT INTO "knowledge"."article_views" ("articleId", "viewerKey", "day", "viewedAt") VALUES ($1::uuid, $2, ($3::timestamptz AT TIME ZONE 'UTC')::date, $3) ON CONFLICT DO NOTHING`,
      article.id,
      key,
      now,
    );
    if (inserted === 0) return false;
    await tx.$executeRawUnsafe(`UPDATE "knowledge"."articles" SET "viewCount" = "viewCount" + 1 WHERE "id" = $1::uuid`, article.id);
    await recordEvents(tx, "knowledge", [{ type: "article.viewed", aggregateId: article.id, payload: { articleId: article.id, language: article.language } }]);
    return true;
  });
}

export interface RateInput {
  articleId: string;
  helpful: boolean;
  comment?: string | null;
}

/** One vote per viewer; a changed vote updates the counts, a repeated identical vote changes nothing. */
export async function rateArticle(services: SubgraphServices, input: RateInput, key: string): Promise<Article> {
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 2000) throw badInput("comment must be at most 2000 characters", { field: "comment" });
  return services.db.prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId } });
    if (!article || article.status !== "PUBLISHED") throw notFound("Article");
    const previous = await tx.articleVote.findUnique({ where: { articleId_viewerKey: { articleId: article.id, viewerKey: key } } });
    if (previous && previous.helpful === input.helpful && previous.comment === comment) return article;
    await tx.articleVote.upsert({
      where: { articleId_viewerKey: { articleId: article.id, viewerKey: key } },
      create: { articleId: article.id, viewerKey: key, helpful: input.helpful, comment },
      update: { helpful: input.helpful, comment },
    });
    const [helpful, unhelpful] = await Promise.all([
      tx.articleVote.count({ where: { articleId: article.id, helpful: true } }),
      tx.articleVote.count({ where: { articleId: article.id, helpful: false } }),
    ]);
    const updated = await tx.article.update({ where: { id: article.id }, data: { helpfulCount: helpful, unhelpfulCount: unhelpful, updatedAt: article.updatedAt } });
    if (!previous || previous.helpful !== input.helpful) {
      await recordEvents(tx, "knowledge", [{ type: "article.rated", aggregateId: article.id, payload: { articleId: article.id, language: article.language, helpful: input.helpful } }]);
    }
    return updated;
  });
}
