/**
 * Ticket writes inside a transaction: status changes (with the status timeline, the audit trail
 * and their events), messages, merges, escalation and assignment. Every function takes the
 * transaction client so a change, its history rows, its notifications and its events commit
 * together — or not at all.
 */
import {
  Prisma,
  type PrismaClient,
  type Ticket,
  type TicketMessage,
  type TicketStatus,
} from "../../generated/prisma/client.js";
import { randomUUID } from "node:crypto";
import { assertSameRequest, requestFingerprint } from "../../shared/idempotency.js";
import { addBusinessSeconds, businessSecondsBetween, type BusinessSchedule } from "../../shared/business-hours.js";
import type { Config } from "../../shared/config.js";
import type { Database } from "../../shared/db.js";
import { badInput } from "../../shared/errors.js";
import { eventsToRecord, outboxInsert, type NewEvent } from "../../shared/outbox.js";
import { combineWrites, onlyIf, runCombined, runPart, sqlPart, type SqlPart } from "../../shared/sql-part.js";
import { assertTransition, formatTicketNumber, TransitionError } from "./lifecycle.js";
import { notificationWrites, notify, webhookDeliveries } from "./notifications/outbox.js";
import { activeWebhookSubscriptions } from "./notifications/webhook-subscriptions.js";
import { customerNotification } from "./notifications/templates.js";
import type { StoredTranslation } from "../../shared/conversation-translation.js";
import { firstBreach, nextSlaCheck, slaStateOf } from "./policy.js";
import { bumpPriority } from "./sla.js";
import { ticketRowColumns } from "./ticket-row.js";
import { nextEscalationTier } from "../../shared/support-taxonomy.js";

export type Tx = Prisma.TransactionClient;

/** Who did it: a person (role + id), another subgraph (`service`), or automation (`system`). */
export interface Actor {
  id: string | null;
  role: string;
}

export const SYSTEM: Actor = { id: null, role: "system" };
/** Agents' routing, applying the assignee it chose. */
export const AGENTS: Actor = { id: "agents", role: "service" };

export interface WorkflowEnv {
  config: Config;
  schedule: BusinessSchedule;
  now: Date;
  /** The database the write runs on, for what this process keeps of it between writes (the active partner webhooks). */
  db: Database;
}

export const ACTIVE_STATUSES: TicketStatus[] = ["OPEN", "PENDING", "ON_HOLD", "ESCALATED"];
const STAFF_ROLES = new Set(["agent", "supervisor", "admin"]);
export const isStaffRole = (role: string) => STAFF_ROLES.has(role);

const LOCKED_TICKET_SQL = `SELECT ${ticketRowColumns("t")} FROM "tickets"."tickets" t WHERE t."id" = $1::uuid FOR UPDATE`;

/**
 * Locks the ticket row for the rest of the transaction (concurrent writers queue up) and returns
 * it as locked, in one statement.
 */
export async function lockTicket(tx: Tx, id: string): Promise<Ticket | null> {
  const [row] = await tx.$queryRawUnsafe<Ticket[]>(LOCKED_TICKET_SQL, id);
  return row ?? null;
}

/**
 * Every ticket event names its ticket by the number people see ("SB-10048", the API's
 * `Ticket.number`), never the raw sequence: `number` for `ticketId`, `primaryTicketNumber` for
 * `primaryTicketId`. Ids without a known number are left as they are.
 */
export function withTicketNumbers(events: NewEvent[], sequences: ReadonlyMap<string, number>): NewEvent[] {
  return events.map((event) => {
    const payload = { ...event.payload };
    const ticketSeq = typeof payload.ticketId === "string" ? sequences.get(payload.ticketId) : undefined;
    if (ticketSeq !== undefined) payload.number = formatTicketNumber(ticketSeq);
    const primarySeq = typeof payload.primaryTicketId === "string" ? sequences.get(payload.primaryTicketId) : undefined;
    if (primarySeq !== undefined) payload.primaryTicketNumber = formatTicketNumber(primarySeq);
    return { ...event, payload };
  });
}

