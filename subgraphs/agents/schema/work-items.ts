/** Routed work items, assignment results and the scoring breakdown of candidates. */
import type { WorkItem as WorkItemRow } from "../../../generated/prisma/client.js";
import type { CandidateBreakdown } from "../assignment-candidates.js";
import { TRANSLATION_UNAVAILABLE } from "../../../shared/translation.js";
import { translatorFor, type AssignmentOutcome } from "../assignment.js";
import { builder } from "./builder.js";
import { Agent } from "./agents.js";
import { WorkItemKind, WorkItemStatus } from "./enums.js";
import { ChatSessionRef, TicketRef } from "./external-refs.js";
import { secondsSince } from "../wait-estimate.js";

export const WorkItem = builder.objectRef<WorkItemRow>("WorkItem").implement({
  description: "A ticket or chat as routed by agents: queued, assigned, or done.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The work item's id (not the ticket's or chat's: see itemId)." }),
    kind: t.field({ description: "Ticket or chat.", type: WorkItemKind, resolve: (w) => w.kind }),
    status: t.field({ description: "Queued, assigned or done.", type: WorkItemStatus, resolve: (w) => w.status }),
    itemId: t.exposeID("itemId", { description: "The ticket's or chat's id." }),
    ticket: t.field({ description: "The ticket, when kind is TICKET.", type: TicketRef, nullable: true, resolve: (w) => (w.kind === "TICKET" ? { id: w.itemId } : null) }),
    chat: t.field({ description: "The chat, when kind is CHAT.", type: ChatSessionRef, nullable: true, resolve: (w) => (w.kind === "CHAT" ? { id: w.itemId } : null) }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "Support category key (e.g. billing_payments); null when not categorized." }),
    language: t.exposeString("language", { description: "Conversation language (en, ar, hi or ur)." }),
    priority: t.exposeString("priority", { description: "LOW, MEDIUM, HIGH or URGENT; urgent work is served first." }),
    requiredTier: t.exposeString("requiredTier", { nullable: true, description: "Escalation tier the assignee must hold (a specialist tier or supervisor)." }),
    agent: t.field({ description: "The assigned agent; null while queued.", type: Agent, nullable: true, resolve: (w, _a, ctx) => (w.agentId ? ctx.loaders.agent.load(w.agentId) : null) }),
    needsTranslation: t.exposeBoolean("needsTranslation", { description: "The assigned agent does not speak the conversation's language." }),
    translationAvailable: t.boolean({ description: "Whether a translator is configured for this deployment.", resolve: (_w, _a, ctx) => translatorFor(ctx).available }),
    queuedAt: t.expose("queuedAt", { type: "DateTime", description: "When the item entered routing." }),
    assignedAt: t.expose("assignedAt", { type: "DateTime", nullable: true, description: "When it was assigned; null while queued." }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true, description: "When it was finished; null until DONE." }),
    waitedSeconds: t.int({ description: "Time in the queue (so far, while still queued).", resolve: (w) => secondsSince(w.queuedAt, w.assignedAt) }),
  }),
});

const translationNote = (needs: boolean, available: boolean) => (needs && !available ? TRANSLATION_UNAVAILABLE : null);

export const AssignmentResult = builder.objectRef<AssignmentOutcome>("AssignmentResult").implement({
  description: "Who takes a ticket or chat, or where it waits.",
  fields: (t) => ({
    status: t.string({ description: "ASSIGNED or QUEUED.", resolve: (r) => r.status }),
    agentId: t.id({ description: "The assigned agent's id; null when QUEUED.", nullable: true, resolve: (r) => r.agentId }),
    agent: t.field({ description: "The assigned agent; null when QUEUED.", type: Agent, nullable: true, resolve: (r, _a, ctx) => (r.agentId ? ctx.loaders.agent.load(r.agentId) : null) }),
    needsTranslation: t.boolean({ description: "The assigned agent does not speak the conversation's language.", resolve: (r) => r.needsTranslation }),
    translationAvailable: t.boolean({ description: "Whether a translator is configured for this deployment.", resolve: (r) => r.translationAvailable }),
    translationNote: t.string({
      nullable: true,
      description: 'Set when the agent does not speak the language and no translator is configured: "translation unavailable…".',
      resolve: (r) => translationNote(r.needsTranslation, r.translationAvailable),
    }),
    queuePosition: t.int({ description: "1-based position in the queue when QUEUED; null when ASSIGNED.", nullable: true, resolve: async (r) => (await r.place())?.position ?? null }),
    estimatedWaitSeconds: t.int({ description: "Estimated wait in seconds when QUEUED; null when ASSIGNED.", nullable: true, resolve: async (r) => (await r.place())?.estimatedWaitSeconds ?? null }),
    workItem: t.field({ description: "The routed work item.", type: WorkItem, resolve: (r) => r.item }),
  }),
});

// ---- scoring breakdown -----------------------------------------------------------------------

const ScoreParts = builder.objectRef<CandidateBreakdown["parts"]>("ScoreParts").implement({
  description: "The seed's score: specialization +40, language +20, max(0, 30 − active tickets), rating × 5, online +10.",
  fields: (t) => ({
    specialization: t.exposeFloat("specialization", { description: "40 when the agent specializes in the category, else 0." }),
    language: t.exposeFloat("language", { description: "20 when the agent speaks the language, else 0." }),
    workload: t.exposeFloat("workload", { description: "max(0, 30 − active tickets)." }),
    rating: t.exposeFloat("rating", { description: "The agent's rating (0–10) × 5." }),
    online: t.exposeFloat("online", { description: "10 when ONLINE, else 0." }),
  }),
});
export const AssignmentCandidate = builder.objectRef<CandidateBreakdown>("AssignmentCandidate").implement({
  description: "An eligible agent with their score and its parts (best first; ties go to the least recently assigned).",
  fields: (t) => ({
    rank: t.exposeInt("rank", { description: "1 for the agent routing would choose." }),
    agent: t.field({ description: "The candidate agent.", type: Agent, resolve: (c) => c.agent }),
    score: t.exposeFloat("total", { description: "Sum of the parts." }),
    parts: t.field({ description: "The score broken down.", type: ScoreParts, resolve: (c) => c.parts }),
    needsTranslation: t.exposeBoolean("needsTranslation", { description: "The agent does not speak the item's language." }),
    activeTickets: t.exposeInt("activeTickets", { description: "Tickets assigned to the agent and not finished." }),
    activeChats: t.exposeInt("activeChats", { description: "Chats the agent is in." }),
  }),
});
