/**
 * Backfill: tickets and chats that exist without events in the analytics log (seeded demo data,
 * rows written before the outbox existed, bulk imports) still count. After the first successful
 * catch-up pass, analytics reads every ticket (tickets subgraph) and chat (chat subgraph) through
 * their APIs with its service identity and derives the lifecycle events the item's state implies
 * (created, assigned, first reply, escalation, resolution, closing; chat started, answered, ended)
 * — only those of a type the log has no event of for that item.
 *
 * Idempotent: each derived event has a deterministic id (`stableUuid("backfill:<type>:<id>")`),
 * inserted with ON CONFLICT DO NOTHING, and an item whose events are already in the log gets
 * nothing new. Derived events carry `backfilled: true` in their payload; their times are the
 * item's own timestamps (an assignment without a recorded time is placed at creation).
 */
import type { SubgraphServices } from "../common/context.js";
import { stableUuid } from "../common/ids.js";
import type { DomainEvent } from "../common/outbox.js";
import { ingestEvents } from "./ingest.js";

export interface TicketSnapshot {
  id: string;
  number: string | null;
  customerId: string;
  channel: string | null;
  status: string;
  priority: string | null;
  language: string | null;
  category: { key: string } | null;
  subcategory: { key: string } | null;
  assignedAgentId: string | null;
  escalatedAt: string | null;
  createdAt: string;
  updatedAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
}

export interface ChatSnapshot {
  id: string;
  type: string;
  status: string;
  topic: string | null;
  language: string | null;
  customer: { id: string } | null;
  agent: { id: string } | null;
  createdAt: string;
  answeredAt: string | null;
  endedAt: string | null;
}

const seconds = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
const RESOLVED = ["RESOLVED", "CLOSED", "AUTO_RESOLVED"];

function derived(source: "tickets" | "chat", type: string, aggregateId: string, occurredAt: string, payload: Record<string, unknown>): DomainEvent {
  return { id: stableUuid(`backfill:${type}:${aggregateId}`), type, source, aggregateId, occurredAt: new Date(occurredAt).toISOString(), payload: { ...payload, backfilled: true } };
}

/** The events a ticket's current state implies (pure). */
export function ticketEvents(t: TicketSnapshot): DomainEvent[] {
  const base = { ticketId: t.id, categoryKey: t.category?.key ?? null };
  const events = [
    derived("tickets", "ticket.created", t.id, t.createdAt, {
      ...base,
      number: t.number,
      customerId: t.customerId,
      subcategoryKey: t.subcategory?.key ?? null,
      priority: t.priority,
      channel: t.channel,
      language: t.language,
    }),
  ];
  if (t.assignedAgentId) events.push(derived("tickets", "ticket.assigned", t.id, t.createdAt, { ...base, agentId: t.assignedAgentId }));
  if (t.firstRespondedAt) {
    events.push(derived("tickets", "ticket.first_replied", t.id, t.firstRespondedAt, { ...base, agentId: t.assignedAgentId, firstResponseSeconds: seconds(t.createdAt, t.firstRespondedAt) }));
  }
  const escalatedAt = t.escalatedAt ?? (t.status === "ESCALATED" ? t.updatedAt : null);
  if (escalatedAt) events.push(derived("tickets", "ticket.escalated", t.id, escalatedAt, { ...base, priority: t.priority }));
  if (t.resolvedAt && RESOLVED.includes(t.status)) {
    events.push(
      derived("tickets", "ticket.resolved", t.id, t.resolvedAt, {
        ...base,
        agentId: t.assignedAgentId,
        channel: t.channel,
        language: t.language,
        resolutionSeconds: seconds(t.createdAt, t.resolvedAt),
        auto: t.status === "AUTO_RESOLVED",
      }),
    );
  }
  if (t.closedAt && t.status === "CLOSED") events.push(derived("tickets", "ticket.closed", t.id, t.closedAt, base));
  return events;
}