/**
 * Records events in the outbox (ticket numbers filled in) and queues partner-webhook deliveries
 * for them. Numbers the caller already holds (`knownNumbers`, ticket id → sequence) are not read again.
 */
export async function emit(
  tx: Tx,
  env: Pick<WorkflowEnv, "db">,
  events: NewEvent[],
  /** Tickets the caller holds: their numbers are not read again. */
  known: ReadonlyArray<Pick<Ticket, "id" | "number">> = [],
): Promise<void> {
  const knownNumbers = new Map(known.map((ticket) => [ticket.id, ticket.number] as const));
  const ids = new Set<string>();
  for (const { payload } of events) {
    for (const key of ["ticketId", "primaryTicketId"] as const)
      if (typeof payload[key] === "string" && !knownNumbers.has(payload[key] as string))
        ids.add(payload[key] as string);
  }
  const rows = ids.size
    ? await tx.ticket.findMany({ where: { id: { in: [...ids] } }, select: { id: true, number: true } })
    : [];
  const numbers = new Map([...knownNumbers, ...rows.map((r) => [r.id, r.number] as const)]);
  const parts = await eventWrites(tx, env.db, withTicketNumbers(events, numbers));
  if (parts.length) await runPart(tx, combineWrites(parts));
}

/**
 * Events (their ticket numbers already filled in) in the outbox and their partner-webhook
 * deliveries, as statement parts; `reader` reads the active subscriptions when this process has
 * not kept them.
 */
export async function eventWrites(
  reader: Pick<Tx, "webhookSubscription">,
  db: Database,
  events: NewEvent[],
): Promise<SqlPart[]> {
  const written = eventsToRecord("tickets", events);
  if (written.length === 0) return [];
  const webhooks = webhookDeliveries(written, await activeWebhookSubscriptions(reader, db));
  return webhooks ? [outboxInsert("tickets", written), webhooks] : [outboxInsert("tickets", written)];
}

// The audit trail and the status timeline are written on every ticket change and never read back
// by the write: raw inserts, without the client's per-call query building and row mapping.
// INSERT … SELECT (not VALUES): a part another write can make conditional (`onlyIf`).
const INSERT_HISTORY_SQL = `INSERT INTO "tickets"."history" ("id", "ticketId", "actorId", "actorRole", "action", "field", "oldValue", "newValue", "note", "at")
  SELECT $1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8, $9, $10::timestamp`;
const INSERT_STATUS_CHANGE_SQL = `INSERT INTO "tickets"."status_changes" ("id", "ticketId", "status", "at")
  VALUES ($1::uuid, $2::uuid, $3::"tickets"."TicketStatus", $4::timestamp)`;

/** The audit-trail entry as a statement part. */
export function historyInsert(
  ticketId: string,
  actor: Actor,
  entry: { action: string; field?: string; oldValue?: string | null; newValue?: string | null; note?: string | null },
  at: Date,
): SqlPart {
  return sqlPart(INSERT_HISTORY_SQL, [
    randomUUID(),
    ticketId,
    actor.id,
    actor.role,
    entry.action,
    entry.field ?? null,
    entry.oldValue ?? null,
    entry.newValue ?? null,
    entry.note ?? null,
    at.toISOString(),
  ]);
}

export async function addHistory(
  tx: Tx,
  ticketId: string,
  actor: Actor,
  entry: { action: string; field?: string; oldValue?: string | null; newValue?: string | null; note?: string | null },
  at: Date,
): Promise<void> {
  await runPart(tx, historyInsert(ticketId, actor, entry, at));
}

/** One entry of the ticket's status timeline as a statement part. */
export function statusChangeInsert(ticketId: string, status: TicketStatus, at: Date): SqlPart {
  return sqlPart(INSERT_STATUS_CHANGE_SQL, [randomUUID(), ticketId, status, at.toISOString()]);
}

