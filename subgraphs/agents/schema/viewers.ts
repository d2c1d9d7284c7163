/** Collision detection: who is viewing or typing on a ticket. */
import type { TicketViewer as ViewerShape } from "../viewers.js";
import { builder } from "./builder.js";
import { Agent } from "./agents.js";
import { ViewerActivityEnum } from "./enums.js";

export const TicketViewer = builder.objectRef<ViewerShape>("TicketViewer").implement({
  description: "An agent currently viewing or typing on a ticket (expires unless renewed).",
  fields: (t) => ({
    agent: t.field({ description: "The viewing agent.", type: Agent, nullable: true, resolve: (v, _a, ctx) => ctx.loaders.agent.load(v.agentId) }),
    agentId: t.exposeID("agentId", { description: "The viewing agent's id." }),
    activity: t.field({ description: "VIEWING or TYPING.", type: ViewerActivityEnum, resolve: (v) => v.activity }),
    since: t.expose("since", { type: "DateTime", description: "When the agent started this activity." }),
    lastSeenAt: t.expose("lastSeenAt", { type: "DateTime", description: "Last report from the agent." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When the entry disappears unless reported again." }),
  }),
});

interface ViewersUpdateShape {
  ticketId: string;
  viewers: ViewerShape[];
}
export const TicketViewersUpdate = builder.objectRef<ViewersUpdateShape>("TicketViewersUpdate").implement({
  description: "Who is on a ticket now, sent whenever it changes.",
  fields: (t) => ({
    ticketId: t.exposeID("ticketId", { description: "The ticket." }),
    viewers: t.field({ description: "Every agent viewing or typing on it now (the whole list, not a delta).", type: [TicketViewer], resolve: (u) => u.viewers }),
  }),
});
