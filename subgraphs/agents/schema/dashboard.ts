/** The calling agent's working view (agentDashboard). */
import type { Agent as AgentRow } from "../../../generated/prisma/client.js";
import { activeChats, assignedTickets, claimableQueue, countClaimable, figuresToday, type AgentFiguresToday } from "../agent-dashboard.js";
import { queueStatus } from "../assignment.js";
import { builder } from "./builder.js";
import { Agent } from "./agents.js";
import { QueueStatus } from "./queue.js";
import { WorkItem } from "./work-items.js";

interface DashboardShape {
  agent: AgentRow;
}
const AgentFigures = builder.objectRef<AgentFiguresToday>("AgentFigures").implement({
  description: "The agent's figures since 00:00 UTC today, from routing.",
  fields: (t) => ({
    assignedToday: t.exposeInt("assignedToday", { description: "Tickets and chats assigned to me since 00:00 UTC." }),
    completedToday: t.exposeInt("completedToday", { description: "Tickets and chats I finished since 00:00 UTC." }),
    activeTickets: t.exposeInt("activeTickets", { description: "Tickets assigned to me and not finished." }),
    activeChats: t.exposeInt("activeChats", { description: "Chats I am in now." }),
    averageWaitSecondsToday: t.exposeInt("averageWaitSecondsToday", { nullable: true, description: "Mean queue wait of the items assigned to me today." }),
  }),
});

export const WorkItemConnection = builder.connectionObject({ type: WorkItem, name: "WorkItemConnection" }, { name: "WorkItemEdge" });

export const AgentDashboard = builder.objectRef<DashboardShape>("AgentDashboard").implement({
  description: "An agent's working view: their tickets (most urgent first), their chats, the queue and today's figures.",
  fields: (t) => ({
    agent: t.field({ description: "The calling agent.", type: Agent, resolve: (d) => d.agent }),
    tickets: t.connection(
      {
        type: WorkItem,
        description: "My assigned tickets, by priority (URGENT first) then longest held; `ticket` resolves SLA deadlines from tickets.",
        resolve: (d, args, ctx) => assignedTickets(ctx, d.agent.id, args),
      },
      WorkItemConnection,
    ),
    chats: t.connection(
      {
        type: WorkItem,
        description: "My active chats, longest running first.",
        resolve: (d, args, ctx) => activeChats(ctx, d.agent.id, args),
      },
      WorkItemConnection,
    ),
    queue: t.field({ description: "The whole waiting queue (all kinds).", type: QueueStatus, resolve: (_d, _a, ctx) => queueStatus(ctx.db.prisma, null) }),
    claimable: t.int({
      description: "Queued items I could claim now (my tiers, not excluded).",
      resolve: (d, _a, ctx) => countClaimable(ctx, d.agent),
    }),
    queuedItems: t.connection(
      {
        type: WorkItem,
        description: "The queue I can pick from (my tiers, not excluded), by priority then age. `claimNextFromQueue` takes the first in my languages.",
        resolve: (d, args, ctx) => claimableQueue(ctx, d.agent, args),
      },
      WorkItemConnection,
    ),
    today: t.field({ description: "My figures since 00:00 UTC today.",
      type: AgentFigures,
      resolve: (d, _a, ctx) => figuresToday(ctx, d.agent.id),
    }),
  }),
});