/** One entry of the ticket's status timeline (what the SLA clock reads). */
export async function addStatusChange(tx: Tx, ticketId: string, status: TicketStatus, at: Date): Promise<void> {
  await runPart(tx, statusChangeInsert(ticketId, status, at));
}

export async function loadTimeline(tx: Tx, ticket: Ticket) {
  const [statusChanges, messages] = await Promise.all([
    tx.ticketStatusChange.findMany({
      where: { ticketId: ticket.id },
      orderBy: { at: "asc" },
      select: { status: true, at: true },
    }),
    tx.ticketMessage.findMany({
      where: { ticketId: ticket.id },
      orderBy: { createdAt: "asc" },
      select: { authorRole: true, internal: true, createdAt: true },
    }),
  ]);
  return { ticket, statusChanges, messages };
}

export type TicketTimeline = Awaited<ReturnType<typeof loadTimeline>>;

/** Recomputes the stored SLA summary (breach flag, next sweeper check) after a change. */
export async function refreshSla(tx: Tx, ticketId: string, env: WorkflowEnv): Promise<Ticket> {
  const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId } });
  return tx.ticket.update({ where: { id: ticketId }, data: slaSummary(await loadTimeline(tx, ticket), env) });
}

/** What the SLA summary reads of a ticket and its timeline (a ticket about to be written qualifies). */
export interface SlaInputs {
  ticket: Pick<Ticket, "status" | "escalatedAt" | "createdAt" | "priority" | "slaHours" | "resolvedAt" | "customerId">;
  statusChanges: TicketTimeline["statusChanges"];
  messages: TicketTimeline["messages"];
}

/** The stored SLA summary of a ticket's timeline: its first breach, and when the sweeper should look again. */
export function slaSummary(
  timeline: SlaInputs,
  env: WorkflowEnv,
): { slaBreachedAt: Date | null; slaCheckAt: Date | null } {
  const { ticket } = timeline;
  const state = slaStateOf(timeline, env.schedule, env.config, env.now);
  const breachedAt = firstBreach(state);
  // The sweeper looks again at the next warning/due time, or when the escalation threshold is reached;
  // never while PENDING (the clock stands still) or once the ticket is solved.
  const checks: Date[] = [];
  if (ticket.status !== "PENDING" && ACTIVE_STATUSES.includes(ticket.status)) {
    const next = nextSlaCheck(state, env.config.SLA_WARNING_FRACTION, env.now);
    if (next) checks.push(next);
    if (!ticket.escalatedAt && ticket.status !== "ESCALATED" && env.config.ESCALATION_THRESHOLD_HOURS > 0) {
      checks.push(addBusinessSeconds(env.schedule, ticket.createdAt, env.config.ESCALATION_THRESHOLD_HOURS * 3600));
    }
    if (breachedAt && !ticket.escalatedAt && ticket.status !== "ESCALATED") checks.push(env.now);
  }
  const slaCheckAt = checks.length ? new Date(Math.min(...checks.map((d) => d.getTime()))) : null;
  return { slaBreachedAt: breachedAt ?? null, slaCheckAt };
}

function transitionOrBadInput(from: TicketStatus, to: TicketStatus): void {
  try {
    assertTransition(from, to);
  } catch (error) {
    if (error instanceof TransitionError) throw badInput(error.message, { from, to });
    throw error;
  }
}

/**
 * Moves a ticket to `to` (enforcing the workflow), appends the status timeline and the audit
 * trail, and records `ticket.status_changed` plus `ticket.resolved` / `ticket.closed` /
 * `ticket.reopened` as they apply.
 */
