/** The input types of the agents schema. */
import { maxLength } from "../../../shared/input-limits.js";
import { builder } from "./builder.js";
import { AgentStatus, StaffRole, ViewerActivityEnum, WorkItemKind } from "./enums.js";

/** RFC 5321: a forward path is at most 254 characters. */
const EMAIL_MAX_LENGTH = 254;

export const AssignmentRequestInput = builder.inputType("AssignmentRequestInput", {
  inaccessible: true,
  description: "What to route.",
  fields: (t) => ({
    kind: t.field({ description: "Ticket or chat.", type: WorkItemKind, required: true }),
    itemId: t.id({ required: true, description: "Ticket id or chat id." }),
    categoryKey: t.string({ description: "Support category key, if known.", required: false }),
    language: t.string({ description: "Conversation language (en, ar, hi, ur).", required: true }),
    priority: t.string({ required: false, description: "LOW | MEDIUM | HIGH | URGENT (queue order)." }),
    requiredTier: t.string({ required: false, description: "Escalation tier the assignee must hold: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist or supervisor." }),
    excludeAgentIds: t.idList({ description: "Agents who must not get it (e.g. the one it is being taken from).", required: false }),
  }),
});

export const CandidatesInput = builder.inputType("AssignmentCandidatesInput", {
  description: "The ticket or chat to rank agents for: a ticketId, or kind/category/language (a language is required one way or the other, else BAD_USER_INPUT).",
  fields: (t) => ({
    ticketId: t.id({ required: false, description: "Take kind/category/language from this ticket." }),
    kind: t.field({ description: "Ticket or chat (default TICKET; TICKET when ticketId is given).", type: WorkItemKind, required: false, defaultValue: "TICKET" }),
    categoryKey: t.string({ description: "Support category key (e.g. billing_payments); overrides the ticket's. Unknown keys: BAD_USER_INPUT.", required: false }),
    language: t.string({ description: "Conversation language (en, ar, hi, ur); overrides the ticket's.", required: false }),
    requiredTier: t.string({ required: false, description: "Escalation tier the assignee must hold: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist or supervisor." }),
  }),
});

const WorkingHoursInput = builder.inputType("WorkingHoursInput", {
  description: "When the agent works, in their time zone. Invalid values: BAD_USER_INPUT.",
  fields: (t) => ({
    days: t.intList({ required: true, description: "ISO weekdays, 1 (Monday) to 7 (Sunday); at least one." }),
    start: t.string({ required: true, description: "Start of the day, HH:MM (24-hour)." }),
    end: t.string({ required: true, description: "End of the day, HH:MM (24-hour); must differ from start." }),
  }),
});

export const CreateAgentInput = builder.inputType("CreateAgentInput", {
  description: "A new staff member. Invalid values: BAD_USER_INPUT with the field named.",
  fields: (t) => ({
    email: t.string({ description: "Work email, unique among agents (taken: CONFLICT).", required: true, ...maxLength(EMAIL_MAX_LENGTH) }),
    displayName: t.string({ description: "Name shown to customers and colleagues, 1–120 characters.", required: true }),
    role: t.field({ description: "Default AGENT. Only admins may create SUPERVISOR or ADMIN (else FORBIDDEN).", type: StaffRole, required: false, defaultValue: "agent" }),
    specializations: t.stringList({ description: "Support category keys (e.g. technical_support); default none.", required: false }),
    languages: t.stringList({ description: "Languages spoken: en, ar, hi, ur; at least one.", required: true }),
    escalationTiers: t.stringList({ required: false, description: "Named escalation tiers: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist, supervisor." }),
    rating: t.float({ description: "Initial rating 0–10 (default 5).", required: false }),
    maxConcurrentChats: t.int({ required: false, description: "Default MAX_CONCURRENT_CHATS_PER_AGENT." }),
    timezone: t.string({ description: "IANA time zone (default Asia/Dubai).", required: false }),
    workingHours: t.field({ description: "Working days and hours; omitted: the defaults.", type: WorkingHoursInput, required: false }),
    status: t.field({ description: "Initial status (default OFFLINE).", type: AgentStatus, required: false, defaultValue: "OFFLINE" }),
  }),
});

