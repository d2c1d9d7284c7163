/**
 * Workload reconciliation: on a fresh start (no ticket work items at all, e.g. the demo data was
 * just loaded without events) agents asks tickets — through its public API with a service
 * identity, never its tables — which open tickets are assigned to whom, and records them as
 * ASSIGNED work items so workload and scoring count them. Later changes arrive as events.
 */
import { ASSIGNMENT_SETTLING_MS } from "../../shared/clients/agents.js";
import type { SubgraphServices } from "../../shared/context.js";
import { connectionPages } from "../../shared/connection-pages.js";
import { UUID_PATTERN } from "../../shared/ids.js";
import { cleanPriority, languageKey, PRIORITY_RANK, type WorkItemKindValue } from "./clean-input.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { openChats, type OpenChat } from "./clients/chat.js";
import { openAssignedTickets, type OpenAssignedTicket } from "./clients/tickets.js";

/** Most pages of open tickets or chats read (100 each). */
const MAX_OPEN_PAGES = 1000;

/** Every open ticket tickets holds (open, pending, on hold, escalated), a page at a time. */
async function* openTickets(services: SubgraphServices): AsyncGenerator<OpenAssignedTicket[]> {
  const pages = connectionPages(
    (after) => openAssignedTickets(services.internal, after, { timeoutMs: 5000 }),
    MAX_OPEN_PAGES,
  );
  for await (const tickets of pages) yield tickets.filter((t) => UUID_PATTERN.test(t.id));
}

/** A ticket assigned to an agent, as the ASSIGNED work item that counts it as their workload. */
function assignedItemOf(t: OpenAssignedTicket & { assignedAgentId: string }) {
  const priority = cleanPriority(t.priority in PRIORITY_RANK ? t.priority : null);
  return {
    kind: "TICKET" as const,
    itemId: t.id,
    status: "ASSIGNED" as const,
    agentId: t.assignedAgentId,
    categoryKey: t.category?.key ?? null,
    language: t.language,
    languageKey: languageKeyOr(t.language),
    priority,
    priorityRank: PRIORITY_RANK[priority],
    assignedAt: new Date(),
  };
}

/** The routing key of a language; "und" for one routing does not know (the item still counts as workload). */
function languageKeyOr(language: string): string {
  try {
    return languageKey(language);
  } catch {
    return "und";
  }
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

export interface WorkloadRepair {
  /** ASSIGNED items whose ticket or chat ended: set DONE, the agent's slot freed. */
  freed: number;
  /** ASSIGNED items whose owner shows another agent holding them: moved to that agent. */
  moved: number;
  /** Open tickets or chats held by an agent without an ASSIGNED item: recorded. */
  recorded: number;
}

/** An open ticket or chat as its owner shows it: its holder, and the ASSIGNED item that counts it. */
interface OpenItem {
  itemId: string;
  agentId: string | null;
  assignedItem: () => Prisma.WorkItemCreateInput;
}

/**
 * Brings the work items of a kind in line with what its owner shows open, after agents missed the
 * owner's events (pruned from its outbox before agents read them): an item whose ticket or chat
 * ended frees its agent, one another agent holds moves, a held one without an item is recorded.
 * Items assigned in the last minute are left alone (the owner may not have stored the assignment
 * yet), and so are items the owner shows open and unheld (it missed the assignment: it repairs
 * that itself); nothing is freed when there are more open items than are read (MAX_OPEN_PAGES).
 */
async function repairWorkload(
  services: SubgraphServices,
  kind: WorkItemKindValue,
  openPages: AsyncGenerator<OpenItem[]>,
  now: Date,
): Promise<WorkloadRepair> {
  const { prisma } = services.db;
  const agentIds = await knownAgentIds(services);
  const open = new Map<string, OpenItem>();
  let pages = 0;
  for await (const items of openPages) {
    pages++;
    for (const item of items) open.set(item.itemId, item);
  }
  // Only a complete list of the open items tells which ones ended.
  const complete = pages < MAX_OPEN_PAGES;
  const settled = await prisma.workItem.findMany({
    where: { kind, status: "ASSIGNED", assignedAt: { lt: new Date(now.getTime() - ASSIGNMENT_SETTLING_MS) } },
    select: { id: true, itemId: true, agentId: true },
  });
  const ended = complete ? settled.filter((item) => !open.has(item.itemId)).map((item) => item.id) : [];
  const heldBy = (itemId: string) => {
    const holder = open.get(itemId)?.agentId;
    return holder && agentIds.has(holder) ? holder : null;
  };
  const moves = settled.filter((item) => heldBy(item.itemId) && heldBy(item.itemId) !== item.agentId);
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
      data: { agentId: heldBy(item.itemId) },
    });
  const active = new Set(
    (
      await prisma.workItem.findMany({
        where: { kind, status: { in: ["ASSIGNED", "QUEUED"] } },
        select: { itemId: true },
      })
    ).map((item) => item.itemId),
  );
  const unrecorded = [...open.values()].filter((item) => heldBy(item.itemId) && !active.has(item.itemId));
  // An item of its own (done: a reopening was missed) is assigned again.
  for (const item of unrecorded) {
    const row = item.assignedItem();
    await prisma.workItem.upsert({
      where: { kind_itemId: { kind, itemId: item.itemId } },
      create: row,
      update: { status: "ASSIGNED", agentId: row.agentId, assignedAt: row.assignedAt, doneAt: null },
    });
  }
  return { freed, moved: moves.length, recorded: unrecorded.length };
}

/** After missed ticket events: the TICKET items in line with tickets' open assignments (see repairWorkload). */
export function repairTicketWorkload(services: SubgraphServices, now = new Date()): Promise<WorkloadRepair> {
  return repairWorkload(services, "TICKET", openTicketItems(services), now);
}

/** After missed chat events: the CHAT items in line with the chats not yet ended (see repairWorkload). */
export function repairChatWorkload(services: SubgraphServices, now = new Date()): Promise<WorkloadRepair> {
  return repairWorkload(services, "CHAT", openChatItems(services), now);
}

async function* openTicketItems(services: SubgraphServices): AsyncGenerator<OpenItem[]> {
  for await (const tickets of openTickets(services))
    yield tickets.map((t) => ({
      itemId: t.id,
      agentId: t.assignedAgentId,
      assignedItem: () => assignedItemOf({ ...t, assignedAgentId: t.assignedAgentId! }),
    }));
}

/** Every chat chat holds not yet ended, a page at a time, as open items. */
async function* openChatItems(services: SubgraphServices): AsyncGenerator<OpenItem[]> {
  const pages = connectionPages((after) => openChats(services.internal, after, { timeoutMs: 5000 }), MAX_OPEN_PAGES);
  for await (const chats of pages)
    yield chats
      .filter((c) => UUID_PATTERN.test(c.id))
      .map((c) => ({ itemId: c.id, agentId: c.agent?.id ?? null, assignedItem: () => assignedChatItemOf(c) }));
}

/** A chat held by an agent, as the ASSIGNED work item that counts it (chat routes at MEDIUM). */
function assignedChatItemOf(chat: OpenChat) {
  return {
    kind: "CHAT" as const,
    itemId: chat.id,
    status: "ASSIGNED" as const,
    agentId: chat.agent!.id,
    categoryKey: chat.queue,
    language: chat.language,
    languageKey: languageKeyOr(chat.language),
    priority: "MEDIUM" as const,
    priorityRank: PRIORITY_RANK.MEDIUM,
    assignedAt: new Date(),
  };
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
