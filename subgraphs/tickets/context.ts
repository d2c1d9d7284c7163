import type {
  Macro,
  Ticket,
  TicketCategory,
  TicketHistoryEntry,
  TicketMessage,
  TicketStatusChange,
} from "../../generated/prisma/client.js";
import type { BusinessSchedule } from "../../shared/business-hours.js";
import type { BaseContext, RequestContext, SubgraphServices } from "../../shared/context.js";
import { requestContext } from "../../shared/context.js";
import { loaderByKey, loaderGroupedBy, pagesByParent } from "../../shared/loaders.js";
import type { KeysetPage } from "../../shared/pagination.js";
import { openTicketsPages } from "./open-tickets.js";
import { currentSchedule } from "./policy-storage.js";
import { ticketsById } from "./ticket-row.js";

export function createTicketsLoaders(services: SubgraphServices) {
  const { prisma } = services.db;
  let schedule: Promise<BusinessSchedule> | null = null;
  return {
    ticket: loaderByKey<string, Ticket>(ticketsById(services.db.sql), (t) => t.id),
    category: loaderByKey<string, TicketCategory>(
      (keys) => prisma.ticketCategory.findMany({ where: { key: { in: [...keys] } } }),
      (c) => c.key,
    ),
    subcategories: loaderGroupedBy<string, TicketCategory>(
      (keys) => prisma.ticketCategory.findMany({ where: { parentKey: { in: [...keys] } }, orderBy: { key: "asc" } }),
      (c) => c.parentKey as string,
    ),
    /** Every message of each ticket, oldest first (the SLA clock and the conversation). */
    messages: loaderGroupedBy<string, TicketMessage>(
      (ids) =>
        prisma.ticketMessage.findMany({
          where: { ticketId: { in: [...ids] } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
      (m) => m.ticketId,
    ),
    statusChanges: loaderGroupedBy<string, TicketStatusChange>(
      (ids) => prisma.ticketStatusChange.findMany({ where: { ticketId: { in: [...ids] } }, orderBy: { at: "asc" } }),
      (c) => c.ticketId,
    ),
    history: loaderGroupedBy<string, TicketHistoryEntry>(
      (ids) =>
        prisma.ticketHistoryEntry.findMany({
          where: { ticketId: { in: [...ids] } },
          orderBy: [{ at: "asc" }, { id: "asc" }],
        }),
      (h) => h.ticketId,
    ),
    /** `Agent.openTickets` pages for a batch of agents, one query per page shape. */
    openTicketsOf: pagesByParent<KeysetPage, Ticket>((agentIds, page) => openTicketsPages(services.db, agentIds, page)),
    macro: loaderByKey<string, Macro>(
      (ids) => prisma.macro.findMany({ where: { id: { in: [...ids] } } }),
      (m) => m.id,
    ),
    /** The business schedule in force (kept per process until it is edited: policy-storage.ts). */
    schedule: () => (schedule ??= currentSchedule(services)),
  };
}

export type TicketsContext = RequestContext<ReturnType<typeof createTicketsLoaders>>;

export const createTicketsContext = (base: BaseContext, services: SubgraphServices): TicketsContext =>
  requestContext(base, services, createTicketsLoaders(services));
