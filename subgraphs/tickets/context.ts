import type { Ticket, TicketCategory } from "../../generated/prisma/client.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../common/context.js";
import { requestContext } from "../common/context.js";
import { loaderByKey, loaderGroupedBy } from "../common/loaders.js";

export function createTicketsLoaders(services: SubgraphServices) {
  const { prisma } = services.db;
  return {
    ticket: loaderByKey<string, Ticket>((ids) => prisma.ticket.findMany({ where: { id: { in: [...ids] } } }), (t) => t.id),
    category: loaderByKey<string, TicketCategory>((keys) => prisma.ticketCategory.findMany({ where: { key: { in: [...keys] } } }), (c) => c.key),
    subcategories: loaderGroupedBy<string, TicketCategory>(
      (keys) => prisma.ticketCategory.findMany({ where: { parentKey: { in: [...keys] } }, orderBy: { key: "asc" } }),
      (c) => c.parentKey as string,
    ),
  };
}

export type TicketsContext = RequestContext<ReturnType<typeof createTicketsLoaders>>;

export const createTicketsContext = (base: BaseContext, services: SubgraphServices): TicketsContext =>
  requestContext(base, services, createTicketsLoaders(services));
