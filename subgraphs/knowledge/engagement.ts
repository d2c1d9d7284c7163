/**
 * Views and votes. A viewer is identified by a key:
 *   signed-in caller      → "user:<subject>"
 *   client-provided id    → "viewer:<sha256(id)>"   (a random id the app keeps per device)
 *   otherwise             → "anon:<sha256(client address + user agent)>" when the request
 *                           carries them, else a per-request key (not deduplicated).
 * Views count once per viewer per article per UTC day; votes are one per viewer per article
 * (voting again changes the vote). Anonymous readers can make up viewer ids, so per client
 * address only a few of them count per article (KNOWLEDGE_ANONYMOUS_PER_ADDRESS), and what they
 * count weighs less in ranking (KNOWLEDGE_ANONYMOUS_WEIGHT; the weights are kept beside the
 * counts readers see, in viewWeight / helpfulWeight / unhelpfulWeight). Helpfulness is the Laplace-smoothed share of helpful votes,
 * (helpful + 1) / (helpful + unhelpful + 2): 0.5 with no votes.
 */
import { createHash } from "node:crypto";
import type { Article, Prisma } from "../../generated/prisma/client.js";
import type { Config } from "../../shared/config.js";
import type { BaseContext, SubgraphServices } from "../../shared/context.js";
import { badInput, notFound, rateLimited } from "../../shared/errors.js";
import { recordEvents } from "../../shared/outbox.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

export interface Viewer {
  key: string;
  /** One key per reader (token subject, viewer id or address + agent): views of the same key count once a day. */
  deduplicated: boolean;
  /** Not signed in: the key is whatever the client says (a viewer id) or its address. */
  anonymous: boolean;
  /** Anonymous readers: hash of the client address the gateway saw ("unknown" without one) — the per-address limit. */
  clientKey: string | null;
}

export function viewerKey(
  base: Pick<BaseContext, "identity" | "requestId">,
  viewerId?: string | null,
  client?: { address?: string | null; userAgent?: string | null },
): Viewer {
  if (base.identity.subject && base.identity.role !== "service")
    return { key: `user:${base.identity.subject}`, deduplicated: true, anonymous: false, clientKey: null };
  const clientKey = `addr:${client?.address ? sha(client.address) : "unknown"}`;
  if (viewerId != null) {
    const trimmed = viewerId.trim();
    if (trimmed.length < 8 || trimmed.length > 200)
      throw badInput("viewerId must be 8–200 characters", { field: "viewerId" });
    return { key: `viewer:${sha(trimmed)}`, deduplicated: true, anonymous: true, clientKey };
  }
  if (client?.address)
    return {
      key: `anon:${sha(`${client.address}|${client.userAgent ?? ""}`)}`,
      deduplicated: true,
      anonymous: true,
      clientKey,
    };
  return { key: `request:${base.requestId}`, deduplicated: false, anonymous: true, clientKey };
}

export const helpfulnessScore = (helpful: number, unhelpful: number) => (helpful + 1) / (helpful + unhelpful + 2);

export interface EngagementLimits {
  /** Weight of an anonymous reader's view or vote in ranking (signed-in: 1). */
  anonymousWeight: number;
  /** Anonymous readers counted per client address and article (views per UTC day, votes per 24 h). */
  anonymousPerAddress: number;
}

export const engagementLimits = (
  config: Pick<Config, "KNOWLEDGE_ANONYMOUS_WEIGHT" | "KNOWLEDGE_ANONYMOUS_PER_ADDRESS">,
): EngagementLimits => ({
  anonymousWeight: config.KNOWLEDGE_ANONYMOUS_WEIGHT,
  anonymousPerAddress: config.KNOWLEDGE_ANONYMOUS_PER_ADDRESS,
});

type Tx = Prisma.TransactionClient;

/** Serialises the per-address checks of one article and client address (concurrent requests cannot both pass the limit). */
const lockAddress = (tx: Tx, articleId: string, clientKey: string) =>
  tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, `knowledge:${articleId}:${clientKey}`);

/**
 * Counts a view of a published article unless this viewer already viewed it today, or — for an
 * anonymous reader — the client's address has already had `anonymousPerAddress` anonymous readers
 * of this article counted today (made-up viewer ids from one address move nothing). A signed-in
 * view weighs 1 in ranking, an anonymous one `anonymousWeight`. Returns true when counted.
 */
