/**
 * Each agent's open tickets, newest first, one keyset page per agent, for many agents in one
 * statement (a window per agent) plus one row fetch on the driver: `Agent.openTickets` on a list of agents
 * costs two queries, not one per agent.
 */
import type { Ticket } from "../../generated/prisma/client.js";
import type { Database } from "../../shared/db.js";
import type { KeysetPage } from "../../shared/pagination.js";
import { inPickedOrder, windowPagesByParent } from "../../shared/window-pages.js";
import { ticketsById } from "./ticket-row.js";

export const OPEN_STATUSES = ["OPEN", "PENDING", "ON_HOLD", "ESCALATED"] as const;

export async function openTicketsPages(
  db: Database,
  agentIds: readonly string[],
  page: KeysetPage,
): Promise<Map<string, Ticket[]>> {
  const picked = await windowPagesByParent<{ assignedAgentId: string; id: string }>(
    db,
    {
      table: `"tickets"."tickets"`,
      parentColumn: "assignedAgentId",
      keyColumns: [
        { name: "createdAt", type: "timestamp" },
        { name: "id", type: "uuid" },
      ],
      descending: true,
      select: ["id"],
      where: () => `"status" IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(", ")})`,
    },
    agentIds,
    page,
  );
  const ids = new Map([...picked].map(([agentId, rows]) => [agentId, rows.map((row) => row.id)]));
  const all = [...ids.values()].flat();
  const rows = await ticketsById(db.sql)(all);
  return inPickedOrder(ids, rows, (row) => row.id);
}
