/** The calling agent's working view (agentDashboard). */
import type { Agent as AgentRow, Prisma, WorkItem as WorkItemRow } from "../../../generated/prisma/client.js";
import { badInput } from "../../common/errors.js";
import { beyondKeyWhere, keysetConnection, keysetOrder, type KeysetPage } from "../../common/pagination.js";
import { queueStatus } from "../routing.js";
import { builder } from "./builder.js";
import { Agent } from "./agents.js";
import { QueueStatus } from "./queue.js";
import { secondsSince, WorkItem } from "./work-items.js";

interface DashboardShape {
  agent: AgentRow;
}
interface FiguresShape {
  assignedToday: number;
  completedToday: number;
  activeTickets: number;
  activeChats: number;
  averageWaitSecondsToday: number | null;
}
const AgentFigures = builder.objectRef<FiguresShape>("AgentFigures").implement({
  description: "The agent's figures since 00:00 UTC today, from routing.",
  fields: (t) => ({
    assignedToday: t.exposeInt("assignedToday", { description: "Tickets and chats assigned to me since 00:00 UTC." }),
    completedToday: t.exposeInt("completedToday", { description: "Tickets and chats I finished since 00:00 UTC." }),
    activeTickets: t.exposeInt("activeTickets", { description: "Tickets assigned to me and not finished." }),
    activeChats: t.exposeInt("activeChats", { description: "Chats I am in now." }),
    averageWaitSecondsToday: t.exposeInt("averageWaitSecondsToday", { nullable: true, description: "Mean queue wait of the items assigned to me today." }),
  }),
});

const WorkItemConnection = builder.connectionObject({ type: WorkItem, name: "WorkItemConnection" }, { name: "WorkItemEdge" });

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
      OR: [{ priorityRank: { [cmp]: rank } }, { priorityRank: rank, [timeField]: { [cmp]: at } }, { priorityRank: rank, [timeField]: at, id: { [cmp]: id } }],
    };
  }
  const orderBy: Prisma.WorkItemOrderByWithRelationInput[] = [{ priorityRank: dir }, timeField === "assignedAt" ? { assignedAt: dir } : { queuedAt: dir }, { id: dir }];
  return { where, orderBy };
}

const claimableWhere = (agent: AgentRow) => ({
  status: "QUEUED" as const,
  OR: [{ requiredTier: null }, { requiredTier: { in: agent.escalationTiers } }],
  NOT: { excludeAgentIds: { has: agent.id } },
});

export const AgentDashboard = builder.objectRef<DashboardShape>("AgentDashboard").implement({
  description: "An agent's working view: their tickets (most urgent first), their chats, the queue and today's figures.",
  fields: (t) => ({
    agent: t.field({ description: "The calling agent.", type: Agent, resolve: (d) => d.agent }),
    tickets: t.connection(
      {
        type: WorkItem,
        description: "My assigned tickets, by priority (URGENT first) then longest held; `ticket` resolves SLA deadlines from tickets.",
        resolve: (d, args, ctx) =>
          keysetConnection(
            args,
            (w: WorkItemRow) => [`${w.priorityRank}|${(w.assignedAt as Date).toISOString()}`, w.id],
            (page) => {
              const order = byPriorityThenAge(page, "assignedAt");
              return ctx.db.prisma.workItem.findMany({
                where: { kind: "TICKET", status: "ASSIGNED", agentId: d.agent.id, assignedAt: { not: null }, ...order.where },
                orderBy: order.orderBy,
                take: page.limit,
              });
            },
          ),
      },
      WorkItemConnection,
    ),
    chats: t.connection(
      {
        type: WorkItem,
        description: "My active chats, longest running first.",
        resolve: (d, args, ctx) =>
          keysetConnection(
            args,
            (w: WorkItemRow) => [(w.assignedAt as Date).toISOString(), w.id],
            (page) =>
              ctx.db.prisma.workItem.findMany({
                where: { kind: "CHAT", status: "ASSIGNED", agentId: d.agent.id, assignedAt: { not: null }, ...beyondKeyWhere(["assignedAt", "id"], page, false, (v) => new Date(String(v))) },
                orderBy: keysetOrder(["assignedAt", "id"], page, false),
                take: page.limit,
              }),
          ),
      },
      WorkItemConnection,
    ),
    queue: t.field({ description: "The whole waiting queue (all kinds).", type: QueueStatus, resolve: (_d, _a, ctx) => queueStatus(ctx.db.prisma, null) }),
    claimable: t.int({
      description: "Queued items I could claim now (my tiers, not excluded).",
      resolve: (d, _a, ctx) => ctx.db.prisma.workItem.count({ where: claimableWhere(d.agent) }),
    }),
    queuedItems: t.connection(
      {
        type: WorkItem,
        description: "The queue I can pick from (my tiers, not excluded), by priority then age. `claimNextFromQueue` takes the first in my languages.",
        resolve: (d, args, ctx) =>
          keysetConnection(
            args,
            (w: WorkItemRow) => [`${w.priorityRank}|${w.queuedAt.toISOString()}`, w.id],
            (page) => {
              const order = byPriorityThenAge(page, "queuedAt");
              return ctx.db.prisma.workItem.findMany({ where: { AND: [claimableWhere(d.agent), order.where] }, orderBy: order.orderBy, take: page.limit });
            },
          ),
      },
      WorkItemConnection,
    ),
    today: t.field({ description: "My figures since 00:00 UTC today.",
      type: AgentFigures,
      resolve: async (d, _a, ctx) => {
        const midnight = new Date();
        midnight.setUTCHours(0, 0, 0, 0);
        const { prisma } = ctx.db;
        const [assigned, completed, load] = await Promise.all([
          prisma.workItem.findMany({ where: { agentId: d.agent.id, assignedAt: { gte: midnight } }, select: { queuedAt: true, assignedAt: true } }),
          prisma.workItem.count({ where: { agentId: d.agent.id, status: "DONE", doneAt: { gte: midnight } } }),
          ctx.loaders.workload.load(d.agent.id),
        ]);
        const waits = assigned.map((w) => secondsSince(w.queuedAt, w.assignedAt));
        return {
          assignedToday: assigned.length,
          completedToday: completed,
          activeTickets: load.activeTickets,
          activeChats: load.activeChats,
          averageWaitSecondsToday: waits.length ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length) : null,
        };
      },
    }),
  }),
});
