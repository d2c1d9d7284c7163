/**
 * Workload reconciliation: on a fresh start (no ticket work items at all, e.g. the demo data was
 * just loaded without events) agents asks tickets — through its public API with a service
 * identity, never its tables — which open tickets are assigned to whom, and records them as
 * ASSIGNED work items so workload and scoring count them. Later changes arrive as events.
 */
import type { SubgraphServices } from "../../shared/context.js";
import { UUID_PATTERN } from "../../shared/ids.js";
import { cleanPriority, languageKey, PRIORITY_RANK } from "./clean-input.js";
import { openAssignedTickets } from "./clients/tickets.js";

/** Returns how many assigned tickets were recorded; null when it was not needed. */
export async function reconcileTicketWorkload(services: SubgraphServices): Promise<number | null> {
  const { prisma } = services.db;
  if ((await prisma.workItem.count({ where: { kind: "TICKET" } })) > 0) return null;
  const agentIds = new Set((await prisma.agent.findMany({ select: { id: true } })).map((a) => a.id));
  let after: string | null = null;
  let recorded = 0;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await openAssignedTickets(services.internal, after, { timeoutMs: 5000 });
    const rows = page.tickets.edges
      .map((e) => e.node)
      .filter((t) => t.assignedAgentId && agentIds.has(t.assignedAgentId) && UUID_PATTERN.test(t.id))
      .map((t) => {
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
      });
    if (rows.length) recorded += (await prisma.workItem.createMany({ data: rows, skipDuplicates: true })).count;
    if (!page.tickets.pageInfo.hasNextPage) break;
    after = page.tickets.pageInfo.endCursor;
  }
  return recorded;
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
