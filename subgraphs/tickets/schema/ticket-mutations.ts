/** Mutations on tickets: create, update, resolve, close, reopen, escalate, reply, merge, apply a macro. */
import { ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import { addTicketMessage } from "../add-ticket-message.js";
import { applyMacro } from "../apply-macro.js";
import { closeTicket, reopenTicket, resolveTicket } from "../change-ticket-status.js";
import { escalateTicket } from "../escalate-ticket.js";
import { mergeTickets } from "../merge-tickets.js";
import { submitTicket } from "../submit-ticket.js";
import { updateTicket } from "../update-ticket.js";
import { builder } from "./builder.js";
import { AddTicketMessageInput, ApplyMacroInput, CreateTicketInput, EscalateTicketInput, MergeTicketsInput, TicketActionInput, UpdateTicketInput } from "./ticket-inputs.js";
import { TicketMessage } from "./ticket-messages.js";
import { Ticket } from "./tickets.js";

builder.mutationType({
  description: ROOT_TYPE_DESCRIPTIONS.Mutation,
  fields: (t) => ({
    createTicket: t.field({ description: "Opens a ticket: classified, prioritized, given an SLA and routed. Customers create their own (customerId of someone else: FORBIDDEN); staff and services must pass customerId (else BAD_USER_INPUT). Invalid input: BAD_USER_INPUT; reused idempotencyKey with a different request: CONFLICT.",
      type: Ticket,
      authScopes: { customer: true, staff: true, service: true },
      args: { input: t.arg({ description: "The request.", type: CreateTicketInput, required: true }) },
      resolve: (_root, { input }, ctx) => submitTicket(ctx, input),
    }),

    updateTicket: t.field({
      type: Ticket,
      description: "Staff: status (workflow enforced), priority, category (leaves triage), assignee, tags. Staff only. A move the workflow forbids, an unknown category or agent: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The changes.", type: UpdateTicketInput, required: true }) },
      resolve: (_root, { input }, ctx) => updateTicket(ctx, input),
    }),

    resolveTicket: t.field({ description: "Marks a ticket RESOLVED (the customer may reopen it). Staff only. A move the workflow forbids: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      type: Ticket,
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) => resolveTicket(ctx, input),
    }),

    closeTicket: t.field({ description: "Closes a resolved ticket for good. Staff only. Not resolved yet: BAD_USER_INPUT; unknown ticket: NOT_FOUND.",
      type: Ticket,
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) => closeTicket(ctx, input),
    }),

    reopenTicket: t.field({
      type: Ticket,
      description: "Reopens a resolved ticket (staff, or the customer who owns it; another customer's: FORBIDDEN). CLOSED or not resolved: BAD_USER_INPUT.",
      authScopes: { staff: true, customer: true },
      args: { input: t.arg({ description: "The ticket and an optional note.", type: TicketActionInput, required: true }) },
      resolve: (_root, { input }, ctx) => reopenTicket(ctx, input),
    }),

    escalateTicket: t.field({
      type: Ticket,
      description: "Manual escalation: ESCALATED, priority bumped, routed to the category's escalation tier. Staff only. Empty or too long reason: BAD_USER_INPUT.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and the reason.", type: EscalateTicketInput, required: true }) },
      resolve: (_root, { input }, ctx) => escalateTicket(ctx, input),
    }),

    addTicketMessage: t.field({
      type: TicketMessage,
      description: "A public reply or an internal note. A customer reply resumes a PENDING ticket and reopens a resolved one. Customers on their own tickets (else FORBIDDEN; no internal notes), staff and services. CLOSED ticket or empty body: BAD_USER_INPUT.",
      authScopes: { customer: true, staff: true, service: true },
      args: { input: t.arg({ description: "The message.", type: AddTicketMessageInput, required: true }) },
      resolve: (_root, { input }, ctx) => addTicketMessage(ctx, input),
    }),

    mergeTickets: t.field({
      type: Ticket,
      description: "Merges duplicates into the primary ticket: their conversation moves over, they are CLOSED. Staff only. Not 1–20 duplicates: BAD_USER_INPUT.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The primary ticket and its duplicates.", type: MergeTicketsInput, required: true }) },
      resolve: (_root, { input }, ctx) => mergeTickets(ctx, input),
    }),

    applyMacro: t.field({
      type: TicketMessage,
      description: "Replies with a macro rendered in the ticket's language (placeholders filled). Staff only. Unknown or inactive macro: NOT_FOUND.",
      authScopes: { staff: true },
      args: { input: t.arg({ description: "The ticket and macro.", type: ApplyMacroInput, required: true }) },
      resolve: (_root, { input }, ctx) => applyMacro(ctx, input),
    }),
  }),
});
