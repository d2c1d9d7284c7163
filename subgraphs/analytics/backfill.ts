/**
 * Backfill: tickets and chats that exist without events in the analytics log (seeded demo data,
 * rows written before the outbox existed, bulk imports) still count. After the first successful
 * catch-up pass, analytics reads every ticket (tickets subgraph) and chat (chat subgraph) through
 * their APIs with its service identity and derives the lifecycle events the item's state implies
 * (created, assigned, first reply, escalation, resolution, closing; chat started, answered, ended)
 * — only those of a type the log has no event of for that item.
 *
 * Once an owner's items have all been read, analytics marks the owner (`analytics.backfill_marks`),
 * and later starts skip it: a large desk's restart does not read every ticket and chat again.
 * Producers describe what they write with events (the Zendesk importer too); the seed, which does
 * not, clears the marks. `catchUpEvents` backfills every owner whatever the marks.
 *
 * Idempotent: each derived event has a deterministic id (`stableUuid("backfill:<type>:<id>")`),
 * inserted with ON CONFLICT DO NOTHING, and an item whose events are already in the log gets
 * nothing new. Derived events carry `backfilled: true` in their payload; their times are the
 * item's own timestamps (an assignment without a recorded time is placed at creation).
 */
import type { SubgraphServices } from "../../shared/context.js";
import { stableUuid } from "../../shared/ids.js";
import type { DomainEvent } from "../../shared/outbox.js";
import { agentSnapshotPage, type AgentSnapshot } from "./clients/agents.js";
import { chatSnapshotPage, type ChatSnapshot } from "./clients/chat.js";
import { connectionPages, type ConnectionPage } from "../../shared/connection-pages.js";
import { ticketSnapshotPage, type TicketSnapshot } from "./clients/tickets.js";
import { ingestEvents } from "./event-log.js";

export type { AgentSnapshot, ChatSnapshot, TicketSnapshot };

const seconds = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
const RESOLVED = ["RESOLVED", "CLOSED", "AUTO_RESOLVED"];

function derived(
  source: "tickets" | "chat" | "agents",
  type: string,
  aggregateId: string,
  occurredAt: string,
  payload: Record<string, unknown>,
): DomainEvent {
  return {
    id: stableUuid(`backfill:${type}:${aggregateId}`),
    type,
    source,
    aggregateId,
    occurredAt: new Date(occurredAt).toISOString(),
    payload: { ...payload, backfilled: true },
  };
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
  if (t.assignedAgentId)
    events.push(derived("tickets", "ticket.assigned", t.id, t.createdAt, { ...base, agentId: t.assignedAgentId }));
  if (t.firstRespondedAt) {
    events.push(
      derived("tickets", "ticket.first_replied", t.id, t.firstRespondedAt, {
        ...base,
        agentId: t.assignedAgentId,
        firstResponseSeconds: seconds(t.createdAt, t.firstRespondedAt),
      }),
    );
  }
  const escalatedAt = t.escalatedAt ?? (t.status === "ESCALATED" ? t.updatedAt : null);
  if (escalatedAt)
    events.push(derived("tickets", "ticket.escalated", t.id, escalatedAt, { ...base, priority: t.priority }));
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
  const events = [
    derived("chat", "chat.started", c.id, c.createdAt, {
      chatId: c.id,
      customerId: c.customer?.id ?? null,
      type: c.type,
      language: c.language,
      topic: c.topic,
    }),
  ];
  if (c.answeredAt)
    events.push(
      derived("chat", "chat.answered", c.id, c.answeredAt, {
        chatId: c.id,
        agentId,
        waitSeconds: seconds(c.createdAt, c.answeredAt),
      }),
    );
  if (c.endedAt) {
    if (c.status === "RESOLVED") {
      events.push(
        derived("chat", "chat.ended", c.id, c.endedAt, {
          chatId: c.id,
          agentId,
          status: c.status,
          durationSeconds: seconds(c.answeredAt ?? c.createdAt, c.endedAt),
        }),
      );
    } else if (c.status === "ABANDONED" || c.status === "TIMED_OUT") {
      const type = c.status === "ABANDONED" ? "chat.abandoned" : "chat.timed_out";
      events.push(
        derived("chat", type, c.id, c.endedAt, {
          chatId: c.id,
          agentId,
          waitSeconds: seconds(c.createdAt, c.answeredAt ?? c.endedAt),
        }),
      );
    }
  }
  return events;
}

/**
 * An agent who is not OFFLINE but whose status never changed in the log (seeded, imported) is
 * online since their first recorded work (assignment, reply, resolution, chat answer) or, without
 * any, since now (pure; `since` comes from the rollups).
 */
