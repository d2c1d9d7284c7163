/**
 * The delivery worker: claims due rows with FOR UPDATE SKIP LOCKED (several replicas never send
 * the same row at once), sends each through its channel, and records DELIVERED or schedules a
 * retry with exponential backoff; after NOTIFICATION_MAX_ATTEMPTS the row is FAILED.
 */
import { Prisma, type Notification, type NotificationDelivery } from "../../../generated/prisma/client.js";
import type { SubgraphServices } from "../../../shared/context.js";
import {
  emailChannel,
  inAppChannel,
  slackChannel,
  teamsChannel,
  webhookChannel,
  type NotificationChannel,
} from "./channels.js";
import { groupWrites } from "../../../shared/group-writes.js";
import { loaderByKey } from "../../../shared/loaders.js";
import { rowsById } from "../../../shared/rows-by-id.js";
import { startNotifiedTask } from "../../../shared/periodic.js";
import { DELIVERY_CHANNEL } from "./outbox.js";
import { salesforceChannel } from "../integrations/salesforce.js";

/** A claimed row is leased for this long; a replica that dies mid-send releases it by expiry. */
const LEASE_SECONDS = 60;

export function retryDelayMs(baseMs: number, attempts: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

const notificationsById = rowsById<Notification>(`"tickets"."notifications"`, Prisma.NotificationScalarFieldEnum);

export function createChannels(services: SubgraphServices): Map<string, NotificationChannel> {
  const { prisma } = services.db;
  // A batch's in-app deliveries read their notifications in one statement, on the driver.
  const notifications = loaderByKey<string, Notification>(notificationsById(services.db.sql), (row) => row.id, {
    cache: false,
  });
  const channels: (NotificationChannel | null)[] = [
    inAppChannel(services.pubsub, (id) => notifications.load(id)),
    emailChannel(services.config),
    slackChannel,
    teamsChannel,
    // A subscription deactivated after its delivery was queued receives nothing more.
    webhookChannel(async (id) => {
      const subscription = await prisma.webhookSubscription.findUnique({ where: { id } });
      return subscription?.active ? subscription.secret : null;
    }),
    services.config.SALESFORCE_INTEGRATION_ENABLED ? salesforceChannel(services) : null,
  ];
  return new Map(channels.filter((c): c is NotificationChannel => c !== null).map((c) => [c.name, c]));
}

/** What a send came to: DELIVERED, or PENDING again (a retry at `nextAttemptAt`) or FAILED, with the error. */
interface DeliveryOutcome {
  id: string;
  status: "DELIVERED" | "PENDING" | "FAILED";
  lastError: string | null;
  deliveredAt?: Date;
  nextAttemptAt?: Date;
}

/**
 * Records outcomes (a JSON array of DeliveryOutcome); a time an outcome leaves out stays as it is.
 * The rows are looked up by key (`= ANY(ARRAY(…))` is an index condition): joined to the
 * outcomes alone, the planner (which guesses 100 rows for a JSON recordset) hash-joined a scan of
 * every delivery ever made, a cost that grew with the table on every batch.
 */
export const RECORD_OUTCOMES_SQL = `UPDATE "tickets"."deliveries" AS d
   SET "status" = o."status", "lastError" = o."lastError",
       "deliveredAt" = coalesce(o."deliveredAt", d."deliveredAt"), "nextAttemptAt" = coalesce(o."nextAttemptAt", d."nextAttemptAt")
   FROM jsonb_to_recordset($1::jsonb) AS o("id" uuid, "status" text, "lastError" text, "deliveredAt" timestamp, "nextAttemptAt" timestamp)
   WHERE d."id" = o."id" AND d."id" = ANY(ARRAY(SELECT (e ->> 'id')::uuid FROM jsonb_array_elements($1::jsonb) e))`;

/** Deliveries one worker run claims at most. */
const DELIVERY_BATCH_SIZE = 50;

export async function deliverBatch(
  services: SubgraphServices,
  channels: Map<string, NotificationChannel>,
  batchSize = DELIVERY_BATCH_SIZE,
  now = new Date(),
): Promise<number> {
  const { db, config, logger } = services;
  const claimed = await db.sql.query<NotificationDelivery>(
    `UPDATE "tickets"."deliveries" SET "status" = 'SENDING', "nextAttemptAt" = $2::timestamp + interval '${LEASE_SECONDS} seconds', "attempts" = "attempts" + 1
     WHERE "id" IN (
       SELECT "id" FROM "tickets"."deliveries"
       WHERE "status" IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= $2::timestamp
       ORDER BY "nextAttemptAt" LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [batchSize, now],
  );
  // Outcomes that settle together are recorded in one statement; a slow send delays only its own.
  const record = groupWrites<DeliveryOutcome>((outcomes) =>
    db.sql.query(RECORD_OUTCOMES_SQL, [JSON.stringify(outcomes)], { prepare: true }),
  );
  await Promise.all(
    claimed.map(async (delivery) => {
      const channel = channels.get(delivery.channel);
      try {
        if (!channel) throw new Error(`channel ${delivery.channel} is not configured`);
        await channel.send(delivery);
        await record({ id: delivery.id, status: "DELIVERED", deliveredAt: new Date(), lastError: null });
      } catch (error) {
        const message = (error as Error).message?.slice(0, 500) ?? String(error);
        const failed = delivery.attempts >= config.NOTIFICATION_MAX_ATTEMPTS;
        await record({
          id: delivery.id,
          status: failed ? "FAILED" : "PENDING",
          lastError: message,
          nextAttemptAt: new Date(Date.now() + retryDelayMs(config.NOTIFICATION_RETRY_BASE_MS, delivery.attempts)),
        });
        logger.warn("notification delivery failed", {
          id: delivery.id,
          channel: delivery.channel,
          attempts: delivery.attempts,
          final: failed,
          error: message,
        });
      }
    }),
  );
  return claimed.length;
}

/**
 * Runs the worker: woken by the NOTIFY of each transaction that queues deliveries (see
 * `deliveriesQueued`), so a notification leaves as soon as its ticket change commits; the
 * poll picks up retries as they fall due (the first after NOTIFICATION_RETRY_BASE_MS).
 */
export async function startDeliveryWorker(services: SubgraphServices, intervalMs = 1000): Promise<() => Promise<void>> {
  const channels = createChannels(services);
  const stop = await startNotifiedTask({
    listen: (channel, onNotify) => services.db.listen(channel, onNotify),
    channel: DELIVERY_CHANNEL,
    intervalMs,
    run: async (isStopped) => {
      // A short batch took every delivery due: ones queued meanwhile wake another run.
      while (!isStopped() && (await deliverBatch(services, channels)) === DELIVERY_BATCH_SIZE) {
        // drain
      }
    },
    onError: (error) => services.logger.warn("delivery worker failed; will retry", { error: (error as Error).message }),
    onListenError: (error) =>
      services.logger.warn("delivery worker: LISTEN failed; polling only", { error: String(error) }),
  });
  return async () => {
    await stop();
    for (const channel of channels.values()) await channel.close?.();
  };
}
