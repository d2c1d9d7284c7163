/** Customer feedback and the improvement tasks low ratings open: types, inputs, queries and mutations. */
import type { AnalyticsFeedback as FeedbackRow, AnalyticsImprovementTask as TaskRow } from "../../../generated/prisma/client.js";
import { maxLength } from "../../../shared/input-limits.js";
import { assertUuid } from "../../../shared/ids.js";
import { callersFeedbackOn, COMMENT_MAX_LENGTH, submitChatFeedback, submitTicketFeedback, type FeedbackResult } from "../feedback.js";
import { completeImprovementTask, improvementTaskPage } from "../improvement-tasks.js";
import { builder } from "./builder.js";
import { AgentRef, ChatRef, CustomerRef, TicketRef } from "./entity-refs.js";

export const FeedbackKind = builder.enumType("FeedbackKind", {
  description: "What the feedback is about.",
  values: {
    TICKET: { description: "A resolved ticket." },
    CHAT: { description: "An ended chat." },
  } as const,
});

export const CustomerFeedback = builder.objectRef<FeedbackRow>("CustomerFeedback").implement({
  description: "A customer's feedback on a resolved ticket or an ended chat.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The feedback id." }),
    kind: t.field({ description: "Ticket or chat.", type: FeedbackKind, resolve: (f) => f.kind as "TICKET" | "CHAT" }),
    ticket: t.field({ description: "The ticket, for TICKET feedback.", type: TicketRef, nullable: true, resolve: (f) => (f.kind === "TICKET" ? { id: f.itemId } : null) }),
    chat: t.field({ description: "The chat, for CHAT feedback.", type: ChatRef, nullable: true, resolve: (f) => (f.kind === "CHAT" ? { id: f.itemId } : null) }),
    customer: t.field({ type: CustomerRef, nullable: true, description: "The customer's profile; null with a NOT_FOUND error when agents holds none.", resolve: (f) => ({ id: f.customerId }) }),
    agent: t.field({ description: "The agent who handled it, if any.", type: AgentRef, nullable: true, resolve: (f) => (f.agentId ? { id: f.agentId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "The ticket category (chats: topic), if any." }),
    rating: t.exposeInt("rating", { description: "Overall rating, 1–5." }),
    responseTimeRating: t.exposeInt("responseTimeRating", { nullable: true, description: "Tickets: response time, 1–5." }),
    helpfulnessRating: t.exposeInt("helpfulnessRating", { nullable: true, description: "Tickets: helpfulness, 1–5." }),
    resolutionRating: t.exposeInt("resolutionRating", { nullable: true, description: "Tickets: resolution, 1–5." }),
    overallRating: t.exposeInt("overallRating", { nullable: true, description: "Tickets: overall experience, 1–5." }),
    waitTimeRating: t.exposeInt("waitTimeRating", { nullable: true, description: "Chats: wait time, 1–5." }),
    agentRating: t.exposeInt("agentRating", { nullable: true, description: "Chats: the agent, 1–5." }),
    resolved: t.exposeBoolean("resolved", { nullable: true, description: "Chats: whether the customer says it was resolved." }),
    wouldRecommend: t.exposeInt("wouldRecommend", { nullable: true, description: "Tickets: would recommend us, 0–10 (NPS)." }),
    comments: t.exposeString("comments", { nullable: true, description: "Free text." }),
    suggestions: t.exposeString("suggestions", { nullable: true, description: "Tickets: suggestions, free text." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was first given." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it was last changed." }),
  }),
});

export const ImprovementStatus = builder.enumType("ImprovementTaskStatus", {
  description: "Whether a follow-up is done.",
  values: {
    OPEN: { description: "To do." },
    DONE: { description: "Completed." },
  } as const,
});

export const ImprovementTask = builder.objectRef<TaskRow>("ImprovementTask").implement({
  description: "A follow-up on a low rating (≤ 2) for the supervisor of the item's category.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The task id." }),
    status: t.field({ description: "Open or done.", type: ImprovementStatus, resolve: (task) => task.status as "OPEN" | "DONE" }),
    kind: t.field({ description: "Ticket or chat.", type: FeedbackKind, resolve: (task) => task.kind as "TICKET" | "CHAT" }),
    ticket: t.field({ description: "The ticket, for TICKET tasks.", type: TicketRef, nullable: true, resolve: (task) => (task.kind === "TICKET" ? { id: task.itemId } : null) }),
    chat: t.field({ description: "The chat, for CHAT tasks.", type: ChatRef, nullable: true, resolve: (task) => (task.kind === "CHAT" ? { id: task.itemId } : null) }),
    customer: t.field({ type: CustomerRef, nullable: true, description: "The customer's profile; null with a NOT_FOUND error when agents holds none.", resolve: (task) => ({ id: task.customerId }) }),
    supervisor: t.field({ type: AgentRef, nullable: true, description: "Null: no supervisor covers the category; any supervisor may take it.", resolve: (task) => (task.supervisorId ? { id: task.supervisorId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "The category it belongs to, if any." }),
    rating: t.exposeInt("rating", { description: "The low rating (1–2) that opened it." }),
    comments: t.exposeString("comments", { nullable: true, description: "The customer's comments." }),
    note: t.exposeString("note", { nullable: true, description: "The supervisor's note on completion." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was opened." }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true, description: "When it was completed; null while OPEN." }),
  }),
});

