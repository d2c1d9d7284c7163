/** Resolving the calling agent, a named agent and a ticket's routing details. */
import type { Agent as AgentRow } from "../../../generated/prisma/client.js";
import { notFound, forbidden } from "../../common/errors.js";
import { assertUuid } from "../../common/ids.js";
import { isStaff } from "../../common/identity.js";
import { InternalCallError } from "../../common/internal-client.js";
import type { AgentsContext } from "../context.js";

export function callerAgentId(ctx: AgentsContext): string {
  const id = ctx.identity.subject;
  if (!isStaff(ctx.identity) || !id) throw forbidden("Only agents can do this");
  return id;
}

interface TicketDetails {
  categoryKey: string | null;
  language: string;
  priority: string | null;
}

/** A ticket's routing details: from agents' own work item, else asked of tickets. Null when tickets says it does not exist. */
export async function ticketDetails(ctx: AgentsContext, ticketId: string): Promise<{ known: boolean; details: TicketDetails } | null> {
  const item = await ctx.db.prisma.workItem.findUnique({ where: { kind_itemId: { kind: "TICKET", itemId: ticketId } } });
  if (item && item.languageKey !== "und") return { known: true, details: { categoryKey: item.categoryKey, language: item.language, priority: item.priority } };
  try {
    const data = await ctx.internal.request<{ ticket: { category: { key: string } | null; language: string; priority: string } | null }>(
      "tickets",
      "query($id: ID!) { ticket(id: $id) { category { key } language priority } }",
      { id: ticketId },
      { timeoutMs: 3000 },
    );
    const answer = data.ticket;
    if (!answer) return null;
    return { known: Boolean(item), details: { categoryKey: answer.category?.key ?? null, language: answer.language, priority: answer.priority } };
  } catch (error) {
    if (error instanceof InternalCallError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export async function loadAgentOrThrow(ctx: AgentsContext, id: string): Promise<AgentRow> {
  assertUuid(id, "agentId");
  const agent = await ctx.loaders.agent.load(id);
  if (!agent) throw notFound("Agent");
  return agent;
}
