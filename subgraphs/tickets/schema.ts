/**
 * tickets subgraph schema: tickets, categories (with their SLA policy), and the
 * `Agent.openTickets` field it contributes to the agents subgraph's entity.
 */
import type { Ticket as TicketRow, TicketCategory as CategoryRow, Prisma } from "../../generated/prisma/client.js";
import { createSubgraphBuilder, FEDERATION_LINK } from "../common/builder.js";
import { forbidden, notFound, badInput } from "../common/errors.js";
import { isStaff } from "../common/identity.js";
import { assertUuid, beyondKeyWhere, keysetConnection, keysetOrder, type KeysetPage } from "../common/pagination.js";
import type { TicketsContext } from "./context.js";
import { createTicket } from "./intake.js";
import { formatTicketNumber } from "./lifecycle.js";

const builder = createSubgraphBuilder<TicketsContext>();

const TicketStatus = builder.enumType("TicketStatus", { values: ["OPEN", "PENDING", "ON_HOLD", "ESCALATED", "RESOLVED", "CLOSED", "AUTO_RESOLVED"] as const });
const TicketPriority = builder.enumType("TicketPriority", { values: ["LOW", "MEDIUM", "HIGH", "URGENT"] as const });
const TicketChannel = builder.enumType("TicketChannel", { values: ["IN_APP", "EMAIL", "CHAT", "PHONE", "VIDEO", "SOCIAL"] as const });

const CustomerRef = builder.externalRef("Customer", builder.keyDirective(builder.selection<{ id: string }>("id"), false)).implement({
  externalFields: (t) => ({ id: t.id() }),
});

const TicketCategory = builder.objectRef<CategoryRow>("TicketCategory");
TicketCategory.implement({
  description: "A ticket category or subcategory with its SLA policy (editable data, seeded with defaults).",
  fields: (t) => ({
    key: t.exposeString("key"),
    name: t.exposeString("name"),
    nameAr: t.exposeString("nameAr", { nullable: true }),
    description: t.exposeString("description"),
    defaultPriority: t.field({ type: TicketPriority, resolve: (c) => c.defaultPriority }),
    slaHours: t.exposeFloat("slaHours"),
    escalationTier: t.exposeInt("escalationTier"),
    keywords: t.exposeStringList("keywords"),
    parentKey: t.exposeString("parentKey", { nullable: true }),
    subcategories: t.field({ type: [TicketCategory], resolve: (c, _args, ctx) => ctx.loaders.subcategories.load(c.key) }),
  }),
});

export const Ticket = builder.objectRef<TicketRow>("Ticket").implement({
  description: "A support request and its lifecycle.",
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.string({ description: "Human-readable number, e.g. SB-10042.", resolve: (ticket) => formatTicketNumber(ticket.number) }),
    subject: t.exposeString("subject"),
    description: t.exposeString("description"),
    channel: t.field({ type: TicketChannel, resolve: (ticket) => ticket.channel }),
    status: t.field({ type: TicketStatus, resolve: (ticket) => ticket.status }),
    priority: t.field({ type: TicketPriority, resolve: (ticket) => ticket.priority }),
    language: t.exposeString("language"),
    category: t.field({ type: TicketCategory, nullable: true, resolve: (ticket, _a, ctx) => (ticket.categoryKey ? ctx.loaders.category.load(ticket.categoryKey) : null) }),
    subcategory: t.field({ type: TicketCategory, nullable: true, resolve: (ticket, _a, ctx) => (ticket.subcategoryKey ? ctx.loaders.category.load(ticket.subcategoryKey) : null) }),
    tags: t.exposeStringList("tags"),
    customer: t.field({ type: CustomerRef, resolve: (ticket) => ({ id: ticket.customerId }) }),
    assignedAgentId: t.exposeID("assignedAgentId", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    firstRespondedAt: t.expose("firstRespondedAt", { type: "DateTime", nullable: true }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true }),
  }),
});

/** Customers may only see their own tickets; the answer never reveals whether another exists. */
function canSee(ctx: TicketsContext, ticket: TicketRow): boolean {
  return isStaff(ctx.identity) || ctx.identity.role === "service" || ctx.identity.subject === ticket.customerId;
}

builder.asEntity(Ticket, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    const ticket = await ctx.loaders.ticket.load(id);
    return ticket && canSee(ctx, ticket) ? ticket : null;
  },
});

const TicketFilter = builder.inputType("TicketFilter", {
  fields: (t) => ({
    status: t.field({ type: [TicketStatus], required: false }),
    category: t.string({ required: false }),
    priority: t.field({ type: [TicketPriority], required: false }),
    assignedAgentId: t.id({ required: false }),
    customerId: t.id({ required: false }),
    language: t.string({ required: false }),
  }),
});

type TicketFilterValue = typeof TicketFilter.$inferInput;

