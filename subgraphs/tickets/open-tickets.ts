/**
 * Each agent's open tickets, newest first, one keyset page per agent, for many agents in one
 * statement (a window per agent) plus one row fetch: `Agent.openTickets` on a list of agents
 * costs two queries, not one per agent.
 */
import type { Ticket } from "../../generated/prisma/client.js";
import type { Database } from "../common/db.js";
import type { KeysetPage } from "../common/pagination.js";

export const OPEN_STATUSES = ["OPEN", "PENDING", "ON_HOLD", "ESCALATED"] as const;

export async function openTicketsPages(db: Database, agentIds: readonly string[], page: KeysetPage): Promise<Map<string, Ticket[]>> {
  // Natural order is newest first; `inverted` (last/before) walks it backwards.
  const direction = page.inverted ? "ASC" : "DESC";
  const beyond = page.beyond ? `AND ("createdAt", "id") ${page.inverted ? ">" : "<"} ($3::timestamp, $4::uuid)` : "";
  const params: unknown[] = [agentIds, page.limit];
  if (page.beyond) params.push(new Date(page.beyond[0]), page.beyond[1]);
  const picked = await db.sql.query<{ id: string }>(
    `SELECT "id" FROM (
       SELECT "id", row_number() OVER (PARTITION BY "assignedAgentId" ORDER BY "createdAt" ${direction}, "id" ${direction}) AS "rank"
       FROM "tickets"."tickets"
       WHERE "assignedAgentId" = ANY($1::uuid[]) AND "status" IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(", ")}) ${beyond}
     ) ranked WHERE "rank" <= $2`,
    params,
  );
  const rows = picked.length ? await db.prisma.ticket.findMany({ where: { id: { in: picked.map((r) => r.id) } } }) : [];
  const sign = page.inverted ? 1 : -1;
  rows.sort((a, b) => sign * (a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  const pages = new Map<string, Ticket[]>();
  for (const row of rows) {
    const agentId = row.assignedAgentId as string;
    const list = pages.get(agentId);
    if (list) list.push(row);
    else pages.set(agentId, [row]);
  }
  return pages;
}