export async function changeStatus(
  tx: Tx,
  ticket: Ticket,
  to: TicketStatus,
  actor: Actor,
  env: WorkflowEnv,
  note?: string | null,
): Promise<Ticket> {
  const from = ticket.status;
  transitionOrBadInput(from, to);
  const { now } = env;
  const resolving = to === "RESOLVED" || to === "AUTO_RESOLVED";
  const data: Prisma.TicketUpdateInput = { status: to };
  if (resolving && !ticket.resolvedAt) data.resolvedAt = now;
  if (to === "CLOSED") data.closedAt = now;
  let updated = await tx.ticket.update({ where: { id: ticket.id }, data });
  await addStatusChange(tx, ticket.id, to, now);
  await addHistory(
    tx,
    ticket.id,
    actor,
    { action: "status_changed", field: "status", oldValue: from, newValue: to, note },
    now,
  );
  const events: NewEvent[] = [
    {
      type: "ticket.status_changed",
      aggregateId: ticket.id,
      payload: { ticketId: ticket.id, from, to },
      occurredAt: now,
    },
  ];
  if (resolving) {
    updated = await refreshSla(tx, ticket.id, env);
    const state = slaStateOf(await loadTimeline(tx, updated), env.schedule, env.config, now);
    const resolvedAt = updated.resolvedAt ?? now;
    events.push({
      type: "ticket.resolved",
      aggregateId: ticket.id,
      occurredAt: now,
      payload: {
        ticketId: ticket.id,
        agentId: updated.assignedAgentId,
        categoryKey: updated.categoryKey,
        channel: updated.channel,
        language: updated.language,
        resolutionSeconds: Math.round((resolvedAt.getTime() - updated.createdAt.getTime()) / 1000),
        businessSeconds: Math.round(businessSecondsBetween(env.schedule, updated.createdAt, resolvedAt)),
        slaMet: state.resolution.status !== "BREACHED",
        auto: to === "AUTO_RESOLVED",
      },
    });
    // The survey follows every resolution, by an agent or automatically by the knowledge base.
    if (env.config.CUSTOMER_SATISFACTION_SURVEYS) {
      await notify(tx, env.config, {
        recipientId: updated.customerId,
        kind: "CSAT_SURVEY",
        ...customerNotification("CSAT_SURVEY", updated.language, {
          number: formatTicketNumber(updated.number),
          subject: updated.subject,
        }),
        ticketId: updated.id,
        email: updated.customerEmail,
      });
    }
  } else if (to === "CLOSED") {
    events.push({ type: "ticket.closed", aggregateId: ticket.id, payload: { ticketId: ticket.id }, occurredAt: now });
  } else if ((from === "RESOLVED" || from === "AUTO_RESOLVED") && to === "OPEN") {
    events.push({ type: "ticket.reopened", aggregateId: ticket.id, payload: { ticketId: ticket.id }, occurredAt: now });
  }
  await emit(tx, env, events, [ticket]);
  return resolving ? updated : refreshSla(tx, ticket.id, env);
}

// ---------------------------------------------------------------------------------------------
// Messages

export const MESSAGE_MAX_LENGTH = 20_000;
/** How much of a reply its notification (in-app and email) carries. */
const REPLY_NOTIFICATION_MAX_LENGTH = 4000;
const MAX_ATTACHMENTS = 20;
const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

export interface Attachment {
  name: string;
  url: string;
  contentType: string | null;
  size: number | null;
}

