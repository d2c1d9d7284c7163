/** Agent presence: status changes are written with their event (outbox) in one transaction. */
import type { Agent } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../common/context.js";
import { recordEvents } from "../common/outbox.js";

export const AGENT_STATUSES = ["ONLINE", "AWAY", "BUSY", "OFFLINE"] as const;
export type AgentStatusValue = (typeof AGENT_STATUSES)[number];

export async function setAgentStatus(services: SubgraphServices, agentId: string, status: AgentStatusValue): Promise<Agent | null> {
  return services.db.prisma.$transaction(async (tx) => {
    const before = await tx.agent.findUnique({ where: { id: agentId } });
    if (!before) return null;
    const agent = await tx.agent.update({ where: { id: agentId }, data: { status, lastSeenAt: new Date() } });
    if (before.status !== status) {
      await recordEvents(tx, "agents", [{ type: "agent.status_changed", aggregateId: agentId, payload: { agentId, from: before.status, to: status } }]);
    }
    return agent;
  });
}
