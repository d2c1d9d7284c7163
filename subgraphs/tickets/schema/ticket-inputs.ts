/** Inputs of the ticket mutations. */
import { IDEMPOTENCY_KEY_MAX_LENGTH } from "../../../shared/idempotency.js";
import { listLimits, maxLength, NOTE_MAX_LENGTH, URL_MAX_LENGTH } from "../../../shared/input-limits.js";
import { DESCRIPTION_MAX_LENGTH, SUBJECT_MAX_LENGTH } from "../intake.js";
import { MAX_TAGS, TAG_MAX_LENGTH } from "../update-ticket.js";
import { MESSAGE_MAX_LENGTH } from "../workflow.js";
import { builder } from "./builder.js";
import { TicketChannel, TicketPriority, TicketStatus } from "./enums.js";

export const AttachmentInput = builder.inputType("TicketAttachmentInput", {
  description: "A link to a file stored elsewhere. At most 10 per message; invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    name: t.string({ description: "File name, 1–255 characters.", required: true }),
    url: t.string({ description: "http(s) URL to download it.", required: true, ...maxLength(URL_MAX_LENGTH) }),
    contentType: t.string({ description: "MIME type, e.g. image/png.", required: false }),
    size: t.int({ description: "Size in bytes.", required: false }),
  }),
});

export const CreateTicketInput = builder.inputType("CreateTicketInput", {
  description: "A new support request.",
  fields: (t) => ({
    channel: t.field({ description: "Where the request came from.", type: TicketChannel, required: true }),
    subject: t.string({ description: "One-line summary.", required: true, ...maxLength(SUBJECT_MAX_LENGTH) }),
    description: t.string({ description: "The problem in the customer's words.", required: true, ...maxLength(DESCRIPTION_MAX_LENGTH) }),
    attachments: t.field({ description: "Attached files.", type: [AttachmentInput], required: false }),
    categoryKey: t.string({ required: false, description: "Category or subcategory key; classified automatically when omitted." }),
    priorityOverride: t.field({ description: "Use this priority instead of the category's default (MEDIUM before classification). Customers may only lower or keep it (a raise: FORBIDDEN, reason priority); staff may set any.", type: TicketPriority, required: false }),
    language: t.string({ required: false, description: "Explicit language; otherwise the customer's preferred language, Accept-Language, then detection." }),
    customerId: t.id({ required: false, description: "Staff and services: create on a customer's behalf." }),
    idempotencyKey: t.string({
      required: false,
      ...maxLength(IDEMPOTENCY_KEY_MAX_LENGTH),
      description: "Makes retries safe, per customer: the same key with the same request returns the first ticket; the same key with a different request is CONFLICT.",
    }),
  }),
});

export const UpdateTicketInput = builder.inputType("UpdateTicketInput", {
  description: "Changes to a ticket; omitted fields stay as they are.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket.", required: true }),
    status: t.field({ description: "New status; the workflow must allow the move (else BAD_USER_INPUT). Use escalateTicket for ESCALATED.", type: TicketStatus, required: false }),
    priority: t.field({ description: "New priority.", type: TicketPriority, required: false }),
    categoryKey: t.string({ required: false, description: "Category or subcategory; setting it takes the ticket out of triage." }),
    assignedAgentId: t.id({ description: "Assign to this agent (unknown agent: BAD_USER_INPUT).", required: false }),
    tags: t.stringList({ description: "Replaces the tags: letters, digits, _ . -.", required: false, ...listLimits(MAX_TAGS, TAG_MAX_LENGTH) }),
    note: t.string({ required: false, description: "Why (kept in the history).", ...maxLength(NOTE_MAX_LENGTH) }),
  }),
});

export const TicketActionInput = builder.inputType("TicketActionInput", {
  description: "A ticket and an optional reason kept in its history.",
  fields: (t) => ({ ticketId: t.id({ required: true, description: "The ticket." }), note: t.string({ required: false, ...maxLength(NOTE_MAX_LENGTH), description: "Why (kept in the history)." }) }),
});

export const AddTicketMessageInput = builder.inputType("AddTicketMessageInput", {
  description: "A reply or internal note on a ticket.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket; it must not be CLOSED (else BAD_USER_INPUT).", required: true }),
    body: t.string({ description: "The text (Markdown allowed); not empty.", required: true, ...maxLength(MESSAGE_MAX_LENGTH) }),
    attachments: t.field({ description: "Attached files.", type: [AttachmentInput], required: false }),
    internal: t.boolean({ required: false, description: "Internal note (staff only; customers never see it)." }),
    idempotencyKey: t.string({
      required: false,
      ...maxLength(IDEMPOTENCY_KEY_MAX_LENGTH),
      description: "Makes retries safe, per ticket: the same key with the same message returns the stored message; with a different message (or author), CONFLICT.",
    }),
  }),
});

export const MergeTicketsInput = builder.inputType("MergeTicketsInput", {
  description: "Duplicates to fold into one ticket.",
  fields: (t) => ({
    primaryTicketId: t.id({ required: true, description: "The ticket that stays." }),
    duplicateTicketIds: t.idList({ required: true, description: "1–20 tickets to merge into it; they are CLOSED." }),
  }),
});

export const ApplyMacroInput = builder.inputType("ApplyMacroInput", {
  description: "A macro to send on a ticket.",
  fields: (t) => ({
    ticketId: t.id({ required: true, description: "The ticket." }),
    macroId: t.id({ required: true, description: "An active macro (else NOT_FOUND)." }),
    internal: t.boolean({ required: false, description: "Send as an internal note instead of a reply." }),
  }),
});

export const EscalateTicketInput = builder.inputType("EscalateTicketInput", {
  description: "A ticket to escalate and why.",
  fields: (t) => ({
    ticketId: t.id({ required: true, description: "The ticket." }),
    reason: t.string({ required: true, ...maxLength(NOTE_MAX_LENGTH), description: "Why, 1–1000 characters (kept in the history)." }),
  }),
});