/** Attachment metadata: name, http(s) URL, optional content type and size in bytes. */
export function validateAttachments(
  value: readonly { name: string; url: string; contentType?: string | null; size?: number | null }[] | null | undefined,
): Attachment[] {
  const list = value ?? [];
  if (list.length > MAX_ATTACHMENTS) throw badInput(`At most ${MAX_ATTACHMENTS} attachments`, { field: "attachments" });
  return list.map((a, i) => {
    const name = a.name?.trim() ?? "";
    if (!name || name.length > 255)
      throw badInput(`attachments[${i}].name must be 1–255 characters`, { field: "attachments" });
    let url: URL;
    try {
      url = new URL(a.url);
    } catch {
      throw badInput(`attachments[${i}].url must be a URL`, { field: "attachments" });
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw badInput(`attachments[${i}].url must be http(s)`, { field: "attachments" });
    if (a.contentType != null && !/^[\w.+-]+\/[\w.+-]+$/.test(a.contentType))
      throw badInput(`attachments[${i}].contentType must be a MIME type`, { field: "attachments" });
    if (a.size != null && (!Number.isInteger(a.size) || a.size < 0 || a.size > MAX_ATTACHMENT_BYTES)) {
      throw badInput(`attachments[${i}].size must be a whole number of bytes up to ${MAX_ATTACHMENT_BYTES}`, {
        field: "attachments",
      });
    }
    return { name, url: url.toString(), contentType: a.contentType ?? null, size: a.size ?? null };
  });
}

export interface NewMessage {
  body: string;
  internal?: boolean | null;
  attachments?: Attachment[];
  /** The body translated for the other side, when translation is on (shared/conversation-translation.ts). */
  translation?: { stored: StoredTranslation; switchOn: boolean } | null;
  /** The client's retry key (unique per ticket). */
  idempotencyKey?: string | null;
}

const messageFingerprint = (
  authorId: string | null,
  message: { body: string; internal?: boolean | null; attachments?: unknown },
) =>
  requestFingerprint({
    authorId,
    body: message.body.trim(),
    internal: Boolean(message.internal),
    attachments: message.attachments ?? [],
  });

/**
 * The message stored earlier under the same idempotency key on this ticket, when this is a retry
 * of the same message; CONFLICT when the key was used for another message or author; null when
 * the key is new (or absent).
 */
export async function replayedMessage(
  prisma: PrismaClient,
  ticketId: string,
  actor: Actor,
  message: NewMessage,
): Promise<TicketMessage | null> {
  if (!message.idempotencyKey) return null;
  const existing = await prisma.ticketMessage.findUnique({
    where: { ticketId_idempotencyKey: { ticketId, idempotencyKey: message.idempotencyKey } },
  });
  if (!existing) return null;
  assertSameRequest(
    "idempotencyKey",
    messageFingerprint(existing.authorId, existing),
    messageFingerprint(actor.id, message),
  );
  return existing;
}

/**
 * Adds a reply or internal note. The first public staff reply records the first response; a
 * customer reply on a PENDING ticket resumes the clock (→ OPEN) and on a RESOLVED/AUTO_RESOLVED
 * one reopens it.
 */
export async function addMessage(tx: Tx, ticket: Ticket, actor: Actor, message: NewMessage, env: WorkflowEnv) {
  const body = message.body.trim();
  if (!body) throw badInput("body must not be empty", { field: "body" });
  if (body.length > MESSAGE_MAX_LENGTH)
    throw badInput(`body must be at most ${MESSAGE_MAX_LENGTH} characters`, { field: "body" });
  const internal = Boolean(message.internal);
  const fromCustomer = actor.role === "customer";
  if (internal && fromCustomer) throw badInput("Customers cannot write internal notes", { field: "internal" });
  if (ticket.status === "CLOSED")
    throw badInput("The ticket is closed; open a follow-up ticket instead.", { field: "ticketId" });
  const { now } = env;
  const created = await tx.ticketMessage.create({
    data: {
      ticketId: ticket.id,
      authorId: actor.id,
      authorRole: actor.role,
      body,
      internal,
      attachments: (message.attachments ?? []) as unknown as Prisma.InputJsonValue,
      translation: (!internal && message.translation ? message.translation.stored : undefined) as
        Prisma.InputJsonValue | undefined,
      idempotencyKey: message.idempotencyKey ?? null,
      createdAt: now,
    },
  });
  if (!internal && message.translation?.switchOn && !ticket.needsTranslation)
    await tx.ticket.update({ where: { id: ticket.id }, data: { needsTranslation: true } });
  await addHistory(
    tx,
    ticket.id,
    actor,
    { action: internal ? "note_added" : "reply_added", newValue: created.id },
    now,
  );
  const events: NewEvent[] = [
    {
      type: "ticket.message_added",
      aggregateId: ticket.id,
      occurredAt: now,
      payload: { ticketId: ticket.id, messageId: created.id, authorRole: actor.role, authorId: actor.id, internal },
    },
  ];
  let current = ticket;
  const answersCustomer = !internal && (isStaffRole(actor.role) || actor.role === "system");
  if (answersCustomer && !ticket.firstRespondedAt) {
    current = await tx.ticket.update({ where: { id: ticket.id }, data: { firstRespondedAt: now } });
    const state = slaStateOf(await loadTimeline(tx, current), env.schedule, env.config, now);
    events.push({
      type: "ticket.first_replied",
      aggregateId: ticket.id,
      occurredAt: now,
      payload: {
        ticketId: ticket.id,
        agentId: actor.role === "system" ? null : actor.id,
        categoryKey: ticket.categoryKey,
        firstResponseSeconds: Math.round((now.getTime() - ticket.createdAt.getTime()) / 1000),
        businessSeconds: Math.round(businessSecondsBetween(env.schedule, ticket.createdAt, now)),
        slaMet: state.firstReply.status !== "BREACHED",
      },
    });
  }
  await emit(tx, env, events, [ticket]);
  // Every public answer reaches the customer, the knowledge base's automatic one included.
  if (answersCustomer) {
    await notify(tx, env.config, {
      recipientId: ticket.customerId,
      kind: "TICKET_REPLY",
      // With translation on, the customer reads the reply in the ticket's language.
      ...customerNotification("TICKET_REPLY", ticket.language, {
        number: formatTicketNumber(ticket.number),
        subject: ticket.subject,
        reply: (message.translation?.stored.translated ? message.translation.stored.text : body).slice(
          0,
          REPLY_NOTIFICATION_MAX_LENGTH,
        ),
      }),
      ticketId: ticket.id,
      email: ticket.customerEmail,
    });
  }
  if (fromCustomer) {
    if (ticket.assignedAgentId) {
      await notify(tx, env.config, {
        recipientId: ticket.assignedAgentId,
        kind: "CUSTOMER_REPLY",
        title: `Customer replied on ${formatTicketNumber(ticket.number)}`,
        body: body.slice(0, 500),
        ticketId: ticket.id,
      });
    }
    if (ticket.status === "PENDING" || ticket.status === "RESOLVED" || ticket.status === "AUTO_RESOLVED") {
      current = await changeStatus(
        tx,
        current,
        "OPEN",
        actor,
        env,
        ticket.status === "PENDING" ? "customer replied" : "customer replied after resolution",
      );
      return { message: created, ticket: current };
    }
  }
  // An internal note changes nothing the SLA reads (public messages and the status timeline): the
  // stored summary stands, and so does the locked row.
  if (internal) return { message: created, ticket };
  return { message: created, ticket: await refreshSla(tx, ticket.id, env) };
}

// ---------------------------------------------------------------------------------------------
// Assignment, escalation, merge

/** The assignee ($2) of ticket $1 set at $3, where `condition` also holds; the row as the client reads it. */
const setAssigneeSql = (
  condition = "",
) => `UPDATE "tickets"."tickets" AS t SET "assignedAgentId" = $2::uuid, "updatedAt" = $3::timestamp
  WHERE t."id" = $1::uuid${condition} RETURNING ${ticketRowColumns("t")}`;
const SET_ASSIGNEE_SQL = setAssigneeSql();

/**
 * The assignee set only while the ticket still has what the caller read ($4–$7: its assignee,
 * category, priority and subject) and is not CLOSED — the row lock re-checks them against a
 * concurrent write. No row when anything changed: the audit entry, event and notification the
 * caller built from its copy hold exactly when the update does.
 */
const SET_ASSIGNEE_IF_UNCHANGED_SQL = setAssigneeSql(`
    AND t."status" <> 'CLOSED' AND t."assignedAgentId" IS NOT DISTINCT FROM $4::uuid
    AND t."categoryKey" IS NOT DISTINCT FROM $5 AND t."priority" = $6::"tickets"."TicketPriority" AND t."subject" = $7`);

/**
 * What an assignment writes beside the assignee, built from `ticket` as it was before: the audit
 * entry and, for an agent, the `ticket.assigned` event and the agent's notification.
 */
async function assignmentWrites(
  reader: Pick<Tx, "webhookSubscription">,
  ticket: Ticket,
  agentId: string | null,
  actor: Actor,
  env: WorkflowEnv,
): Promise<SqlPart[]> {
  const history = historyInsert(
    ticket.id,
    actor,
    {
      action: agentId ? "assigned" : "unassigned",
      field: "assignedAgentId",
      oldValue: ticket.assignedAgentId,
      newValue: agentId,
    },
    env.now,
  );
  if (!agentId) return [history];
  const event: NewEvent = {
    type: "ticket.assigned",
    aggregateId: ticket.id,
    occurredAt: env.now,
    payload: { ticketId: ticket.id, agentId, categoryKey: ticket.categoryKey },
  };
  const notification = notificationWrites(env.config, {
    recipientId: agentId,
    kind: "TICKET_ASSIGNED",
    title: `${formatTicketNumber(ticket.number)} assigned to you`,
    body: `${ticket.priority} · ${ticket.subject}`,
    ticketId: ticket.id,
  });
  return [
    history,
    ...(await eventWrites(reader, env.db, withTicketNumbers([event], new Map([[ticket.id, ticket.number]])))),
    ...(notification?.parts ?? []),
  ];
}

/** Sets the assignee (idempotent: the same agent again changes nothing). */
export async function assign(
  tx: Tx,
  ticket: Ticket,
  agentId: string | null,
  actor: Actor,
  env: WorkflowEnv,
): Promise<Ticket> {
  if (ticket.assignedAgentId === agentId) return ticket;
  const [updated] = await tx.$queryRawUnsafe<Ticket[]>(SET_ASSIGNEE_SQL, ticket.id, agentId, new Date().toISOString());
  await runPart(tx, combineWrites(await assignmentWrites(tx, ticket, agentId, actor, env)));
  return updated;
}

/**
 * `assign` for a ticket the caller read moments ago (a new ticket's first assignee), as ONE
 * statement without a transaction or a row read. Null, with nothing written, when the ticket
 * changed since (or is CLOSED, or already has this agent): then lock it and `assign`.
 */
export async function assignIfUnchanged(
  ticket: Ticket,
  agentId: string,
  actor: Actor,
  env: WorkflowEnv,
): Promise<Ticket | null> {
  if (ticket.assignedAgentId === agentId || ticket.status === "CLOSED") return null;
  const update = sqlPart(SET_ASSIGNEE_IF_UNCHANGED_SQL, [
    ticket.id,
    agentId,
    new Date().toISOString(),
    ticket.assignedAgentId,
    ticket.categoryKey,
    ticket.priority,
    ticket.subject,
  ]);
  const writes = await assignmentWrites(env.db.prisma, ticket, agentId, actor, env);
  const statement = combineWrites(
    [{ name: "assigned", ...update }, ...writes.map((part) => onlyIf(part, "assigned"))],
    sqlPart("SELECT * FROM assigned"),
  );
  const [updated] = await runCombined<Ticket>(env.db.sql, statement);
  return updated ?? null;
}

export const SUPERVISOR_QUEUE = "supervisors";

/** ESCALATED, priority bumped one level, routed to the category's escalation tier. */
export async function escalate(
  tx: Tx,
  ticket: Ticket,
  reason: string,
  actor: Actor,
  env: WorkflowEnv,
): Promise<Ticket> {
  const category = ticket.categoryKey
    ? await tx.ticketCategory.findUnique({ where: { key: ticket.categoryKey } })
    : null;
  // First escalation: the category's specialist tier; escalated again, the supervisors.
  const tier = nextEscalationTier(ticket.escalationTier, category?.escalationTier ?? null);
  await changeStatus(tx, ticket, "ESCALATED", actor, env, reason);
  const priority = bumpPriority(ticket.priority);
  await tx.ticket.update({ where: { id: ticket.id }, data: { priority, escalationTier: tier, escalatedAt: env.now } });
  if (priority !== ticket.priority) {
    await addHistory(
      tx,
      ticket.id,
      actor,
      {
        action: "priority_changed",
        field: "priority",
        oldValue: ticket.priority,
        newValue: priority,
        note: "escalation",
      },
      env.now,
    );
  }
  await addHistory(
    tx,
    ticket.id,
    actor,
    { action: "escalated", field: "escalationTier", oldValue: ticket.escalationTier, newValue: tier, note: reason },
    env.now,
  );
  await emit(
    tx,
    env,
    [
      {
        type: "ticket.escalated",
        aggregateId: ticket.id,
        occurredAt: env.now,
        payload: { ticketId: ticket.id, reason, tier, priority },
      },
    ],
    [ticket],
  );
  await notify(tx, env.config, {
    recipientId: SUPERVISOR_QUEUE,
    kind: "TICKET_ESCALATED",
    title: `${formatTicketNumber(ticket.number)} escalated to ${tier.replace("_", " ")}`,
    body: `${reason} — ${ticket.subject}`,
    ticketId: ticket.id,
    team: true,
  });
  return refreshSla(tx, ticket.id, env);
}

/** Folds `duplicate` into `primary`: its conversation moves over, it is CLOSED and points at primary. */
export async function merge(
  tx: Tx,
  primary: Ticket,
  duplicate: Ticket,
  actor: Actor,
  env: WorkflowEnv,
): Promise<Ticket> {
  if (primary.id === duplicate.id)
    throw badInput("A ticket cannot be merged into itself", { field: "duplicateTicketId" });
  if (primary.customerId !== duplicate.customerId)
    throw badInput("Only tickets of the same customer can be merged", { field: "duplicateTicketId" });
  if (duplicate.status === "CLOSED")
    throw badInput("The duplicate ticket is already closed", { field: "duplicateTicketId" });
  if (primary.status === "CLOSED") throw badInput("The primary ticket is closed", { field: "primaryTicketId" });
  const { now } = env;
  await tx.ticketMessage.updateMany({ where: { ticketId: duplicate.id }, data: { ticketId: primary.id } });
  await tx.ticketMessage.create({
    data: {
      ticketId: primary.id,
      authorId: actor.id,
      authorRole: actor.role,
      internal: false,
      body: `Merged from ${formatTicketNumber(duplicate.number)}: ${duplicate.subject}\n\n${duplicate.description}`,
      createdAt: duplicate.createdAt,
    },
  });
  await tx.ticket.update({
    where: { id: duplicate.id },
    data: { status: "CLOSED", closedAt: now, mergedIntoId: primary.id, slaCheckAt: null },
  });
  await addStatusChange(tx, duplicate.id, "CLOSED", now);
  await addHistory(
    tx,
    duplicate.id,
    actor,
    {
      action: "merged",
      field: "mergedIntoId",
      newValue: primary.id,
      note: `merged into ${formatTicketNumber(primary.number)}`,
    },
    now,
  );
  await addHistory(
    tx,
    primary.id,
    actor,
    {
      action: "merged_from",
      newValue: duplicate.id,
      note: `merged ${formatTicketNumber(duplicate.number)} into this ticket`,
    },
    now,
  );
  const mergedTags = [...new Set([...primary.tags, ...duplicate.tags])];
  if (mergedTags.length !== primary.tags.length)
    await tx.ticket.update({ where: { id: primary.id }, data: { tags: { set: mergedTags } } });
  await emit(
    tx,
    env,
    [
      {
        type: "ticket.status_changed",
        aggregateId: duplicate.id,
        occurredAt: now,
        payload: { ticketId: duplicate.id, from: duplicate.status, to: "CLOSED" },
      },
      {
        type: "ticket.merged",
        aggregateId: duplicate.id,
        occurredAt: now,
        payload: { ticketId: duplicate.id, primaryTicketId: primary.id },
      },
    ],
    [primary, duplicate],
  );
  return refreshSla(tx, primary.id, env);
}
