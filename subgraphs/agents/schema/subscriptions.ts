/** The Subscription root fields of agents. */
import { ROOT_TYPE_DESCRIPTIONS } from "../../../shared/builder.js";
import { notFound } from "../../../shared/errors.js";
import { presenceStream, STATUS_TOPIC, type StatusChange } from "../presence.js";
import { QUEUE_TOPIC, queueStatus } from "../assignment.js";
import { assertUuidField, type WorkItemKindValue } from "../clean-input.js";
import { ticketViewersTopic, viewerStore, type ViewerReport } from "../viewers.js";
import { builder } from "./builder.js";
import { callerAgentId } from "./caller.js";
import { WorkItemKind } from "./enums.js";
import { AgentStatusChange } from "./presence.js";
import { QueueStatus } from "./queue.js";
import { TicketViewersUpdate } from "./viewers.js";

builder.subscriptionType({
  description: ROOT_TYPE_DESCRIPTIONS.Subscription,
  fields: (t) => ({
    agentStatusChanged: t.field({
      type: AgentStatusChange,
      description: "Presence changes of all agents (manual, idle or disconnected). Staff only.",
      authScopes: { staff: true },
      subscribe: async (_root, _args, ctx) => {
        const events = ctx.pubsub.subscribe<StatusChange>(STATUS_TOPIC);
        await ctx.pubsub.ready();
        return events;
      },
      resolve: (change) => change,
    }),
    agentPresence: t.field({
      type: AgentStatusChange,
      description: "Keep this open while working: it marks you present and pushes your own status changes; when it drops (tab closed, network lost) you go AWAY after a few seconds. Staff only.",
      authScopes: { staff: true },
      subscribe: async (_root, _args, ctx) => {
        const agentId = callerAgentId(ctx);
        if (!(await ctx.loaders.agent.load(agentId))) throw notFound("Agent");
        const stream = presenceStream(ctx, agentId);
        await ctx.pubsub.ready();
        return stream;
      },
      resolve: (change) => change,
    }),
    queueStatusChanged: t.field({
      type: QueueStatus,
      description: "The queue status: sent at once (so a client that reconnects is current again), then whenever the queue changes. Staff only.",
      authScopes: { staff: true },
      args: { kind: t.arg({ description: "Only tickets or only chats; omit for both.", type: WorkItemKind, required: false }) },
      subscribe: async (_root, _args, ctx) => {
        const events = ctx.pubsub.subscribe<{ at: string }>(QUEUE_TOPIC);
        await ctx.pubsub.ready();
        return startingWith({ at: new Date().toISOString() }, events);
      },
      resolve: (_signal, { kind }, ctx) => queueStatus(ctx.db.prisma, (kind as WorkItemKindValue | null | undefined) ?? null),
    }),
    ticketViewersChanged: t.field({
      type: TicketViewersUpdate,
      description: "Who is viewing/typing on a ticket, pushed on every change. Staff only.",
      authScopes: { staff: true },
      args: { ticketId: t.arg.id({ description: "The ticket (UUID).", required: true }) },
      subscribe: async (_root, { ticketId }, ctx) => {
        const events = ctx.pubsub.subscribe<ViewerReport>(ticketViewersTopic(assertUuidField(ticketId, "ticketId")));
        await ctx.pubsub.ready();
        return events;
      },
      resolve: (report, _args, ctx) => {
        const store = viewerStore(ctx);
        store.apply(report);
        return { ticketId: report.ticketId, viewers: store.viewers(report.ticketId) };
      },
    }),
  }),
});

/** `first`, then everything `rest` yields; closing the result closes `rest`. */
async function* startingWith<T>(first: T, rest: AsyncIterableIterator<T>): AsyncGenerator<T> {
  try {
    yield first;
    yield* rest;
  } finally {
    await rest.return?.();
  }
}
