/** A ticket's routing details (category, language, priority), as agents routes it. */
import type { SubgraphServices } from "../common/context.js";
import { InternalCallError } from "../common/internal-client.js";

export interface TicketDetails {
  categoryKey: string | null;
  language: string;
  priority: string | null;
}

/**
 * From agents' own work item, else asked of tickets. `known` says agents already had a work item
 * for it. Null when tickets says it does not exist.
 */
export async function ticketDetails(services: SubgraphServices, ticketId: string): Promise<{ known: boolean; details: TicketDetails } | null> {
  const item = await services.db.prisma.workItem.findUnique({ where: { kind_itemId: { kind: "TICKET", itemId: ticketId } } });
  if (item && item.languageKey !== "und") return { known: true, details: { categoryKey: item.categoryKey, language: item.language, priority: item.priority } };
  try {
    const data = await services.internal.request<{ ticket: { category: { key: string } | null; language: string; priority: string } | null }>(
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