function ticketWhere(filter: TicketFilterValue | null | undefined): Prisma.TicketWhereInput {
  if (filter?.assignedAgentId) assertUuid(filter.assignedAgentId, "filter.assignedAgentId");
  if (filter?.customerId) assertUuid(filter.customerId, "filter.customerId");
  return {
    ...(filter?.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter?.priority?.length ? { priority: { in: filter.priority } } : {}),
    ...(filter?.category ? { categoryKey: filter.category } : {}),
    ...(filter?.assignedAgentId ? { assignedAgentId: filter.assignedAgentId } : {}),
    ...(filter?.customerId ? { customerId: filter.customerId } : {}),
    ...(filter?.language ? { language: filter.language } : {}),
  };
}

const KEY = ["createdAt", "id"] as const;
const pageOfTickets = (ctx: TicketsContext, where: Prisma.TicketWhereInput) => (page: KeysetPage) =>
  ctx.db.prisma.ticket.findMany({
    where: { AND: [where, beyondKeyWhere(KEY, page, true, (v) => new Date(v))] },
    orderBy: keysetOrder(KEY, page, true),
    take: page.limit,
  });
const ticketSortKey = (ticket: TicketRow) => [ticket.createdAt.toISOString(), ticket.id] as const;

// agents owns Agent; tickets contributes the agent's open tickets.
builder.externalRef("Agent", builder.selection<{ id: string }>("id")).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    openTickets: t.connection({
      type: Ticket,
      description: "Tickets assigned to this agent that are not resolved or closed, newest first.",
      authScopes: { staff: true, service: true },
      resolve: (agent, args, ctx) =>
        keysetConnection(args, ticketSortKey, pageOfTickets(ctx, { assignedAgentId: agent.id, status: { in: ["OPEN", "PENDING", "ON_HOLD", "ESCALATED"] } })),
    }),
  }),
});

builder.queryType({
  fields: (t) => ({
    ticket: t.field({
      type: Ticket,
      nullable: true,
      authScopes: { authenticated: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) => {
        assertUuid(id, "id");
        const ticket = await ctx.loaders.ticket.load(id);
        if (!ticket) throw notFound("Ticket");
        // Same answer as "not found" would leak existence; FORBIDDEN without details.
        if (!canSee(ctx, ticket)) throw forbidden("You cannot access this ticket");
        return ticket;
      },
    }),
    tickets: t.connection({
      type: Ticket,
      authScopes: { staff: true, service: true },
      args: { filter: t.arg({ type: TicketFilter, required: false }) },
      resolve: (_root, args, ctx) => keysetConnection(args, ticketSortKey, pageOfTickets(ctx, ticketWhere(args.filter))),
    }),
    myTickets: t.connection({
      type: Ticket,
      authScopes: { customer: true },
      args: { filter: t.arg({ type: TicketFilter, required: false }) },
      resolve: (_root, args, ctx) =>
        keysetConnection(args, ticketSortKey, pageOfTickets(ctx, { ...ticketWhere(args.filter), customerId: ctx.identity.subject as string })),
    }),
    ticketCategories: t.field({
      type: [TicketCategory],
      description: "Top-level ticket categories with their subcategories.",
      resolve: (_root, _args, ctx) => ctx.db.prisma.ticketCategory.findMany({ where: { parentKey: null, active: true }, orderBy: { key: "asc" } }),
    }),
  }),
});

const CreateTicketInput = builder.inputType("CreateTicketInput", {
  fields: (t) => ({
    channel: t.field({ type: TicketChannel, required: true }),
    subject: t.string({ required: true }),
    description: t.string({ required: true }),
    categoryKey: t.string({ required: false, description: "Category or subcategory key; classified automatically when omitted." }),
    priorityOverride: t.field({ type: TicketPriority, required: false }),
    language: t.string({ required: false }),
    customerId: t.id({ required: false, description: "Staff only: create on a customer's behalf." }),
    idempotencyKey: t.string({ required: false }),
  }),
});

builder.mutationType({
  fields: (t) => ({
    createTicket: t.field({
      type: Ticket,
      authScopes: { customer: true, staff: true },
      args: { input: t.arg({ type: CreateTicketInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const caller = ctx.identity;
        let customerId: string;
        if (caller.role === "customer") {
          if (input.customerId && input.customerId !== caller.subject) throw forbidden("Customers can only create tickets for themselves");
          customerId = caller.subject as string;
        } else {
          if (!input.customerId) throw badInput("customerId is required when staff create a ticket", { field: "customerId" });
          assertUuid(input.customerId, "customerId");
          customerId = input.customerId;
        }
        if (input.idempotencyKey !== undefined && input.idempotencyKey !== null && (input.idempotencyKey.length === 0 || input.idempotencyKey.length > 200)) {
          throw badInput("idempotencyKey must be 1–200 characters", { field: "idempotencyKey" });
        }
        const { ticket } = await createTicket(ctx, { ...input, customerId, createdById: caller.subject as string });
        return ticket;
      },
    }),
  }),
});

export const ticketsSchema = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK });
