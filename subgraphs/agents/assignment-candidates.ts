/**
 * `assignmentCandidates`: who would get a ticket or chat now, best first, with each score's
 * parts — the same ranking routing uses, read without assigning anything.
 */
import type { Agent } from "../../generated/prisma/client.js";
import { badInput, notFound } from "../../shared/errors.js";
import type { AgentsContext } from "./context.js";
import { loadProfiles, rankForItem } from "./assignment.js";
import { cleanAssignmentRequest, type WorkItemKindValue } from "./clean-input.js";
import { ticketDetails } from "./ticket-details.js";

export interface CandidateBreakdown {
  rank: number;
  agent: Agent;
  total: number;
  parts: { specialization: number; language: number; workload: number; rating: number; online: number };
  needsTranslation: boolean;
  activeTickets: number;
  activeChats: number;
}

export interface CandidatesQuery {
  /** Take kind, category and language from this ticket (a checked UUID). */
  ticketId: string | null;
  kind: WorkItemKindValue | null;
  categoryKey: string | null;
  language: string | null;
  requiredTier: string | null;
}

/** Ranked candidates; an unknown ticket is NOT_FOUND, no language either way BAD_USER_INPUT. */
export async function assignmentCandidates(ctx: AgentsContext, query: CandidatesQuery): Promise<CandidateBreakdown[]> {
  let kind = query.kind ?? "TICKET";
  let categoryKey = query.categoryKey;
  let language = query.language;
  let excludeAgentIds: string[] = [];
  if (query.ticketId) {
    const ticketId = query.ticketId;
    const found = await ticketDetails(ctx, ticketId);
    if (!found) throw notFound("Ticket");
    kind = "TICKET";
    categoryKey = query.categoryKey ?? found.details.categoryKey;
    language = query.language ?? found.details.language;
    const item = await ctx.db.prisma.workItem.findUnique({
      where: { kind_itemId: { kind: "TICKET", itemId: ticketId } },
    });
    excludeAgentIds = item?.excludeAgentIds ?? [];
  }
  if (!language) throw badInput("Give a ticketId or a language", { field: "language" });
  const request = cleanAssignmentRequest({
    kind,
    itemId: "00000000-0000-4000-8000-000000000000",
    categoryKey,
    language,
    requiredTier: query.requiredTier,
  });
  const profiles = await loadProfiles(ctx.db.prisma, { statuses: ["ONLINE", "AWAY"] });
  const byId = new Map(profiles.map((p) => [p.id, p]));
  return rankForItem(profiles, { ...request, excludeAgentIds }, ctx.config.MAX_ACTIVE_TICKETS_PER_AGENT).map(
    (c, index): CandidateBreakdown => {
      const profile = byId.get(c.agentId)!;
      return {
        rank: index + 1,
        agent: profile.agent,
        total: c.total,
        parts: c.parts,
        needsTranslation: c.needsTranslation,
        activeTickets: profile.activeTickets,
        activeChats: profile.activeChats,
      };
    },
  );
}
