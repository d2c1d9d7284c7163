/**
 * agents subgraph schema: agent and customer profiles (the people directory), presence, and
 * the `Ticket.assignedAgent` field it contributes to the tickets subgraph's entity.
 */
import type { Agent as AgentRow, Customer as CustomerRow } from "../../generated/prisma/client.js";
import { createSubgraphBuilder, FEDERATION_LINK } from "../common/builder.js";
import { forbidden, notFound } from "../common/errors.js";
import { assertUuid, beyondKeyWhere, keysetConnection, keysetOrder } from "../common/pagination.js";
import { isStaff } from "../common/identity.js";
import type { AgentsContext } from "./context.js";
import { setAgentStatus, AGENT_STATUSES, type AgentStatusValue } from "./presence.js";

const builder = createSubgraphBuilder<AgentsContext>();

const AgentStatus = builder.enumType("AgentStatus", { values: AGENT_STATUSES });
const StaffRole = builder.enumType("StaffRole", { values: ["agent", "supervisor", "admin"] as const });

export const Agent = builder.objectRef<AgentRow>("Agent").implement({
  description: "A support agent, supervisor or admin.",
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
    email: t.exposeString("email", { authScopes: { staff: true, service: true } }),
    role: t.field({ type: StaffRole, resolve: (a) => a.role }),
    status: t.field({ type: AgentStatus, resolve: (a) => a.status }),
    specializations: t.exposeStringList("specializations"),
    languages: t.exposeStringList("languages"),
    escalationTiers: t.exposeIntList("escalationTiers"),
    rating: t.exposeFloat("rating"),
    maxConcurrentChats: t.exposeInt("maxConcurrentChats"),
    timezone: t.exposeString("timezone"),
    lastSeenAt: t.expose("lastSeenAt", { type: "DateTime", nullable: true }),
  }),
});

builder.asEntity(Agent, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: ({ id }, context) => context.loaders.agent.load(id),
});

export const Customer = builder.objectRef<CustomerRow>("Customer").implement({
  description: "A customer profile. Contact details are visible to staff and to the customer themself.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    preferredLanguage: t.exposeString("preferredLanguage"),
    country: t.exposeString("country", { nullable: true }),
    tier: t.exposeString("tier"),
    email: t.string({
      nullable: true,
      resolve: (c, _args, ctx) => (isStaff(ctx.identity) || ctx.identity.role === "service" || ctx.identity.subject === c.id ? c.email : null),
    }),
  }),
});

builder.asEntity(Customer, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: ({ id }, context) => context.loaders.customer.load(id),
});

// tickets owns Ticket; agents contributes who it is assigned to.
builder.externalRef("Ticket", builder.selection<{ id: string }>("id")).implement({
  externalFields: (t) => ({ id: t.id(), assignedAgentId: t.id({ nullable: true }) }),
  fields: (t) => ({
    assignedAgent: t.field({
      type: Agent,
      nullable: true,
      requires: builder.selection<{ assignedAgentId?: string | null }>("assignedAgentId"),
      resolve: (ticket, _args, ctx) => (ticket.assignedAgentId ? ctx.loaders.agent.load(ticket.assignedAgentId) : null),
    }),
  }),
});

builder.queryType({
  fields: (t) => ({
    me: t.field({
      type: Agent,
      nullable: true,
      description: "The calling agent's profile (null for customers).",
      authScopes: { authenticated: true },
      resolve: (_root, _args, ctx) => (isStaff(ctx.identity) && ctx.identity.subject ? ctx.loaders.agent.load(ctx.identity.subject) : null),
    }),
    agent: t.field({
      type: Agent,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      authScopes: { staff: true, service: true },
      resolve: (_root, { id }, ctx) => {
        assertUuid(id, "id");
        return ctx.loaders.agent.load(id);
      },
    }),
    agents: t.connection({
      type: Agent,
      authScopes: { staff: true, service: true },
      args: { status: t.arg({ type: AgentStatus, required: false }), language: t.arg.string({ required: false }) },
      resolve: (_root, args, ctx) =>
        keysetConnection(
          args,
          (agent: AgentRow) => [agent.displayName, agent.id],
          (page) =>
            ctx.db.prisma.agent.findMany({
              where: {
                ...(args.status ? { status: args.status } : {}),
                ...(args.language ? { languages: { has: args.language } } : {}),
                ...beyondKeyWhere(["displayName", "id"], page, false),
              },
              orderBy: keysetOrder(["displayName", "id"], page, false),
              take: page.limit,
            }),
        ),
    }),
    customer: t.field({
      type: Customer,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      authScopes: { authenticated: true },
      resolve: (_root, { id }, ctx) => {
        assertUuid(id, "id");
        if (!isStaff(ctx.identity) && ctx.identity.role !== "service" && ctx.identity.subject !== id) throw forbidden();
        return ctx.loaders.customer.load(id);
      },
    }),
  }),
});

builder.mutationType({
  fields: (t) => ({
    setAgentStatus: t.field({
      type: Agent,
      description: "Sets the calling agent's presence (or, for supervisors, another agent's).",
      authScopes: { staff: true },
      args: { status: t.arg({ type: AgentStatus, required: true }), agentId: t.arg.id({ required: false }) },
      resolve: async (_root, args, ctx) => {
        const agentId = args.agentId ?? ctx.identity.subject;
        if (!agentId) throw forbidden();
        assertUuid(agentId, "agentId");
        if (agentId !== ctx.identity.subject && ctx.identity.role === "agent") throw forbidden("Only supervisors can set another agent's status");
        const agent = await setAgentStatus(ctx, agentId, args.status as AgentStatusValue);
        if (!agent) throw notFound("Agent");
        return agent;
      },
    }),
  }),
});

export const agentsSchema = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK });
