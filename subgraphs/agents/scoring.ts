/**
 * Who should take a ticket or chat: eligibility filtering, scoring and deterministic ranking.
 *
 * Score (higher is better):
 *   specialization  +40 when the agent specializes in the request's category
 *   language        +20 when the agent speaks the request's language
 *   workload        max(0, 30 − activeTickets)
 *   rating          rating × 5, rating 0–10 (clamped)
 *   online          +10 when ONLINE
 *
 * Languages match on their primary subtag, case-insensitively ("en-GB" is covered by "en").
 */

export type AgentStatus = "ONLINE" | "AWAY" | "BUSY" | "OFFLINE";

export interface AgentProfile {
  id: string;
  status: AgentStatus;
  specializations: ReadonlyArray<string>;
  languages: ReadonlyArray<string>;
  /** 0–10. */
  rating: number;
  activeTickets: number;
  activeChats: number;
  maxConcurrentChats: number;
  lastAssignedAt: Date | null;
  escalationTiers: ReadonlyArray<string>;
}

export interface AssignmentRequest {
  kind: "TICKET" | "CHAT";
  categoryKey: string | null;
  language: string;
  /** Only agents serving this escalation tier qualify. */
  requiredTier?: string;
}

export interface ScoreParts {
  specialization: number;
  language: number;
  workload: number;
  rating: number;
  online: number;
}

export interface CandidateScore {
  agentId: string;
  total: number;
  parts: ScoreParts;
}

export interface EligibleCandidate {
  agent: AgentProfile;
  /** True when nobody eligible speaks the language and a translator will bridge it. */
  needsTranslation: boolean;
}

export interface RankedCandidate extends CandidateScore {
  needsTranslation: boolean;
}

export interface EligibilityOptions {
  allowTranslation: boolean;
}

export const SCORE_WEIGHTS = Object.freeze({
  specialization: 40,
  language: 20,
  workloadCeiling: 30,
  perRatingPoint: 5,
  online: 10,
});

export function scoreCandidate(agent: AgentProfile, request: AssignmentRequest): CandidateScore {
  const parts: ScoreParts = {
    specialization:
      request.categoryKey !== null && agent.specializations.includes(request.categoryKey)
        ? SCORE_WEIGHTS.specialization
        : 0,
    language: speaksLanguage(agent, request.language) ? SCORE_WEIGHTS.language : 0,
    workload: Math.max(0, SCORE_WEIGHTS.workloadCeiling - agent.activeTickets),
    rating: clamp(agent.rating, 0, 10) * SCORE_WEIGHTS.perRatingPoint,
    online: agent.status === "ONLINE" ? SCORE_WEIGHTS.online : 0,
  };
  const total = parts.specialization + parts.language + parts.workload + parts.rating + parts.online;
  return { agentId: agent.id, total, parts };
}

/**
 * Agents who may take the request: ONLINE agents, and AWAY agents with chat capacity left
 * (activeChats < maxConcurrentChats); for CHAT requests every agent needs that capacity; with a
 * `requiredTier`, only agents serving that tier. Of those, the ones speaking the language — or,
 * when none does and translation is allowed, all of them, flagged `needsTranslation`.
 */
export function eligibleCandidates(
  agents: ReadonlyArray<AgentProfile>,
  request: AssignmentRequest,
  options: EligibilityOptions,
): EligibleCandidate[] {
  const available = agents.filter((agent) => isAvailableFor(agent, request));
  const speakers = available.filter((agent) => speaksLanguage(agent, request.language));
  if (speakers.length > 0) return speakers.map((agent) => ({ agent, needsTranslation: false }));
  if (!options.allowTranslation) return [];
  return available.map((agent) => ({ agent, needsTranslation: true }));
}

/**
 * Eligible candidates, best first: total score descending, then least recently assigned
 * (never-assigned first), then id — so equal inputs always give the same order.
 */
export function rankCandidates(
  agents: ReadonlyArray<AgentProfile>,
  request: AssignmentRequest,
  options: EligibilityOptions,
): RankedCandidate[] {
  return eligibleCandidates(agents, request, options)
    .map(({ agent, needsTranslation }) => ({ agent, ranked: { ...scoreCandidate(agent, request), needsTranslation } }))
    .sort(
      (a, b) => b.ranked.total - a.ranked.total || byLeastRecentlyAssigned(a.agent, b.agent) || byId(a.agent, b.agent),
    )
    .map(({ ranked }) => ranked);
}

function isAvailableFor(agent: AgentProfile, request: AssignmentRequest): boolean {
  const hasChatCapacity = agent.activeChats < agent.maxConcurrentChats;
  if (request.kind === "CHAT" && !hasChatCapacity) return false;
  if (request.requiredTier !== undefined && !agent.escalationTiers.includes(request.requiredTier)) return false;
  return agent.status === "ONLINE" || (agent.status === "AWAY" && hasChatCapacity);
}

function speaksLanguage(agent: AgentProfile, language: string): boolean {
  const wanted = primaryLanguage(language);
  return agent.languages.some((spoken) => primaryLanguage(spoken) === wanted);
}

function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

function byLeastRecentlyAssigned(a: AgentProfile, b: AgentProfile): number {
  if (a.lastAssignedAt === null || b.lastAssignedAt === null) {
    return Number(a.lastAssignedAt !== null) - Number(b.lastAssignedAt !== null);
  }
  return a.lastAssignedAt.getTime() - b.lastAssignedAt.getTime();
}

function byId(a: AgentProfile, b: AgentProfile): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
