/** Notification and partner-webhook mutations. */
import { maxLength, URL_MAX_LENGTH } from "../../../shared/input-limits.js";
import { markNotificationRead } from "../notifications/inbox.js";
import { deactivateWebhook, registerWebhook } from "../notifications/webhook-subscriptions.js";
import { builder } from "./builder.js";
import { Notification, RegisteredWebhook, WebhookSubscription } from "./notifications.js";

const RegisterWebhookInput = builder.inputType("RegisterWebhookInput", {
  description: "A partner endpoint and the events it wants.",
  fields: (t) => ({ url: t.string({ required: true, ...maxLength(URL_MAX_LENGTH), description: "http(s) URL events are POSTed to." }), eventTypes: t.stringList({ required: true, description: "e.g. ticket.created, ticket.resolved, or * for all." }) }),
});

builder.mutationFields((t) => ({
  markNotificationRead: t.field({ description: "Marks one of my notifications read (idempotent). Any signed-in caller; not mine or unknown: NOT_FOUND.",
    type: Notification,
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ description: "The notification id (UUID).", required: true }) },
    resolve: (_root, { id }, ctx) => markNotificationRead(ctx, id),
  }),

  registerWebhook: t.field({
    type: RegisteredWebhook,
    description: "Admins register a partner endpoint for ticket events; the returned secret signs every delivery. Admins only. Bad URL or event types: BAD_USER_INPUT.",
    authScopes: { admin: true },
    args: { input: t.arg({ description: "The endpoint and event types.", type: RegisterWebhookInput, required: true }) },
    resolve: (_root, { input }, ctx) => registerWebhook(ctx, input, ctx.identity.subject),
  }),

  deactivateWebhook: t.field({ description: "Stops deliveries to a webhook. Admins only; unknown id: NOT_FOUND.",
    type: WebhookSubscription,
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: "The webhook subscription id (UUID).", required: true }) },
    resolve: (_root, { id }, ctx) => deactivateWebhook(ctx, id),
  }),
}));
