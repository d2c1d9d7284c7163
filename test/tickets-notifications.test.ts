/**
 * Notifications end to end with real local receivers: an SMTP server (smtp-server) for email, an
 * HTTP server for Slack/Teams incoming webhooks and partner webhooks. In-app notifications are
 * stored, queryable and pushed live; failed deliveries are retried with backoff and never fail the
 * ticket write; partner deliveries are HMAC-signed and listed with their status.
 */
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENTS_TOPIC } from "../shared/outbox.js";
import { collect, DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";
import { randomUUID } from "node:crypto";

interface Mail {
  to: string[];
  raw: string;
}
interface Post {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let system: TestSystem;
let smtp: SMTPServer;
let http: Server;
const mails: Mail[] = [];
const posts: Post[] = [];
let flakyFailures = 2;
let customer: string;
let agent: string;
let admin: string;

const listen = (server: { listen: (port: number, host: string, cb: () => void) => unknown; address?: () => unknown }) =>
  new Promise<number>((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(((server as unknown as Server).address() as AddressInfo).port));
  });

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  const smtpPort = await new Promise<number>((resolve) =>
    smtp.listen(0, "127.0.0.1", () => resolve((smtp.server.address() as AddressInfo).port)),
  );
  http = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const path = request.url ?? "/";
      posts.push({ path, headers: request.headers, body });
      if (path === "/always-down") return void response.writeHead(503).end("down");
      if (path === "/flaky" && flakyFailures > 0) {
        flakyFailures--;
        return void response.writeHead(500).end("boom");
      }
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  const httpPort = await listen(http);
  const base = `http://127.0.0.1:${httpPort}`;
  system = await startTestSystem({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SLACK_WEBHOOK_URL: `${base}/slack`,
      TEAMS_WEBHOOK_URL: `${base}/teams`,
      NOTIFICATION_RETRY_BASE_MS: "50",
      NOTIFICATION_MAX_ATTEMPTS: "4",
      SLA_SWEEP_INTERVAL_MS: "3600000",
      TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1",
    },
  });
  (globalThis as { __base?: string }).__base = base;
  customer = await system.token("customer");
  agent = await system.token("agent");
  admin = await system.token("admin");
}, 60_000);

afterAll(async () => {
  await system?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await new Promise<void>((resolve) => http?.close(() => resolve()));
});

const base = () => (globalThis as { __base?: string }).__base as string;

