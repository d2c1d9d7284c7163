/**
 * Customer feedback on resolved tickets and ended chats. Only the item's customer may give it,
 * once per item (later submissions update it), after the owner (tickets / chat) says it is
 * finished. A rating of 2 or less opens an improvement task for the supervisor of the category.
 */
import type { AnalyticsFeedback, AnalyticsImprovementTask } from "../../generated/prisma/client.js";
import { AppError, badInput, conflict, forbidden, notFound } from "../../shared/errors.js";
import { InternalCallError } from "../../shared/internal-client.js";
import { recordEvents, type NewEvent } from "../../shared/outbox.js";
import { assertUuid } from "../../shared/ids.js";
import { agentSpecializations } from "./clients/agents.js";
import { chatToRate } from "./clients/chat.js";
import { ticketToRate } from "./clients/tickets.js";
import type { AnalyticsContext } from "./context.js";

export type FeedbackKind = "TICKET" | "CHAT";

export const LOW_RATING_MAX = 2;
export const COMMENT_MAX_LENGTH = 5000;
export const RESOLVED_TICKET_STATUSES = ["RESOLVED", "CLOSED", "AUTO_RESOLVED"];
export const ENDED_CHAT_STATUSES = ["RESOLVED", "ABANDONED", "TIMED_OUT"];

export interface TicketFeedbackInput {
  ticketId: string;
  rating: number;
  responseTimeRating?: number | null;
  helpfulnessRating?: number | null;
  resolutionRating?: number | null;
  overallRating?: number | null;
  comments?: string | null;
  wouldRecommend?: number | null;
  suggestions?: string | null;
}

export interface ChatFeedbackInput {
  chatId: string;
  rating: number;
  waitTimeRating?: number | null;
  agentRating?: number | null;
  resolved?: boolean | null;
  comments?: string | null;
}

function wholeWithin(
  value: number | null | undefined,
  min: number,
  max: number,
  field: string,
  required = false,
): void {
  if (value === null || value === undefined) {
    if (required) throw badInput(`${field} is required`, { field });
    return;
  }
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${field} must be a whole number from ${min} to ${max}`, { field });
}

function text(value: string | null | undefined, field: string): void {
  if (value !== null && value !== undefined && value.length > COMMENT_MAX_LENGTH)
    throw badInput(`${field} must be at most ${COMMENT_MAX_LENGTH} characters`, { field });
}

export function validateTicketFeedback(input: TicketFeedbackInput): void {
  assertUuid(input.ticketId, "ticketId");
  wholeWithin(input.rating, 1, 5, "rating", true);
  for (const field of ["responseTimeRating", "helpfulnessRating", "resolutionRating", "overallRating"] as const)
    wholeWithin(input[field], 1, 5, field);
  wholeWithin(input.wouldRecommend, 0, 10, "wouldRecommend");
  text(input.comments, "comments");
  text(input.suggestions, "suggestions");
}

export function validateChatFeedback(input: ChatFeedbackInput): void {
  assertUuid(input.chatId, "chatId");
  wholeWithin(input.rating, 1, 5, "rating", true);
  wholeWithin(input.waitTimeRating, 1, 5, "waitTimeRating");
  wholeWithin(input.agentRating, 1, 5, "agentRating");
  text(input.comments, "comments");
}

/** What the owner says about the item. */
export interface FeedbackItem {
  kind: FeedbackKind;
  itemId: string;
  status: string;
  customerId: string;
  agentId: string | null;
  categoryKey: string | null;
  channel: string | null;
  language: string | null;
}

function ownerFailure(error: unknown, what: string): Error {
  if (error instanceof InternalCallError) {
    if (error.code === "NOT_FOUND") return notFound(what);
    if (error.code === "BAD_USER_INPUT") return badInput(error.message);
  }
  return new AppError("INTERNAL_SERVER_ERROR", `${what} could not be checked right now; try again`);
}

export async function loadTicketItem(ctx: AnalyticsContext, ticketId: string): Promise<FeedbackItem> {
  const ticket = await ticketToRate(ctx.internal, ticketId, { timeoutMs: 3000 }).catch((error) => {
    throw ownerFailure(error, "Ticket");
  });
  if (!ticket) throw notFound("Ticket");
  return {
    kind: "TICKET",
    itemId: ticket.id,
    status: ticket.status,
    customerId: ticket.customer.id,
    agentId: ticket.assignedAgentId,
    categoryKey: ticket.category?.key ?? null,
    channel: ticket.channel ?? null,
    language: ticket.language ?? null,
  };
}

export async function loadChatItem(ctx: AnalyticsContext, chatId: string): Promise<FeedbackItem> {
  const chat = await chatToRate(ctx.internal, chatId, { timeoutMs: 3000 }).catch((error) => {
    throw ownerFailure(error, "Chat");
  });
  if (!chat) throw notFound("Chat");
  return {
    kind: "CHAT",
    itemId: chat.id,
    status: chat.status,
    customerId: chat.customer.id,
    agentId: chat.agent?.id ?? null,
    categoryKey: chat.topic ?? null,
    channel: "CHAT",
    language: chat.language ?? null,
  };
}

/** Only the customer, only when finished. Same answer for "not yours" whatever the status. */
export function assertMayRate(ctx: AnalyticsContext, item: FeedbackItem): void {
  if (ctx.identity.subject !== item.customerId)
    throw forbidden(`Only the ${item.kind === "TICKET" ? "ticket" : "chat"}'s customer can give feedback on it`);
  const finished = item.kind === "TICKET" ? RESOLVED_TICKET_STATUSES : ENDED_CHAT_STATUSES;
  if (!finished.includes(item.status)) {
    throw conflict(
      item.kind === "TICKET"
        ? "Feedback can be given once the ticket is resolved"
        : "Feedback can be given once the chat has ended",
      { status: item.status },
    );
  }
}

