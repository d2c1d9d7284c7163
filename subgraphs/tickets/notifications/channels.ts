/**
 * Delivery channels behind one interface. Each sends one stored delivery row and throws on
 * failure (the worker retries with backoff). In-app notifications are already stored with the
 * change; their channel only pushes them live to `notificationAdded` subscribers.
 */
import { createHmac } from "node:crypto";
import nodemailer from "nodemailer";
import type { NotificationDelivery } from "../../../generated/prisma/client.js";
import type { Config } from "../../../shared/config.js";
import type { PubSub } from "../../../shared/pubsub.js";
import type { ChannelName } from "./outbox.js";

export interface NotificationChannel {
  readonly name: ChannelName | "SALESFORCE";
  send(delivery: NotificationDelivery): Promise<void>;
  close?(): Promise<void>;
}

export const notificationTopic = (recipientId: string) => `notifications:${recipientId}`;
export const SIGNATURE_HEADER = "x-switchboard-signature";
const SEND_TIMEOUT_MS = 10_000;

export function inAppChannel(pubsub: PubSub, load: (id: string) => Promise<unknown>): NotificationChannel {
  return {
    name: "IN_APP",
    async send(delivery) {
      const id = (delivery.payload as { notificationId?: string } | null)?.notificationId;
      const notification = id ? await load(id) : null;
      if (!notification) return;
      await pubsub.publish(notificationTopic(delivery.target), notification);
      // Category queues ("supervisors:<category>") also reach every supervisor's live feed.
      if (delivery.target.startsWith("supervisors:"))
        await pubsub.publish(notificationTopic("supervisors"), notification);
    },
  };
}

export function emailChannel(config: Config): NotificationChannel | null {
  if (!config.SMTP_URL) return null;
  const transport = nodemailer.createTransport(config.SMTP_URL, { from: config.EMAIL_FROM });
  return {
    name: "EMAIL",
    async send(delivery) {
      await transport.sendMail({
        to: delivery.target,
        subject: delivery.subject ?? "Switchboard",
        text: delivery.body,
      });
    },
    async close() {
      transport.close();
    },
  };
}

async function postJson(url: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${new URL(url).host}`);
}

/** Slack incoming webhook: `{ text }`. */
export const slackChannel: NotificationChannel = {
  name: "SLACK",
  send: (d) => postJson(d.target, JSON.stringify({ text: `*${d.subject ?? ""}*\n${d.body}` })),
};

/** Microsoft Teams incoming webhook: a MessageCard. */
export const teamsChannel: NotificationChannel = {
  name: "TEAMS",
  send: (d) =>
    postJson(
      d.target,
      JSON.stringify({
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        summary: d.subject ?? "Switchboard",
        title: d.subject ?? "Switchboard",
        text: d.body,
      }),
    ),
};

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` — partners recompute it with their secret. */
export function signWebhook(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/** Partner webhooks: the event JSON, signed with the subscription's secret. */
export function webhookChannel(secretOf: (subscriptionId: string) => Promise<string | null>): NotificationChannel {
  return {
    name: "WEBHOOK",
    async send(delivery) {
      const secret = delivery.subscriptionId ? await secretOf(delivery.subscriptionId) : null;
      if (!secret) throw new Error("webhook subscription was deactivated or no longer exists");
      await postJson(delivery.target, delivery.body, {
        [SIGNATURE_HEADER]: signWebhook(secret, delivery.body),
        "x-switchboard-event": delivery.eventType ?? "",
        "x-switchboard-delivery": delivery.id,
      });
    },
  };
}
