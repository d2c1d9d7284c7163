/**
 * addTicketMessage: a reply or internal note, idempotent per (ticket, key); translated for the
 * other side when translation is on; a customer reply that reopens an unassigned ticket sends it
 * back to agents after the commit.
 */
import type { TicketMessage } from "../../generated/prisma/client.js";
import { translateConversationMessage } from "../../shared/conversation-translation.js";
import { isStaff } from "../../shared/identity.js";
import { assertUuid } from "../../shared/ids.js";
import { requestAssignment } from "./automation.js";
import type { TicketsContext } from "./context.js";
import { requestEnv, withLockedTicket } from "./locked-ticket.js";
import { actorOf, seesEveryTicket, visibleTicket } from "./ticket-access.js";
import { isUniqueViolation } from "../../shared/unique-violation.js";
import { addMessage, replayedMessage, validateAttachments } from "./workflow.js";

export interface TicketMessageDraft {
  ticketId: string;
  body: string;
  attachments?: readonly { name: string; url: string; contentType?: string | null; size?: number | null }[] | null;
  internal?: boolean | null;
  idempotencyKey?: string | null;
}

export async function addTicketMessage(ctx: TicketsContext, input: TicketMessageDraft): Promise<TicketMessage> {
  assertUuid(input.ticketId, "ticketId");
  const attachments = validateAttachments(input.attachments);
  const actor = actorOf(ctx);
  const draft = {
    body: input.body.trim(),
    internal: Boolean(input.internal),
    attachments,
    idempotencyKey: input.idempotencyKey ?? null,
  };
  // A reply reads its ticket first: the access check, and its translation is asked of another
  // service before the transaction. Staff and services see every ticket, so their internal notes
  // (never translated) have the ticket checked and read under the lock only.
  const before = draft.internal && seesEveryTicket(ctx) ? null : await visibleTicket(ctx, input.ticketId);
  const replayed = await replayedMessage(ctx.db.prisma, input.ticketId, actor, draft);
  if (replayed) return replayed;
  // Translation on for this ticket: the other side's version is stored beside the original.
  const translated =
    before && !draft.internal
      ? await translateConversationMessage(
          ctx,
          { language: before.language, agentId: before.assignedAgentId, needsTranslation: before.needsTranslation },
          { fromStaff: isStaff(ctx.identity), senderId: ctx.identity.subject ?? null, body: draft.body, type: "TEXT" },
        )
      : null;
  const translation = translated ? { stored: translated.translation, switchOn: translated.switchOn } : null;
  let added;
  let statusBefore: string | null = null;
  try {
    added = await withLockedTicket(ctx, input.ticketId, (tx, locked, env) => {
      statusBefore = locked.status;
      return addMessage(tx, locked, actor, { ...draft, translation }, env);
    });
  } catch (error) {
    // A concurrent retry with the same key won: answer with its message.
    const winner = isUniqueViolation(error) ? await replayedMessage(ctx.db.prisma, input.ticketId, actor, draft) : null;
    if (winner) return winner;
    throw error;
  }
  const { message, ticket } = added;
  // A reopened ticket without an assignee goes back to agents.
  if (statusBefore !== ticket.status && ticket.status === "OPEN" && !ticket.assignedAgentId && !ticket.needsTriage)
    await requestAssignment(ctx, ticket, {}, await requestEnv(ctx));
  return message;
}
