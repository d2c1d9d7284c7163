/** The waiting queue's status. */
import type { QueueGroup, QueueStatusView } from "../assignment.js";
import { builder } from "./builder.js";
import { WorkItemKind } from "./enums.js";

const QueueGroupType = builder.objectRef<QueueGroup>("QueueGroup").implement({
  description: "The waiting items of one kind, category and language.",
  fields: (t) => ({
    kind: t.field({ description: "Ticket or chat.", type: WorkItemKind, resolve: (g) => g.kind }),
    categoryKey: t.exposeString("categoryKey", { nullable: true, description: "Support category key; null for uncategorized items." }),
    language: t.exposeString("language", { description: "Conversation language." }),
    length: t.exposeInt("length", { description: "Items waiting." }),
    oldestQueuedAt: t.expose("oldestQueuedAt", { type: "DateTime", description: "When the longest-waiting item was queued." }),
    oldestWaitSeconds: t.exposeInt("oldestWaitSeconds", { description: "How long the longest-waiting item has waited, in seconds." }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { description: "Expected wait of the last item of this group." }),
  }),
});
export const QueueStatus = builder.objectRef<QueueStatusView>("QueueStatus").implement({
  description: "The waiting queue: length per kind/category/language, oldest wait, estimated wait.",
  fields: (t) => ({
    length: t.exposeInt("length", { description: "Items waiting in total." }),
    oldestWaitSeconds: t.exposeInt("oldestWaitSeconds", { nullable: true, description: "Longest current wait in seconds; null when the queue is empty." }),
    estimatedWaitSeconds: t.exposeInt("estimatedWaitSeconds", { description: "Expected wait of an item joining now." }),
    availableAgents: t.exposeInt("availableAgents", { description: "Agents ONLINE or AWAY." }),
    groups: t.field({ type: [QueueGroupType], description: "One entry per kind, category and language (a small aggregate, not paged).", resolve: (q) => q.groups }),
    at: t.expose("at", { type: "DateTime", description: "When these figures were taken." }),
  }),
});
