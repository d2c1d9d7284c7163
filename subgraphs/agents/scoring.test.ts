import { describe, expect, it } from "vitest";
import {
  eligibleCandidates,
  rankCandidates,
  scoreCandidate,
  type AgentProfile,
  type AssignmentRequest,
} from "./scoring.js";

function agent(id: string, overrides: Partial<AgentProfile> = {}): AgentProfile {
  return {
    id,
    status: "ONLINE",
    specializations: [],
    languages: ["en"],
    rating: 0,
    activeTickets: 30,
    activeChats: 0,
    maxConcurrentChats: 3,
    lastAssignedAt: null,
    escalationTiers: [],
    ...overrides,
  };
}

const billingTicket: AssignmentRequest = { kind: "TICKET", categoryKey: "billing_support", language: "en" };
const noTranslation = { allowTranslation: false };
const ids = (candidates: Array<{ agent: AgentProfile } | { agentId: string }>) =>
  candidates.map((c) => ("agent" in c ? c.agent.id : c.agentId));

describe("scoreCandidate", () => {
  it("adds up every part as specified", () => {
    const score = scoreCandidate(
      agent("a1", { specializations: ["billing_support"], languages: ["en", "fr"], activeTickets: 12, rating: 8.4 }),
      billingTicket,
    );
    expect(score).toEqual({
      agentId: "a1",
      total: 40 + 20 + 18 + 42 + 10,
      parts: { specialization: 40, language: 20, workload: 18, rating: 42, online: 10 },
    });
  });

  it("gives nothing for a missing specialization, language, or presence, and never a negative workload", () => {
    const score = scoreCandidate(agent("a1", { status: "AWAY", languages: ["de"], activeTickets: 45 }), billingTicket);
    expect(score.parts).toEqual({ specialization: 0, language: 0, workload: 0, rating: 0, online: 0 });
  });

  it("gives no specialization points to uncategorized requests", () => {
    expect(
      scoreCandidate(agent("a1", { specializations: ["billing_support"] }), { ...billingTicket, categoryKey: null })
        .parts.specialization,
    ).toBe(0);
  });

  it("matches languages on their primary subtag, ignoring case", () => {
    expect(
      scoreCandidate(agent("a1", { languages: ["EN-us"] }), { ...billingTicket, language: "en-GB" }).parts.language,
    ).toBe(20);
    expect(
      scoreCandidate(agent("a1", { languages: ["pt_BR"] }), { ...billingTicket, language: "pt" }).parts.language,
    ).toBe(20);
  });

  it("clamps ratings to 0–10", () => {
    expect(scoreCandidate(agent("a1", { rating: 14 }), billingTicket).parts.rating).toBe(50);
    expect(scoreCandidate(agent("a1", { rating: -2 }), billingTicket).parts.rating).toBe(0);
  });
});

describe("eligibleCandidates", () => {
  it("takes ONLINE agents and AWAY agents with chat capacity, never BUSY or OFFLINE", () => {
    const agents = [
      agent("online"),
      agent("away-free", { status: "AWAY", activeChats: 2, maxConcurrentChats: 3 }),
      agent("away-full", { status: "AWAY", activeChats: 3, maxConcurrentChats: 3 }),
      agent("busy", { status: "BUSY" }),
      agent("offline", { status: "OFFLINE" }),
    ];
    expect(ids(eligibleCandidates(agents, billingTicket, noTranslation))).toEqual(["online", "away-free"]);
  });

  it("lets ONLINE agents at chat capacity take tickets but not chats", () => {
    const full = agent("full", { activeChats: 3, maxConcurrentChats: 3 });
    expect(ids(eligibleCandidates([full], billingTicket, noTranslation))).toEqual(["full"]);
    expect(eligibleCandidates([full], { ...billingTicket, kind: "CHAT" }, noTranslation)).toEqual([]);
  });

  it("restricts to the required escalation tier", () => {
    const agents = [
      agent("tier1", { escalationTiers: [] }),
      agent("tier2", { escalationTiers: ["billing_specialist"] }),
    ];
    expect(
      ids(eligibleCandidates(agents, { ...billingTicket, requiredTier: "billing_specialist" }, noTranslation)),
    ).toEqual(["tier2"]);
  });

  it("keeps only agents who speak the language when any does", () => {
    const agents = [agent("en"), agent("es", { languages: ["es"] })];
    const candidates = eligibleCandidates(agents, { ...billingTicket, language: "es" }, { allowTranslation: true });
    expect(candidates).toEqual([{ agent: agents[1], needsTranslation: false }]);
  });

  it("falls back to everyone, flagged for translation, when nobody speaks it and translation is allowed", () => {
    const agents = [
      agent("en"),
      agent("fr", { languages: ["fr"] }),
      agent("busy", { status: "BUSY", languages: ["ja"] }),
    ];
    const request = { ...billingTicket, language: "ja" };
    expect(eligibleCandidates(agents, request, { allowTranslation: true })).toEqual([
      { agent: agents[0], needsTranslation: true },
      { agent: agents[1], needsTranslation: true },
    ]);
    expect(eligibleCandidates(agents, request, noTranslation)).toEqual([]);
  });
});

describe("rankCandidates", () => {
  it("orders by total score, best first", () => {
    const agents = [
      agent("generalist", { rating: 5 }),
      agent("specialist", { specializations: ["billing_support"] }),
      agent("light", { activeTickets: 0 }),
    ];
    const ranked = rankCandidates(agents, billingTicket, noTranslation);
    expect(ranked.map((c) => [c.agentId, c.total])).toEqual([
      ["specialist", 70],
      ["light", 60],
      ["generalist", 55],
    ]);
  });

  it("breaks ties by least recently assigned, never-assigned first, then by id", () => {
    const agents = [
      agent("recent", { lastAssignedAt: new Date("2026-03-02T10:00:00Z") }),
      agent("b-never"),
      agent("earlier", { lastAssignedAt: new Date("2026-03-02T09:00:00Z") }),
      agent("a-never"),
    ];
    expect(ids(rankCandidates(agents, billingTicket, noTranslation))).toEqual([
      "a-never",
      "b-never",
      "earlier",
      "recent",
    ]);
    expect(ids(rankCandidates([...agents].reverse(), billingTicket, noTranslation))).toEqual([
      "a-never",
      "b-never",
      "earlier",
      "recent",
    ]);
  });

  it("carries the translation flag", () => {
    const ranked = rankCandidates([agent("en")], { ...billingTicket, language: "ko" }, { allowTranslation: true });
    expect(ranked).toEqual([expect.objectContaining({ agentId: "en", needsTranslation: true })]);
  });
});
