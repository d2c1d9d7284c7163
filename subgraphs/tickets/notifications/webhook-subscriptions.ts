/** Partner webhooks: registration (with the signing secret shown once), deactivation, and their deliveries. */
import { randomBytes } from "node:crypto";
import type { Prisma, WebhookSubscription } from "../../../generated/prisma/client.js";
import { changeNotifiedCache } from "../../../shared/change-notified-cache.js";
import type { SubgraphServices } from "../../../shared/context.js";
import type { Database } from "../../../shared/db.js";
import { badInput, notFound } from "../../../shared/errors.js";
import { assertUuid } from "../../../shared/ids.js";
import { beyondKeyWhere, keysetOrder, type KeysetPage } from "../../../shared/pagination.js";

const NEWEST_FIRST = ["createdAt", "id"] as const;

/** Every ticket write consults the active subscriptions; partners register or deactivate them rarely. */
const active = changeNotifiedCache<WebhookSubscription[]>("tickets_webhook_subscriptions");

/**
 * The active subscriptions, kept by this process per database (forgotten when one is registered
 * or deactivated, here or in another process); when it has none, read in `tx`.
 */
export function activeWebhookSubscriptions(
  tx: Pick<Prisma.TransactionClient, "webhookSubscription">,
  db: Database,
): Promise<WebhookSubscription[]> {
  return active.get(db, () =>
    tx.webhookSubscription.findMany({ where: { active: true }, orderBy: { createdAt: "asc" } }),
  );
}

export function webhookSubscriptions(services: SubgraphServices): Promise<WebhookSubscription[]> {
  return services.db.prisma.webhookSubscription.findMany({ orderBy: { createdAt: "asc" } });
}

export async function registerWebhook(
  services: SubgraphServices,
  input: { url: string; eventTypes: readonly string[] },
  createdById: string | null,
): Promise<{ subscription: WebhookSubscription; secret: string }> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw badInput("url must be a URL", { field: "url" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw badInput("url must be http(s)", { field: "url" });
  const eventTypes = [...new Set(input.eventTypes.map((e) => e.trim()))];
  if (eventTypes.length === 0 || eventTypes.some((e) => e !== "*" && !/^ticket\.[a-z_]+$/.test(e)))
    throw badInput("eventTypes must be ticket.* event types or *", { field: "eventTypes" });
  const secret = randomBytes(24).toString("base64url");
  const subscription = await services.db.prisma.webhookSubscription.create({
    data: { url: url.toString(), eventTypes, secret, createdById },
  });
  await active.changed(services.db);
  return { subscription, secret };
}

export async function deactivateWebhook(services: SubgraphServices, id: string): Promise<WebhookSubscription> {
  assertUuid(id, "id");
  const existing = await services.db.prisma.webhookSubscription.findUnique({ where: { id } });
  if (!existing) throw notFound("Webhook subscription");
  const deactivated = await services.db.prisma.webhookSubscription.update({ where: { id }, data: { active: false } });
  await active.changed(services.db);
  return deactivated;
}

export interface DeliveryFilter {
  webhookSubscriptionId?: string | null;
  channel?: string | null;
  status?: string | null;
}

/** Checks the filter, then gives one keyset page of outbound deliveries at a time, newest first. */
export function pagesOfDeliveries(services: SubgraphServices, filter: DeliveryFilter) {
  if (filter.webhookSubscriptionId) assertUuid(filter.webhookSubscriptionId, "webhookSubscriptionId");
  return (page: KeysetPage) =>
    services.db.prisma.notificationDelivery.findMany({
      where: {
        AND: [
          filter.webhookSubscriptionId ? { subscriptionId: filter.webhookSubscriptionId } : {},
          filter.channel ? { channel: filter.channel } : {},
          filter.status ? { status: filter.status } : {},
          beyondKeyWhere(NEWEST_FIRST, page, true, (v) => new Date(v)),
        ],
      },
      orderBy: keysetOrder(NEWEST_FIRST, page, true),
      take: page.limit,
    });
}