/** The supervisor whose specializations include the category (agents owns the directory); null when none or unreachable. */
export async function supervisorFor(ctx: AnalyticsContext, categoryKey: string | null): Promise<string | null> {
  if (!categoryKey) return null;
  try {
    const agents = await agentSpecializations(ctx.internal, { timeoutMs: 2000 });
    const supervisors = agents
      .filter((a) => a.role === "SUPERVISOR" && a.specializations.includes(categoryKey))
      .map((a) => a.id)
      .sort();
    return supervisors[0] ?? null;
  } catch (error) {
    ctx.logger.warn("supervisor lookup failed; the follow-up goes to every supervisor's queue", {
      categoryKey,
      error: (error as Error).message,
    });
    return null;
  }
}

export interface FeedbackValues {
  rating: number;
  responseTimeRating?: number | null;
  helpfulnessRating?: number | null;
  resolutionRating?: number | null;
  overallRating?: number | null;
  waitTimeRating?: number | null;
  agentRating?: number | null;
  resolved?: boolean | null;
  wouldRecommend?: number | null;
  comments?: string | null;
  suggestions?: string | null;
}

export interface FeedbackResult {
  feedback: AnalyticsFeedback;
  followUp: AnalyticsImprovementTask | null;
}

/** The feedback columns a submission sets. */
const RATING_FIELDS = [
  "responseTimeRating",
  "helpfulnessRating",
  "resolutionRating",
  "overallRating",
  "waitTimeRating",
  "agentRating",
  "resolved",
  "wouldRecommend",
] as const;

/**
 * What a (re)submission writes. A field the customer left out keeps its stored value on a
 * resubmission; an explicit null clears it. `create` fills what is missing with null.
 */
export type FeedbackChanges = Omit<FeedbackValues, "comments" | "suggestions"> & {
  comments?: string | null;
  suggestions?: string | null;
};

export function feedbackChanges(values: FeedbackValues): { update: FeedbackChanges } {
  const update: FeedbackChanges = { rating: values.rating };
  for (const field of RATING_FIELDS)
    if (values[field] !== undefined) (update as Record<string, unknown>)[field] = values[field];
  for (const field of ["comments", "suggestions"] as const)
    if (values[field] !== undefined) update[field] = values[field]?.trim() || null;
  return { update };
}

