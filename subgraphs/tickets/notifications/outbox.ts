/**
 * Notifications are written in the same transaction as the ticket change: an in-app row plus one
 * delivery row per outbound channel (email, Slack, Teams, partner webhooks). A background worker
 * (delivery.ts) sends them with retries and backoff, so a slow or broken channel never fails —
 * or slows — the ticket write.
 */
import { randomUUID } from "node:crypto";
import type { Prisma, WebhookSubscription } from "../../../generated/prisma/client.js";
import type { Config } from "../../../shared/config.js";
import type { DomainEvent } from "../../../shared/outbox.js";
import { combineWrites, runPart, sqlPart, type SqlPart } from "../../../shared/sql-part.js";

type Tx = Prisma.TransactionClient;

/** The NOTIFY channel that wakes the delivery worker when a transaction queuing deliveries commits. */
export const DELIVERY_CHANNEL = "tickets_deliveries";

type QueuedDelivery = Pick<
  Prisma.NotificationDeliveryCreateManyInput,
  "channel" | "target" | "subject" | "body" | "payload" | "subscriptionId" | "eventType"
>;

/**
 * Delivery rows ($1: their JSON, $2: now) in one statement whose NOTIFY wakes the worker when the
 * transaction commits (a client `createMany` is a query plan Prisma compiles on every call, and
 * the wake-up was a statement of its own). Times are UTC ISO strings: a timestamp column takes
 * their clock time, as Prisma stores DateTime.
 */
const INSERT_DELIVERIES_SQL = `INSERT INTO "tickets"."deliveries"
       ("id", "channel", "target", "subject", "body", "payload", "subscriptionId", "eventType", "status", "attempts",
        "nextAttemptAt", "createdAt")
     SELECT d."id", d."channel", d."target", d."subject", d."body", d."payload", d."subscriptionId", d."eventType",
       'PENDING', 0, $2::timestamp, $2::timestamp
     FROM jsonb_to_recordset($1::jsonb) AS d("id" uuid, "channel" text, "target" text, "subject" text, "body" text,
       "payload" jsonb, "subscriptionId" uuid, "eventType" text)
     CROSS JOIN (SELECT pg_notify('${DELIVERY_CHANNEL}', '')) AS wake`;

// INSERT … SELECT (not VALUES): a part another write can make conditional (`onlyIf`).
const INSERT_NOTIFICATION_SQL = `INSERT INTO "tickets"."notifications" ("id", "recipientId", "kind", "title", "body", "ticketId", "createdAt")
       SELECT $1::uuid, $2, $3, $4, $5, $6::uuid, $7::timestamp`;

/** The statement part queuing delivery rows; null when there are none. */
function deliveriesInsert(rows: QueuedDelivery[]): SqlPart | null {
  if (rows.length === 0) return null;
  const json = JSON.stringify(rows.map((row) => ({ id: randomUUID(), ...row })));
  return sqlPart(INSERT_DELIVERIES_SQL, [json, new Date().toISOString()]);
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

type NotificationSwitches = Pick<
  Config,
  | "TICKET_NOTIFICATIONS_ENABLED"
  | "SLA_WARNING_NOTIFICATIONS"
  | "ESCALATION_NOTIFICATIONS"
  | "CUSTOMER_SATISFACTION_SURVEYS"
>;

/**
 * Whether notifications of `kind` go out: SLA warnings (SLA_WARNING_NOTIFICATIONS), escalations
 * (ESCALATION_NOTIFICATIONS) and CSAT surveys (CUSTOMER_SATISFACTION_SURVEYS) have their own
 * switch; every other ticket notification follows TICKET_NOTIFICATIONS_ENABLED.
 */
export function notificationAllowed(config: NotificationSwitches, kind: string): boolean {
  switch (kind) {
    case "SLA_WARNING":
      return config.SLA_WARNING_NOTIFICATIONS;
    case "TICKET_ESCALATED":
      return config.ESCALATION_NOTIFICATIONS;
    case "CSAT_SURVEY":
      return config.CUSTOMER_SATISFACTION_SURVEYS;
    default:
      return config.TICKET_NOTIFICATIONS_ENABLED;
  }
}

/** Slack/Teams targets of a team alert: each channel needs its switch on and its webhook URL. */
export function teamChannels(
  config: Pick<
    Config,
    "SLACK_INTEGRATION_ENABLED" | "SLACK_WEBHOOK_URL" | "TEAMS_INTEGRATION_ENABLED" | "TEAMS_WEBHOOK_URL"
  >,
): { channel: "SLACK" | "TEAMS"; target: string }[] {
  const channels: { channel: "SLACK" | "TEAMS"; target: string }[] = [];
  if (config.SLACK_INTEGRATION_ENABLED && config.SLACK_WEBHOOK_URL)
    channels.push({ channel: "SLACK", target: config.SLACK_WEBHOOK_URL });
  if (config.TEAMS_INTEGRATION_ENABLED && config.TEAMS_WEBHOOK_URL)
    channels.push({ channel: "TEAMS", target: config.TEAMS_WEBHOOK_URL });
  return channels;
}

/**
 * The in-app notification and its deliveries as statement parts (run together, or as CTEs of a
 * larger write); null when its switch is off.
 */
export function notificationWrites(
  config: Config,
  request: NotificationRequest,
): { notificationId: string; parts: SqlPart[] } | null {
  if (!notificationAllowed(config, request.kind)) return null;
  const notificationId = randomUUID();
  const deliveries: QueuedDelivery[] = [
    {
      channel: "IN_APP",
      target: request.recipientId,
      subject: request.title,
      body: request.body,
      payload: { notificationId },
    },
  ];
  if (request.email && config.SMTP_URL)
    deliveries.push({ channel: "EMAIL", target: request.email, subject: request.title, body: request.body });
  if (request.team)
    for (const { channel, target } of teamChannels(config))
      deliveries.push({ channel, target, subject: request.title, body: request.body });
  const notification = sqlPart(INSERT_NOTIFICATION_SQL, [
    notificationId,
    request.recipientId,
    request.kind,
    request.title,
    request.body,
    request.ticketId ?? null,
    new Date().toISOString(),
  ]);
  return { notificationId, parts: [notification, deliveriesInsert(deliveries) as SqlPart] };
}

/**
 * Writes the in-app notification and queues its deliveries, in one statement; null (nothing
 * written) when its switch is off.
 */
export async function notify(tx: Tx, config: Config, request: NotificationRequest): Promise<string | null> {
  const writes = notificationWrites(config, request);
  if (!writes) return null;
  await runPart(tx, combineWrites(writes.parts));
  return writes.notificationId;
}

/**
 * One signed delivery per active partner subscription that wants the event's type, as a statement
 * part; null when none does.
 */
export function webhookDeliveries(
  events: DomainEvent[],
  subscriptions: readonly WebhookSubscription[],
): SqlPart | null {
  const rows: QueuedDelivery[] = [];
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
  return deliveriesInsert(rows);
}
