/**
 * Notifications are written in the same transaction as the ticket change: an in-app row plus one
 * delivery row per outbound channel (email, Slack, Teams, partner webhooks). A background worker
 * (delivery.ts) sends them with retries and backoff, so a slow or broken channel never fails —
 * or slows — the ticket write.
 */
import type { Prisma } from "../../../generated/prisma/client.js";
import type { Config } from "../../common/config.js";
import type { DomainEvent } from "../../common/outbox.js";

type Tx = Prisma.TransactionClient;

/** The NOTIFY channel that wakes the delivery worker when a transaction queuing deliveries commits. */
export const DELIVERY_CHANNEL = "tickets_deliveries";

/** Queues delivery rows in the caller's transaction; the worker is woken when it commits. */
async function queueDeliveries(tx: Tx, rows: Prisma.NotificationDeliveryCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.notificationDelivery.createMany({ data: rows });
  await tx.$executeRawUnsafe(`SELECT pg_notify('${DELIVERY_CHANNEL}', '')`);
}

export const CHANNELS = ["IN_APP", "EMAIL", "SLACK", "TEAMS", "WEBHOOK"] as const;
export type ChannelName = (typeof CHANNELS)[number];

export interface NotificationRequest {
  /** Customer or agent id, or a group such as `supervisors`. */
  recipientId: string;
  kind: string;
  title: string;
  body: string;
  ticketId?: string | null;
  /** Also email it (when SMTP_URL is configured). */
  email?: string | null;
  /** Also post it to the team channels (Slack/Teams, when configured). */
  team?: boolean;
}

export async function notify(tx: Tx, config: Config, request: NotificationRequest): Promise<string> {
  const notification = await tx.notification.create({
    data: { recipientId: request.recipientId, kind: request.kind, title: request.title, body: request.body, ticketId: request.ticketId ?? null },
  });
  const deliveries: Prisma.NotificationDeliveryCreateManyInput[] = [
    { channel: "IN_APP", target: request.recipientId, subject: request.title, body: request.body, payload: { notificationId: notification.id } },
  ];
  if (request.email && config.SMTP_URL) deliveries.push({ channel: "EMAIL", target: request.email, subject: request.title, body: request.body });
  if (request.team && config.SLACK_WEBHOOK_URL) deliveries.push({ channel: "SLACK", target: config.SLACK_WEBHOOK_URL, subject: request.title, body: request.body });
  if (request.team && config.TEAMS_WEBHOOK_URL) deliveries.push({ channel: "TEAMS", target: config.TEAMS_WEBHOOK_URL, subject: request.title, body: request.body });
  await queueDeliveries(tx, deliveries);
  return notification.id;
}

/** One signed delivery per active partner subscription that wants the event's type. */
export async function enqueueWebhookDeliveries(tx: Tx, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const types = [...new Set(events.map((e) => e.type))];
  const subscriptions = await tx.webhookSubscription.findMany({ where: { active: true, eventTypes: { hasSome: [...types, "*"] } } });
  if (subscriptions.length === 0) return;
  const rows: Prisma.NotificationDeliveryCreateManyInput[] = [];
  for (const event of events) {
    for (const subscription of subscriptions) {
      if (!subscription.eventTypes.includes(event.type) && !subscription.eventTypes.includes("*")) continue;
      rows.push({
        channel: "WEBHOOK",
        target: subscription.url,
        subscriptionId: subscription.id,
        eventType: event.type,
        body: JSON.stringify(event),
        payload: event as unknown as Prisma.InputJsonValue,
      });
    }
  }
  await queueDeliveries(tx, rows);
}
