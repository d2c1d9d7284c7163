/** A caller's in-app notifications: theirs, plus the supervisors' queues for supervisors. */
import type { Notification, Prisma } from "../../../generated/prisma/client.js";
import { notFound } from "../../../shared/errors.js";
import { assertUuid } from "../../../shared/ids.js";
import { isSupervisor, type Identity } from "../../../shared/identity.js";
import { beyondKeyWhere, keysetOrder, type KeysetPage } from "../../../shared/pagination.js";
import type { TicketsContext } from "../context.js";
import { SUPERVISOR_QUEUE } from "../workflow.js";

const NEWEST_FIRST = ["createdAt", "id"] as const;

/** Whose in-app notifications the caller reads: their own, plus the supervisors' queues for supervisors. */
export function notificationRecipients(identity: Identity): Prisma.NotificationWhereInput {
  const own = identity.subject as string;
  return isSupervisor(identity)
    ? { OR: [{ recipientId: own }, { recipientId: { startsWith: SUPERVISOR_QUEUE } }] }
    : { recipientId: own };
}

/** One keyset page of the caller's notifications, newest first. */
export const pageOfNotifications = (ctx: TicketsContext, unreadOnly: boolean) => (page: KeysetPage) =>
  ctx.db.prisma.notification.findMany({
    where: {
      AND: [
        notificationRecipients(ctx.identity),
        unreadOnly ? { readAt: null } : {},
        beyondKeyWhere(NEWEST_FIRST, page, true, (v) => new Date(v)),
      ],
    },
    orderBy: keysetOrder(NEWEST_FIRST, page, true),
    take: page.limit,
  });

/** Marks one of the caller's notifications read (idempotent); not theirs or unknown: NOT_FOUND. */
export async function markNotificationRead(ctx: TicketsContext, id: string): Promise<Notification> {
  assertUuid(id, "id");
  const notification = await ctx.db.prisma.notification.findFirst({
    where: { AND: [{ id }, notificationRecipients(ctx.identity)] },
  });
  if (!notification) throw notFound("Notification");
  return notification.readAt
    ? notification
    : ctx.db.prisma.notification.update({ where: { id }, data: { readAt: new Date() } });
}
