import DataLoader from "dataloader";
import { Prisma, type Agent, type Customer } from "../../generated/prisma/client.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../../shared/context.js";
import { requestContext } from "../../shared/context.js";
import { isStaff } from "../../shared/identity.js";
import { loaderByKey } from "../../shared/loaders.js";
import { rowsById } from "../../shared/rows-by-id.js";
import { noteActivity } from "./presence.js";

export interface Workload {
  activeTickets: number;
  activeChats: number;
}

const customersById = rowsById<Customer>(`"agents"."customers"`, Prisma.CustomerScalarFieldEnum);

export function createAgentsLoaders(services: SubgraphServices) {
  const { prisma } = services.db;
  return {
    agent: loaderByKey<string, Agent>(
      (ids) => prisma.agent.findMany({ where: { id: { in: [...ids] } } }),
      (a) => a.id,
    ),
    // Read on every new ticket (its customer's language, country and email): on the driver.
    customer: loaderByKey<string, Customer>(customersById(services.db.sql), (c) => c.id),
    /** Active tickets/chats per agent, counted from work items (one grouped query per batch). */
    workload: new DataLoader<string, Workload>(async (ids) => {
      const rows = await prisma.workItem.groupBy({
        by: ["agentId", "kind"],
        where: { status: "ASSIGNED", agentId: { in: [...ids] } },
        _count: { _all: true },
      });
      const byAgent = new Map<string, Workload>();
      for (const row of rows) {
        if (!row.agentId) continue;
        const entry = byAgent.get(row.agentId) ?? { activeTickets: 0, activeChats: 0 };
        if (row.kind === "TICKET") entry.activeTickets = row._count._all;
        else entry.activeChats = row._count._all;
        byAgent.set(row.agentId, entry);
      }
      return ids.map((id) => byAgent.get(id) ?? { activeTickets: 0, activeChats: 0 });
    }),
  };
}

export type AgentsContext = RequestContext<ReturnType<typeof createAgentsLoaders>>;

export const createAgentsContext = (base: BaseContext, services: SubgraphServices): AgentsContext => {
  // Any authenticated request from an agent counts as activity for the idle → AWAY rule.
  if (isStaff(base.identity) && base.identity.subject) noteActivity(services, base.identity.subject);
  return requestContext(base, services, createAgentsLoaders(services));
};