export const FeedbackSubmission = builder.objectRef<FeedbackResult>("FeedbackSubmission").implement({
  description: "Stored feedback and whether it opened a follow-up.",
  fields: (t) => ({
    feedback: t.field({ description: "The feedback as stored.", type: CustomerFeedback, resolve: (r) => r.feedback }),
    followUpCreated: t.boolean({ description: "A low rating opened (or reopened) an improvement task.", resolve: (r) => r.followUp !== null }),
  }),
});

export const SubmitTicketFeedbackInput = builder.inputType("SubmitTicketFeedbackInput", {
  description: "Feedback on a resolved ticket. Out-of-range values: BAD_USER_INPUT.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket.", required: true }),
    rating: t.int({ required: true, description: "1–5" }),
    responseTimeRating: t.int({ required: false, description: "1–5" }),
    helpfulnessRating: t.int({ required: false, description: "1–5" }),
    resolutionRating: t.int({ required: false, description: "1–5" }),
    overallRating: t.int({ required: false, description: "1–5" }),
    comments: t.string({ description: "Free text.", required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
    wouldRecommend: t.int({ required: false, description: "0–10 (NPS)" }),
    suggestions: t.string({ description: "Free text.", required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
  }),
});

export const SubmitChatFeedbackInput = builder.inputType("SubmitChatFeedbackInput", {
  description: "Feedback on an ended chat. Out-of-range values: BAD_USER_INPUT.",
  fields: (t) => ({
    chatId: t.id({ description: "The chat.", required: true }),
    rating: t.int({ required: true, description: "1–5" }),
    waitTimeRating: t.int({ required: false, description: "1–5" }),
    agentRating: t.int({ required: false, description: "1–5" }),
    resolved: t.boolean({ description: "Was the problem solved?", required: false }),
    comments: t.string({ description: "Free text.", required: false, ...maxLength(COMMENT_MAX_LENGTH) }),
  }),
});

export const CompleteImprovementTaskInput = builder.inputType("CompleteImprovementTaskInput", {
  description: "A follow-up to close.",
  fields: (t) => ({ id: t.id({ required: true, description: "The task (unknown: NOT_FOUND)." }), note: t.string({ required: false, ...maxLength(COMMENT_MAX_LENGTH), description: "What was done." }) }),
});

export function registerFeedbackFields(): void {
  builder.queryFields((t) => ({
    myFeedback: t.field({
      type: CustomerFeedback,
      nullable: true,
      authScopes: { customer: true },
      description: "The caller's feedback on one ticket or chat, if given. Customers only.",
      args: { kind: t.arg({ type: FeedbackKind, required: true, description: "Ticket or chat." }), itemId: t.arg.id({ required: true, description: "The ticket's or chat's id (UUID)." }) },
      resolve: (_root, args, ctx) => {
        assertUuid(args.itemId, "itemId");
        return callersFeedbackOn(ctx, args.kind, args.itemId);
      },
    }),
    improvementQueue: t.connection(
      {
        type: ImprovementTask,
        authScopes: { supervisor: true },
        description: "Follow-ups on low ratings, oldest first. `mine`: only those for the caller (and those no supervisor covers). Supervisors and admins.",
        args: {
          status: t.arg({ type: ImprovementStatus, required: false, defaultValue: "OPEN", description: "Only tasks with this status (default OPEN)." }),
          mine: t.arg.boolean({ required: false, description: "Only tasks for me and those no supervisor covers." }),
        },
        resolve: (_root, args, ctx) => improvementTaskPage(ctx, args, args),
      },
      { name: "ImprovementTaskConnection" },
      { name: "ImprovementTaskEdge" },
    ),
  }));

  builder.mutationFields((t) => ({
    submitTicketFeedback: t.field({
      type: FeedbackSubmission,
      authScopes: { customer: true },
      description: "Rate a resolved ticket (its customer only; others FORBIDDEN). Submitting again updates the feedback. Not resolved yet: CONFLICT; unknown ticket: NOT_FOUND; out-of-range ratings: BAD_USER_INPUT.",
      args: { input: t.arg({ description: "The feedback.", type: SubmitTicketFeedbackInput, required: true }) },
      resolve: (_root, { input }, ctx) => submitTicketFeedback(ctx, input),
    }),
    submitChatFeedback: t.field({
      type: FeedbackSubmission,
      authScopes: { customer: true },
      description: "Rate an ended chat (its customer only; others FORBIDDEN). Submitting again updates the feedback. Not ended yet: CONFLICT; unknown chat: NOT_FOUND; out-of-range ratings: BAD_USER_INPUT.",
      args: { input: t.arg({ description: "The feedback.", type: SubmitChatFeedbackInput, required: true }) },
      resolve: (_root, { input }, ctx) => submitChatFeedback(ctx, input),
    }),
    completeImprovementTask: t.field({ description: "Marks a follow-up done, with a note. Supervisors and admins. Unknown task: NOT_FOUND; already done: CONFLICT.",
      type: ImprovementTask,
      authScopes: { supervisor: true },
      args: { input: t.arg({ description: "The task and note.", type: CompleteImprovementTaskInput, required: true }) },
      resolve: (_root, { input }, ctx) => completeImprovementTask(ctx, input),
    }),
  }));
}
