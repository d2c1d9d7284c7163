/**
 * Resume after reconnect, beyond chat messages: ticket streams (`ticketEvents`,
 * `ticketQueueEvents`) take the cursor of the last event seen and replay what was committed since,
 * in order and once; and a chat followed through a gateway that restarts (graceful stop, close
 * code 1012, a new gateway process on the same port) gets the two messages sent during the
 * restart once the client resubscribes with its last cursor.
 */
import { freePort } from "../scripts/free-port.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { startGateway, type RunningGateway } from "../gateway/server.js";
import { createLogger } from "../shared/logger.js";
import { DEMO_CUSTOMERS } from "../scripts/seed-data/index.js";
import { randomUUID } from "node:crypto";
import { pruneEventLog } from "../shared/event-retention.js";
import { eventCursor, MAX_EVENTS_READ_ON_RESUME, MAX_REPLAYED_EVENTS } from "../shared/outbox-resume.js";
import { collect, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";
import { subscriptionRefusal } from "./support/subscription-refusal.js";

let system: TestSystem;
let customer: string;
let supervisor: string;

beforeAll(async () => {
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
  customer = await system.token("customer", DEMO_CUSTOMERS[6].id);
  supervisor = await system.token("supervisor");
});

afterAll(async () => {
  await system?.close();
});

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const REPLY = `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`;
const TICKET_EVENTS = `subscription($ticketId: ID!, $after: String) { ticketEvents(ticketId: $ticketId, after: $after) { id type cursor payload } }`;
const QUEUE_EVENTS = `subscription($after: String) { ticketQueueEvents(after: $after) { id type ticketId cursor } }`;

type Received = { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] }[];
const eventsOf = (received: readonly unknown[], field: string) =>
  (received as Received).map((r) => r.data?.[field]).filter(Boolean);

