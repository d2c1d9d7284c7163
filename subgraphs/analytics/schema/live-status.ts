/** The live dashboard: LiveSupportStatus, its query and its coalesced subscription. */
import { computeLiveStatus, LIVE_UPDATE_INTERVAL_MS, liveStatusUpdates, type ComponentStatus, type LiveSupportStatus } from "../live-status.js";
import { builder } from "./builder.js";

export const ComponentState = builder.enumType("ComponentState", {
  description: "State of a part of the system or an integration.",
  values: {
    UP: { description: "Answering." },
    DOWN: { description: "Not answering." },
    UNKNOWN: { description: "Its address is not known here, so it was not checked." },
    CONFIGURED: { description: "Set up but not probed." },
    NOT_CONFIGURED: { description: "An integration that is not set up or switched off." },
  } as const,
});
export const LiveComponentStatus = builder.objectRef<ComponentStatus>("LiveComponentStatus").implement({
  description: "One subgraph or integration and its state.",
  fields: (t) => ({ name: t.exposeString("name", { description: "A subgraph (tickets, chat, …) or an integration (redis, typesense, email, slack, teams, salesforce, translator)." }), status: t.field({ type: ComponentState, description: "Its state.", resolve: (c) => c.status }) }),
});

export const LiveSupportStatusRef = builder.objectRef<LiveSupportStatus>("LiveSupportStatus").implement({
  description: "The support desk right now. Waits in seconds.",
  fields: (t) => ({
    ticketsInQueue: t.exposeInt("ticketsInQueue", { description: "Open tickets without an agent." }),
    chatsWaiting: t.exposeInt("chatsWaiting", { description: "Chats waiting for an agent." }),
    averageWaitSeconds: t.exposeInt("averageWaitSeconds", { nullable: true, description: "Over waiting chats and unassigned open tickets." }),
    longestWaitSeconds: t.exposeInt("longestWaitSeconds", { nullable: true, description: "Longest current wait, seconds; null when nothing waits." }),
    agentsOnline: t.exposeInt("agentsOnline", { nullable: true, description: "Agents ONLINE; null when agents cannot be reached." }),
    agentsAvailable: t.exposeInt("agentsAvailable", { nullable: true, description: "Agents ONLINE or AWAY; null when agents cannot be reached." }),
    agentsBusy: t.exposeInt("agentsBusy", { nullable: true, description: "Agents BUSY; null when agents cannot be reached." }),
    activeChats: t.exposeInt("activeChats", { description: "Chats in progress with an agent." }),
    pendingResponses: t.exposeInt("pendingResponses", { description: "Open tickets still waiting for a first reply." }),
    escalatedIssues: t.exposeInt("escalatedIssues", { description: "Tickets ESCALATED now." }),
    responseTimeSeconds: t.exposeFloat("responseTimeSeconds", { nullable: true, description: "Mean first response over the last 24 hours." }),
    systemStatus: t.field({ description: "State of each subgraph (its /health answer).", type: [LiveComponentStatus], resolve: (s) => s.systemStatus }),
    integrations: t.field({ description: "State of each integration.", type: [LiveComponentStatus], resolve: (s) => s.integrations }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When these figures were computed." }),
  }),
});

export function registerLiveStatusFields(): void {
  builder.queryFields((t) => ({
    liveSupportStatus: t.field({ description: "The support desk right now: queues, waits (seconds), agents, system status. Staff only.",
      type: LiveSupportStatusRef,
      authScopes: { staff: true },
      resolve: (_root, _args, ctx) => computeLiveStatus(ctx),
    }),
  }));

  builder.subscriptionFields((t) => ({
    liveSupportStatus: t.field({
      type: LiveSupportStatusRef,
      authScopes: { staff: true },
      description: `The live dashboard: sent at once, then whenever it changes — at most once per ${LIVE_UPDATE_INTERVAL_MS / 1000} s per subscriber, however many events arrive. Staff only.`,
      subscribe: (_root, _args, ctx) => liveStatusUpdates(ctx),
      resolve: (status) => status,
    }),
  }));
}