export async function recordView(
  services: SubgraphServices,
  article: Article,
  viewer: Pick<Viewer, "key" | "anonymous" | "clientKey">,
  limits: EngagementLimits,
  now = new Date(),
): Promise<boolean> {
  if (article.status !== "PUBLISHED") return false;
  return services.db.prisma.$transaction(async (tx) => {
    const clientKey = viewer.anonymous ? viewer.clientKey : null;
    if (clientKey) {
      await lockAddress(tx, article.id, clientKey);
      const [{ readers }] = await tx.$queryRawUnsafe<{ readers: number }[]>(
        `SELECT count(*)::int AS readers FROM "knowledge"."article_views" WHERE "articleId" = $1::uuid AND "clientKey" = $2 AND "day" = ($3::timestamptz AT TIME ZONE 'UTC')::date AND "viewerKey" <> $4`,
        article.id,
        clientKey,
        now,
        viewer.key,
      );
      if (readers >= limits.anonymousPerAddress) return false;
    }
    const inserted = await tx.$executeRawUnsafe(
      `INSERT INTO "knowledge"."article_views" ("articleId", "viewerKey", "clientKey", "day", "viewedAt") VALUES ($1::uuid, $2, $3, ($4::timestamptz AT TIME ZONE 'UTC')::date, $4) ON CONFLICT DO NOTHING`,
      article.id,
      viewer.key,
      clientKey,
      now,
    );
    if (inserted === 0) return false;
    const weight = viewer.anonymous ? limits.anonymousWeight : 1;
    await tx.$executeRawUnsafe(
      `UPDATE "knowledge"."articles" SET "viewCount" = "viewCount" + 1, "viewWeight" = "viewWeight" + $2::float8 WHERE "id" = $1::uuid`,
      article.id,
      weight,
    );
    await recordEvents(tx, "knowledge", [
      {
        type: "article.viewed",
        aggregateId: article.id,
        payload: { articleId: article.id, language: article.language },
      },
    ]);
    return true;
  });
}

export interface RateInput {
  articleId: string;
  helpful: boolean;
  comment?: string | null;
}

/** How long an anonymous vote counts towards its address's limit. */
const VOTE_WINDOW_SECONDS = 24 * 3600;

/**
 * One vote per viewer; a changed vote updates the counts, a repeated identical vote changes
 * nothing. An anonymous voter's vote weighs `anonymousWeight` in ranking, and a client address
 * gets `anonymousPerAddress` new anonymous voters per article per 24 hours (RATE_LIMITED beyond;
 * changing a vote already given is always allowed).
 */
export async function rateArticle(
  services: SubgraphServices,
  input: RateInput,
  viewer: Pick<Viewer, "key" | "anonymous" | "clientKey">,
  limits: EngagementLimits,
): Promise<Article> {
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 2000) throw badInput("comment must be at most 2000 characters", { field: "comment" });
  const key = viewer.key;
  const clientKey = viewer.anonymous ? viewer.clientKey : null;
  const weight = viewer.anonymous ? limits.anonymousWeight : 1;
  return services.db.prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId } });
    if (!article || article.status !== "PUBLISHED") throw notFound("Article");
    const previous = await tx.articleVote.findUnique({
      where: { articleId_viewerKey: { articleId: article.id, viewerKey: key } },
    });
    if (previous && previous.helpful === input.helpful && previous.comment === comment) return article;
    if (!previous && clientKey) {
      await lockAddress(tx, article.id, clientKey);
      const [{ voters }] = await tx.$queryRawUnsafe<{ voters: number }[]>(
        `SELECT count(*)::int AS voters FROM "knowledge"."article_votes" WHERE "articleId" = $1::uuid AND "clientKey" = $2 AND "createdAt" > now() - make_interval(secs => $3)`,
        article.id,
        clientKey,
        VOTE_WINDOW_SECONDS,
      );
      if (voters >= limits.anonymousPerAddress) throw rateLimited(VOTE_WINDOW_SECONDS);
    }
    await tx.articleVote.upsert({
      where: { articleId_viewerKey: { articleId: article.id, viewerKey: key } },
      create: { articleId: article.id, viewerKey: key, clientKey, weight, helpful: input.helpful, comment },
      update: { helpful: input.helpful, comment },
    });
    const [totals] = await tx.$queryRawUnsafe<
      { helpful: number; unhelpful: number; helpfulWeight: number; unhelpfulWeight: number }[]
    >(
      `SELECT count(*) FILTER (WHERE "helpful")::int AS helpful, count(*) FILTER (WHERE NOT "helpful")::int AS unhelpful,
              coalesce(sum("weight") FILTER (WHERE "helpful"), 0)::float8 AS "helpfulWeight", coalesce(sum("weight") FILTER (WHERE NOT "helpful"), 0)::float8 AS "unhelpfulWeight"
       FROM "knowledge"."article_votes" WHERE "articleId" = $1::uuid`,
      article.id,
    );
    const updated = await tx.article.update({
      where: { id: article.id },
      data: {
        helpfulCount: totals.helpful,
        unhelpfulCount: totals.unhelpful,
        helpfulWeight: totals.helpfulWeight,
        unhelpfulWeight: totals.unhelpfulWeight,
        updatedAt: article.updatedAt,
      },
    });
    if (!previous || previous.helpful !== input.helpful) {
      await recordEvents(tx, "knowledge", [
        {
          type: "article.rated",
          aggregateId: article.id,
          payload: { articleId: article.id, language: article.language, helpful: input.helpful },
        },
      ]);
    }
    return updated;
  });
}
