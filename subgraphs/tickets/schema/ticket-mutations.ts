/** Mutations on tickets: create, update, resolve, close, reopen, escalate, reply, merge, apply a macro. */
import { ROOT_TYPE_DESCRIPTIONS } from "../../common/builder.js";
import { badInput, forbidden, notFound } from "../../common/errors.js";
import { assertUuid } from "../../common/ids.js";
import { isStaff } from "../../common/identity.js";
import { translateConversationMessage } from "../../common/conversation-translation.js";
import type { Ticket as TicketRow } from "../../../generated/prisma/client.js";
import { afterCreate, requestAssignment, workflowEnv } from "../automation.js";
import type { TicketsContext } from "../context.js";
import { createTicket, TRIAGE_TAG } from "../intake.js";
import { formatTicketNumber } from "../lifecycle.js";
import { macroBodyFor, placeholderValues, renderTemplate } from "../macros.js";
import { ticketSlaHours } from "../policy.js";
import { isHigherPriority, ticketPriority } from "../priority.js";
import { addHistory, addMessage, assign, changeStatus, emit, escalate, isUniqueViolation, lockTicket, merge, refreshSla, replayedMessage, validateAttachments } from "../workflow.js";
import { actorOf, visibleTicket, withLockedTicket } from "./access.js";
import { builder } from "./builder.js";
import { AddTicketMessageInput, ApplyMacroInput, cleanTags, CreateTicketInput, EscalateTicketInput, MergeTicketsInput, TicketActionInput, UpdateTicketInput } from "./ticket-inputs.js";
import { TicketMessage } from "./ticket-messages.js";
import { Ticket } from "./tickets.js";

/** Asks agents whether the agent exists: true/false, or null when agents cannot say (then the id is accepted). */
async function agentExists(ctx: TicketsContext, id: string): Promise<boolean | null> {
  try {
    const data = await ctx.internal.request<{ agent: { id: string } | null }>("agents", "query($id: ID!) { agent(id: $id) { id } }", { id }, { timeoutMs: 800 });
    return data.agent !== null;
  } catch (error) {
    ctx.logger.warn("could not verify the agent id with agents; accepting it", { agentId: id, error: (error as Error).message });
    return null;
  }
}

