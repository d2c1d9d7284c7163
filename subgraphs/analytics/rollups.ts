/**
 * Rollups of the event log: one row per ticket (analytics.ticket_facts) and per chat
 * (analytics.chat_facts), recomputed from all of that item's events whenever a new one arrives.
 *
 * Recomputing from the log (rather than applying each event as a delta) makes the rollup
 * independent of arrival order — catch-up may deliver `ticket.resolved` before a late
 * `ticket.first_replied` — and idempotent. Figures then scan these narrow rows by date instead of
 * unpacking the JSON payload of every event (see docs/analytics.md for the EXPLAIN reasoning).
 */
import type { SqlExecutor } from "../../shared/db.js";

export interface SqlRunner {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** Latest value of a payload field over the events that carry it. */
const latest = (field: string, types?: string[]) =>
  `(array_agg(e.payload->>'${field}' ORDER BY e."occurredAt" DESC, e.id DESC) FILTER (WHERE e.payload->>'${field}' IS NOT NULL${types ? ` AND e.type IN (${types.map((t) => `'${t}'`).join(", ")})` : ""}))[1]`;
/** Field of the first event of a type. */
const firstOf = (type: string, field: string) =>
  `(array_agg(e.payload->>'${field}' ORDER BY e."occurredAt", e.id) FILTER (WHERE e.type = '${type}'))[1]`;
const lastOf = (type: string, field: string) =>
  `(array_agg(e.payload->>'${field}' ORDER BY e."occurredAt" DESC, e.id DESC) FILTER (WHERE e.type = '${type}'))[1]`;

const TICKET_SELECT = `
  SELECT e."aggregateId" AS "ticketId",
    min(e."occurredAt") FILTER (WHERE e.type = 'ticket.created') AS "createdAt",
    ${firstOf("ticket.created", "customerId")} AS "customerId",
    ${latest("categoryKey")} AS "categoryKey",
    ${latest("subcategoryKey")} AS "subcategoryKey",
    ${latest("priority", ["ticket.created", "ticket.escalated"])} AS "priority",
    ${latest("channel")} AS "channel",
    ${latest("language")} AS "language",
    ${latest("agentId", ["ticket.assigned", "ticket.first_replied", "ticket.resolved"])} AS "agentId",
    min(e."occurredAt") FILTER (WHERE e.type = 'ticket.assigned') AS "assignedAt",
    min(e."occurredAt") FILTER (WHERE e.type = 'ticket.first_replied') AS "firstRepliedAt",
    (${firstOf("ticket.first_replied", "firstResponseSeconds")})::float8 AS "firstResponseSeconds",
    (${firstOf("ticket.first_replied", "businessSeconds")})::float8 AS "firstResponseBusinessSeconds",
    (${firstOf("ticket.first_replied", "slaMet")})::boolean AS "firstReplySlaMet",
    coalesce(bool_or(e.type = 'ticket.sla_breached' AND e.payload->>'target' = 'FIRST_REPLY'), false) AS "firstReplyBreached",
    coalesce(bool_or(e.type = 'ticket.sla_breached' AND e.payload->>'target' = 'NEXT_REPLY'), false) AS "nextReplyBreached",
    coalesce(bool_or(e.type = 'ticket.sla_breached' AND e.payload->>'target' = 'RESOLUTION'), false) AS "resolutionBreached",
    CASE WHEN max(e."occurredAt") FILTER (WHERE e.type = 'ticket.resolved') >= coalesce(max(e."occurredAt") FILTER (WHERE e.type = 'ticket.reopened'), '-infinity')
         THEN max(e."occurredAt") FILTER (WHERE e.type = 'ticket.resolved') END AS "resolvedAt",
    (${lastOf("ticket.resolved", "resolutionSeconds")})::float8 AS "resolutionSeconds",
    (${lastOf("ticket.resolved", "businessSeconds")})::float8 AS "resolutionBusinessSeconds",
    (${lastOf("ticket.resolved", "slaMet")})::boolean AS "resolutionSlaMet",
    coalesce(bool_or(e.type = 'ticket.escalated'), false) AS "escalated",
    (count(*) FILTER (WHERE e.type = 'ticket.reopened'))::int AS "reopenCount",
    max(e."occurredAt") FILTER (WHERE e.type IN ('ticket.closed', 'ticket.merged')) AS "closedAt"
  FROM "analytics"."events" e`;

const TICKET_COLUMNS = [
  "ticketId",
  "createdAt",
  "customerId",
  "categoryKey",
  "subcategoryKey",
  "priority",
  "channel",
  "language",
  "agentId",
  "assignedAt",
  "firstRepliedAt",
  "firstResponseSeconds",
  "firstResponseBusinessSeconds",
  "firstReplySlaMet",
  "firstReplyBreached",
  "nextReplyBreached",
  "resolutionBreached",
  "resolvedAt",
  "resolutionSeconds",
  "resolutionBusinessSeconds",
  "resolutionSlaMet",
  "escalated",
  "reopenCount",
  "closedAt",
];

const CHAT_SELECT = `
  SELECT e."aggregateId" AS "chatId",
    min(e."occurredAt") FILTER (WHERE e.type = 'chat.started') AS "startedAt",
    ${firstOf("chat.started", "customerId")} AS "customerId",
    ${latest("language")} AS "language",
    ${latest("topic")} AS "topic",
    ${firstOf("chat.started", "type")} AS "chatType",
    coalesce(${latest("toAgentId", ["chat.transferred"])}, ${latest("agentId", ["chat.answered", "chat.ended", "chat.abandoned", "chat.timed_out"])}) AS "agentId",
    -- When the chat joined the human queue: chat.started says so (queued; older events without the
    -- flag: unless offline), later joins are chat.queued (bot handoff, offline turning live).
    coalesce(
      min(e."occurredAt") FILTER (WHERE e.type = 'chat.started' AND coalesce((e.payload->>'queued')::boolean, NOT coalesce((e.payload->>'offline')::boolean, false))),
      min(e."occurredAt") FILTER (WHERE e.type = 'chat.queued')
    ) AS "queuedAt",
    min(e."occurredAt") FILTER (WHERE e.type = 'chat.answered') AS "answeredAt",
    coalesce(
      (${firstOf("chat.answered", "waitSeconds")})::float8,
      extract(epoch FROM min(e."occurredAt") FILTER (WHERE e.type = 'chat.answered') - min(e."occurredAt") FILTER (WHERE e.type = 'chat.started'))::float8,
      (${latest("waitSeconds", ["chat.abandoned", "chat.timed_out"])})::float8,
      CASE WHEN bool_or(e.type IN ('chat.abandoned', 'chat.timed_out')) AND NOT coalesce(bool_or(e.type = 'chat.answered'), false)
           THEN extract(epoch FROM max(e."occurredAt") FILTER (WHERE e.type IN ('chat.abandoned', 'chat.timed_out')) - min(e."occurredAt") FILTER (WHERE e.type = 'chat.started'))::float8 END
    ) AS "waitSeconds",
    max(e."occurredAt") FILTER (WHERE e.type IN ('chat.ended', 'chat.abandoned', 'chat.timed_out')) AS "endedAt",
    (array_agg(e.type ORDER BY e."occurredAt" DESC, e.id DESC) FILTER (WHERE e.type IN ('chat.ended', 'chat.abandoned', 'chat.timed_out')))[1] AS "outcome",
    coalesce(
      (${lastOf("chat.ended", "durationSeconds")})::float8,
      extract(epoch FROM max(e."occurredAt") FILTER (WHERE e.type = 'chat.ended') - coalesce(min(e."occurredAt") FILTER (WHERE e.type = 'chat.answered'), min(e."occurredAt") FILTER (WHERE e.type = 'chat.started')))::float8
    ) AS "durationSeconds"
  FROM "analytics"."events" e`;

const CHAT_COLUMNS = [
  "chatId",
  "startedAt",
  "customerId",
  "language",
  "topic",
  "chatType",
  "agentId",
  "queuedAt",
  "answeredAt",
  "waitSeconds",
  "endedAt",
  "outcome",
  "durationSeconds",
];

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");
const updates = (columns: string[]) =>
  columns
    .slice(1)
    .map((c) => `"${c}" = EXCLUDED."${c}"`)
    .join(", ");

function upsert(table: string, columns: string[], select: string, where: string): string {
  return `INSERT INTO "analytics"."${table}" (${quoted(columns)})
    ${select} WHERE ${where} GROUP BY e."aggregateId" ORDER BY e."aggregateId"
    ON CONFLICT ("${columns[0]}") DO UPDATE SET ${updates(columns)}`;
}

const TICKET_TYPES = `e.type LIKE 'ticket.%'`;
const CHAT_TYPES = `e.type IN ('chat.started', 'chat.queued', 'chat.answered', 'chat.ended', 'chat.abandoned', 'chat.timed_out', 'chat.transferred')`;

/** Which rollup rows the given events touch. */
export function affectedItems(events: ReadonlyArray<{ type: string; aggregateId: string }>) {
  const tickets = new Set<string>();
  const chats = new Set<string>();
  for (const event of events) {
    if (event.type.startsWith("ticket.")) tickets.add(event.aggregateId);
    else if (event.type.startsWith("chat.") && event.type !== "chat.message") chats.add(event.aggregateId);
  }
  return { tickets: [...tickets], chats: [...chats] };
}

/** The rollup rows of the items in `$1` (a JSON array of ids), recomputed: written once, prepared. */
const REFRESH_TICKET_FACTS = upsert(
  "ticket_facts",
  TICKET_COLUMNS,
  TICKET_SELECT,
  `e."aggregateId" = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) AND ${TICKET_TYPES}`,
);
const REFRESH_CHAT_FACTS = upsert(
  "chat_facts",
  CHAT_COLUMNS,
  CHAT_SELECT,
  `e."aggregateId" = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) AND ${CHAT_TYPES}`,
);

/**
 * Recomputes the rollup rows of these tickets and chats from their events. Prepared: the upserts
 * are large (planning one cost PostgreSQL about as much as running it) and run with every ingest.
 */
export async function refreshFacts(db: SqlExecutor, items: { tickets: string[]; chats: string[] }): Promise<void> {
  if (items.tickets.length > 0)
    await db.query(REFRESH_TICKET_FACTS, [JSON.stringify(items.tickets)], { prepare: true });
  if (items.chats.length > 0) await db.query(REFRESH_CHAT_FACTS, [JSON.stringify(items.chats)], { prepare: true });
}

/** Rebuilds every rollup row from the whole log (after a bulk load, or to repair). */
export async function rebuildAllFacts(db: SqlRunner): Promise<void> {
  await db.query(upsert("ticket_facts", TICKET_COLUMNS, TICKET_SELECT, TICKET_TYPES));
  await db.query(upsert("chat_facts", CHAT_COLUMNS, CHAT_SELECT, CHAT_TYPES));
}
