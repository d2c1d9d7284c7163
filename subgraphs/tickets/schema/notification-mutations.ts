/** Notification and partner-webhook mutations. */
import { randomBytes } from "node:crypto";
import { badInput, notFound } from "../../common/errors.js";
import { assertUuid } from "../../common/ids.js";
import { maxLength, URL_MAX_LENGTH } from "../../common/input-limits.js";
import { builder } from "./builder.js";
import { Notification, notificationRecipients, RegisteredWebhook, WebhookSubscription } from "./notifications.js";

const RegisterWebhookInput = builder.inputType("RegisterWebhookInput", {
  description: "A partner endpoint and the events it wants.",
  fields: (t) => ({ url: t.string({ required: true, ...maxLength(URL_MAX_LENGTH), description: "http(s) URL events are POSTed to." }), eventTypes: t.stringList({ required: true, description: "e.g. ticket.created, ticket.resolved, or * for all." }) }),
});

builder.mutationFields((t) => ({
  markNotificationRead: t.field({ description: "Marks one of my notifications read (idempotent). Any signed-in caller; not mine or unknown: NOT_FOUND.",
    type: Notification,
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ description: "The notification id (UUID).", required: true }) },
    resolve: async (_root, { id }, ctx) => {
      assertUuid(id, "id");
      const notification = await ctx.db.prisma.notification.findFirst({ where: { AND: [{ id }, notificationRecipients(ctx)] } });
      if (!notification) throw notFound("Notification");
      return notification.readAt ? notification : ctx.db.prisma.notification.update({ where: { id }, data: { readAt: new Date() } });
    },
  }),

  registerWebhook: t.field({
    type: RegisteredWebhook,
    description: "Admins register a partner endpoint for ticket events; the returned secret signs every delivery. Admins only. Bad URL or event types: BAD_USER_INPUT.",
    authScopes: { admin: true },
    args: { input: t.arg({ description: "The endpoint and event types.", type: RegisterWebhookInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      let url: URL;
      try {
        url = new URL(input.url);
      } catch {
        throw badInput("url must be a URL", { field: "url" });
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") throw badInput("url must be http(s)", { field: "url" });
      const eventTypes = [...new Set(input.eventTypes.map((e) => e.trim()))];
      if (eventTypes.length === 0 || eventTypes.some((e) => e !== "*" && !/^ticket\.[a-z_]+$/.test(e))) throw badInput("eventTypes must be ticket.* event types or *", { field: "eventTypes" });
      const secret = randomBytes(24).toString("base64url");
      const subscription = await ctx.db.prisma.webhookSubscription.create({ data: { url: url.toString(), eventTypes, secret, createdById: ctx.identity.subject } });
      return { subscription, secret };
    },
  }),

  deactivateWebhook: t.field({ description: "Stops deliveries to a webhook. Admins only; unknown id: NOT_FOUND.",
    type: WebhookSubscription,
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: "The webhook subscription id (UUID).", required: true }) },
    resolve: async (_root, { id }, ctx) => {
      assertUuid(id, "id");
      const existing = await ctx.db.prisma.webhookSubscription.findUnique({ where: { id } });
      if (!existing) throw notFound("Webhook subscription");
      return ctx.db.prisma.webhookSubscription.update({ where: { id }, data: { active: false } });
    },
  }),
}));
