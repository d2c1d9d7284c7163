/** Lists of chats, newest first (keyset cursors): the caller's own chats and the staff's filtered list. */
import type { ChatSession, ChatStatus, ChatType, Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../../shared/db.js";
import type { Identity } from "../../shared/identity.js";
import { beyondKeyWhere, keysetConnection, keysetOrder } from "../../shared/pagination.js";

type PageArguments = Parameters<typeof keysetConnection>[0];

const CHAT_ORDER = ["createdAt", "id"] as const;

/** One page of the chats matching `where`, newest first (keyset cursors). */
function chatsNewestFirst(db: Database, args: PageArguments, where: Prisma.ChatSessionWhereInput) {
  return keysetConnection(
    args,
    (c: ChatSession) => [c.createdAt.toISOString(), c.id] as const,
    (page) =>
      db.prisma.chatSession.findMany({
        where: { AND: [where, beyondKeyWhere(CHAT_ORDER, page, true, (v) => new Date(String(v)))] },
        orderBy: keysetOrder(CHAT_ORDER, page, true),
        take: page.limit,
      }),
  );
}

/** The caller's chats: as the customer, or as the assigned agent; optionally only in some statuses. */
export function chatsOfCaller(
  db: Database,
  identity: Identity,
  args: PageArguments,
  statuses: readonly ChatStatus[] | null | undefined,
) {
  const mine =
    identity.role === "customer" ? { customerId: identity.subject as string } : { agentId: identity.subject as string };
  const where = { ...mine, ...(statuses?.length ? { status: { in: [...statuses] } } : {}) };
  return chatsNewestFirst(db, args, where);
}

export interface ChatListFilter {
  status?: readonly ChatStatus[] | null;
  type?: ChatType | null;
  agentId?: string | null;
  customerId?: string | null;
  unassigned?: boolean | null;
  offline?: boolean | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

/** Chats meeting every condition of the filter (omitted conditions do not filter). */
export function filteredChats(db: Database, args: PageArguments, f: ChatListFilter) {
  const where = {
    ...(f.status?.length ? { status: { in: [...f.status] } } : {}),
    ...(f.type ? { type: f.type } : {}),
    ...(f.agentId ? { agentId: f.agentId } : {}),
    ...(f.customerId ? { customerId: f.customerId } : {}),
    ...(f.unassigned === true ? { agentId: null } : f.unassigned === false ? { agentId: { not: null } } : {}),
    ...(typeof f.offline === "boolean" ? { offline: f.offline } : {}),
    ...(f.createdAfter || f.createdBefore
      ? {
          createdAt: {
            ...(f.createdAfter ? { gte: f.createdAfter } : {}),
            ...(f.createdBefore ? { lt: f.createdBefore } : {}),
          },
        }
      : {}),
  };
  return chatsNewestFirst(db, args, where);
}
