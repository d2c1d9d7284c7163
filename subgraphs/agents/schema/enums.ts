/** The enums of the agents schema. */
import { AGENT_STATUSES } from "../presence.js";
import { WORK_ITEM_KINDS } from "../clean-input.js";
import { VIEWER_ACTIVITIES } from "../viewers.js";
import { builder } from "./builder.js";

export const AgentStatus = builder.enumType("AgentStatus", {
  values: {
    ONLINE: { description: "Working and taking new work." },
    AWAY: { description: "Briefly away (set by hand, or after idling or disconnecting); still routed to, though ONLINE agents score 10 higher." },
    BUSY: { description: "Working but taking no new work." },
    OFFLINE: { description: "Not working; gets no work and cannot claim from the queue." },
  } satisfies Record<(typeof AGENT_STATUSES)[number], { description: string }>,
  description: "An agent's availability. Routing assigns new work to ONLINE and AWAY agents (ONLINE scores +10); BUSY and OFFLINE agents get none." });
export const StaffRole = builder.enumType("StaffRole", {
  description: "What a staff member may do. Supervisors and admins can do everything an agent can.",
  values: {
    AGENT: { value: "agent", description: "Works tickets and chats routed or assigned to them." },
    SUPERVISOR: { value: "supervisor", description: "An agent who also manages the team: routing, reports, agents' settings, ticket policies." },
    ADMIN: { value: "admin", description: "A supervisor who may also create admins and manage integrations." },
  } as const,
});
export const WorkItemKind = builder.enumType("WorkItemKind", {
  values: { TICKET: { description: "A ticket." }, CHAT: { description: "A live chat." } } satisfies Record<(typeof WORK_ITEM_KINDS)[number], { description: string }>,
  description: "What is being routed: a ticket or a chat.",
});
export const WorkItemStatus = builder.enumType("WorkItemStatus", {
  description: "Where a routed ticket or chat is.",
  values: {
    QUEUED: { description: "Waiting for an eligible agent." },
    ASSIGNED: { description: "Assigned to an agent and not yet finished." },
    DONE: { description: "Finished (the ticket resolved or closed, the chat ended); no longer counts toward workload." },
  } as const,
});
export const ViewerActivityEnum = builder.enumType("TicketActivity", {
  values: {
    VIEWING: { description: "Has the ticket open." },
    TYPING: { description: "Is writing a reply or note." },
    LEFT: { description: "Closed the ticket: removes them from the viewers at once." },
  } satisfies Record<(typeof VIEWER_ACTIVITIES)[number], { description: string }>,
  description: "What an agent is doing on a ticket; LEFT removes them.",
});
export const StatusChangeCause = builder.enumType("AgentStatusChangeCause", {
  description: "Why an agent's status changed.",
  values: {
    MANUAL: { value: "manual", description: "The agent (or a supervisor) set it with setAgentStatus." },
    IDLE: { value: "idle", description: "No activity for the configured idle time: ONLINE became AWAY." },
    DISCONNECTED: { value: "disconnected", description: "The agent's last live connection closed: ONLINE became AWAY." },
  } as const,
});