async function newTicket(input: Record<string, unknown> = {}, token = customer) {
  const result = await system.request(
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
    {
      input: {
        channel: "IN_APP",
        subject: "Card payment failed",
        description: "My card deposit failed with code 05 but the amount is held.",
        categoryKey: "payment_issues",
        language: "en",
        ...input,
      },
    },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket as { id: string; number: string };
}

describe("customer notifications", () => {
  it("confirms a new ticket in-app (stored, queryable, pushed live) and by email to the customer's address", async () => {
    const client = system.subscribe(customer);
    const live = collect<any>(client, `subscription { notificationAdded { kind title ticketId } }`);
    await sleep(400);
    const ticket = await newTicket();
    const [event] = await live.waitFor(1, 8000);
    expect(event.data!.notificationAdded).toMatchObject({ kind: "TICKET_CREATED", ticketId: ticket.id });
    expect(event.data!.notificationAdded.title).toContain(ticket.number);
    const mail = await eventually(async () => mails.find((m) => m.raw.includes(ticket.number)));
    expect(mail.to).toEqual([DEMO.customer.email]);
    expect(mail.raw).toMatch(/^Subject: .*We received your request/m);

    const stored = await system.request(
      `{ notifications(first: 20, unreadOnly: true) { edges { node { id kind ticketId readAt } } } }`,
      {},
      customer,
    );
    const note = stored
      .data!.notifications.edges.map((e: any) => e.node)
      .find((n: any) => n.ticketId === ticket.id && n.kind === "TICKET_CREATED");
    // The row and its in-app and email deliveries are written together, the in-app one naming the row.
    const row = await system.db.prisma.notification.findUniqueOrThrow({ where: { id: note.id } });
    expect(row).toMatchObject({
      recipientId: DEMO.customer.id,
      kind: "TICKET_CREATED",
      ticketId: ticket.id,
      readAt: null,
    });
    expect(row.title).toContain(ticket.number);
    const deliveries = await system.db.prisma.notificationDelivery.findMany({
      where: { channel: { in: ["IN_APP", "EMAIL"] }, subject: row.title },
    });
    expect(deliveries.map((d) => d.channel).sort()).toEqual(["EMAIL", "IN_APP"]);
    expect(deliveries.find((d) => d.channel === "IN_APP")!.payload).toEqual({ notificationId: row.id });
    const read = await system.request(
      `mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`,
      { id: note.id },
      customer,
    );
    expect(read.data!.markNotificationRead.readAt).not.toBeNull();
    // Nobody else can read or mark it.
    const other = await system.token("customer", DEMO.otherCustomer.id);
    expect(
      (await system.request(`mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: note.id }, other))
        .errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    await client.dispose();
  });

  it("emails the CSAT survey when a ticket is resolved", async () => {
    const ticket = await newTicket();
    await system.request(
      `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { id } }`,
      { input: { ticketId: ticket.id } },
      agent,
    );
    const mail = await eventually(async () => mails.find((m) => m.raw.includes(`How did we do on ${ticket.number}`)));
    expect(mail.to).toEqual([DEMO.customer.email]);
  });
});

describe("team channels", () => {
  it("posts escalations to Slack and Teams incoming webhooks", async () => {
    const ticket = await newTicket({ subject: "Escalate me" });
    await system.request(
      `mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { id } }`,
      { input: { ticketId: ticket.id, reason: "VIP customer" } },
      agent,
    );
    const slack = await eventually(async () =>
      posts.find((p) => p.path === "/slack" && p.body.includes(ticket.number)),
    );
    expect(JSON.parse(slack.body).text).toContain("escalated");
    const teams = await eventually(async () =>
      posts.find((p) => p.path === "/teams" && p.body.includes(ticket.number)),
    );
    expect(JSON.parse(teams.body)).toMatchObject({ "@type": "MessageCard" });
  });

  it("consumes feedback.low_rating: notifies the category's supervisors in-app and on Slack", async () => {
    const ticket = await newTicket();
    const supervisorClient = system.subscribe(await system.token("supervisor"));
    const live = collect<any>(supervisorClient, `subscription { notificationAdded { kind ticketId } }`);
    await sleep(1500); // let the subscription go live (gateway → subgraph → bus)
    await system.pubsub.publish(EVENTS_TOPIC, {
      id: randomUUID(),
      type: "feedback.low_rating",
      source: "analytics",
      aggregateId: ticket.id,
      occurredAt: new Date().toISOString(),
      payload: {
        kind: "TICKET",
        itemId: ticket.id,
        customerId: DEMO.customer.id,
        agentId: null,
        categoryKey: "billing_support",
        rating: 1,
        wouldRecommend: false,
        followUpId: randomUUID(),
      },
    });
    const supervisor = await system.token("supervisor");
    await eventually(async () => {
      const notes = await system.request(
        `{ notifications(first: 50) { edges { node { kind ticketId recipientId } } } }`,
        {},
        supervisor,
      );
      return notes.data!.notifications.edges.some(
        (e: any) =>
          e.node.kind === "LOW_RATING" &&
          e.node.ticketId === ticket.id &&
          e.node.recipientId === "supervisors:billing_support",
      );
    });
    await eventually(async () =>
      posts.find((p) => p.path === "/slack" && p.body.includes("Low rating") && p.body.includes(ticket.number)),
    );
    // Pushed live to supervisors too (the category queue reaches every supervisor's feed).
    await eventually(
      async () =>
        live.received.some(
          (e) => e.data?.notificationAdded?.kind === "LOW_RATING" && e.data.notificationAdded.ticketId === ticket.id,
        ),
      8000,
    );
    await supervisorClient.dispose();
  });
});

describe("partner webhooks", () => {
  const register = (url: string, eventTypes: string[], token = admin) =>
    system.request(
      `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret subscription { id url eventTypes active } } }`,
      { input: { url, eventTypes } },
      token,
    );
  const deliveries = async (id: string) =>
    (
      await system.request(
        `query($id: ID!) { notificationDeliveries(first: 50, webhookSubscriptionId: $id) { edges { node { eventType status attempts lastError deliveredAt } } } }`,
        { id },
        admin,
      )
    ).data!.notificationDeliveries.edges.map((e: any) => e.node);

  it("delivers subscribed events signed with HMAC-SHA256, listed with their status", async () => {
    const registered = await register(`${base()}/partner`, ["ticket.created", "ticket.resolved"]);
    expect(registered.errors).toBeUndefined();
    const { secret, subscription } = registered.data!.registerWebhook;
    const ticket = await newTicket();
    const post = await eventually(async () => posts.find((p) => p.path === "/partner" && p.body.includes(ticket.id)));
    const event = JSON.parse(post.body);
    expect(event).toMatchObject({ type: "ticket.created", aggregateId: ticket.id, source: "tickets" });
    const [t, v1] = String(post.headers["x-switchboard-signature"])
      .split(",")
      .map((part) => part.split("=")[1]);
    expect(v1).toBe(createHmac("sha256", secret).update(`${t}.${post.body}`).digest("hex"));
    expect(post.headers["x-switchboard-event"]).toBe("ticket.created");
    const listed = await eventually(async () => {
      const rows = await deliveries(subscription.id);
      return rows.some((d: any) => d.status === "DELIVERED") ? rows : null;
    });
    expect(listed.every((d: any) => ["ticket.created", "ticket.resolved"].includes(d.eventType))).toBe(true);
    const list = await system.request(`{ webhookSubscriptions { id url active } }`, {}, admin);
    expect(list.data!.webhookSubscriptions).toContainEqual({
      id: subscription.id,
      url: subscription.url,
      active: true,
    });
  });

  it("retries a failing endpoint with backoff until it succeeds, and keeps retrying a dead one — the ticket writes never fail", async () => {
    const flaky = (await register(`${base()}/flaky`, ["ticket.created"])).data!.registerWebhook.subscription;
    const dead = (await register(`${base()}/always-down`, ["ticket.created"])).data!.registerWebhook.subscription;
    const ticket = await newTicket({ subject: "Retry me" });
    const delivered = await eventually(
      async () => (await deliveries(flaky.id)).find((d: any) => d.status === "DELIVERED"),
      10_000,
    );
    expect(delivered.attempts).toBe(3); // two 500s, then 200
    const failed = await eventually(
      async () => (await deliveries(dead.id)).find((d: any) => d.status === "FAILED"),
      10_000,
    );
    expect(failed.attempts).toBe(4); // NOTIFICATION_MAX_ATTEMPTS
    expect(failed.lastError).toMatch(/503/);
    expect(posts.filter((p) => p.path === "/always-down" && p.body.includes(ticket.id))).toHaveLength(4);
    expect(await system.db.prisma.ticket.findUnique({ where: { id: ticket.id } })).not.toBeNull();
    await system.request(`mutation($id: ID!) { deactivateWebhook(id: $id) { active } }`, { id: dead.id }, admin);
  });

  it("refuses bad registrations and non-admins", async () => {
    expect((await register("ftp://example.com/x", ["ticket.created"])).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect((await register(`${base()}/p`, ["chat.started"])).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await register(`${base()}/p`, [])).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await register(`${base()}/p`, ["ticket.created"], agent)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
