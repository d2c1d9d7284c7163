/** Search, the best answer to a question, contextual help and the content-gap report. */
import { badInput } from "../../../shared/errors.js";
import { listLimits, maxLength, SEARCH_TEXT_MAX_LENGTH } from "../../../shared/input-limits.js";
import { decodeCursor, MAX_PAGE_SIZE } from "../../../shared/pagination.js";
import { bestKnowledgeAnswer } from "../answer.js";
import { assertLanguage } from "../articles.js";
import { contextualHelpForCaller } from "../help.js";
import { searchAndRecord } from "../reader-search.js";
import { searchGapPage } from "../search-stats.js";
import { builder } from "./builder.js";
import { ContextualHelp } from "./help.js";
import { KnowledgeAnswer, SearchConnection, SearchGap } from "./search-results.js";

/** A customer's question, as the chatbot and ticket auto-resolution pass it (a ticket description can be long). */
const QUESTION_MAX_LENGTH = 20_000;

builder.queryFields((t) => ({
  searchKnowledge: t.field({
    type: SearchConnection,
    description: "Ranked full-text search over published articles. Public. An empty query lists the most popular articles. Unsupported language: BAD_USER_INPUT.",
    args: {
      query: t.arg.string({ description: "Words to find; longer queries are truncated (see queryTruncated). Empty: most popular articles.", required: false, ...maxLength(SEARCH_TEXT_MAX_LENGTH) }),
      language: t.arg.string({ description: "Only articles in this language (en, ar, hi, ur); default detected from the query's script.", required: false }),
      category: t.arg.string({ description: "Only this knowledge category key.", required: false }),
      tags: t.arg.stringList({ description: "Only articles carrying all of these tags.", required: false, ...listLimits(20, 50) }),
      first: t.arg.int({ description: "Hits per page, 0–100 (default 20); outside that range: BAD_USER_INPUT.", required: false }),
      after: t.arg.string({ description: "Continue after this cursor (an edge cursor or endCursor).", required: false }),
    },
    resolve: (_root, args, ctx) => searchAndRecord(ctx, args),
  }),
  bestKnowledgeAnswer: t.field({
    type: KnowledgeAnswer,
    nullable: true,
    description: "The article that best answers a question, with a confidence 0..1 (chatbot, ticket auto-resolution). Null when nothing matches. Public.",
    args: {
      text: t.arg.string({ required: true, ...maxLength(QUESTION_MAX_LENGTH), description: "The question." }),
      language: t.arg.string({ required: false, description: "The question's language (en, ar, hi, ur); detected when omitted." }),
    },
    resolve: (_root, args, ctx) => bestKnowledgeAnswer(ctx, args.text, args.language),
  }),
  contextualHelp: t.field({
    type: ContextualHelp,
    description: "Help for the page (and action) the caller is on, in their language, unread articles first. Public.",
    args: {
      page: t.arg.string({ description: "The page, e.g. register, kyc, invest, portfolio.", required: true }),
      action: t.arg.string({ description: "What went wrong or is being done there, e.g. upload_failed.", required: false }),
      language: t.arg.string({ required: false, description: "Default: the caller's Accept-Language when supported, else en." }),
      viewerId: t.arg.string({ description: "Anonymous readers: the client's stable random id, so articles already read sort last.", required: false }),
    },
    resolve: (_root, args, ctx) => contextualHelpForCaller(ctx, args),
  }),
  knowledgeSearchGaps: t.connection(
    {
      type: SearchGap,
      description:
        "The content-gap report (staff): queries that found nothing — and with includePartial, found articles only by some of their words — most frequent first. Only the gaps still open (the query's latest search found nothing, or only some words) unless includeFilled. Staff only.",
      authScopes: { staff: true },
      args: {
        language: t.arg.string({ description: "Only searches in this language (en, ar, hi, ur).", required: false }),
        includeFilled: t.arg.boolean({ required: false, defaultValue: false, description: "Also list queries that found nothing once but whose latest search found articles." }),
        includePartial: t.arg.boolean({ required: false, defaultValue: false, description: "Also list queries that found articles only by some of their words; they count towards the order." }),
      },
      resolve: async (_root, args, ctx) => {
        if (args.language) assertLanguage(args.language);
        const first = args.first ?? 20;
        if (first < 0 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`);
        const beyond = args.after ? decodeCursor(args.after) : null;
        if (beyond && typeof beyond[0] !== "number") throw badInput("Invalid pagination cursor", { field: "after" });
        return searchGapPage(ctx.db, {
          language: args.language ?? null,
          includeFilled: args.includeFilled ?? false,
          includePartial: args.includePartial ?? false,
          first,
          after: args.after ?? null,
          beyond: beyond ? [Number(beyond[0]), beyond[1]] : null,
        });
      },
    },
    { name: "KnowledgeSearchGapConnection" },
    { name: "KnowledgeSearchGapEdge" },
  ),
}));