export function presenceEvent(agent: AgentSnapshot, since: string): DomainEvent | null {
  if (agent.status === "OFFLINE") return null;
  return derived("agents", "agent.status_changed", agent.id, since, {
    agentId: agent.id,
    from: "OFFLINE",
    to: agent.status,
  });
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

/** When each agent's first recorded work happened, from the rollups. */
async function firstWork(services: SubgraphServices, agentIds: string[]): Promise<Map<string, string>> {
  const rows = await services.db.sql.query<{ agentId: string; at: Date | string }>(
    `SELECT agent AS "agentId", min(at) AS at FROM (
       SELECT t."agentId" AS agent, least(t."assignedAt", t."firstRepliedAt", t."resolvedAt") AS at FROM "analytics"."ticket_facts" t WHERE t."agentId" = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
       UNION ALL
       SELECT c."agentId", c."answeredAt" FROM "analytics"."chat_facts" c WHERE c."agentId" = ANY(ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
     ) w WHERE at IS NOT NULL GROUP BY agent`,
    [JSON.stringify(agentIds)],
  );
  // Rollup times are UTC without a zone.
  return new Map(
    rows.map((r) => [r.agentId, r.at instanceof Date ? r.at.toISOString() : `${String(r.at).replace(" ", "T")}Z`]),
  );
}

export type BackfillSource = "tickets" | "chat" | "agents";
/** Reading an owner's items takes longer than a single lookup. */
const OWNER_PAGE_TIMEOUT = { timeoutMs: 10_000 };
const PAGES: Record<
  BackfillSource,
  (services: SubgraphServices, after: string | null) => Promise<ConnectionPage<unknown>>
> = {
  tickets: (services, after) => ticketSnapshotPage(services.internal, after, OWNER_PAGE_TIMEOUT),
  chat: (services, after) => chatSnapshotPage(services.internal, after, OWNER_PAGE_TIMEOUT),
  agents: (services, after) => agentSnapshotPage(services.internal, after, OWNER_PAGE_TIMEOUT),
};

async function derive(services: SubgraphServices, source: BackfillSource, nodes: unknown[]): Promise<DomainEvent[]> {
  if (source === "tickets") return (nodes as TicketSnapshot[]).flatMap(ticketEvents);
  if (source === "chat") return (nodes as ChatSnapshot[]).flatMap(chatEvents);
  const agents = nodes as AgentSnapshot[];
  const since = await firstWork(
    services,
    agents.map((a) => a.id),
  );
  const now = new Date().toISOString();
  return agents.map((a) => presenceEvent(a, since.get(a.id) ?? now)).filter((e): e is DomainEvent => e !== null);
}

/**
 * Backfills one owner's items and marks the owner done; returns how many events were added.
 * Throws when the owner cannot be read.
 */
export async function backfillFrom(services: SubgraphServices, source: BackfillSource): Promise<number> {
  let added = 0;
  for await (const nodes of connectionPages<unknown>((after) => PAGES[source](services, after)))
    added += await ingestEvents(services.db, await missing(services, await derive(services, source, nodes)));
  const completedAt = new Date();
  await services.db.prisma.analyticsBackfillMark.upsert({
    where: { source },
    create: { source, completedAt },
    update: { completedAt },
  });
  return added;
}

/** Owners backfilled already (by this or an earlier start, since the last seed). */
async function markedSources(services: SubgraphServices): Promise<BackfillSource[]> {
  const marks = await services.db.prisma.analyticsBackfillMark.findMany({ select: { source: true } });
  return marks.map((m) => m.source).filter((s): s is BackfillSource => (BACKFILL_ORDER as string[]).includes(s));
}

/** Tickets and chats first: an agent's presence starts at their first recorded work. */
export const BACKFILL_ORDER: readonly BackfillSource[] = ["tickets", "chat", "agents"];

/**
 * Runs the backfill of each owner not marked done until it has succeeded once (call it after
 * each catch-up pass; an owner that is not up yet is retried on the next pass).
 */
export function createBackfill(services: SubgraphServices, announce: (count: number) => Promise<void>) {
  const done = new Set<BackfillSource>();
  let marksRead = false;
  let running: Promise<number> | null = null;
  const run = async (): Promise<number> => {
    if (!marksRead) {
      for (const source of await markedSources(services)) done.add(source);
      marksRead = true;
    }
    let total = 0;
    for (const source of BACKFILL_ORDER) {
      if (done.has(source)) continue;
      try {
        const added = await backfillFrom(services, source);
        done.add(source);
        total += added;
        if (added > 0) services.logger.info("analytics backfilled items that had no events", { source, events: added });
      } catch (error) {
        services.logger.info("analytics backfill not possible yet; will retry", {
          source,
          error: (error as Error).message,
        });
      }
    }
    if (total > 0) await announce(total);
    return total;
  };
  return {
    /** Concurrent calls share one run. */
    run: () => (running ??= run().finally(() => (running = null))),
    /**
     * Events were pruned before analytics read them: every owner is to be read again, by the next
     * run (its marks go too, so a restart before that run ends reads them as well).
     */
    async forget() {
      await running?.catch(() => 0);
      await services.db.prisma.analyticsBackfillMark.deleteMany({});
      done.clear();
      marksRead = true;
    },
    get complete() {
      return done.size === BACKFILL_ORDER.length;
    },
  };
}
