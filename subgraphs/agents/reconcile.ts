/**
 * Workload reconciliation: on a fresh start (no ticket work items at all, e.g. the demo data was
 * just loaded without events) agents asks tickets — through its public API with a service
 * identity, never its tables — which open tickets are assigned to whom, and records them as
 * ASSIGNED work items so workload and scoring count them. Later changes arrive as events.
 */
import type { SubgraphServices } from "../../shared/context.js";
import { UUID_PATTERN } from "../../shared/ids.js";
import { cleanPriority, languageKey, PRIORITY_RANK } from "./clean-input.js";
import { openAssignedTickets, type OpenAssignedTicket } from "./clients/tickets.js";

/** Most pages of open tickets read (100 each). */
const MAX_OPEN_TICKET_PAGES = 1000;

/** Every open ticket tickets holds (open, pending, on hold, escalated), a page at a time. */
async function* openTickets(services: SubgraphServices): AsyncGenerator<OpenAssignedTicket[]> {
  let after: string | null = null;
  for (let pages = 0; pages < MAX_OPEN_TICKET_PAGES; pages++) {
    const page = await openAssignedTickets(services.internal, after, { timeoutMs: 5000 });
    yield page.tickets.edges.map((e) => e.node).filter((t) => UUID_PATTERN.test(t.id));
    if (!page.tickets.pageInfo.hasNextPage) return;
    after = page.tickets.pageInfo.endCursor;
  }
}

/** A ticket assigned to an agent, as the ASSIGNED work item that counts it as their workload. */
function assignedItemOf(t: OpenAssignedTicket & { assignedAgentId: string }) {
  let key = "und";
  try {
    key = languageKey(t.language);
  } catch {
    // keep "und": the ticket still counts as workload
  }
  const priority = cleanPriority(t.priority in PRIORITY_RANK ? t.priority : null);
  return {
    kind: "TICKET" as const,
    itemId: t.id,
    status: "ASSIGNED" as const,
    agentId: t.assignedAgentId,
    categoryKey: t.category?.key ?? null,
    language: t.language,
    languageKey: key,
    priority,
    priorityRank: PRIORITY_RANK[priority],
    assignedAt: new Date(),
  };
}

/** The ids of the agents agents knows: a ticket held by anyone else is not theirs to count. */
async function knownAgentIds(services: SubgraphServices): Promise<Set<string>> {
  return new Set((await services.db.prisma.agent.findMany({ select: { id: true } })).map((a) => a.id));
}

/** Open tickets held by one of `agentIds`, as the ASSIGNED work items that count them. */
const assignedItemsOf = (tickets: Iterable<OpenAssignedTicket>, agentIds: Set<string>) =>
  [...tickets]
    .filter((t): t is typeof t & { assignedAgentId: string } => !!t.assignedAgentId && agentIds.has(t.assignedAgentId))
    .map(assignedItemOf);

/** Returns how many assigned tickets were recorded; null when it was not needed. */
export async function reconcileTicketWorkload(services: SubgraphServices): Promise<number | null> {
  const { prisma } = services.db;
  if ((await prisma.workItem.count({ where: { kind: "TICKET" } })) > 0) return null;
  const agentIds = await knownAgentIds(services);
  let recorded = 0;
  for await (const tickets of openTickets(services)) {
    const rows = assignedItemsOf(tickets, agentIds);
    if (rows.length) recorded += (await prisma.workItem.createMany({ data: rows, skipDuplicates: true })).count;
  }
  return recorded;
}

/** Assignments younger than this are left alone: tickets may not have stored them yet. */
const SETTLING_MS = 60_000;

export interface TicketWorkloadRepair {
  /** ASSIGNED items whose ticket is no longer open: set DONE, the agent's slot freed. */
  freed: number;
  /** ASSIGNED items whose ticket tickets shows with another agent: moved to that agent. */
  moved: number;
  /** Open tickets assigned to an agent without an ASSIGNED item: recorded. */
  recorded: number;
}

/**
 * Brings the TICKET work items in line with tickets' open assignments, after agents missed
 * ticket events (pruned from tickets' outbox before agents read them): a ticket that ended frees
 * its agent, a reassigned one moves, an assigned one without an item is recorded. Items assigned
 * in the last minute are left alone (tickets may not have stored the assignment yet), and so are
 * items of open tickets tickets shows unassigned; nothing is freed when there are more open
 * tickets than are read (MAX_OPEN_TICKET_PAGES).
 */
export async function repairTicketWorkload(
  services: SubgraphServices,
  now = new Date(),
): Promise<TicketWorkloadRepair> {
  const { prisma } = services.db;
  const agentIds = await knownAgentIds(services);
  const open = new Map<string, OpenAssignedTicket>();
  let pages = 0;
  for await (const tickets of openTickets(services)) {
    pages++;
    for (const t of tickets) open.set(t.id, t);
  }
  // Only a complete list of the open tickets tells which ones ended.
  const complete = pages < MAX_OPEN_TICKET_PAGES;
  const settled = await prisma.workItem.findMany({
    where: { kind: "TICKET", status: "ASSIGNED", assignedAt: { lt: new Date(now.getTime() - SETTLING_MS) } },
    select: { id: true, itemId: true, agentId: true },
  });
  const ended = complete ? settled.filter((item) => !open.has(item.itemId)).map((item) => item.id) : [];
  const moves = settled.filter((item) => {
    const holder = open.get(item.itemId)?.assignedAgentId;
    return holder && holder !== item.agentId && agentIds.has(holder);
  });
  const freed = ended.length
    ? (
        await prisma.workItem.updateMany({
          where: { id: { in: ended }, status: "ASSIGNED" },
          data: { status: "DONE", doneAt: now },
        })
      ).count
    : 0;
  for (const item of moves)
    await prisma.workItem.updateMany({
      where: { id: item.id, status: "ASSIGNED" },
      data: { agentId: open.get(item.itemId)!.assignedAgentId },
    });
  const active = new Set(
    (
      await prisma.workItem.findMany({
        where: { kind: "TICKET", status: { in: ["ASSIGNED", "QUEUED"] } },
        select: { itemId: true },
      })
    ).map((item) => item.itemId),
  );
  const unrecorded = assignedItemsOf(open.values(), agentIds).filter((row) => !active.has(row.itemId));
  // An item of its own (done: the reopening was missed) is assigned again.
  for (const row of unrecorded)
    await prisma.workItem.upsert({
      where: { kind_itemId: { kind: "TICKET", itemId: row.itemId } },
      create: row,
      update: { status: "ASSIGNED", agentId: row.agentId, assignedAt: row.assignedAt, doneAt: null },
    });
  return { freed, moved: moves.length, recorded: unrecorded.length };
}

/** One attempt now (tickets normally runs already), then a few retries in the background. */
export async function startWorkloadReconciliation(services: SubgraphServices): Promise<() => void> {
  const delays = [2_000, 10_000, 30_000, 120_000];
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const attempt = async (retry: number): Promise<void> => {
    try {
      const recorded = await reconcileTicketWorkload(services);
      if (recorded) services.logger.info("recorded open assigned tickets as workload", { recorded });
    } catch (error) {
      if (stopped || retry >= delays.length) {
        services.logger.warn("workload reconciliation with tickets failed; workload counts events only", {
          error: (error as Error).message,
        });
        return;
      }
      timer = setTimeout(() => void attempt(retry + 1), delays[retry]);
      timer.unref();
    }
  };
  await attempt(0);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
