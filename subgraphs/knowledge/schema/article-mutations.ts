/** Writing, publishing, archiving and rating articles. */
import { badInput } from "../../../shared/errors.js";
import { assertUuid } from "../../../shared/ids.js";
import { listLimits, maxLength } from "../../../shared/input-limits.js";
import { createArticle, setArticleStatus, updateArticle } from "../articles.js";
import { engagementLimits, rateArticle, viewerKey } from "../engagement.js";
import { Article } from "./articles.js";
import { builder } from "./builder.js";

const ARTICLE_BODY_MAX_LENGTH = 100_000;

const CreateArticleInput = builder.inputType("CreateArticleInput", {
  description: "A new article. Invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    title: t.string({ description: "1–200 characters.", required: true }),
    body: t.string({ required: true, description: "Markdown.", ...maxLength(ARTICLE_BODY_MAX_LENGTH) }),
    categoryKey: t.string({ description: "An existing knowledge category key.", required: true }),
    language: t.string({ description: "en, ar, hi or ur.", required: true }),
    tags: t.stringList({ description: "At most 20 tags of up to 50 characters.", required: false, ...listLimits(20, 50) }),
    slug: t.string({ description: "URL name; derived from the title when omitted. Taken in this language: CONFLICT.", required: false }),
    translationOf: t.id({ required: false, description: "Id of the article this one translates." }),
  }),
});

const UpdateArticleInput = builder.inputType("UpdateArticleInput", {
  description: "Changes to an article; omitted fields stay as they are. Invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    id: t.id({ description: "The article (unknown: NOT_FOUND).", required: true }),
    title: t.string({ description: "1–200 characters.", required: false }),
    body: t.string({ required: false, description: "Markdown.", ...maxLength(ARTICLE_BODY_MAX_LENGTH) }),
    categoryKey: t.string({ description: "An existing knowledge category key.", required: false }),
    tags: t.stringList({ description: "Replaces the tags: at most 20 of up to 50 characters.", required: false, ...listLimits(20, 50) }),
    slug: t.string({ description: "New URL name. Taken in this language: CONFLICT.", required: false }),
    note: t.string({ required: false, description: "What changed (kept with the version).", ...maxLength(500) }),
    translationOf: t.id({ required: false, description: "Link as a translation of this article (join its group); CONFLICT when the group already has one in this language." }),
    expectedVersion: t.int({ required: false, description: "Refuse (CONFLICT) when the article has moved past this version." }),
  }),
});

const ArticleIdInput = builder.inputType("ArticleStatusInput", {
  description: "The article to publish or archive.",
  fields: (t) => ({ id: t.id({ required: true, description: "The article id (UUID; unknown: NOT_FOUND)." }) }),
});

const RateArticleInput = builder.inputType("RateArticleInput", {
  description: "A reader's vote on an article.",
  fields: (t) => ({
    articleId: t.id({ description: "The article (UUID).", required: true }),
    helpful: t.boolean({ description: "true: helpful; false: not helpful.", required: true }),
    comment: t.string({ description: "What was missing or wrong (at most 2,000 characters); staff read it in Article.feedback.", required: false, ...maxLength(2000) }),
    viewerId: t.string({ required: false, description: "Required for anonymous callers: the client's stable random id." }),
  }),
});

builder.mutationFields((t) => ({
  createArticle: t.field({
    type: Article,
    description: "A new DRAFT article (version 1). Staff only. Invalid input: BAD_USER_INPUT; slug or translation language taken: CONFLICT.",
    authScopes: { staff: true },
    args: { input: t.arg({ description: "The article.", type: CreateArticleInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      if (input.translationOf) assertUuid(input.translationOf, "translationOf");
      return createArticle(ctx, { ...input, authorId: ctx.identity.subject });
    },
  }),
  updateArticle: t.field({
    type: Article,
    description: "Edits an article; every edit is kept as a new version. Staff only. Unknown article: NOT_FOUND; stale expectedVersion or taken slug: CONFLICT; invalid input: BAD_USER_INPUT.",
    authScopes: { staff: true },
    args: { input: t.arg({ description: "The changes.", type: UpdateArticleInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      assertUuid(input.id, "id");
      return updateArticle(ctx, { ...input, editorId: ctx.identity.subject });
    },
  }),
  publishArticle: t.field({
    type: Article,
    description: "DRAFT or ARCHIVED → PUBLISHED. Supervisors and admins. Unknown article: NOT_FOUND; already published: CONFLICT.",
    authScopes: { supervisor: true },
    args: { input: t.arg({ description: "The article.", type: ArticleIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      assertUuid(input.id, "id");
      return setArticleStatus(ctx, input.id, "PUBLISHED", ctx.identity.subject);
    },
  }),
  archiveArticle: t.field({
    type: Article,
    description: "→ ARCHIVED (hidden from readers and search). Supervisors and admins. Unknown article: NOT_FOUND; not allowed from its status: CONFLICT.",
    authScopes: { supervisor: true },
    args: { input: t.arg({ description: "The article.", type: ArticleIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      assertUuid(input.id, "id");
      return setArticleStatus(ctx, input.id, "ARCHIVED", ctx.identity.subject);
    },
  }),
  rateArticle: t.field({
    type: Article,
    description: "Was this article helpful? One vote per viewer; voting again changes it. Anyone; anonymous callers must pass viewerId (else BAD_USER_INPUT). Too many new anonymous voters from one address per article per day: RATE_LIMITED.",
    args: { input: t.arg({ description: "The vote.", type: RateArticleInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      assertUuid(input.articleId, "articleId");
      // Votes need a stable identity (token or viewerId); an address is good enough for counting views, not for votes.
      const viewer = viewerKey(ctx, input.viewerId, ctx.client ?? undefined);
      if (viewer.anonymous && input.viewerId == null) throw badInput("Anonymous votes need a viewerId", { field: "viewerId" });
      return rateArticle(ctx, { articleId: input.articleId, helpful: input.helpful, comment: input.comment }, viewer, engagementLimits(ctx.config));
    },
  }),
}));
