/**
 * contextualHelp(page, action, language): articles for what the caller is doing now.
 * The page/action's topics (help_topics; action-specific row, else the page's, else "*") are
 * matched against published articles' tags and keywords in the caller's language; articles
 * score by topic overlap × popularity (views, helpfulness) and the ones the caller has already
 * read (any language of the same article, from the view history) are multiplied by 0.3, so
 * new material comes first. The top 3 are `immediateHelp`, the next 5 `relatedArticles`;
 * `videoTutorials` and `quickActions` come with the mapping row (the specification's
 * getContextualHelp: immediate_help, related_articles, video_tutorials, quick_actions).
 * Where the caller's language has fewer matching articles than that (hi and ur have none in the
 * seed), English ones fill the rest — after every article in the caller's language, and never
 * an article whose translation in the caller's language is already listed.
 */
/** The language help falls back to. */
const FALLBACK_LANGUAGE = "en";
import type { Article } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput } from "../../shared/errors.js";
import { acceptedLanguages } from "../../shared/text/index.js";
import { assertLanguage, SUPPORTED_LANGUAGES } from "./articles.js";
import type { KnowledgeContext } from "./context.js";
import { viewerKey } from "./engagement.js";
import type { QuickAction, VideoTutorial } from "./help-topics.js";

export const READ_PENALTY = 0.3;

export interface ContextualHelp {
  page: string;
  action: string | null;
  language: string;
  topics: string[];
  immediateHelp: Article[];
  relatedArticles: Article[];
  quickActions: QuickAction[];
  videoTutorials: VideoTutorial[];
}

export async function contextualHelp(
  services: SubgraphServices,
  input: { page: string; action?: string | null; language: string; viewerKey: string | null },
): Promise<ContextualHelp> {
  const page = input.page.trim().toLowerCase();
  const action = input.action?.trim().toLowerCase() || null;
  if (!page || page.length > 100) throw badInput("page must be 1–100 characters", { field: "page" });
  if (action && action.length > 100) throw badInput("action must be at most 100 characters", { field: "action" });
  assertLanguage(input.language);
  const { prisma } = services.db;
  const candidates = await prisma.helpTopic.findMany({
    where: {
      OR: [
        { page, action: action ?? "" },
        { page, action: "" },
        { page: "*", action: "" },
      ],
    },
  });
  const rank = (r: { page: string; action: string }) => (r.page === page ? (r.action === (action ?? "") ? 0 : 1) : 2);
  const ordered = candidates.sort((a, b) => rank(a) - rank(b));
  const mapping = ordered[0];
  const topics = mapping?.topics ?? [];
  const quickActions = (mapping?.quickActions ?? []) as unknown as QuickAction[];
  // The most specific row that has videos (an action's row may leave them to its page's).
  const videoTutorials =
    ordered.map((r) => r.videoTutorials as unknown as VideoTutorial[]).find((v) => Array.isArray(v) && v.length > 0) ??
    [];
  let articles: Article[] = [];
  if (topics.length > 0) {
    const rows = await services.db.sql.query<{ id: string }>(
      `SELECT "id" FROM (SELECT DISTINCT ON (a."translationGroup") a."id", a."language" = $1 AS "own", a."publishedAt",
         (cardinality(ARRAY(SELECT unnest(a."tags") INTERSECT SELECT unnest($2::text[]))) * 2
          + cardinality(ARRAY(SELECT unnest(a."keywords") INTERSECT SELECT unnest($2::text[]))))
         * (1 + 0.15 * ln(1 + a."viewWeight")) * (1 + 0.5 * ((a."helpfulWeight" + 1.0) / (a."helpfulWeight" + a."unhelpfulWeight" + 2.0) - 0.5))
         * (CASE WHEN $3::text IS NOT NULL AND EXISTS (
              SELECT 1 FROM "knowledge"."article_views" v JOIN "knowledge"."articles" r ON r."id" = v."articleId"
              WHERE v."viewerKey" = $3 AND r."translationGroup" = a."translationGroup") THEN ${READ_PENALTY} ELSE 1 END) AS score
       FROM "knowledge"."articles" a
       WHERE a."status" = 'PUBLISHED' AND a."language" = ANY($4::text[]) AND (a."tags" && $2::text[] OR a."keywords" && $2::text[])
       ORDER BY a."translationGroup", a."language" = $1 DESC) candidates
       ORDER BY "own" DESC, score DESC, "publishedAt" DESC NULLS LAST, "id" LIMIT 8`,
      [input.language, topics, input.viewerKey, [...new Set([input.language, FALLBACK_LANGUAGE])]],
    );
    const byId = new Map(
      (await prisma.article.findMany({ where: { id: { in: rows.map((r) => r.id) } } })).map((a) => [a.id, a]),
    );
    articles = rows.map((r) => byId.get(r.id)).filter((a): a is Article => Boolean(a));
  }
  return {
    page,
    action,
    language: input.language,
    topics,
    immediateHelp: articles.slice(0, 3),
    relatedArticles: articles.slice(3, 8),
    quickActions,
    videoTutorials,
  };
}

/**
 * contextualHelp for the caller: in the language asked, else the caller's most preferred language
 * the knowledge base supports ("fr, ar" → ar), else English; articles the viewer read sort last.
 */
export function contextualHelpForCaller(
  ctx: KnowledgeContext,
  args: { page: string; action?: string | null; language?: string | null; viewerId?: string | null },
): Promise<ContextualHelp> {
  const accepted = acceptedLanguages(ctx.acceptLanguage).find((l) =>
    (SUPPORTED_LANGUAGES as readonly string[]).includes(l),
  );
  const language = args.language ?? accepted ?? "en";
  const viewer = viewerKey(ctx, args.viewerId, ctx.client ?? undefined);
  return contextualHelp(ctx, {
    page: args.page,
    action: args.action,
    language,
    viewerKey: viewer.deduplicated ? viewer.key : null,
  });
}
