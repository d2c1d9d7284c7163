/**
 * The reads behind `agentDashboard`: the agent's assigned tickets (most urgent first, then
 * longest held), their active chats, the queue they may claim from, and today's figures; and
 * every agent's held items of a kind (`assignedWorkItems`, internal).
 */
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import type { Agent, Prisma, WorkItem } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { badInput } from "../../shared/errors.js";
import {
  beyondKeyWhere,
  keysetConnection,
  keysetOrder,
  type Connection,
  type KeysetPage,
} from "../../shared/pagination.js";
import type { AgentsContext } from "./context.js";
import { secondsSince } from "./wait-estimate.js";

export interface AgentFiguresToday {
  assignedToday: number;
  completedToday: number;
  activeTickets: number;
  activeChats: number;
  averageWaitSecondsToday: number | null;
}

/** Keyset over (priorityRank, <time field>, id): most urgent priority first, then oldest. */
function byPriorityThenAge(page: KeysetPage, timeField: "assignedAt" | "queuedAt") {
  const dir: Prisma.SortOrder = page.inverted ? "desc" : "asc";
  let where: Prisma.WorkItemWhereInput = {};
  if (page.beyond) {
    const [primary, id] = page.beyond;
    const [rankText, iso] = String(primary).split("|");
    const rank = Number(rankText);
    const at = new Date(iso ?? "");
    if (!Number.isInteger(rank) || Number.isNaN(at.getTime())) throw badInput("Invalid pagination cursor");
    const cmp = page.inverted ? "lt" : "gt";
    where = {
      OR: [
        { priorityRank: { [cmp]: rank } },
        { priorityRank: rank, [timeField]: { [cmp]: at } },
        { priorityRank: rank, [timeField]: at, id: { [cmp]: id } },
      ],
    };
  }
  const orderBy: Prisma.WorkItemOrderByWithRelationInput[] = [
    { priorityRank: dir },
    timeField === "assignedAt" ? { assignedAt: dir } : { queuedAt: dir },
    { id: dir },
  ];
  return { where, orderBy };
}

const claimableWhere = (agent: Agent) => ({
  status: "QUEUED" as const,
  OR: [{ requiredTier: null }, { requiredTier: { in: agent.escalationTiers } }],
  NOT: { excludeAgentIds: { has: agent.id } },
});

/** The agent's assigned tickets, by priority (URGENT first) then longest held. */
export function assignedTickets(
  services: SubgraphServices,
  agentId: string,
  args: DefaultConnectionArguments,
): Promise<Connection<WorkItem>> {
  return keysetConnection(
    args,
    (w: WorkItem) => [`${w.priorityRank}|${(w.assignedAt as Date).toISOString()}`, w.id],
    (page) => {
      const order = byPriorityThenAge(page, "assignedAt");
      return services.db.prisma.workItem.findMany({
        where: { kind: "TICKET", status: "ASSIGNED", agentId, assignedAt: { not: null }, ...order.where },
        orderBy: order.orderBy,
        take: page.limit,
      });
    },
  );
}

/** The agent's active chats, longest running first. */
export function activeChats(
  services: SubgraphServices,
  agentId: string,
  args: DefaultConnectionArguments,
): Promise<Connection<WorkItem>> {
  return heldItems(services, { kind: "CHAT", agentId }, args);
}

/**
 * The items of one kind held now (ASSIGNED), one agent's or everyone's, longest held first: an
 * agent's chats, and for the owners (tickets, chat) every assignment, to repair what they missed.
 */
export function heldItems(
  services: SubgraphServices,
  holder: { kind: WorkItem["kind"]; agentId?: string },
  args: DefaultConnectionArguments,
): Promise<Connection<WorkItem>> {
  return keysetConnection(
    args,
    (w: WorkItem) => [(w.assignedAt as Date).toISOString(), w.id],
    (page) =>
      services.db.prisma.workItem.findMany({
        where: {
          kind: holder.kind,
          status: "ASSIGNED",
          ...(holder.agentId ? { agentId: holder.agentId } : {}),
          assignedAt: { not: null },
          ...beyondKeyWhere(["assignedAt", "id"], page, false, (v) => new Date(String(v))),
        },
        orderBy: keysetOrder(["assignedAt", "id"], page, false),
        take: page.limit,
      }),
  );
}

/** How many queued items the agent could claim now (their tiers, not excluded). */
export function countClaimable(services: SubgraphServices, agent: Agent): Promise<number> {
  return services.db.prisma.workItem.count({ where: claimableWhere(agent) });
}

/** The queue the agent can pick from (their tiers, not excluded), by priority then age. */
export function claimableQueue(
  services: SubgraphServices,
  agent: Agent,
  args: DefaultConnectionArguments,
): Promise<Connection<WorkItem>> {
  return keysetConnection(
    args,
    (w: WorkItem) => [`${w.priorityRank}|${w.queuedAt.toISOString()}`, w.id],
    (page) => {
      const order = byPriorityThenAge(page, "queuedAt");
      return services.db.prisma.workItem.findMany({
        where: { AND: [claimableWhere(agent), order.where] },
        orderBy: order.orderBy,
        take: page.limit,
      });
    },
  );
}

/** The agent's figures since 00:00 UTC today; the workload comes from the request's batched loader. */
export async function figuresToday(ctx: AgentsContext, agentId: string): Promise<AgentFiguresToday> {
  const midnight = new Date();
  midnight.setUTCHours(0, 0, 0, 0);
  const { prisma } = ctx.db;
  const [assigned, completed, load] = await Promise.all([
    prisma.workItem.findMany({
      where: { agentId, assignedAt: { gte: midnight } },
      select: { queuedAt: true, assignedAt: true },
    }),
    prisma.workItem.count({ where: { agentId, status: "DONE", doneAt: { gte: midnight } } }),
    ctx.loaders.workload.load(agentId),
  ]);
  const waits = assigned.map((w) => secondsSince(w.queuedAt, w.assignedAt));
  return {
    assignedToday: assigned.length,
    completedToday: completed,
    activeTickets: load.activeTickets,
    activeChats: load.activeChats,
    averageWaitSecondsToday: waits.length ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length) : null,
  };
}