/** A customer's feedback on a resolved ticket: validated, checked with tickets, saved. */
export async function submitTicketFeedback(ctx: AnalyticsContext, input: TicketFeedbackInput): Promise<FeedbackResult> {
  validateTicketFeedback(input);
  const item = await loadTicketItem(ctx, input.ticketId);
  assertMayRate(ctx, item);
  return saveFeedback(ctx, item, input);
}

/** A customer's feedback on an ended chat: validated, checked with chat, saved. */
export async function submitChatFeedback(ctx: AnalyticsContext, input: ChatFeedbackInput): Promise<FeedbackResult> {
  validateChatFeedback(input);
  const item = await loadChatItem(ctx, input.chatId);
  assertMayRate(ctx, item);
  return saveFeedback(ctx, item, input);
}

/** The caller's own feedback on one ticket or chat; null when none was given or it is someone else's. */
export async function callersFeedbackOn(
  ctx: AnalyticsContext,
  kind: FeedbackKind,
  itemId: string,
): Promise<AnalyticsFeedback | null> {
  const feedback = await ctx.db.prisma.analyticsFeedback.findUnique({ where: { kind_itemId: { kind, itemId } } });
  return feedback && feedback.customerId === ctx.identity.subject ? feedback : null;
}

export async function saveFeedback(
  ctx: AnalyticsContext,
  item: FeedbackItem,
  values: FeedbackValues,
): Promise<FeedbackResult> {
  const low = values.rating <= LOW_RATING_MAX;
  const supervisorId = low ? await supervisorFor(ctx, item.categoryKey) : null;
  const { update } = feedbackChanges(values);
  const owner = {
    customerId: item.customerId,
    agentId: item.agentId,
    categoryKey: item.categoryKey,
    channel: item.channel,
    language: item.language,
  };
  return ctx.db.prisma.$transaction(async (tx) => {
    const where = { kind_itemId: { kind: item.kind, itemId: item.itemId } };
    const previous = await tx.analyticsFeedback.findUnique({ where });
    const feedback = await tx.analyticsFeedback.upsert({
      where,
      create: { kind: item.kind, itemId: item.itemId, ...owner, ...update },
      update: { ...owner, ...update },
    });
    const payload = {
      kind: item.kind,
      itemId: item.itemId,
      feedbackId: feedback.id,
      customerId: item.customerId,
      agentId: item.agentId,
      categoryKey: item.categoryKey,
      rating: feedback.rating,
      agentRating: feedback.agentRating,
      wouldRecommend: feedback.wouldRecommend,
      previousRating: previous?.rating ?? null,
    };
    const events: NewEvent[] = [{ type: "feedback.given", aggregateId: item.itemId, payload }];
    const existing = await tx.analyticsImprovementTask.findUnique({ where: { feedbackId: feedback.id } });
    let followUp: AnalyticsImprovementTask | null = null;
    if (low) {
      followUp = existing
        ? await tx.analyticsImprovementTask.update({
            where: { id: existing.id },
            data: {
              rating: feedback.rating,
              comments: feedback.comments,
              ...(existing.status === "DONE" ? { status: "OPEN", doneAt: null } : {}),
            },
          })
        : await tx.analyticsImprovementTask.create({
            data: {
              feedbackId: feedback.id,
              kind: item.kind,
              itemId: item.itemId,
              customerId: item.customerId,
              categoryKey: item.categoryKey,
              supervisorId,
              rating: feedback.rating,
              comments: feedback.comments,
            },
          });
      // Notify (tickets subgraph) when the follow-up is new or reopened, not on every edit.
      if (!existing || existing.status === "DONE") {
        events.push({
          type: "feedback.low_rating",
          aggregateId: item.itemId,
          payload: { ...payload, followUpId: followUp.id, supervisorId: followUp.supervisorId },
        });
      }
    } else if (existing) {
      // Rated up since: the follow-up stays where it is (a supervisor closes it) but shows the
      // customer's current rating and words, not the ones that opened it.
      await tx.analyticsImprovementTask.update({
        where: { id: existing.id },
        data: { rating: feedback.rating, comments: feedback.comments },
      });
    }
    await recordEvents(tx, "analytics", events);
    return { feedback, followUp };
  });
}
