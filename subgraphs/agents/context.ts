import type { Agent, Customer } from "../../generated/prisma/client.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../common/context.js";
import { requestContext } from "../common/context.js";
import { loaderByKey } from "../common/loaders.js";

export function createAgentsLoaders(services: SubgraphServices) {
  const { prisma } = services.db;
  return {
    agent: loaderByKey<string, Agent>((ids) => prisma.agent.findMany({ where: { id: { in: [...ids] } } }), (a) => a.id),
    customer: loaderByKey<string, Customer>((ids) => prisma.customer.findMany({ where: { id: { in: [...ids] } } }), (c) => c.id),
  };
}

export type AgentsContext = RequestContext<ReturnType<typeof createAgentsLoaders>>;

export const createAgentsContext = (base: BaseContext, services: SubgraphServices): AgentsContext =>
  requestContext(base, services, createAgentsLoaders(services));
