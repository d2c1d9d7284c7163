/** In-app notifications, partner webhooks and outbound deliveries. */
import type { Notification as NotificationRow, NotificationDelivery as DeliveryRow, WebhookSubscription as WebhookRow } from "../../../generated/prisma/client.js";
import { builder } from "./builder.js";

export const Notification = builder.objectRef<NotificationRow>("Notification").implement({
  description: "An in-app notification.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The notification id." }),
    recipientId: t.exposeString("recipientId", { description: "Who it is for (a user id, or the supervisors' queue)." }),
    kind: t.exposeString("kind", { description: "What it is about, e.g. TICKET_ASSIGNED, TICKET_ESCALATED, SLA_WARNING, SLA_BREACHED, LOW_RATING." }),
    title: t.exposeString("title", { description: "Short title." }),
    body: t.exposeString("body", { description: "Text." }),
    ticketId: t.exposeID("ticketId", { nullable: true, description: "The ticket it concerns, if any." }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true, description: "When it was marked read; null while unread." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was sent." }),
  }),
});
export const NotificationConnection = builder.connectionObject({ type: Notification, name: "NotificationConnection" }, { name: "NotificationEdge" });

export const WebhookSubscription = builder.objectRef<WebhookRow>("WebhookSubscription").implement({
  description: "A partner endpoint receiving ticket events, signed with HMAC-SHA256 (header x-switchboard-signature: t=<unix>,v1=<hex of HMAC(secret, `${t}.${body}`)>).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The subscription id." }),
    url: t.exposeString("url", { description: "The HTTPS endpoint events are POSTed to." }),
    eventTypes: t.exposeStringList("eventTypes", { description: "Event types delivered (docs/contracts.md), e.g. ticket.created." }),
    active: t.exposeBoolean("active", { description: "False once deactivated: nothing more is delivered." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was registered." }),
  }),
});
export const Delivery = builder.objectRef<DeliveryRow>("NotificationDelivery").implement({
  description: "One outbound delivery (email, Slack, Teams, webhook) and its status: PENDING, SENDING, DELIVERED or FAILED.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The delivery id." }),
    channel: t.exposeString("channel", { description: "email, slack, teams or webhook." }),
    eventType: t.exposeString("eventType", { nullable: true, description: "The event delivered, if any." }),
    status: t.exposeString("status", { description: "PENDING, SENDING, DELIVERED or FAILED." }),
    attempts: t.exposeInt("attempts", { description: "Attempts made so far." }),
    lastError: t.exposeString("lastError", { nullable: true, description: "Why the last attempt failed, if it did." }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", description: "When the next attempt is due (retries back off)." }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true, description: "When it was delivered; null until then." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was queued." }),
  }),
});
export const DeliveryConnection = builder.connectionObject({ type: Delivery, name: "NotificationDeliveryConnection" }, { name: "NotificationDeliveryEdge" });
export const RegisteredWebhook = builder.objectRef<{ subscription: WebhookRow; secret: string }>("RegisteredWebhook").implement({
  description: "A newly registered webhook and its signing secret.",
  fields: (t) => ({
    subscription: t.field({ description: "The subscription.", type: WebhookSubscription, resolve: (r) => r.subscription }),
    secret: t.exposeString("secret", { description: "Shown once: verify signatures with it." }),
  }),
});
