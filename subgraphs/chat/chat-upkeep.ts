/**
 * Chat upkeep, run periodically (jobs.ts) and safe with several replicas: rows are claimed with FOR UPDATE SKIP LOCKED,
 * so two instances sweeping at once never close the same chat twice.
 *
 * - Inactivity: an ACTIVE chat silent for CHAT_TIMEOUT_MINUTES (since its last message or pickup) closes as TIMED_OUT.
 * - Video: an ACTIVE video chat longer than its type's maxDurationSeconds is resolved.
 * - Offline messages whose ticket could not be created yet are retried.
 */
import type { ChatMessage, ChatSession } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { publishMessages } from "./messages.js";
import { chatTypeOptions } from "./options.js";
import { afterEnd, convertChatToTicket, endInTx } from "./sessions.js";
import { startPeriodicTask } from "../../shared/periodic.js";

const BATCH = 100;

async function closeClaimed(
  services: SubgraphServices,
  claimSql: string,
  params: unknown[],
  status: "TIMED_OUT" | "RESOLVED",
  note: string,
): Promise<ChatSession[]> {
  // A cheap look first: most sweeps find nothing and should not hold a transaction.
  const candidates = await services.db.sql.query<{ id: string }>(
    claimSql.replace(/\s+FOR UPDATE SKIP LOCKED/, "").replace(/LIMIT \d+/, "LIMIT 1"),
    params,
  );
  if (candidates.length === 0) return [];
  const now = new Date();
  const posted: ChatMessage[] = [];
  const ended = await services.db.prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRawUnsafe<{ id: string }[]>(claimSql, ...params);
    if (claimed.length === 0) return [];
    const chats = await tx.chatSession.findMany({ where: { id: { in: claimed.map((c) => c.id) } } });
    const closed: ChatSession[] = [];
    for (const chat of chats) {
      const result = await endInTx(tx, chat, status, now, note, posted);
      if (result) closed.push(result);
    }
    return closed;
  });
  await publishMessages(services, posted);
  for (const chat of ended) await afterEnd(services, chat);
  return ended;
}

/** "1 minute", "30 minutes". */
export const minutesText = (minutes: number) => `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;

/**
 * Closes ACTIVE chats silent for longer than CHAT_TIMEOUT_MINUTES; returns them. Silence is
 * counted from the later of the last message and the moment an agent picked the chat up, so
 * time spent in the queue (or with a transfer pending) never counts: WAITING and TRANSFERRED
 * chats are waiting for us, not idle.
 */
export async function sweepInactiveChats(services: SubgraphServices, now = new Date()): Promise<ChatSession[]> {
  const minutes = services.config.CHAT_TIMEOUT_MINUTES;
  const cutoff = new Date(now.getTime() - minutes * 60_000);
  return closeClaimed(
    services,
    `SELECT "id" FROM "chat"."sessions"
     WHERE "status" = 'ACTIVE' AND GREATEST("lastMessageAt", COALESCE("answeredAt", "lastMessageAt")) < $1
     ORDER BY "lastMessageAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
    [cutoff],
    "TIMED_OUT",
    `Closed after ${minutesText(minutes)} without messages.`,
  );
}

export async function sweepLongVideoChats(services: SubgraphServices, now = new Date()): Promise<ChatSession[]> {
  const options = await chatTypeOptions(services.db, "VIDEO");
  if (!options.maxDurationSeconds) return [];
  const cutoff = new Date(now.getTime() - options.maxDurationSeconds * 1000);
  return closeClaimed(
    services,
    `SELECT "id" FROM "chat"."sessions" WHERE "status" = 'ACTIVE' AND "type" = 'VIDEO' AND "answeredAt" < $1 LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
    [cutoff],
    "RESOLVED",
    `Video session ended after its maximum duration of ${minutesText(Math.round(options.maxDurationSeconds / 60))}.`,
  );
}

/** Offline chats with a customer message but no ticket (tickets was unreachable): try again. */
export async function retryOfflineTickets(services: SubgraphServices): Promise<number> {
  const pending = await services.db.prisma.chatSession.findMany({
    where: {
      offline: true,
      ticketId: null,
      agentId: null,
      status: "WAITING",
      messages: { some: { senderKind: "CUSTOMER" } },
    },
    take: 20,
  });
  let converted = 0;
  for (const chat of pending) {
    // createTicket is idempotent per chat (idempotencyKey chat:<id>), so a concurrent replica is harmless.
    if (
      await convertChatToTicket(services, chat).then(
        () => true,
        () => false,
      )
    )
      converted++;
  }
  return converted;
}

export function startChatUpkeep(services: SubgraphServices): () => Promise<void> {
  return startPeriodicTask({
    intervalMs: services.config.CHAT_SWEEP_INTERVAL_SECONDS * 1000,
    run: async (isStopped) => {
      while (!isStopped() && (await sweepInactiveChats(services)).length === BATCH) {
        // drain a backlog
      }
      if (!isStopped()) await sweepLongVideoChats(services);
      if (!isStopped()) await retryOfflineTickets(services);
    },
    onError: (error) => services.logger.warn("chat sweeper failed; will retry", { error: (error as Error).message }),
  });
}
