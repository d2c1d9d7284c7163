/** A ticket's routing details (category, language, priority), as agents routes it. */
import type { SubgraphServices } from "../../shared/context.js";
import { InternalCallError } from "../../shared/internal-client.js";
import { ticketRoutingDetails } from "./clients/tickets.js";

export interface TicketDetails {
  categoryKey: string | null;
  language: string;
  priority: string | null;
}

/**
 * From agents' own work item, else asked of tickets. `known` says agents already had a work item
 * for it. Null when tickets says it does not exist.
 */
export async function ticketDetails(
  services: SubgraphServices,
  ticketId: string,
): Promise<{ known: boolean; details: TicketDetails } | null> {
  const item = await services.db.prisma.workItem.findUnique({
    where: { kind_itemId: { kind: "TICKET", itemId: ticketId } },
  });
  if (item && item.languageKey !== "und")
    return {
      known: true,
      details: { categoryKey: item.categoryKey, language: item.language, priority: item.priority },
    };
  try {
    const answer = await ticketRoutingDetails(services.internal, ticketId, { timeoutMs: 3000 });
    if (!answer) return null;
    return {
      known: Boolean(item),
      details: { categoryKey: answer.category?.key ?? null, language: answer.language, priority: answer.priority },
    };
  } catch (error) {
    if (error instanceof InternalCallError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
