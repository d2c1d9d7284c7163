/** Agents' status changes. */
import type { StatusChange } from "../presence.js";
import { builder } from "./builder.js";
import { Agent } from "./agents.js";
import { AgentStatus, StatusChangeCause } from "./enums.js";

export const AgentStatusChange = builder.objectRef<StatusChange>("AgentStatusChange").implement({
  description: "An agent's status changed.",
  fields: (t) => ({
    agentId: t.exposeID("agentId", { description: "The agent whose status changed." }),
    agent: t.field({ description: "The agent; null if they no longer exist.", type: Agent, nullable: true, resolve: (c, _a, ctx) => ctx.loaders.agent.load(c.agentId) }),
    from: t.field({ description: "Status before.", type: AgentStatus, resolve: (c) => c.from }),
    to: t.field({ description: "Status after.", type: AgentStatus, resolve: (c) => c.to }),
    cause: t.field({ description: "Why it changed.", type: StatusChangeCause, resolve: (c) => c.cause }),
    at: t.field({ description: "When it changed.", type: "DateTime", resolve: (c) => new Date(c.at) }),
  }),
});
