/**
 * One ticket number everywhere (issue 14.9): every place a ticket's number leaves the system —
 * partner webhooks (the domain events), the events on the bus, in-app notifications, email and
 * the team channels — shows the number the API shows ("SB-10048"), never the raw sequence.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENTS_TOPIC, type DomainEvent } from "../shared/outbox.js";
import { withTicketNumbers } from "../subgraphs/tickets/workflow.js";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let http: Server;
let smtp: SMTPServer;
const posts: { path: string; body: string }[] = [];
const mails: string[] = [];
const bus: DomainEvent[] = [];
let stopBus: () => void = () => undefined;

beforeAll(async () => {
  http = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      posts.push({ path: request.url ?? "/", body });
      response.writeHead(200).end("ok");
    });
  });
  const httpPort = await new Promise<number>((resolve) =>
    http.listen(0, "127.0.0.1", () => resolve((http.address() as AddressInfo).port)),
  );
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push(raw);
        callback();
      });
    },
  });
  const smtpPort = await new Promise<number>((resolve) =>
    smtp.listen(0, "127.0.0.1", () => resolve((smtp.server.address() as AddressInfo).port)),
  );
  const base = `http://127.0.0.1:${httpPort}`;
  system = await startTestSystem({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SLACK_WEBHOOK_URL: `${base}/slack`,
      NOTIFICATION_RETRY_BASE_MS: "50",
      SLA_SWEEP_INTERVAL_MS: "3600000",
      TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1",
    },
  });
  const live = system.pubsub.subscribe<DomainEvent>(EVENTS_TOPIC);
  let stopped = false;
  stopBus = () => {
    stopped = true;
    void live.return?.(undefined);
  };
  void (async () => {
    for await (const event of live) {
      if (stopped) break;
      bus.push(event);
    }
  })();
  const admin = await system.token("admin");
  const registered = await system.request(
    `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }`,
    { input: { url: `${base}/partner`, eventTypes: ["*"] } },
    admin,
  );
  expect(registered.errors).toBeUndefined();
}, 60_000);

afterAll(async () => {
  stopBus();
  await system?.close();
  await new Promise<void>((resolve) => http?.close(() => resolve()));
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe("ticket numbers leaving the system", () => {
  it("every webhook payload and bus event of a ticket carries the number the API shows", async () => {
    const customer = await system.token("customer");
    const agent = await system.token("agent");
    const created = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
      {
        input: {
          channel: "IN_APP",
          subject: "Deposit not credited",
          description: "I sent 5,000 AED by bank transfer two days ago and my wallet still shows zero.",
          categoryKey: "payment_issues",
          language: "en",
        },
      },
      customer,
    );
    expect(created.errors).toBeUndefined();
    const ticket = created.data!.createTicket as { id: string; number: string };
    expect(ticket.number).toMatch(/^SB-\d{5,}$/);

    const steps = [
      [
        `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
        { ticketId: ticket.id, body: "We are checking the transfer with our bank." },
      ],
      [
        `mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { id } }`,
        { ticketId: ticket.id, reason: "Bank trace needed" },
      ],
      [`mutation($input: TicketActionInput!) { resolveTicket(input: $input) { id } }`, { ticketId: ticket.id }],
    ] as const;
    for (const [mutation, input] of steps)
      expect((await system.request(mutation, { input }, agent)).errors).toBeUndefined();

    const expectedTypes = ["ticket.created", "ticket.message_added", "ticket.escalated", "ticket.resolved"];
    const webhooks = await eventually(async () => {
      const mine = posts
        .filter((p) => p.path === "/partner")
        .map((p) => JSON.parse(p.body) as DomainEvent)
        .filter((e) => e.aggregateId === ticket.id);
      return expectedTypes.every((type) => mine.some((e) => e.type === type)) ? mine : null;
    }, 10_000);
    for (const event of webhooks)
      expect({ type: event.type, number: event.payload.number }).toEqual({ type: event.type, number: ticket.number });

    const published = await eventually(async () => {
      // Other subgraphs' events about the ticket (agents' assignment.created) name it by id only.
      const mine = bus.filter((e) => e.aggregateId === ticket.id && e.source === "tickets");
      return expectedTypes.every((type) => mine.some((e) => e.type === type)) ? mine : null;
    }, 10_000);
    for (const event of published)
      expect({ type: event.type, number: event.payload.number }).toEqual({ type: event.type, number: ticket.number });

    // People read the same number: in-app notifications, the confirmation email, the team channel.
    const notes = await system.request(
      `{ notifications(first: 50) { edges { node { ticketId title } } } }`,
      {},
      customer,
    );
    const titles = notes
      .data!.notifications.edges.map((e: any) => e.node)
      .filter((n: any) => n.ticketId === ticket.id)
      .map((n: any) => n.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toContain(ticket.number);
    // An English ticket (the demo customer prefers Arabic, whose mail would be MIME-encoded).
    await eventually(async () => mails.some((raw) => raw.includes(ticket.number)), 10_000);
    await eventually(
      async () =>
        posts.find((p) => p.path === "/slack" && p.body.includes("escalated") && p.body.includes(ticket.number)),
      10_000,
    );
  });

  it("withTicketNumbers names the ticket and a merge's primary ticket by their displayed numbers", () => {
    const [merged, other] = withTicketNumbers(
      [
        { type: "ticket.merged", aggregateId: "a", payload: { ticketId: "a", primaryTicketId: "b" } },
        { type: "ticket.created", aggregateId: "c", payload: { ticketId: "c", number: 7 } },
      ],
      new Map([
        ["a", 48],
        ["b", 3],
        ["c", 7],
      ]),
    );
    expect(merged.payload).toEqual({
      ticketId: "a",
      primaryTicketId: "b",
      number: "SB-10048",
      primaryTicketNumber: "SB-10003",
    });
    expect(other.payload.number).toBe("SB-10007");
  });
});
