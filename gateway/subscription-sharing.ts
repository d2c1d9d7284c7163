/**
 * Which client subscriptions may share one upstream subscription and one completed event.
 * Identical operations (same document, operation name, variables and language) of the same
 * caller always do — several tabs of one person. For root fields whose events, and whose
 * permission, depend only on the caller's role, identical operations of everyone in that role
 * share too: every dashboard following `liveSupportStatus`, every supervisor screen following a
 * chat room. Fields not listed here are never shared across people.
 */
import { isStaff, isSupervisor, type Identity } from "../shared/identity.js";

type RoleClass = (identity: Identity) => string | null;

const staff: RoleClass = (identity) => (isStaff(identity) ? "staff" : null);
const supervisors: RoleClass = (identity) => (isSupervisor(identity) ? "supervisor" : null);

/** Root subscription field → the class of callers who see exactly the same events (null: none). */
export const SHARED_BY_ROLE: Readonly<Record<string, RoleClass>> = {
  // Staff-only streams with the same content for every staff member.
  liveSupportStatus: staff,
  queueStatusChanged: staff,
  agentStatusChanged: staff,
  ticketQueueEvents: staff,
  ticketViewersChanged: staff,
  // Every staff member may follow any ticket and sees all of it (internal notes included).
  ticketEvents: staff,
  // Supervisors and admins may follow any chat and see all of it; agents and customers follow
  // their own, so they share only with themselves.
  chatEvents: supervisors,
};

/** The part of a sharing key that says whose events these are. */
export function audienceKey(rootField: string, identity: Identity): string {
  const shared = SHARED_BY_ROLE[rootField]?.(identity);
  if (shared) return `class:${shared}`;
  return `caller:${identity.role}:${identity.subject ?? ""}:${identity.name ?? ""}`;
}

/**
 * Root fields whose every event is the whole current state, sent at once on subscribing: a
 * client joining a shared group of one gets the group's latest event at once, instead of waiting
 * for the next change or refresh (up to 15 s for `liveSupportStatus`).
 */
export const STATE_STREAMS: ReadonlySet<string> = new Set(["liveSupportStatus"]);
