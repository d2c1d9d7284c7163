/**
 * Assignment, capacity and the waiting queue for tickets and chats.
 *
 * Every routed ticket or chat is one `agents.work_items` row (QUEUED → ASSIGNED → DONE);
 * workload is counted from those rows. Races between replicas are settled by row locks:
 * the item row is locked before it is given away (`FOR UPDATE`, or `FOR UPDATE SKIP LOCKED`
 * when draining/claiming, so replicas never wait on each other's items), and the chosen agent's
 * row is locked and their capacity re-checked before the assignment is written. So an item goes
 * to exactly one agent and no agent is filled beyond capacity, however many replicas race.
 *
 * Writes and their events (assignment.created / assignment.queued) share one transaction — or
 * one statement, when a new item is queued because no available agent has room for its kind;
 * live signals (queue changes, `queue:CHAT` positions) are published after commit.
 */
import { randomUUID } from "node:crypto";
import { AgentStatus, Prisma, type Agent, type WorkItem } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { conflict, notFound } from "../../shared/errors.js";
import { eventsToRecord, outboxInsert, outboxInsertSql, outboxParameter } from "../../shared/outbox.js";
import { rowColumns } from "../../shared/row-columns.js";
import { byIdsStatement } from "../../shared/rows-by-id.js";
import { pacedSignal, type PacedSignal } from "../../shared/paced-signal.js";
import { onDriver, runPart, type RawQueries, type RawStatements } from "../../shared/sql-part.js";
import {
  rankCandidates,
  eligibleCandidates,
  type AgentProfile,
  type AssignmentRequest,
  type RankedCandidate,
} from "./scoring.js";
import {
  cleanAssignmentRequest,
  WORK_ITEM_KINDS,
  type AssignmentRequestInput,
  type WorkItemKindValue,
} from "./clean-input.js";
import { estimateWaitSeconds } from "./wait-estimate.js";
import { translatorFor } from "../../shared/translation.js";

/** A routing transaction's statements (the driver's in `inRoutingTransaction`; a consumer's transaction client also fits). */
type Tx = RawStatements;
type Reader = Pick<Prisma.TransactionClient, "workItem" | "agent" | "$queryRawUnsafe">;

export const QUEUE_TOPIC = "agents:queue";
export const CHAT_QUEUE_TOPIC = "queue:CHAT";

export interface AssignmentOutcome {
  status: "ASSIGNED" | "QUEUED";
  agentId: string | null;
  needsTranslation: boolean;
  /** Whether a translator is configured; false with needsTranslation means nobody can translate. */
  translationAvailable: boolean;
  /**
   * The item's place in its queue (null when ASSIGNED): as its routing counted it, else counted
   * when first asked — the count reads every item ahead, so an answer nobody reads costs nothing.
   */
  place: () => Promise<QueuePlace | null>;
  item: WorkItem;
}

export interface WorkloadProfile extends AgentProfile {
  agent: Agent;
}

export { translatorFor };

/**
 * Runs a routing transaction on the driver (its statements are prepared, and it costs a third of
 * the client's interactive transaction), retrying when PostgreSQL aborted it as a deadlock victim
 * (two replicas locking the same two agents in opposite order) — rare, and safe to redo whole.
 */
