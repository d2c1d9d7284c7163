/** A ticket's conversation (messages with attachments and translations) and its audit trail. */
import type { TicketHistoryEntry as HistoryRow, TicketMessage as MessageRow } from "../../../generated/prisma/client.js";
import type { StoredTranslation } from "../../../shared/conversation-translation.js";
import { builder } from "./builder.js";

export interface AttachmentView {
  name: string;
  url: string;
  contentType: string | null;
  size: number | null;
}

const Attachment = builder.objectRef<AttachmentView>("TicketAttachment").implement({
  description: "A file attached to a message (stored elsewhere; Switchboard keeps the link).",
  fields: (t) => ({
    name: t.exposeString("name", { description: "File name." }),
    url: t.exposeString("url", { description: "Where to download it." }),
    contentType: t.exposeString("contentType", { nullable: true, description: "MIME type, when given." }),
    size: t.exposeInt("size", { nullable: true, description: "Size in bytes, when given." }),
  }),
});

const TicketMessageTranslation = builder.objectRef<StoredTranslation>("TicketMessageTranslation").implement({
  description: "The message translated for the other side (translation is on for the ticket); the message's body is the original.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The translated text (the original when translated is false)." }),
    translated: t.exposeBoolean("translated", { description: "False when nothing was translated." }),
    confidence: t.exposeFloat("confidence", { nullable: true, description: "Confidence of the kept answer (the best of the configured providers, asked in parallel)." }),
    fromLanguage: t.exposeString("fromLanguage", { nullable: true, description: "Source language; null when unknown." }),
    toLanguage: t.exposeString("toLanguage", { description: "Target language." }),
    provider: t.exposeString("provider", { nullable: true, description: "The translator whose answer was kept." }),
    unavailableReason: t.exposeString("unavailableReason", { nullable: true, description: "Why nothing was translated (no translator configured, all providers failed)." }),
  }),
});

export const TicketMessage = builder.objectRef<MessageRow>("TicketMessage").implement({
  description: "A public reply or (staff only) an internal note.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The message id." }),
    ticketId: t.exposeID("ticketId", { description: "The ticket it belongs to." }),
    body: t.exposeString("body", { description: "The text as written (Markdown allowed), at most 20,000 characters." }),
    internal: t.exposeBoolean("internal", { description: "An internal note: visible to staff and services only." }),
    authorId: t.exposeID("authorId", { nullable: true, description: "Who wrote it; null for system messages." }),
    authorRole: t.exposeString("authorRole", { description: "customer, agent, supervisor, admin, service, system (automation) or intake." }),
    attachments: t.field({ description: "Attached files.", type: [Attachment], resolve: (m) => (Array.isArray(m.attachments) ? (m.attachments as unknown as AttachmentView[]) : []) }),
    translation: t.field({
      type: TicketMessageTranslation,
      nullable: true,
      description: "Set when translation is on for the ticket: the body translated for the other side, the original kept in `body`.",
      resolve: (m) => (m.translation ?? null) as unknown as StoredTranslation | null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was written." }),
  }),
});

export const TicketHistoryEntry = builder.objectRef<HistoryRow>("TicketHistoryEntry").implement({
  description: "One entry of the append-only audit trail: who changed what, when.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The entry id." }),
    action: t.exposeString("action", { description: "What happened, e.g. created, status_changed, assigned, unassigned, priority_changed, escalated, reply_added, note_added, merged, merged_from." }),
    field: t.exposeString("field", { nullable: true, description: "The ticket field that changed, if any." }),
    oldValue: t.exposeString("oldValue", { nullable: true, description: "Value before." }),
    newValue: t.exposeString("newValue", { nullable: true, description: "Value after." }),
    note: t.exposeString("note", { nullable: true, description: "Reason given, if any." }),
    actorId: t.exposeString("actorId", { nullable: true, description: "Who did it; null for the system." }),
    actorRole: t.exposeString("actorRole", { description: "Their role: customer, agent, supervisor, admin, service or system." }),
    at: t.expose("at", { type: "DateTime", description: "When." }),
  }),
});

export const MessageConnection = builder.connectionObject({ type: TicketMessage, name: "TicketMessageConnection" }, { name: "TicketMessageEdge" });
export const HistoryConnection = builder.connectionObject({ type: TicketHistoryEntry, name: "TicketHistoryEntryConnection" }, { name: "TicketHistoryEntryEdge" });
