/** The Ticket entity, its connection, and the Customer reference it points to. */
import type { Ticket as TicketRow } from "../../../generated/prisma/client.js";
import { isStaff } from "../../../shared/identity.js";
import { formatTicketNumber } from "../lifecycle.js";
import { slaStateOf } from "../policy.js";
import { canSee } from "../ticket-access.js";
import { arrayConnection } from "./array-connection.js";
import { builder } from "./builder.js";
import { TicketCategory } from "./categories.js";
import { TicketChannel, TicketPriority, TicketStatus } from "./enums.js";
import { HistoryConnection, MessageConnection, TicketHistoryEntry, TicketMessage } from "./ticket-messages.js";
import { TicketSla } from "./ticket-sla.js";

const CustomerRef = builder.externalRef("Customer", builder.keyDirective(builder.selection<{ id: string }>("id"), false)).implement({
  externalFields: (t) => ({ id: t.id() }),
});

export const Ticket = builder.objectRef<TicketRow>("Ticket");

export const TicketConnection = builder.connectionObject({ type: Ticket, name: "TicketConnection" }, { name: "TicketEdge" });

Ticket.implement({
  description: "A support request and its lifecycle.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The ticket id (UUID)." }),
    number: t.string({ description: "Human-readable number, e.g. SB-10042.", resolve: (ticket) => formatTicketNumber(ticket.number) }),
    subject: t.exposeString("subject", { description: "One-line summary." }),
    description: t.exposeString("description", { description: "The customer's description of the problem." }),
    channel: t.field({ description: "Where it came from.", type: TicketChannel, resolve: (ticket) => ticket.channel }),
    status: t.field({ description: "Lifecycle status.", type: TicketStatus, resolve: (ticket) => ticket.status }),
    priority: t.field({ description: "How urgent it is.", type: TicketPriority, resolve: (ticket) => ticket.priority }),
    language: t.exposeString("language", { description: "The conversation language (en, ar, hi or ur)." }),
    category: t.field({ description: "Category; null until classified.", type: TicketCategory, nullable: true, resolve: (ticket, _a, ctx) => (ticket.categoryKey ? ctx.loaders.category.load(ticket.categoryKey) : null) }),
    subcategory: t.field({ description: "Subcategory, when known.", type: TicketCategory, nullable: true, resolve: (ticket, _a, ctx) => (ticket.subcategoryKey ? ctx.loaders.category.load(ticket.subcategoryKey) : null) }),
    classificationConfidence: t.exposeFloat("classificationConfidence", { nullable: true, description: "Classifier confidence in [0,1] (1 when the category was chosen by hand)." }),
    needsTranslation: t.exposeBoolean("needsTranslation", { description: "Translation is on: the assigned agent does not speak the ticket's language; messages carry a translation." }),
    needsTriage: t.exposeBoolean("needsTriage", { description: "Waiting in the triage queue: classification was below the confidence threshold." }),
    tags: t.exposeStringList("tags", { description: "Free-form labels." }),
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      description: "The customer's profile (agents subgraph); null with a NOT_FOUND error when agents holds no profile for them yet.",
      resolve: (ticket) => ({ id: ticket.customerId }),
    }),
    customerId: t.exposeID("customerId", { description: "The customer's id, also when their profile is unknown." }),
    assignedAgentId: t.exposeID("assignedAgentId", { nullable: true, description: "The assigned agent's id; null when unassigned." }),
    escalationTier: t.exposeString("escalationTier", { nullable: true, description: "Tier the ticket was escalated to: its category's specialist tier on the first escalation, supervisor after that; null when never escalated." }),
    escalatedAt: t.expose("escalatedAt", { type: "DateTime", nullable: true, description: "When it was last escalated; null when never." }),
    mergedInto: t.field({ description: "The ticket this one was merged into (this one is then CLOSED); null otherwise.", type: Ticket, nullable: true, resolve: (ticket, _a, ctx) => (ticket.mergedIntoId ? ctx.loaders.ticket.load(ticket.mergedIntoId) : null) }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last change." }),
    firstRespondedAt: t.expose("firstRespondedAt", { type: "DateTime", nullable: true, description: "First staff reply to the customer; null before it." }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true, description: "When it was (last) resolved." }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true, description: "When it was closed." }),
    sla: t.field({ description: "Live SLA state.",
      type: TicketSla,
      resolve: async (ticket, _a, ctx) => {
        const [statusChanges, messages, schedule] = await Promise.all([ctx.loaders.statusChanges.load(ticket.id), ctx.loaders.messages.load(ticket.id), ctx.loaders.schedule()]);
        const state = slaStateOf({ ticket, statusChanges, messages }, schedule, ctx.config);
        return { slaHours: ticket.slaHours, firstReply: state.firstReply, nextReply: state.nextReply, resolution: state.resolution };
      },
    }),
    messages: t.connection(
      {
        type: TicketMessage,
        description: "The conversation, oldest first. Customers never see internal notes.",
        resolve: async (ticket, args, ctx) => {
          const all = await ctx.loaders.messages.load(ticket.id);
          const visible = isStaff(ctx.identity) || ctx.identity.role === "service" ? all : all.filter((m) => !m.internal);
          return arrayConnection(args, visible, (m) => [m.createdAt.toISOString(), m.id]);
        },
      },
      MessageConnection,
    ),
    history: t.connection(
      {
        type: TicketHistoryEntry,
        description: "Append-only audit trail, oldest first (staff only).",
        authScopes: { staff: true, service: true },
        resolve: async (ticket, args, ctx) => arrayConnection(args, await ctx.loaders.history.load(ticket.id), (h) => [h.at.toISOString(), h.id]),
      },
      HistoryConnection,
    ),
  }),
});

builder.asEntity(Ticket, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    const ticket = await ctx.loaders.ticket.load(id);
    return ticket && canSee(ctx, ticket) ? ticket : null;
  },
});

export const ticketSortKey = (ticket: TicketRow) => [ticket.createdAt.toISOString(), ticket.id] as const;