export async function inRoutingTransaction<T>(services: SubgraphServices, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await services.db.transaction((sql) => work(onDriver(sql)));
    } catch (error) {
      // SQLSTATE deadlock_detected or serialization_failure (pg and PGlite errors carry `code`).
      const { code } = error as { code?: unknown };
      if (attempt >= 4 || (code !== "40P01" && code !== "40001")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

// ---- reading agents and their workload -----------------------------------------------------

/** Agents with their active tickets and chats counted from work items, in one statement. */
const PROFILE_COLUMNS = `${rowColumns(Prisma.AgentScalarFieldEnum, "a", ["specializations", "languages", "escalationTiers", "workingDays"])},
   (SELECT count(*) FROM "agents"."work_items" w
     WHERE w."agentId" = a."id" AND w."status" = 'ASSIGNED' AND w."kind" = 'TICKET')::int AS "activeTickets",
   (SELECT count(*) FROM "agents"."work_items" w
     WHERE w."agentId" = a."id" AND w."status" = 'ASSIGNED' AND w."kind" = 'CHAT')::int AS "activeChats"`;
const PROFILES_SQL = `SELECT ${PROFILE_COLUMNS} FROM "agents"."agents" a`;
const profilesByIds = byIdsStatement(PROFILES_SQL, `a."id"`);
// A set of statuses (enum values, from the code) is written into its own statement rather than
// passed as `= ANY($1)`, which PostgreSQL would plan on every execution (see byIdsStatement).
const profilesByStatusSql = new Map<string, string>();
function profilesByStatus(statuses: readonly Agent["status"][]): string {
  const unique = [...new Set(statuses)].sort();
  const key = unique.join(",");
  let sql = profilesByStatusSql.get(key);
  if (!sql) {
    const known: readonly string[] = Object.values(AgentStatus);
    const unknown = unique.find((status) => !known.includes(status));
    if (unknown !== undefined) throw new Error(`unknown agent status ${JSON.stringify(unknown)}`);
    const list = unique.length ? unique.map((status) => `'${status}'`).join(", ") : "NULL";
    sql = `${PROFILES_SQL} WHERE a."status" IN (${list})`;
    profilesByStatusSql.set(key, sql);
  }
  return sql;
}

/** Agents (all, or by id/status) with their active tickets/chats counted from work items. */
export async function loadProfiles(
  db: RawQueries,
  where: { ids?: string[]; statuses?: Agent["status"][] },
): Promise<WorkloadProfile[]> {
  const rows = await (where.ids
    ? db.$queryRawUnsafe<ProfileRow[]>(...profilesByIds(where.ids))
    : where.statuses
      ? db.$queryRawUnsafe<ProfileRow[]>(profilesByStatus(where.statuses))
      : db.$queryRawUnsafe<ProfileRow[]>(PROFILES_SQL));
  return profilesOf(rows);
}

type ProfileRow = Agent & { activeTickets: number; activeChats: number };

const profilesOf = (rows: readonly ProfileRow[]) =>
  rows.map(({ activeTickets, activeChats, ...agent }) =>
    profileOf(agent, { TICKET: activeTickets, CHAT: activeChats }),
  );

function profileOf(agent: Agent, active: { TICKET: number; CHAT: number }): WorkloadProfile {
  return {
    agent,
    id: agent.id,
    status: agent.status,
    specializations: agent.specializations,
    languages: agent.languages,
    rating: agent.rating,
    activeTickets: active.TICKET,
    activeChats: active.CHAT,
    maxConcurrentChats: agent.maxConcurrentChats,
    lastAssignedAt: agent.lastAssignedAt,
    escalationTiers: agent.escalationTiers,
  };
}

export function scoringRequest(
  item: Pick<WorkItem, "kind" | "categoryKey" | "language" | "requiredTier">,
): AssignmentRequest {
  return {
    kind: item.kind,
    categoryKey: item.categoryKey,
    language: item.language,
    ...(item.requiredTier !== null ? { requiredTier: item.requiredTier } : {}),
  };
}

/**
 * Whether an agent has room for one more item of a kind: fewer chats than their own limit, fewer
 * tickets than MAX_ACTIVE_TICKETS_PER_AGENT. Nobody without room is ever given an item of the kind.
 */
export const hasRoomFor = (profile: WorkloadProfile, kind: WorkItemKindValue, maxActiveTickets: number): boolean =>
  kind === "CHAT" ? profile.activeChats < profile.maxConcurrentChats : profile.activeTickets < maxActiveTickets;

/** The agents who may be given an item: not excluded from it, with room for its kind. */
const withRoomFor = (
  profiles: ReadonlyArray<WorkloadProfile>,
  item: Pick<WorkItem, "kind" | "excludeAgentIds">,
  maxActiveTickets: number,
): WorkloadProfile[] => {
  const excluded = new Set(item.excludeAgentIds);
  return profiles.filter((p) => !excluded.has(p.id) && hasRoomFor(p, item.kind, maxActiveTickets));
};

/** Candidates for an item, best first, with the seed's scoring; agents without room for it left out. */
export function rankForItem(
  profiles: ReadonlyArray<WorkloadProfile>,
  item: Pick<WorkItem, "kind" | "categoryKey" | "language" | "requiredTier" | "excludeAgentIds">,
  maxActiveTickets: number,
): RankedCandidate[] {
  const pool = withRoomFor(profiles, item, maxActiveTickets);
  // With no speaker available, the best available agent takes it, flagged for translation.
  return rankCandidates(pool, scoringRequest(item), { allowTranslation: true });
}

/**
 * An agent's row locked, with their workload counted, and whether the row locked is the version the
 * statement's snapshot shows (`lockedAsRead`). A statement sees what committed before it started,
 * so when another transaction changed the agent after that and before the lock was granted (it
 * held the lock: an assignment, which always writes the agent's row), the counts may miss its
 * work; the locked row is then a newer version than the snapshot's, and the counts are read again.
 */
const lockedProfileSql = (skipLocked: boolean) =>
  `SELECT ${PROFILE_COLUMNS},
     (a.ctid = (SELECT s.ctid FROM "agents"."agents" s WHERE s."id" = a."id")) AS "lockedAsRead"
   FROM "agents"."agents" a WHERE a."id" = $1::uuid FOR UPDATE${skipLocked ? " SKIP LOCKED" : ""}`;
const LOCKED_PROFILE_SQL = lockedProfileSql(false);
const LOCKED_PROFILE_SKIP_LOCKED_SQL = lockedProfileSql(true);

/**
 * Locks an agent's row and reads their workload as of the lock; null when the agent is gone — or,
 * with `skipLocked`, while another assignment holds them. One statement, unless the agent changed
 * between its snapshot and its lock (it waited for another assignment, or one committed just then):
 * the workload is then read again, in a statement that sees that commit (and so never overfills).
 */
export async function lockedProfile(
  tx: Tx,
  agentId: string,
  options: { skipLocked?: boolean } = {},
): Promise<WorkloadProfile | null> {
  const [row] = await tx.$queryRawUnsafe<(ProfileRow & { lockedAsRead: boolean | null })[]>(
    options.skipLocked ? LOCKED_PROFILE_SKIP_LOCKED_SQL : LOCKED_PROFILE_SQL,
    agentId,
  );
  if (!row) return null;
  const { lockedAsRead, ...profileRow } = row;
  if (lockedAsRead) return profilesOf([profileRow])[0];
  const [profile] = await loadProfiles(tx, { ids: [agentId] });
  return profile ?? null;
}

/** A whole work item row as the client returns it, for statements that return rows. */
const WORK_ITEM_COLUMNS = rowColumns(Prisma.WorkItemScalarFieldEnum, "w", ["excludeAgentIds"]);
const LOCK_ITEM_SQL = `SELECT ${WORK_ITEM_COLUMNS} FROM "agents"."work_items" w
  WHERE w."kind" = $1::"agents"."WorkItemKind" AND w."itemId" = $2::uuid FOR UPDATE`;
/** A new queue entry's columns and their values from `queueItemParams` ($1–$11), typed for VALUES and SELECT alike. */
const QUEUE_ITEM_COLUMNS = `("id", "kind", "itemId", "categoryKey", "language", "languageKey", "priority", "priorityRank",
   "requiredTier", "excludeAgentIds", "status", "needsTranslation", "queuedAt", "createdAt", "updatedAt")`;
const QUEUE_ITEM_VALUES = `$1::uuid, $2::"agents"."WorkItemKind", $3::uuid, $4::text, $5::text, $6::text, $7::text, $8::int,
   $9::text, $10::text[], 'QUEUED', false, $11::timestamp, $11::timestamp, $11::timestamp`;
const QUEUE_ITEM = `INSERT INTO "agents"."work_items" AS w ${QUEUE_ITEM_COLUMNS}
  VALUES (${QUEUE_ITEM_VALUES})
  ON CONFLICT ("kind", "itemId") DO NOTHING`;
const INSERT_QUEUED_ITEM_SQL = `${QUEUE_ITEM} RETURNING ${WORK_ITEM_COLUMNS}`;
/**
 * QUEUE_ITEM and the available agents' profiles in one statement: one row per profile (one row of
 * nulls when nobody is available), each saying whether the item was inserted. The profiles'
 * counts cannot see the new item, which is queued, not assigned.
 */
const QUEUE_ITEM_WITH_PROFILES_SQL = `WITH inserted AS (${QUEUE_ITEM} RETURNING w."id")
  SELECT (SELECT count(*) FROM inserted)::int AS "queuedNow", p.*
  FROM (SELECT 1) AS one LEFT JOIN (${profilesByStatus(["ONLINE", "AWAY"])}) AS p ON true`;

/** An item back in the queue with new details (from DONE: queued afresh from $9), as updated. */
const REQUEUE_ITEM_SQL = `UPDATE "agents"."work_items" AS w
  SET "categoryKey" = $2, "language" = $3, "languageKey" = $4, "priority" = $5, "priorityRank" = $6,
      "requiredTier" = $7, "excludeAgentIds" = $8::text[], "status" = 'QUEUED', "agentId" = NULL,
      "assignedAt" = NULL, "doneAt" = NULL, "needsTranslation" = false,
      "queuedAt" = CASE WHEN w."status" = 'DONE' THEN $9::timestamp ELSE w."queuedAt" END, "updatedAt" = $9::timestamp
  WHERE w."id" = $1::uuid
  RETURNING ${WORK_ITEM_COLUMNS}`;
const FINISH_ITEM_SQL = `UPDATE "agents"."work_items"
  SET "status" = 'DONE', "doneAt" = $2::timestamp, "updatedAt" = $2::timestamp WHERE "id" = $1::uuid`;
const EXCLUDE_AGENTS_SQL = `UPDATE "agents"."work_items"
  SET "excludeAgentIds" = $2::text[], "updatedAt" = $3::timestamp WHERE "id" = $1::uuid`;
/** A queued item by id, locked — unless another transaction holds it or it is no longer queued. */
const LOCK_QUEUED_ITEM_SQL = `SELECT ${WORK_ITEM_COLUMNS} FROM "agents"."work_items" w
  WHERE w."id" = $1::uuid AND w."status" = 'QUEUED' FOR UPDATE SKIP LOCKED`;
/** The agents who can take work now (ONLINE or AWAY), counted: a scalar subquery. */
const AVAILABLE_AGENTS = `(SELECT count(*)::int FROM "agents"."agents" WHERE "status" IN ('ONLINE', 'AWAY'))`;

/** Locks an item's row and returns it as locked, in one statement; null when there is none. */
export async function lockItem(tx: Tx, kind: WorkItemKindValue, itemId: string): Promise<WorkItem | null> {
  const [row] = await tx.$queryRawUnsafe<WorkItem[]>(LOCK_ITEM_SQL, kind, itemId);
  return row ?? null;
}

/**
 * Queues a new item and returns its row (locked: this transaction inserted it), in one statement;
 * null when an item for the same (kind, itemId) exists already.
 */
export async function insertQueuedItem(tx: Tx, item: QueuedItemDetails, now: Date): Promise<WorkItem | null> {
  const [row] = await tx.$queryRawUnsafe<WorkItem[]>(
    INSERT_QUEUED_ITEM_SQL,
    ...queueItemParams(randomUUID(), item, now),
  );
  return row ?? null;
}

/** What a new queue entry is made of (the rest of its row is fixed: QUEUED, no agent, times = now). */
type QueuedItemDetails = Pick<
  WorkItem,
  | "kind"
  | "itemId"
  | "categoryKey"
  | "language"
  | "languageKey"
  | "priority"
  | "priorityRank"
  | "requiredTier"
  | "excludeAgentIds"
>;

const queueItemParams = (id: string, item: QueuedItemDetails, now: Date) =>
  [
    id,
    item.kind,
    item.itemId,
    item.categoryKey,
    item.language,
    item.languageKey,
    item.priority,
    item.priorityRank,
    item.requiredTier,
    item.excludeAgentIds,
    now.toISOString(),
  ] as const;

/**
 * insertQueuedItem and the profiles of the agents who may take work (as `availableProfiles`), in
 * one statement: a new item's routing needs both, and this is one round trip fewer while the
 * routing transaction holds its locks. The inserted row is the one QUEUE_ITEM writes, built from
 * the same values (no column of it is left to a default); null when the item existed already.
 */
export async function queueItemWithProfiles(
  tx: Tx,
  item: QueuedItemDetails,
  now: Date,
): Promise<{ inserted: WorkItem | null; profiles: WorkloadProfile[] }> {
  const id = randomUUID();
  const rows = await tx.$queryRawUnsafe<(ProfileRow & { queuedNow: number })[]>(
    QUEUE_ITEM_WITH_PROFILES_SQL,
    ...queueItemParams(id, item, now),
  );
  const inserted = rows[0]?.queuedNow === 1 ? newQueuedItem(id, item, now) : null;
  // The row of nulls when nobody is available is no profile; a profile's `queuedNow` is dropped.
  const profiles = profilesOf(rows.filter((row) => row.id !== null).map(({ queuedNow: _, ...row }) => row));
  return { inserted, profiles };
}

/** The row QUEUE_ITEM writes for a new item, built from the same values. */
const newQueuedItem = (id: string, item: QueuedItemDetails, now: Date): WorkItem => ({
  id,
  kind: item.kind,
  itemId: item.itemId,
  categoryKey: item.categoryKey,
  language: item.language,
  languageKey: item.languageKey,
  priority: item.priority,
  priorityRank: item.priorityRank,
  requiredTier: item.requiredTier,
  excludeAgentIds: [...item.excludeAgentIds],
  status: "QUEUED",
  agentId: null,
  needsTranslation: false,
  queuedAt: now,
  assignedAt: null,
  doneAt: null,
  createdAt: now,
  updatedAt: now,
});

/**
 * Picks the best agent for an item and locks them; re-checks their capacity under the lock
 * (another replica may have filled them since the ranking was read). Null when nobody can take it.
 *
 * Candidates another assignment is locking right now are passed over first (SKIP LOCKED), so
 * concurrent requests spread over the ranked agents instead of queueing one behind the other on
 * the best agent's row; only when no free candidate fits does it wait for the busy ones, best first.
 */
async function chooseAgent(
  tx: Tx,
  services: SubgraphServices,
  item: WorkItem,
  profiles?: WorkloadProfile[],
): Promise<{ agentId: string; needsTranslation: boolean } | null> {
  profiles ??= await availableProfiles(tx);
  const ranked = rankForItem(profiles, item, services.config.MAX_ACTIVE_TICKETS_PER_AGENT).slice(0, 8);
  const busy: RankedCandidate[] = [];
  for (const candidate of ranked) {
    const fresh = await lockedProfile(tx, candidate.agentId, { skipLocked: true });
    if (!fresh) busy.push(candidate);
    else if (stillFits(services, item, fresh))
      return { agentId: candidate.agentId, needsTranslation: candidate.needsTranslation };
  }
  for (const candidate of busy) {
    const fresh = await lockedProfile(tx, candidate.agentId);
    if (fresh && stillFits(services, item, fresh))
      return { agentId: candidate.agentId, needsTranslation: candidate.needsTranslation };
  }
  return null;
}

/** The agents who may take work (online or away), with their workloads. */
export const availableProfiles = (tx: RawQueries) => loadProfiles(tx, { statuses: ["ONLINE", "AWAY"] });

/** Whether an agent can still take the item, by their workload as read under their row lock. */
function stillFits(services: SubgraphServices, item: WorkItem, fresh: WorkloadProfile): boolean {
  return (
    eligibleCandidates([fresh], scoringRequest(item), { allowTranslation: true }).length > 0 &&
    (item.kind !== "TICKET" || fresh.activeTickets < services.config.MAX_ACTIVE_TICKETS_PER_AGENT)
  );
}

/** The assignment, the agent's `lastAssignedAt` and the `assignment.created` event, in one statement. */
const GIVE_TO_SQL = `WITH item AS (
    UPDATE "agents"."work_items" AS w
    SET "status" = 'ASSIGNED', "agentId" = $2::uuid, "assignedAt" = $3::timestamp, "doneAt" = NULL,
        "needsTranslation" = $4, "updatedAt" = $3::timestamp
    WHERE w."id" = $1::uuid
    RETURNING ${WORK_ITEM_COLUMNS}
  ),
  agent AS (UPDATE "agents"."agents" SET "lastAssignedAt" = $3::timestamp, "updatedAt" = $3::timestamp WHERE "id" = $2::uuid),
  event AS (${outboxInsertSql("agents", "$5")})
  SELECT * FROM item`;

/** Writes the assignment and its `assignment.created` event (the item must be locked by the caller). */
export async function giveTo(
  tx: Tx,
  services: SubgraphServices,
  item: WorkItem,
  agentId: string,
  needsTranslation: boolean,
  extra: { manual?: boolean; previousAgentId?: string | null } = {},
): Promise<WorkItem> {
  const now = new Date();
  const events = eventsToRecord("agents", [
    {
      type: "assignment.created",
      aggregateId: item.itemId,
      occurredAt: now,
      payload: {
        kind: item.kind,
        itemId: item.itemId,
        agentId,
        needsTranslation,
        translationAvailable: translatorFor(services).available,
        waitedSeconds: Math.max(0, Math.round((now.getTime() - item.queuedAt.getTime()) / 1000)),
        categoryKey: item.categoryKey,
        language: item.language,
        manual: extra.manual ?? false,
        previousAgentId: extra.previousAgentId ?? null,
      },
    },
  ]);
  const [updated] = await tx.$queryRawUnsafe<WorkItem[]>(
    GIVE_TO_SQL,
    item.id,
    agentId,
    now.toISOString(),
    needsTranslation,
    outboxParameter(events),
  );
  if (!updated) throw new Error("work item vanished under lock");
  return updated;
}

// ---- queue positions and estimates ---------------------------------------------------------

/** Items queued ahead of item `id` (same kind; by priority rank, then age, then id), from the parameters named. */
const aheadCount = (
  kind: string,
  id: string,
  rank: string,
  queuedAt: string,
) => `(SELECT count(*)::int FROM "agents"."work_items" w
  WHERE w."status" = 'QUEUED' AND w."kind" = ${kind}::"agents"."WorkItemKind"
    AND (w."kind", w."priorityRank", w."queuedAt", w."id")
      < (${kind}::"agents"."WorkItemKind", ${rank}::int, ${queuedAt}::timestamp(3), ${id}::uuid))`;
/** Items queued ahead of $2 (same kind $1; by priority rank $3, then age $4, then id). */
const AHEAD_COUNT = aheadCount("$1", "$2", "$3", "$4");
const aheadParams = (item: Pick<WorkItem, "id" | "kind" | "priorityRank" | "queuedAt">) =>
  [item.kind, item.id, item.priorityRank, item.queuedAt.toISOString()] as const;

/** The last 60 queue waits of kind `kind` (a parameter) that ended in an assignment (newest first, in seconds). */
const recentWaits = (kind: string) => `coalesce((SELECT array_agg(r."waited" ORDER BY r."assignedAt" DESC) FROM (
      SELECT w."assignedAt", extract(epoch FROM w."assignedAt" - w."queuedAt")::float8 AS "waited"
      FROM "agents"."work_items" w
      WHERE w."kind" = ${kind}::"agents"."WorkItemKind" AND w."assignedAt" IS NOT NULL AND w."status" IN ('ASSIGNED', 'DONE')
      ORDER BY w."assignedAt" DESC LIMIT 60) r), '{}')`;
const RECENT_WAITS = recentWaits("$1");

type WaitInputRow = { available: number; waits: number[] };

/** Only items that actually waited say how long the queue takes; immediate assignments would read as 0. */
const waitInputsOf = (row: WaitInputRow) => ({
  recent: row.waits.map(Number).filter((seconds) => seconds >= 1),
  available: row.available,
});

/** Inputs of the wait estimate for one kind: recent queue waits (newest first) and agents available. */
export async function waitInputs(
  db: RawQueries,
  kind: WorkItemKindValue,
): Promise<{ recent: number[]; available: number }> {
  const [row] = await db.$queryRawUnsafe<WaitInputRow[]>(
    `SELECT ${AVAILABLE_AGENTS} AS "available", ${RECENT_WAITS} AS "waits"`,
    kind,
  );
  return waitInputsOf(row);
}

/** A queued item's position and wait estimate, in one statement. */
export async function queuePlaceOf(
  db: RawQueries,
  item: Pick<WorkItem, "id" | "kind" | "priorityRank" | "queuedAt">,
): Promise<QueuePlace> {
  const [row] = await db.$queryRawUnsafe<QueuePlaceRow[]>(`SELECT ${QUEUE_PLACE_COLUMNS}`, ...aheadParams(item));
  return placeOf(row);
}

/** A queued item's position (1 = next) and the estimated wait before an agent takes it. */
export interface QueuePlace {
  position: number;
  estimatedWaitSeconds: number;
}

/** What a queue place is computed from: items ahead (`ahead`, as AHEAD_COUNT), agents available, recent waits of kind `kind`. */
const queuePlaceColumns = (ahead: string, kind = "$1") =>
  `${ahead} AS "ahead", ${AVAILABLE_AGENTS} AS "available", ${recentWaits(kind)} AS "waits"`;
const QUEUE_PLACE_COLUMNS = queuePlaceColumns(AHEAD_COUNT);
type QueuePlaceRow = WaitInputRow & { ahead: number };

function placeOf(row: QueuePlaceRow): QueuePlace {
  const { recent, available } = waitInputsOf(row);
  const position = row.ahead + 1;
  return {
    position,
    estimatedWaitSeconds: estimateWaitSeconds({
      recentAnswerTimesSeconds: recent,
      positionInQueue: position,
      availableAgentsSoon: available,
    }),
  };
}

/**
 * Whether a kind's `assignment.queued` event carries the item's place, counted as the event is
 * written: a waiting customer is told their place in the chat queue. A ticket's place is counted
 * only when asked (`queuePosition`): the count reads every item ahead, so on a desk with a backlog
 * every new ticket would pay for the whole backlog, for a number nobody is shown.
 */
export const placeAnnounced = (kind: WorkItemKindValue): boolean => kind === "CHAT";

/**
 * The `assignment.queued` events $5, each payload given the item's queue `position` ($1–$4, as
 * AHEAD_COUNT), then what the item's place in the queue is read from (queuePlaceColumns): the
 * answer and the event share one count of the queue (it reads every item ahead, so once).
 */
export const QUEUED_EVENT_SQL = `WITH ahead AS MATERIALIZED (SELECT ${AHEAD_COUNT} AS "n"), event AS (${queuedEventInsert("$5")})
  SELECT ${queuePlaceColumns(`(SELECT "n" FROM ahead)`)}`;

/**
 * Stores the `assignment.queued` events of parameter `events` (when `when` holds), each payload
 * given the position after CTE `ahead`'s count unless `withPosition` is false.
 */
function queuedEventInsert(events: string, when = "true", withPosition = true): string {
  const event = withPosition
    ? `e || jsonb_build_object('payload', (e -> 'payload') || jsonb_build_object('position', (SELECT "n" FROM ahead) + 1))`
    : "e";
  return outboxInsertSql(
    "agents",
    `(SELECT jsonb_agg(${event}) FROM jsonb_array_elements(${events}::jsonb) e WHERE ${when})`,
  );
}

const queuedEvents = (item: Pick<WorkItem, "kind" | "itemId">) =>
  eventsToRecord("agents", [
    { type: "assignment.queued", aggregateId: item.itemId, payload: { kind: item.kind, itemId: item.itemId } },
  ]);

/**
 * Records that the item waits in the queue; for a kind whose place is announced, the event says
 * it and the place is returned, counted by the same statement.
 */
async function recordQueuedEvent(tx: Tx, item: WorkItem): Promise<QueuePlace | undefined> {
  if (!placeAnnounced(item.kind)) {
    await runPart(tx, outboxInsert("agents", queuedEvents(item)));
    return undefined;
  }
  const [row] = await tx.$queryRawUnsafe<QueuePlaceRow[]>(
    QUEUED_EVENT_SQL,
    ...aheadParams(item),
    outboxParameter(queuedEvents(item)),
  );
  return placeOf(row);
}

/**
 * A new item queued with its `assignment.queued` event (and, with `countPlace`, its place: see
 * placeAnnounced), in one statement and no transaction — when no available agent (but those it
 * excludes) has room for its kind, which is all a routing transaction would find before queuing
 * it the same way. Nothing is written when someone has room or the item exists already
 * (`queuedNow` 0): it is then routed in a transaction. Parameters: `queueItemParams` ($1–$11), the
 * events $12, MAX_ACTIVE_TICKETS_PER_AGENT $13.
 */
function queueWhenNobodyHasRoomSql(countPlace: boolean): string {
  const ahead = countPlace
    ? `ahead AS MATERIALIZED (SELECT CASE WHEN NOT (SELECT "any" FROM room) THEN ${aheadCount("$2", "$1", "$8", "$11")} END AS "n"),`
    : "";
  const place = countPlace ? `, ${queuePlaceColumns(`(SELECT "n" FROM ahead)`, "$2")}` : "";
  return `WITH room AS MATERIALIZED (SELECT EXISTS (
    SELECT 1 FROM "agents"."agents" a
    WHERE a."status" IN ('ONLINE', 'AWAY') AND NOT (a."id"::text = ANY($10::text[]))
      AND (SELECT count(*) FROM "agents"."work_items" aw
           WHERE aw."agentId" = a."id" AND aw."status" = 'ASSIGNED' AND aw."kind" = $2::"agents"."WorkItemKind")
        < CASE WHEN $2::"agents"."WorkItemKind" = 'CHAT' THEN a."maxConcurrentChats" ELSE $13::int END) AS "any"),
  inserted AS (INSERT INTO "agents"."work_items" AS w ${QUEUE_ITEM_COLUMNS}
    SELECT ${QUEUE_ITEM_VALUES} WHERE NOT (SELECT "any" FROM room)
    ON CONFLICT ("kind", "itemId") DO NOTHING RETURNING w."id"),
  ${ahead}
  event AS (${queuedEventInsert("$12", `EXISTS (SELECT 1 FROM inserted)`, countPlace)})
  SELECT (SELECT count(*) FROM inserted)::int AS "queuedNow", (SELECT "any" FROM room) AS "room"${place}`;
}
/** queueWhenNobodyHasRoomSql for a kind whose place is announced (chats): the place is counted. */
export const QUEUE_WHEN_NOBODY_HAS_ROOM_SQL = queueWhenNobodyHasRoomSql(true);
/** queueWhenNobodyHasRoomSql for a kind whose place is counted only when asked (tickets). */
export const QUEUE_UNCOUNTED_WHEN_NOBODY_HAS_ROOM_SQL = queueWhenNobodyHasRoomSql(false);

/**
 * Kinds whose last new item found no available agent with room (per database: per deployment's
 * replica). While a kind is backed up, a new item of it is first offered QUEUE_WHEN_NOBODY_HAS_ROOM_SQL,
 * one statement instead of a transaction of four; the statement itself checks the room, so a
 * stale mark costs that statement and nothing else.
 */
const backedUpKinds = new WeakMap<object, Set<WorkItemKindValue>>();
const backedUp = (services: SubgraphServices) => {
  let kinds = backedUpKinds.get(services.db);
  if (!kinds) backedUpKinds.set(services.db, (kinds = new Set()));
  return kinds;
};

/**
 * The item as queued when nobody had room for it (QUEUE_WHEN_NOBODY_HAS_ROOM_SQL), and whether
 * someone had; `routed` is null when the statement wrote nothing.
 */
async function queueWhenNobodyHasRoom(
  services: SubgraphServices,
  item: QueuedItemDetails,
  now: Date,
): Promise<{ routed: RoutedItem | null; room: boolean }> {
  const id = randomUUID();
  const countPlace = placeAnnounced(item.kind);
  const [row] = await onDriver(services.db.sql).$queryRawUnsafe<
    (QueuePlaceRow & { queuedNow: number; room: boolean })[]
  >(
    countPlace ? QUEUE_WHEN_NOBODY_HAS_ROOM_SQL : QUEUE_UNCOUNTED_WHEN_NOBODY_HAS_ROOM_SQL,
    ...queueItemParams(id, item, now),
    outboxParameter(queuedEvents(item)),
    services.config.MAX_ACTIVE_TICKETS_PER_AGENT,
  );
  const routed =
    row.queuedNow === 1 ? { item: newQueuedItem(id, item, now), place: countPlace ? placeOf(row) : undefined } : null;
  return { routed, room: row.room };
}

/**
 * The answer to a routing command. A queued item's place is the one its transaction counted
 * (`place`), else it is counted after the commit when the answer's place is first asked for.
 */
function outcomeOf(services: SubgraphServices, item: WorkItem, place?: QueuePlace): AssignmentOutcome {
  const translationAvailable = translatorFor(services).available;
  const queued = item.status === "QUEUED";
  let counted: Promise<QueuePlace | null> | null = queued && place ? Promise.resolve(place) : null;
  return {
    status: queued ? "QUEUED" : "ASSIGNED",
    agentId: queued ? null : item.agentId,
    needsTranslation: item.needsTranslation,
    translationAvailable,
    place: () => (counted ??= queued ? queuePlaceOf(onDriver(services.db.sql), item) : Promise.resolve(null)),
    item,
  };
}

// ---- commands ------------------------------------------------------------------------------

/** A routing transaction's item as it left it, and its queue place when that was counted inside. */
interface RoutedItem {
  item: WorkItem;
  place?: QueuePlace;
}

/**
 * `requestAssignment`: gives the item to the best available agent, or queues it. Repeating a
 * request for an item already assigned returns that assignment (unless its agent is now
 * excluded, which reassigns). A DONE item is routed afresh (e.g. a reopened ticket).
 */
export async function requestAssignment(
  services: SubgraphServices,
  input: AssignmentRequestInput,
): Promise<AssignmentOutcome> {
  const request = cleanAssignmentRequest(input);
  const details = {
    categoryKey: request.categoryKey,
    language: request.language,
    languageKey: request.languageKey,
    priority: request.priority,
    priorityRank: request.priorityRank,
    requiredTier: request.requiredTier,
    excludeAgentIds: request.excludeAgentIds,
  };
  const newItem = { kind: request.kind, itemId: request.itemId, ...details };
  const backedUpKinds = backedUp(services);
  if (backedUpKinds.has(request.kind)) {
    const queued = await queueWhenNobodyHasRoom(services, newItem, new Date());
    if (queued.routed) {
      afterQueueChange(services, request.kind, { drain: false });
      return outcomeOf(services, queued.routed.item, queued.routed.place);
    }
    if (queued.room) backedUpKinds.delete(request.kind);
  }
  let freedAgent = false;
  let nobodyHadRoom: boolean | null = null;
  const { item, place } = await inRoutingTransaction(services, async (tx): Promise<RoutedItem> => {
    const now = new Date();
    // A new item is inserted queued with these details (and locked by the insert); an existing one
    // is locked, then re-queued with them unless it stays with its agent.
    const { inserted, profiles } = await queueItemWithProfiles(tx, newItem, now);
    const created = inserted !== null;
    if (created)
      nobodyHadRoom = withRoomFor(profiles, newItem, services.config.MAX_ACTIVE_TICKETS_PER_AGENT).length === 0;
    let current = inserted ?? (await lockItem(tx, request.kind, request.itemId));
    if (!current) throw new Error("work item vanished under lock");
    if (
      !created &&
      current.status === "ASSIGNED" &&
      current.agentId &&
      !request.excludeAgentIds.includes(current.agentId)
    )
      return { item: current };
    const wasQueued = created || current.status === "QUEUED";
    freedAgent = current.status === "ASSIGNED";
    if (!created) {
      const [requeued] = await tx.$queryRawUnsafe<WorkItem[]>(
        REQUEUE_ITEM_SQL,
        current.id,
        details.categoryKey,
        details.language,
        details.languageKey,
        details.priority,
        details.priorityRank,
        details.requiredTier,
        details.excludeAgentIds,
        now.toISOString(),
      );
      current = requeued;
    }
    // The profiles were read before an existing item's lock was waited for: the ranking may be a
    // moment old, which is why every candidate's workload is read again under their row lock.
    const choice = await chooseAgent(tx, services, current, profiles);
    if (choice) return { item: await giveTo(tx, services, current, choice.agentId, choice.needsTranslation) };
    // A newly queued item's place is counted as its event is written; one that stays queued is
    // not announced again, and its place is read after the commit.
    if (!wasQueued || created) return { item: current, place: await recordQueuedEvent(tx, current) };
    return { item: current };
  });
  if (nobodyHadRoom === true) backedUpKinds.add(request.kind);
  if (nobodyHadRoom === false) backedUpKinds.delete(request.kind);
  afterQueueChange(services, request.kind, { drain: freedAgent });
  return outcomeOf(services, item, place);
}

/** `releaseWorkItem`: the ticket/chat ended; frees its agent's capacity. False when agents never routed it. */
export async function releaseWorkItem(
  services: SubgraphServices,
  kind: WorkItemKindValue,
  itemId: string,
): Promise<boolean> {
  const result = await inRoutingTransaction(services, (tx) => releaseInTx(tx, kind, itemId));
  if (result.changed) afterQueueChange(services, kind, { drain: result.freedAgentId !== null });
  return result.known;
}

export async function releaseInTx(
  tx: Tx,
  kind: WorkItemKindValue,
  itemId: string,
): Promise<{ known: boolean; changed: boolean; freedAgentId: string | null }> {
  const item = await lockItem(tx, kind, itemId);
  if (!item) return { known: false, changed: false, freedAgentId: null };
  if (item.status === "DONE") return { known: true, changed: false, freedAgentId: null };
  await tx.$executeRawUnsafe(FINISH_ITEM_SQL, item.id, new Date().toISOString());
  return { known: true, changed: true, freedAgentId: item.status === "ASSIGNED" ? item.agentId : null };
}

export interface ClaimResult {
  item: WorkItem;
  needsTranslation: boolean;
}

/**
 * `claimNextFromQueue`: the calling agent takes the next queued item they can serve — items in
 * their languages first, then by priority and age. `SKIP LOCKED` lets concurrent claims on any
 * replica pass each other without ever taking the same item; the agent's own row lock keeps
 * their chat capacity exact.
 */
export async function claimNextFromQueue(
  services: SubgraphServices,
  agentId: string,
  kind: WorkItemKindValue | null,
): Promise<ClaimResult | null> {
  const claimed = await inRoutingTransaction(services, async (tx) => {
    const me = await lockedProfile(tx, agentId);
    if (!me) throw notFound("Agent");
    if (me.status === "OFFLINE")
      throw conflict("You are OFFLINE; go ONLINE, AWAY or BUSY to claim work", { reason: "AGENT_OFFLINE" });
    const kinds = (kind ? [kind] : (["TICKET", "CHAT"] as const)).filter((k) =>
      k === "CHAT"
        ? me.activeChats < me.maxConcurrentChats
        : me.activeTickets < services.config.MAX_ACTIVE_TICKETS_PER_AGENT,
    );
    if (kinds.length === 0) return null;
    const languages = me.languages.map((l) => l.trim().toLowerCase().split(/[-_]/)[0]);
    const [item] = await tx.$queryRawUnsafe<WorkItem[]>(
      `SELECT ${WORK_ITEM_COLUMNS} FROM "agents"."work_items" w
       WHERE "status" = 'QUEUED' AND "kind"::text = ANY($1::text[])
         AND ("requiredTier" IS NULL OR "requiredTier" = ANY($2::text[]))
         AND NOT ($3::text = ANY("excludeAgentIds"))
       ORDER BY ("languageKey" = ANY($4::text[])) DESC, "priorityRank", "queuedAt", "id"
       LIMIT 1 FOR UPDATE SKIP LOCKED`,
      kinds,
      me.escalationTiers,
      agentId,
      languages,
    );
    if (!item) return null;
    const needsTranslation = !languages.includes(item.languageKey);
    return { item: await giveTo(tx, services, item, agentId, needsTranslation, { manual: true }), needsTranslation };
  });
  if (claimed) afterQueueChange(services, claimed.item.kind, { drain: false });
  return claimed;
}

export interface ManualAssignment {
  ticketId: string;
  agentId: string;
  force: boolean;
  /** Ticket details for a ticket agents has not routed yet (looked up from tickets). */
  details?: { categoryKey: string | null; language: string; priority: string | null };
}

/**
 * Manual `assignTicket` / `reassignTicket` to a named agent. Without `force`, an OFFLINE agent
 * or one at their ticket capacity is refused (CONFLICT) and nothing changes.
 */
export async function assignTicketTo(services: SubgraphServices, input: ManualAssignment): Promise<AssignmentOutcome> {
  let freed = false;
  const item = await inRoutingTransaction(services, async (tx) => {
    if (input.details) {
      const request = cleanAssignmentRequest({ kind: "TICKET", itemId: input.ticketId, ...input.details });
      await insertQueuedItem(tx, request, new Date());
    }
    const current = await lockItem(tx, "TICKET", input.ticketId);
    if (!current) throw notFound("Ticket");
    if (current.status === "DONE")
      throw conflict("This ticket is finished (resolved, closed or merged); reopen it first", {
        reason: "TICKET_DONE",
      });
    if (current.status === "ASSIGNED" && current.agentId === input.agentId) return current;
    const agent = await lockedProfile(tx, input.agentId);
    if (!agent) throw notFound("Agent");
    if (!input.force) {
      if (agent.status === "OFFLINE")
        throw conflict(`${agent.agent.displayName} is OFFLINE; pass force: true to assign anyway`, {
          reason: "AGENT_OFFLINE",
        });
      if (agent.activeTickets >= services.config.MAX_ACTIVE_TICKETS_PER_AGENT) {
        throw conflict(
          `${agent.agent.displayName} already holds ${agent.activeTickets} tickets (capacity ${services.config.MAX_ACTIVE_TICKETS_PER_AGENT}); pass force: true to assign anyway`,
          { reason: "AGENT_AT_CAPACITY" },
        );
      }
    }
    const speaks = agent.languages.some((l) => l.trim().toLowerCase().split(/[-_]/)[0] === current.languageKey);
    freed = current.status === "ASSIGNED";
    return giveTo(tx, services, current, input.agentId, !speaks, {
      manual: true,
      previousAgentId: current.status === "ASSIGNED" ? current.agentId : null,
    });
  });
  afterQueueChange(services, "TICKET", { drain: freed });
  return outcomeOf(services, item);
}

export interface ManualChatAssignment {
  chatId: string;
  agentId: string;
  /** Assign beyond the agent's maxConcurrentChats (counted like any other chat). */
  force: boolean;
  language: string;
  categoryKey?: string | null;
}

/**
 * A chat taken or given by hand (chat's `updateChatStatus(ACTIVE)`, a staff reply that takes an
 * unanswered chat, `transferChat` to an agent): the same capacity rule as routing. Without
 * `force`, an agent already holding maxConcurrentChats chats is refused (CONFLICT, reason
 * AGENT_AT_CAPACITY) and nothing changes. The work item stays ASSIGNED to that agent, so
 * `activeChats` counts it and routing sees the agent as full.
 */
export async function assignChatTo(
  services: SubgraphServices,
  input: ManualChatAssignment,
): Promise<AssignmentOutcome> {
  let freed = false;
  const item = await inRoutingTransaction(services, async (tx) => {
    const request = cleanAssignmentRequest({
      kind: "CHAT",
      itemId: input.chatId,
      categoryKey: input.categoryKey ?? null,
      language: input.language,
    });
    await insertQueuedItem(tx, request, new Date());
    const current = await lockItem(tx, "CHAT", request.itemId);
    if (!current) throw new Error("work item vanished under lock");
    if (current.status === "ASSIGNED" && current.agentId === input.agentId) return current;
    const agent = await lockedProfile(tx, input.agentId);
    if (!agent) throw notFound("Agent");
    if (!input.force && agent.activeChats >= agent.maxConcurrentChats) {
      throw conflict(
        `${agent.agent.displayName} already has ${agent.activeChats} active chats (capacity ${agent.maxConcurrentChats}); pass force: true to assign anyway`,
        {
          reason: "AGENT_AT_CAPACITY",
          field: "force",
          activeChats: agent.activeChats,
          maxConcurrentChats: agent.maxConcurrentChats,
        },
      );
    }
    const speaks = agent.languages.some((l) => l.trim().toLowerCase().split(/[-_]/)[0] === current.languageKey);
    freed = current.status === "ASSIGNED";
    return giveTo(tx, services, current, input.agentId, !speaks, {
      manual: true,
      previousAgentId: current.status === "ASSIGNED" ? current.agentId : null,
    });
  });
  afterQueueChange(services, "CHAT", { drain: freed });
  return outcomeOf(services, item);
}

/** Automatic reassignment away from the current agent; refused (nothing changes) when nobody else can take it. */
export async function reassignAutomatically(services: SubgraphServices, ticketId: string): Promise<AssignmentOutcome> {
  const item = await inRoutingTransaction(services, async (tx) => {
    const current = await lockItem(tx, "TICKET", ticketId);
    if (!current || current.status !== "ASSIGNED" || !current.agentId)
      throw conflict("This ticket is not assigned to anyone; use assignTicket", { reason: "NOT_ASSIGNED" });
    const exclude = [...new Set([...current.excludeAgentIds, current.agentId])];
    const candidate = { ...current, excludeAgentIds: exclude };
    const choice = await chooseAgent(tx, services, candidate);
    if (!choice)
      throw conflict("No other agent can take this ticket now; it stays with its current agent", {
        reason: "NO_CANDIDATE",
      });
    await tx.$executeRawUnsafe(EXCLUDE_AGENTS_SQL, current.id, exclude, new Date().toISOString());
    return giveTo(tx, services, candidate, choice.agentId, choice.needsTranslation, {
      manual: true,
      previousAgentId: current.agentId,
    });
  });
  afterQueueChange(services, "TICKET", { drain: true });
  return outcomeOf(services, item);
}

// ---- draining the queue --------------------------------------------------------------------

export const DRAIN_BATCH = 200;

const WAITING_COLUMNS = {
  id: true,
  kind: true,
  categoryKey: true,
  language: true,
  requiredTier: true,
  excludeAgentIds: true,
  priorityRank: true,
  queuedAt: true,
} as const;

/**
 * The first DRAIN_BATCH waiting items of each kind, together in queue order (priority, then age,
 * then id). Per kind: a backlog of one kind never hides the other's items from a drain (each
 * from the queue-order index, which starts with the kind).
 */
export async function firstWaiting(services: SubgraphServices, kinds: readonly WorkItemKindValue[] = WORK_ITEM_KINDS) {
  const batches = await Promise.all(
    kinds.map((kind) =>
      services.db.prisma.workItem.findMany({
        where: { status: "QUEUED", kind },
        orderBy: [{ priorityRank: "asc" }, { queuedAt: "asc" }, { id: "asc" }],
        take: DRAIN_BATCH,
        select: WAITING_COLUMNS,
      }),
    ),
  );
  return batches
    .flat()
    .sort(
      (a, b) =>
        a.priorityRank - b.priorityRank ||
        a.queuedAt.getTime() - b.queuedAt.getTime() ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * One pass over the queue (priority, then age; the first DRAIN_BATCH of each kind): each item that
 * someone can take is assigned.
 * Once the profiles show that no available agent has room for a kind, the pass leaves that kind's
 * remaining items where they are instead of trying each in a transaction of its own: at capacity
 * with a backlog, a freed slot costs the items it fills, not a transaction per waiting item. Room
 * freed meanwhile requests a drain of its own, which runs another pass.
 */
export async function drainOnce(services: SubgraphServices): Promise<number> {
  const maxActiveTickets = services.config.MAX_ACTIVE_TICKETS_PER_AGENT;
  const queued = await firstWaiting(services);
  const full = new Set<WorkItemKindValue>();
  let assigned = 0;
  for (const { id, kind } of queued) {
    if (full.has(kind)) continue;
    const outcome = await inRoutingTransaction(services, async (tx) => {
      const [item] = await tx.$queryRawUnsafe<WorkItem[]>(LOCK_QUEUED_ITEM_SQL, id);
      if (!item) return "skipped" as const;
      // Read once: whether anyone is available, and has room, is what the choice is made from.
      const profiles = await availableProfiles(tx);
      if (profiles.length === 0) return "nobody" as const;
      if (!profiles.some((profile) => hasRoomFor(profile, item.kind, maxActiveTickets))) return "full" as const;
      const choice = await chooseAgent(tx, services, item, profiles);
      if (!choice) return "waits" as const;
      await giveTo(tx, services, item, choice.agentId, choice.needsTranslation);
      return "assigned" as const;
    });
    if (outcome === "nobody") break;
    if (outcome === "full") full.add(kind);
    if (outcome === "assigned") assigned++;
  }
  return assigned;
}

interface DrainState {
  running: Promise<void>;
  again: boolean;
}
const drains = new WeakMap<object, DrainState>();

/**
 * Drains the queue soon (coalesced: a request while a drain runs schedules one more pass).
 * Called when capacity frees up or an agent comes online — event-driven, not polled.
 */
export function requestDrain(services: SubgraphServices): Promise<void> {
  const key = services.db;
  const existing = drains.get(key);
  if (existing) {
    existing.again = true;
    return existing.running;
  }
  const state: DrainState = { again: true, running: Promise.resolve() };
  state.running = (async () => {
    try {
      while (state.again) {
        state.again = false;
        const assigned = await drainOnce(services);
        if (assigned > 0) await publishQueueChanged(services);
      }
    } catch (error) {
      services.logger.warn("queue drain failed; the next trigger retries", { error: (error as Error).message });
    } finally {
      drains.delete(key);
    }
  })();
  drains.set(key, state);
  return state.running;
}

/** Waits for a drain in flight (shutdown). */
export async function settleDrains(services: SubgraphServices): Promise<void> {
  await drains.get(services.db)?.running;
}

function afterQueueChange(services: SubgraphServices, kind: WorkItemKindValue, options: { drain: boolean }): void {
  void publishQueueChanged(services, kind).catch((error) =>
    services.logger.warn("queue publish failed", { error: (error as Error).message }),
  );
  if (options.drain) void requestDrain(services);
}

// ---- queue status --------------------------------------------------------------------------

export interface QueueGroup {
  kind: WorkItemKindValue;
  categoryKey: string | null;
  language: string;
  length: number;
  oldestQueuedAt: Date;
  oldestWaitSeconds: number;
  estimatedWaitSeconds: number;
}

export interface QueueStatusView {
  length: number;
  oldestWaitSeconds: number | null;
  /** Expected wait of an item joining now (per kind when asked for one kind). */
  estimatedWaitSeconds: number;
  availableAgents: number;
  groups: QueueGroup[];
  at: Date;
}

export async function queueStatus(
  db: Reader,
  kind: WorkItemKindValue | null,
  now = new Date(),
): Promise<QueueStatusView> {
  const groups = await db.workItem.groupBy({
    by: ["kind", "categoryKey", "languageKey"],
    where: { status: "QUEUED", ...(kind ? { kind } : {}) },
    _count: { _all: true },
    _min: { queuedAt: true },
  });
  const inputs = new Map<WorkItemKindValue, { recent: number[]; available: number }>();
  for (const k of kind ? [kind] : (["TICKET", "CHAT"] as const)) inputs.set(k, await waitInputs(db, k));
  const estimate = (k: WorkItemKindValue, position: number) => {
    const input = inputs.get(k) as { recent: number[]; available: number };
    return estimateWaitSeconds({
      recentAnswerTimesSeconds: input.recent,
      positionInQueue: Math.max(1, position),
      availableAgentsSoon: input.available,
    });
  };
  const view: QueueGroup[] = groups
    .map((g) => {
      const oldest = g._min.queuedAt as Date;
      return {
        kind: g.kind,
        categoryKey: g.categoryKey,
        language: g.languageKey,
        length: g._count._all,
        oldestQueuedAt: oldest,
        oldestWaitSeconds: Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)),
        estimatedWaitSeconds: estimate(g.kind, g._count._all),
      };
    })
    .sort((a, b) => a.oldestQueuedAt.getTime() - b.oldestQueuedAt.getTime() || a.kind.localeCompare(b.kind));
  const length = view.reduce((sum, g) => sum + g.length, 0);
  const lengthOf = (k: WorkItemKindValue) => view.filter((g) => g.kind === k).reduce((sum, g) => sum + g.length, 0);
  const kinds = kind ? [kind] : (["TICKET", "CHAT"] as const);
  return {
    length,
    oldestWaitSeconds: view.length ? Math.max(...view.map((g) => g.oldestWaitSeconds)) : null,
    estimatedWaitSeconds: Math.max(...kinds.map((k) => estimate(k, lengthOf(k) + 1))),
    availableAgents: (inputs.get(kinds[0]) as { available: number }).available,
    groups: view,
    at: now,
  };
}

/** Live positions of waiting chats, as published on `queue:CHAT`. */
export async function chatQueuePositions(
  db: Reader,
): Promise<{ items: { itemId: string; position: number; estimatedWaitSeconds: number }[] }> {
  const queued = await db.workItem.findMany({
    where: { status: "QUEUED", kind: "CHAT" },
    orderBy: [{ priorityRank: "asc" }, { queuedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { itemId: true },
  });
  if (queued.length === 0) return { items: [] };
  const { recent, available } = await waitInputs(db, "CHAT");
  return {
    items: queued.map((q, index) => ({
      itemId: q.itemId,
      position: index + 1,
      estimatedWaitSeconds: estimateWaitSeconds({
        recentAnswerTimesSeconds: recent,
        positionInQueue: index + 1,
        availableAgentsSoon: available,
      }),
    })),
  };
}

/**
 * How often, at most, this process tells dashboards the queue changed (QUEUE_TOPIC): each
 * subscribed dashboard reads the queue status again on every signal, and a busy desk changes its
 * queue hundreds of times a second. The first change of a burst is told at once, the rest with one
 * signal at the end of the interval.
 */
export const QUEUE_SIGNAL_INTERVAL_MS = 250;

const dashboardSignals = new WeakMap<object, PacedSignal>();
/** This process's paced QUEUE_TOPIC signal on `services`' bus. */
function dashboardSignal(services: SubgraphServices): PacedSignal {
  let signal = dashboardSignals.get(services.pubsub);
  if (!signal) {
    signal = pacedSignal(() => {
      services.pubsub
        .publish(QUEUE_TOPIC, { at: new Date().toISOString() })
        .catch((error) => services.logger.warn("queue signal failed", { error: (error as Error).message }));
    }, QUEUE_SIGNAL_INTERVAL_MS);
    dashboardSignals.set(services.pubsub, signal);
  }
  return signal;
}

/** Drops this process's pending queue signal (the bus is about to close). */
export function stopQueueSignals(services: SubgraphServices): void {
  dashboardSignals.get(services.pubsub)?.cancel();
}

/**
 * Tells dashboards the queue changed (paced: QUEUE_SIGNAL_INTERVAL_MS) and, unless only tickets
 * changed (`kind` TICKET), tells chat every waiting chat's position: chat positions and estimates
 * depend on chats and on the agents available, never on tickets, so a ticket's assignment does
 * not recompute them.
 */
export async function publishQueueChanged(services: SubgraphServices, kind?: WorkItemKindValue): Promise<void> {
  dashboardSignal(services)();
  if (kind === "TICKET") return;
  await services.pubsub.publish(CHAT_QUEUE_TOPIC, await chatQueuePositions(services.db.prisma));
}

export async function queuePositionOf(
  services: SubgraphServices,
  kind: WorkItemKindValue,
  itemId: string,
): Promise<AssignmentOutcome | null> {
  const item = await services.db.prisma.workItem.findUnique({ where: { kind_itemId: { kind, itemId } } });
  if (!item || item.status === "DONE") return null;
  return outcomeOf(services, item);
}
