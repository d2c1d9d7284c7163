/** A ticket's live SLA state: its three targets. */
import type { TargetState } from "../sla.js";
import { builder } from "./builder.js";
import { SlaTargetStatus } from "./enums.js";

const SlaTarget = builder.objectRef<TargetState>("TicketSlaTarget").implement({
  description: "One SLA target: its deadline (business hours, paused while PENDING) and where it stands now.",
  fields: (t) => ({
    dueAt: t.expose("dueAt", { type: "DateTime", nullable: true, description: "Deadline; null while the target has not started." }),
    breachedAt: t.expose("breachedAt", { type: "DateTime", nullable: true, description: "When it was missed; null unless BREACHED." }),
    satisfiedAt: t.expose("satisfiedAt", { type: "DateTime", nullable: true, description: "When it was met; null unless SATISFIED." }),
    status: t.field({ description: "Where the target stands.", type: SlaTargetStatus, resolve: (s) => s.status }),
    pausedSeconds: t.int({ description: "Business seconds the clock stood still.", resolve: (s) => Math.round(s.pausedSeconds) }),
    elapsedFraction: t.float({ description: "Share of the window used; above 1 once breached.", resolve: (s) => s.elapsedFraction }),
  }),
});

export interface SlaView {
  slaHours: number;
  firstReply: TargetState;
  nextReply: TargetState;
  resolution: TargetState;
}

export const TicketSla = builder.objectRef<SlaView>("TicketSla").implement({
  description: "Live SLA state, computed from the ticket's timeline (status history and messages).",
  fields: (t) => ({
    slaHours: t.exposeFloat("slaHours", { description: "The stricter of the category's and the priority's SLA hours." }),
    firstReply: t.field({ description: "First staff reply to the customer.", type: SlaTarget, resolve: (s) => s.firstReply }),
    nextReply: t.field({ description: "Staff reply to the customer's latest unanswered message.", type: SlaTarget, resolve: (s) => s.nextReply }),
    resolution: t.field({ description: "Resolution of the ticket.", type: SlaTarget, resolve: (s) => s.resolution }),
    breached: t.boolean({ description: "Any target BREACHED.", resolve: (s) => [s.firstReply, s.nextReply, s.resolution].some((x) => x.status === "BREACHED") }),
  }),
});