/** The events a chat's current state implies (pure). */
export function chatEvents(c: ChatSnapshot): DomainEvent[] {
  const agentId = c.agent?.id ?? null;
  const events = [derived("chat", "chat.started", c.id, c.createdAt, { chatId: c.id, customerId: c.customer?.id ?? null, type: c.type, language: c.language, topic: c.topic })];
  if (c.answeredAt) events.push(derived("chat", "chat.answered", c.id, c.answeredAt, { chatId: c.id, agentId, waitSeconds: seconds(c.createdAt, c.answeredAt) }));
  if (c.endedAt) {
    if (c.status === "RESOLVED") {
      events.push(derived("chat", "chat.ended", c.id, c.endedAt, { chatId: c.id, agentId, status: c.status, durationSeconds: seconds(c.answeredAt ?? c.createdAt, c.endedAt) }));
    } else if (c.status === "ABANDONED" || c.status === "TIMED_OUT") {
      const type = c.status === "ABANDONED" ? "chat.abandoned" : "chat.timed_out";
      events.push(derived("chat", type, c.id, c.endedAt, { chatId: c.id, agentId, waitSeconds: seconds(c.createdAt, c.answeredAt ?? c.endedAt) }));
    }
  }
  return events;
}

const TICKETS_PAGE = `query($after: String) { tickets(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
  id number customerId channel status priority language category { key } subcategory { key } assignedAgentId escalatedAt createdAt updatedAt firstRespondedAt resolvedAt closedAt } } } }`;
const CHATS_PAGE = `query($after: String) { chats(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
  id type status topic language customer { id } agent { id } createdAt answeredAt endedAt } } } }`;

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/** Keeps only the derived events whose type the log lacks for that item. */
async function missing(services: SubgraphServices, events: DomainEvent[]): Promise<DomainEvent[]> {
  if (events.length === 0) return [];
  const ids = [...new Set(events.map((e) => e.aggregateId))];
  const rows = await services.db.sql.query<{ aggregateId: string; type: string }>(
    `SELECT DISTINCT "aggregateId", "type" FROM "analytics"."events" WHERE "aggregateId" = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))`,
    [JSON.stringify(ids)],
  );
  const present = new Set(rows.map((r) => `${r.aggregateId} ${r.type}`));
  return events.filter((e) => !present.has(`${e.aggregateId} ${e.type}`));
}

/** Backfills one owner's items; returns how many events were added. Throws when the owner cannot be read. */
export async function backfillFrom(services: SubgraphServices, source: "tickets" | "chat"): Promise<number> {
  let after: string | null = null;
  let added = 0;
  for (;;) {
    let nodes: (TicketSnapshot | ChatSnapshot)[];
    let pageInfo: Page<unknown>["pageInfo"];
    if (source === "tickets") {
      const data: { tickets: Page<TicketSnapshot> } = await services.internal.request("tickets", TICKETS_PAGE, { after }, { timeoutMs: 10_000 });
      nodes = data.tickets.edges.map((e) => e.node);
      pageInfo = data.tickets.pageInfo;
      added += await ingestEvents(services.db, await missing(services, nodes.flatMap((n) => ticketEvents(n as TicketSnapshot))));
    } else {
      const data: { chats: Page<ChatSnapshot> } = await services.internal.request("chat", CHATS_PAGE, { after }, { timeoutMs: 10_000 });
      nodes = data.chats.edges.map((e) => e.node);
      pageInfo = data.chats.pageInfo;
      added += await ingestEvents(services.db, await missing(services, nodes.flatMap((n) => chatEvents(n as ChatSnapshot))));
    }
    if (!pageInfo.hasNextPage || !pageInfo.endCursor || nodes.length === 0) return added;
    after = pageInfo.endCursor;
  }
}

/**
 * Runs the backfill of each owner until it has succeeded once in this process (call it after
 * each catch-up pass; an owner that is not up yet is retried on the next pass).
 */
export function createBackfill(services: SubgraphServices, announce: (count: number) => Promise<void>) {
  const done = new Set<"tickets" | "chat">();
  let running: Promise<number> | null = null;
  const run = async (): Promise<number> => {
    let total = 0;
    for (const source of ["tickets", "chat"] as const) {
      if (done.has(source)) continue;
      try {
        const added = await backfillFrom(services, source);
        done.add(source);
        total += added;
        if (added > 0) services.logger.info("analytics backfilled items that had no events", { source, events: added });
      } catch (error) {
        services.logger.info("analytics backfill not possible yet; will retry", { source, error: (error as Error).message });
      }
    }
    if (total > 0) await announce(total);
    return total;
  };
  return {
    /** Concurrent calls share one run. */
    run: () => (running ??= run().finally(() => (running = null))),
    get complete() {
      return done.size === 2;
    },
  };
}