builder.mutationType({
  description: ROOT_TYPE_DESCRIPTIONS.Mutation,
  fields: (t) => ({
    createTicket: t.field({ description: "Opens a ticket: classified, prioritized, given an SLA and routed. Customers create their own (customerId of someone else: FORBIDDEN); staff and services must pass customerId (else BAD_USER_INPUT). Invalid input: BAD_USER_INPUT; reused idempotencyKey with a different request: CONFLICT.",
      type: Ticket,
      authScopes: { customer: true, staff: true, service: true },
      args: { input: t.arg({ description: "The request.", type: CreateTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const caller = ctx.identity;
        let customerId: string;
        if (caller.role === "customer") {
          if (input.customerId && input.customerId !== caller.subject) throw forbidden("Customers can only create tickets for themselves");
          customerId = caller.subject as string;
        } else {
          if (!input.customerId) throw badInput("customerId is required when staff or services create a ticket", { field: "customerId" });
          assertUuid(input.customerId, "customerId");
          customerId = input.customerId;
        }
        if (input.idempotencyKey != null && (input.idempotencyKey.length === 0 || input.idempotencyKey.length > 200)) {
          throw badInput("idempotencyKey must be 1–200 characters", { field: "idempotencyKey" });
        }
        const attachments = validateAttachments(input.attachments);
        const { ticket, created } = await createTicket(
          ctx,
          { ...input, attachments, customerId, createdById: caller.subject as string, createdByRole: caller.role, acceptLanguage: ctx.acceptLanguage },
          await workflowEnv(ctx),
        );
        if (!created) return ticket;
        await afterCreate(ctx, ticket);
        return (await ctx.db.prisma.ticket.findUnique({ where: { id: ticket.id } })) ?? ticket;
      },
    }),

    updateTicket: t.field({
      type: Ticket,
      description: "Staff: status (workflow enforced), priority, category (leaves triage), assignee, tags. Staff only. A move the workflow forbids, an unknown category or agent: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The changes.", type: UpdateTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        if (input.assignedAgentId) {
          assertUuid(input.assignedAgentId, "assignedAgentId");
          if ((await agentExists(ctx, input.assignedAgentId)) === false) throw badInput("Unknown agent", { field: "assignedAgentId" });
        }
        const tags = input.tags ? cleanTags(input.tags) : null;
        const category = input.categoryKey ? await ctx.db.prisma.ticketCategory.findUnique({ where: { key: input.categoryKey } }) : null;
        if (input.categoryKey && !category) throw badInput(`Unknown category "${input.categoryKey}"`, { field: "categoryKey" });
        const actor = actorOf(ctx);
        let leftTriage = false;
        const updated = await withLockedTicket(ctx, input.ticketId, async (tx, ticket, env) => {
          let current = ticket;
          if (category) {
            const categoryKey = category.parentKey ?? category.key;
            const subcategoryKey = category.parentKey ? category.key : null;
            const top = category.parentKey ? await tx.ticketCategory.findUnique({ where: { key: category.parentKey } }) : category;
            leftTriage = current.needsTriage;
            // As creation would: the override (or the staff's new priority) else the category's default;
            // an escalated ticket keeps its bumped priority.
            const computed = ticketPriority(input.priority ?? current.priorityOverride, top?.defaultPriority);
            const priority = current.status === "ESCALATED" && isHigherPriority(current.priority, computed) ? current.priority : computed;
            current = await tx.ticket.update({
              where: { id: current.id },
              data: {
                categoryKey,
                subcategoryKey,
                needsTriage: false,
                classificationConfidence: 1,
                tags: current.tags.filter((x) => x !== TRIAGE_TAG),
                priority,
                ...(input.priority ? { priorityOverride: input.priority } : {}),
                slaHours: ticketSlaHours(ctx.config, top, priority),
              },
            });
            await addHistory(tx, current.id, actor, { action: "categorized", field: "category", oldValue: ticket.subcategoryKey ?? ticket.categoryKey, newValue: category.key, note: input.note }, env.now);
            if (priority !== ticket.priority) {
              await addHistory(tx, current.id, actor, { action: "priority_changed", field: "priority", oldValue: ticket.priority, newValue: priority, note: input.note ?? "category" }, env.now);
            }
          }
          if (input.priority && input.priority !== current.priority) {
            const top = current.categoryKey ? await tx.ticketCategory.findUnique({ where: { key: current.categoryKey } }) : null;
            await addHistory(tx, current.id, actor, { action: "priority_changed", field: "priority", oldValue: current.priority, newValue: input.priority, note: input.note }, env.now);
            current = await tx.ticket.update({ where: { id: current.id }, data: { priority: input.priority, priorityOverride: input.priority, slaHours: ticketSlaHours(ctx.config, top, input.priority) } });
          }
          if (tags) {
            await addHistory(tx, current.id, actor, { action: "tags_changed", field: "tags", oldValue: current.tags.join(","), newValue: tags.join(","), note: input.note }, env.now);
            current = await tx.ticket.update({ where: { id: current.id }, data: { tags } });
          }
          const changed = (["categoryKey", "subcategoryKey", "priority", "tags"] as const).filter((field) => String(current[field]) !== String(ticket[field]));
          if (changed.length > 0) {
            await emit(tx, [{ type: "ticket.updated", aggregateId: current.id, occurredAt: env.now, payload: { ticketId: current.id, changed, categoryKey: current.categoryKey, subcategoryKey: current.subcategoryKey, priority: current.priority, tags: current.tags } }]);
          }
          if (input.assignedAgentId !== undefined) current = await assign(tx, current, input.assignedAgentId, actor, env);
          if (input.status && input.status !== current.status) {
            if (input.status === "ESCALATED") throw badInput("Use escalateTicket to escalate", { field: "status" });
            current = await changeStatus(tx, current, input.status, actor, env, input.note);
          }
          return refreshSla(tx, current.id, env);
        });
        if (leftTriage && !updated.assignedAgentId) await requestAssignment(ctx, updated);
        return (await ctx.db.prisma.ticket.findUnique({ where: { id: updated.id } })) ?? updated;
      },
    }),

    resolveTicket: t.field({ description: "Marks a ticket RESOLVED (the customer may reopen it). Staff only. A move the workflow forbids: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      type: Ticket,
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) => withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => changeStatus(tx, ticket, "RESOLVED", actorOf(ctx), env, input.note)),
    }),

    closeTicket: t.field({ description: "Closes a resolved ticket for good. Staff only. Not resolved yet: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      type: Ticket,
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) => withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => changeStatus(tx, ticket, "CLOSED", actorOf(ctx), env, input.note)),
    }),

    reopenTicket: t.field({
      type: Ticket,
      description: "Reopens a resolved ticket (staff, or the customer who owns it; another customer's: FORBIDDEN). CLOSED or not resolved: BAD_USER_INPUT.",
      authScopes: { staff: true, customer: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => {
          if (ticket.status !== "RESOLVED" && ticket.status !== "AUTO_RESOLVED") {
            throw badInput(ticket.status === "CLOSED" ? "Closed tickets cannot be reopened; open a follow-up ticket instead." : "Only resolved tickets can be reopened.", { from: ticket.status, to: "OPEN" });
          }
          return changeStatus(tx, ticket, "OPEN", actorOf(ctx), env, input.note ?? "reopened");
        }),
    }),

    escalateTicket: t.field({
      type: Ticket,
      description: "Manual escalation: ESCALATED, priority bumped, routed to the category's escalation tier. Staff only. Empty or too long reason: BAD_USER_INPUT.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and the reason.", type: EscalateTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const reason = input.reason.trim();
        if (!reason || reason.length > 1000) throw badInput("reason must be 1–1000 characters", { field: "reason" });
        const escalated = await withLockedTicket(ctx, input.ticketId, (tx, ticket, env) => escalate(tx, ticket, reason, actorOf(ctx), env));
        await requestAssignment(ctx, escalated, { requiredTier: escalated.escalationTier, excludeAgentIds: escalated.assignedAgentId ? [escalated.assignedAgentId] : [] });
        return (await ctx.db.prisma.ticket.findUnique({ where: { id: escalated.id } })) ?? escalated;
      },
    }),

    addTicketMessage: t.field({
      type: TicketMessage,
      description: "A public reply or an internal note. A customer reply resumes a PENDING ticket and reopens a resolved one. Customers on their own tickets (else FORBIDDEN; no internal notes), staff and services. CLOSED ticket or empty body: BAD_USER_INPUT.",
      authScopes: { customer: true, staff: true, service: true },
      args: { input: t.arg({ description: "The message.", type: AddTicketMessageInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const attachments = validateAttachments(input.attachments);
        const before = await visibleTicket(ctx, input.ticketId);
        const actor = actorOf(ctx);
        const draft = { body: input.body.trim(), internal: Boolean(input.internal), attachments, idempotencyKey: input.idempotencyKey ?? null };
        const replayed = await replayedMessage(ctx.db.prisma, input.ticketId, actor, draft);
        if (replayed) return replayed;
        // Translation on for this ticket: the other side's version is stored beside the original.
        const translated = draft.internal
          ? null
          : await translateConversationMessage(ctx, { language: before.language, agentId: before.assignedAgentId, needsTranslation: before.needsTranslation }, { fromStaff: isStaff(ctx.identity), senderId: ctx.identity.subject ?? null, body: draft.body, type: "TEXT" });
        const translation = translated ? { stored: translated.translation, switchOn: translated.switchOn } : null;
        let added;
        try {
          added = await withLockedTicket(ctx, input.ticketId, (tx, locked, env) => addMessage(tx, locked, actor, { ...draft, translation }, env));
        } catch (error) {
          // A concurrent retry with the same key won: answer with its message.
          const winner = isUniqueViolation(error) ? await replayedMessage(ctx.db.prisma, input.ticketId, actor, draft) : null;
          if (winner) return winner;
          throw error;
        }
        const { message, ticket } = added;
        // A reopened ticket without an assignee goes back to agents.
        if (before.status !== ticket.status && ticket.status === "OPEN" && !ticket.assignedAgentId && !ticket.needsTriage) await requestAssignment(ctx, ticket);
        return message;
      },
    }),

    mergeTickets: t.field({
      type: Ticket,
      description: "Merges duplicates into the primary ticket: their conversation moves over, they are CLOSED. Staff only. Not 1–20 duplicates: BAD_USER_INPUT.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The primary ticket and its duplicates.", type: MergeTicketsInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        if (input.duplicateTicketIds.length === 0 || input.duplicateTicketIds.length > 20) throw badInput("Give 1–20 duplicate ticket ids", { field: "duplicateTicketIds" });
        for (const id of [input.primaryTicketId, ...input.duplicateTicketIds]) await visibleTicket(ctx, id);
        const env = await workflowEnv(ctx);
        return ctx.db.prisma.$transaction(async (tx) => {
          // Lock in id order so concurrent merges cannot deadlock.
          const ids = [...new Set([input.primaryTicketId, ...input.duplicateTicketIds])].sort();
          const locked = new Map<string, TicketRow>();
          for (const id of ids) locked.set(id, (await lockTicket(tx, id)) as TicketRow);
          let primary = locked.get(input.primaryTicketId) as TicketRow;
          for (const id of input.duplicateTicketIds) primary = await merge(tx, primary, locked.get(id) as TicketRow, actorOf(ctx), env);
          return primary;
        });
      },
    }),

    applyMacro: t.field({
      type: TicketMessage,
      description: "Replies with a macro rendered in the ticket's language (placeholders filled). Staff only. Unknown or inactive macro: NOT_FOUND.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and macro.", type: ApplyMacroInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        assertUuid(input.macroId, "macroId");
        const macro = await ctx.loaders.macro.load(input.macroId);
        if (!macro || !macro.active) throw notFound("Macro");
        const ticket = await visibleTicket(ctx, input.ticketId);
        const template = macroBodyFor(macro, ticket.language);
        if (!template) throw badInput("The macro has no text", { field: "macroId" });
        const values = await placeholderValues(ctx, { customerId: ticket.customerId, agentId: ctx.identity.subject, ticketNumber: formatTicketNumber(ticket.number), language: template.language });
        const body = renderTemplate(template.body, values);
        const { message } = await withLockedTicket(ctx, input.ticketId, async (tx, locked, env) => {
          const result = await addMessage(tx, locked, actorOf(ctx), { body, internal: input.internal }, env);
          await addHistory(tx, locked.id, actorOf(ctx), { action: "macro_applied", newValue: macro.key }, env.now);
          return result;
        });
        return message;
      },
    }),
  }),
});
