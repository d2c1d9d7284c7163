import { describe, expect, it } from "vitest";
import type { Agent } from "../../generated/prisma/client.js";
import { rankForItem, type WorkloadProfile } from "./assignment.js";

function profile(id: string, overrides: Partial<WorkloadProfile> = {}): WorkloadProfile {
  return {
    agent: { id } as Agent,
    id,
    status: "ONLINE",
    specializations: [],
    languages: ["en"],
    rating: 5,
    activeTickets: 0,
    activeChats: 0,
    maxConcurrentChats: 3,
    lastAssignedAt: null,
    escalationTiers: [],
    ...overrides,
  };
}

const ticket = {
  kind: "TICKET" as const,
  categoryKey: null,
  language: "en",
  requiredTier: null,
  excludeAgentIds: [] as string[],
};

describe("rankForItem", () => {
  it("leaves out excluded agents and agents at their ticket capacity", () => {
    const agents = [profile("a"), profile("b", { activeTickets: 30 }), profile("c")];
    expect(rankForItem(agents, { ...ticket, excludeAgentIds: ["a"] }, 30).map((c) => c.agentId)).toEqual(["c"]);
  });

  it("applies the ticket capacity to tickets only", () => {
    const agents = [profile("full", { activeTickets: 30 })];
    expect(rankForItem(agents, ticket, 30)).toEqual([]);
    expect(rankForItem(agents, { ...ticket, kind: "CHAT" }, 30).map((c) => c.agentId)).toEqual(["full"]);
  });

  it("falls back to non-speakers flagged for translation (translation always allowed for routing)", () => {
    const ranked = rankForItem([profile("en")], { ...ticket, language: "ja" }, 30);
    expect(ranked).toEqual([expect.objectContaining({ agentId: "en", needsTranslation: true })]);
  });

  it("honours the required tier", () => {
    const agents = [profile("t1"), profile("t2", { escalationTiers: ["billing_specialist"] })];
    expect(rankForItem(agents, { ...ticket, requiredTier: "billing_specialist" }, 30).map((c) => c.agentId)).toEqual([
      "t2",
    ]);
  });
});