export const AssignChatInput = builder.inputType("AssignChatInput", {
  inaccessible: true,
  description: "A chat given to a named agent (used between subgraphs).",
  fields: (t) => ({
    chatId: t.id({ description: "The chat.", required: true }),
    agentId: t.id({ description: "The agent taking it.", required: true }),
    force: t.boolean({ description: "Assign even beyond the agent's maxConcurrentChats.", required: false, defaultValue: false }),
    language: t.string({ description: "The chat's language.", required: true, ...maxLength(35) }),
    categoryKey: t.string({ description: "The chat's category key, if any.", required: false, ...maxLength(64) }),
  }),
});

export const UpdateAgentInput = builder.inputType("UpdateAgentInput", {
  description: "Changes to a staff member: omitted fields stay as they are. Invalid values: BAD_USER_INPUT with the field named.",
  fields: (t) => ({
    id: t.id({ description: "The agent to change (unknown: NOT_FOUND).", required: true }),
    displayName: t.string({ description: "1–120 characters.", required: false }),
    email: t.string({ description: "Work email, unique among agents (taken: CONFLICT).", required: false, ...maxLength(EMAIL_MAX_LENGTH) }),
    role: t.field({ description: "Only admins may grant SUPERVISOR or ADMIN (else FORBIDDEN).", type: StaffRole, required: false }),
    specializations: t.stringList({ description: "Support category keys; replaces the list.", required: false }),
    languages: t.stringList({ description: "en, ar, hi, ur; at least one; replaces the list.", required: false }),
    escalationTiers: t.stringList({ required: false, description: "Named escalation tiers: investment_specialist, technical_specialist, account_specialist, compliance_specialist, billing_specialist, supervisor." }),
    maxConcurrentChats: t.int({ description: "Chats at once, 1–50.", required: false }),
    timezone: t.string({ description: "IANA time zone, e.g. Asia/Dubai.", required: false }),
    workingHours: t.field({ description: "Working days and hours.", type: WorkingHoursInput, required: false }),
  }),
});

export const AssignTicketInput = builder.inputType("AssignTicketInput", {
  description: "A ticket to assign, by hand or automatically.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket (unknown: NOT_FOUND).", required: true }),
    agentId: t.id({ required: false, description: "Omit to assign automatically (best-scored available agent, or the queue)." }),
    force: t.boolean({ required: false, defaultValue: false, description: "Assign even to an OFFLINE or over-capacity agent." }),
  }),
});

export const ReassignTicketInput = builder.inputType("ReassignTicketInput", {
  description: "An assigned ticket to move to another agent.",
  fields: (t) => ({
    ticketId: t.id({ description: "The ticket; it must be assigned (else CONFLICT with reason NOT_ASSIGNED).", required: true }),
    agentId: t.id({ required: false, description: "Omit to pick the best other available agent automatically." }),
    force: t.boolean({ description: "Assign even to an OFFLINE or over-capacity agent.", required: false, defaultValue: false }),
  }),
});

export const ClaimInput = builder.inputType("ClaimNextFromQueueInput", {
  description: "What to claim.",
  fields: (t) => ({ kind: t.field({ type: WorkItemKind, required: false, description: "Only tickets or only chats; omit for either." }) }),
});

export const TicketActivityInput = builder.inputType("ReportTicketActivityInput", {
  description: "What I am doing on a ticket.",
  fields: (t) => ({
    ticketId: t.id({ required: true, description: "The ticket (a UUID, else BAD_USER_INPUT)." }),
    activity: t.field({ type: ViewerActivityEnum, required: true, description: "VIEWING, TYPING, or LEFT to remove me." }),
  }),
});