async function newTicket(subject: string): Promise<string> {
  const created = await system.request(
    CREATE,
    {
      input: {
        channel: "IN_APP",
        subject,
        description: "My XERA staking rewards did not arrive this week.",
        categoryKey: "staking_support",
        language: "en",
      },
    },
    customer,
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createTicket.id;
}

/** Adds a customer message and returns its id (ticket.message_added events carry it, not the body). */
async function reply(ticketId: string, body: string): Promise<string> {
  const added = await system.request(REPLY, { input: { ticketId, body } }, customer);
  expect(added.errors).toBeUndefined();
  return added.data!.addTicketMessage.id;
}

describe("ticketEvents(after:)", () => {
  it("replays the events committed while the client was away, in order, once, then live ones", async () => {
    const ticketId = await newTicket("Staking rewards missing");
    const first = system.subscribe(customer);
    const before = collect(first, TICKET_EVENTS, { ticketId });
    await sleep(300);
    const one = await reply(ticketId, "one");
    const sawMessage = (received: readonly unknown[], id: string) =>
      eventsOf(received, "ticketEvents").some((e) => e.payload.messageId === id);
    await eventually(async () => sawMessage(before.received, one), 8000);
    const lastSeen = eventsOf(before.received, "ticketEvents").at(-1).cursor as string;
    before.dispose();
    await first.dispose();

    const two = await reply(ticketId, "two");
    const note = await system.request(
      REPLY,
      { input: { ticketId, body: "internal: check the staking contract", internal: true } },
      supervisor,
    );
    expect(note.errors).toBeUndefined();
    const three = await reply(ticketId, "three");

    const second = system.subscribe(customer);
    const after = collect(second, TICKET_EVENTS, { ticketId, after: lastSeen });
    await eventually(async () => sawMessage(after.received, three), 8000);
    const four = await reply(ticketId, "four");
    await eventually(async () => sawMessage(after.received, four), 8000);
    await sleep(300);
    const events = eventsOf(after.received, "ticketEvents");
    const messages = events.map((e) => e.payload.messageId).filter((id) => [one, two, three, four].includes(id));
    expect(messages).toEqual([two, three, four]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // The customer's replay, like their live stream, never carries staff-internal notes.
    expect(events.some((e) => e.payload.internal === true)).toBe(false);
    after.dispose();
    await second.dispose();
  });

  it("resumes the staff queue stream too", async () => {
    const client = system.subscribe(supervisor);
    const live = collect(client, QUEUE_EVENTS, {});
    await sleep(300);
    const ticketId = await newTicket("Queue resume");
    await eventually(
      async () => eventsOf(live.received, "ticketQueueEvents").some((e) => e.ticketId === ticketId),
      8000,
    );
    const lastSeen = eventsOf(live.received, "ticketQueueEvents").at(-1).cursor as string;
    live.dispose();
    await client.dispose();

    await reply(ticketId, "while away");
    const again = system.subscribe(supervisor);
    const resumed = collect(again, QUEUE_EVENTS, { after: lastSeen });
    await eventually(
      async () =>
        eventsOf(resumed.received, "ticketQueueEvents").some(
          (e) => e.ticketId === ticketId && e.type === "ticket.message_added",
        ),
      8000,
    );
    resumed.dispose();
    await again.dispose();
  });

  it("refuses a cursor this stream did not send, naming `after`", async () => {
    const ticketId = await newTicket("Bad cursor");
    const error = await subscriptionRefusal(system, customer, TICKET_EVENTS, { ticketId, after: "not-a-cursor" });
    expect(JSON.stringify(error)).toContain("BAD_USER_INPUT");
  });

  /** A cursor of the ticket's ticket.created event as stored now (times moved by a test). */
  const createdCursor = async (ticketId: string): Promise<string> => {
    const [created] = await system.db.sql.query<{ id: string; occurredAt: Date }>(
      `SELECT "id"::text AS "id", "occurredAt" FROM "tickets"."outbox_events" WHERE "aggregateId" = $1 AND "type" = 'ticket.created'`,
      [ticketId],
    );
    return eventCursor({ id: created.id, occurredAt: new Date(created.occurredAt).toISOString() });
  };

  /** `count` published tickets events stored after every event so far, about `aggregateId`; returns a remover. */
  const storedSince = async (count: number, aggregateId: string): Promise<() => Promise<void>> => {
    await system.db.sql.query(
      `INSERT INTO "tickets"."outbox_events" ("id", "type", "aggregateId", "payload", "occurredAt", "publishedAt")
       SELECT gen_random_uuid(), 'resume.probe', $2, jsonb_build_object('ticketId', $2::text),
         CURRENT_TIMESTAMP::timestamp + i * interval '1 microsecond', CURRENT_TIMESTAMP::timestamp
       FROM generate_series(1, $1::int) i`,
      [count, aggregateId],
    );
    return async () => {
      await system.db.sql.query(`DELETE FROM "tickets"."outbox_events" WHERE "type" = 'resume.probe'`);
    };
  };

  it("refuses, naming after, a cursor with more events since than it replays, rather than skip some", async () => {
    const ticketId = await newTicket("Far behind");
    const lastSeen = await createdCursor(ticketId);

    // 501 of the ticket's own events since: more than a resume sends.
    let remove = await storedSince(MAX_REPLAYED_EVENTS + 1, ticketId);
    let refused = await subscriptionRefusal(system, supervisor, TICKET_EVENTS, { ticketId, after: lastSeen });
    expect(refused).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
    expect(refused!.message).toContain(`more than ${MAX_REPLAYED_EVENTS} events to replay`);
    await remove();

    // More of the desk's events since than a resume reads, none of them the ticket's.
    remove = await storedSince(MAX_EVENTS_READ_ON_RESUME + 1, randomUUID());
    refused = await subscriptionRefusal(system, supervisor, TICKET_EVENTS, { ticketId, after: lastSeen });
    expect(refused).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
    expect(refused!.message).toContain(`more than ${MAX_EVENTS_READ_ON_RESUME} events stored since`);
    await remove();
  });

  it("refuses, naming after, a cursor whose later events the retention pruned", async () => {
    const ticketId = await newTicket("Pruned since");
    await reply(ticketId, "a week ago");
    await eventually(async () => {
      const [row] = await system.db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS "n" FROM "tickets"."outbox_events" WHERE "aggregateId" = $1 AND "publishedAt" IS NULL`,
        [ticketId],
      );
      return row.n === 0;
    });
    // Eight days pass: the ticket's events age past the window; the client holds the first one's cursor.
    await system.db.sql.query(
      `UPDATE "tickets"."outbox_events" SET "occurredAt" = "occurredAt" - interval '8 days' WHERE "aggregateId" = $1`,
      [ticketId],
    );
    const lastSeen = await createdCursor(ticketId);
    expect((await pruneEventLog(system.db, "tickets", 7 * 86_400_000)).outboxEvents).toBeGreaterThan(0);

    const refused = await subscriptionRefusal(system, supervisor, TICKET_EVENTS, { ticketId, after: lastSeen });
    expect(refused).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
    expect(refused!.message).toContain("no longer kept");
  });
});

describe("state streams after a reconnect", () => {
  it("queueStatusChanged and liveSupportStatus send the current state at once, with no change needed", async () => {
    const client = system.subscribe(supervisor);
    const queue = collect(client, `subscription { queueStatusChanged { length } }`, {});
    const live = collect(client, `subscription { liveSupportStatus { chatsWaiting } }`, {});
    const [queueState] = await queue.waitFor(1, 5000);
    const [liveState] = await live.waitFor(1, 5000);
    expect(typeof (queueState.data as any).queueStatusChanged.length).toBe("number");
    expect(typeof (liveState.data as any).liveSupportStatus.chatsWaiting).toBe("number");
    await client.dispose();
  });
});

describe("chatEvents across a gateway restart", () => {
  it("delivers the two messages sent during the restart to the resubscribed client, once each", async () => {
    const port = await freePort();
    const start = () =>
      startGateway({
        config: system.config,
        logger: createLogger("error"),
        host: "127.0.0.1",
        port,
        subgraphUrl: (name) => system.subgraphs[name]!.url,
      });
    let gateway: RunningGateway = await start();
    const chat = await system.request(
      `mutation { startChat(input: { type: WEB, language: "en" }) { id } }`,
      {},
      customer,
    );
    const chatId = chat.data!.startChat.id as string;
    const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`;
    const EVENTS = `subscription($chatId: ID!, $after: String) { chatEvents(chatId: $chatId, after: $after) { __typename ... on ChatMessageEvent { message { body cursor } } } }`;

    // The staff screen follows the chat through this gateway and keeps the last cursor it saw.
    const bodies: string[] = [];
    let lastCursor: string | null = null;
    const closeCodes: number[] = [];
    const follow = (): Client => {
      const client = createClient({
        url: gateway.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${supervisor}` },
        retryAttempts: 0,
        on: { closed: (event) => closeCodes.push((event as { code: number }).code) },
      });
      client.subscribe<{ chatEvents: { __typename: string; message?: { body: string; cursor: string } } }>(
        { query: EVENTS, variables: { chatId, after: lastCursor } },
        {
          next: (value) => {
            const message = value.data?.chatEvents.message;
            if (message) {
              bodies.push(message.body);
              lastCursor = message.cursor;
            }
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      return client;
    };
    let client = follow();
    await sleep(300);
    await system.request(SEND, { input: { chatId, body: "before restart" } }, customer);
    await eventually(async () => bodies.includes("before restart"), 8000);

    // Graceful stop: the socket is closed with 1012; two messages are sent (through the other
    // gateway) while this one is down; a new gateway comes up on the same port.
    await gateway.close();
    await eventually(async () => closeCodes.includes(1012), 5000);
    await client.dispose();
    await system.request(SEND, { input: { chatId, body: "during restart 1" } }, customer);
    await system.request(SEND, { input: { chatId, body: "during restart 2" } }, customer);
    gateway = await start();
    try {
      client = follow();
      await eventually(async () => bodies.includes("during restart 2"), 8000);
      await system.request(SEND, { input: { chatId, body: "after restart" } }, customer);
      await eventually(async () => bodies.includes("after restart"), 8000);
      await sleep(300);
      expect(bodies.filter((b) => b.includes("restart"))).toEqual([
        "before restart",
        "during restart 1",
        "during restart 2",
        "after restart",
      ]);
      await client.dispose();
    } finally {
      await gateway.close();
    }
  }, 60_000);
});
