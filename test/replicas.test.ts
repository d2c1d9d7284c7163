/** Two gateway+chat instances sharing one Redis: a message sent via A reaches a subscriber on B. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, DEMO, eventually, startReplicas, type TestSystem } from "./harness.js";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";

const redisUrl = process.env.REDIS_URL;
const databaseUrl = process.env.DATABASE_URL;
const runnable = Boolean(redisUrl && databaseUrl);
if (!runnable) console.warn("replicas.test.ts skipped: needs REDIS_URL and DATABASE_URL (bash .ci/run sets both)");

describe.runIf(runnable)("two instances over Redis pub/sub", () => {
  let a: TestSystem;
  let b: TestSystem;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ a, b, close } = await startReplicas());
  });

  afterAll(async () => {
    await close?.();
  });

  it("uses Redis on both instances, on different ports", () => {
    expect(a.pubsub.kind).toBe("redis");
    expect(b.pubsub.kind).toBe("redis");
    expect(a.url).not.toBe(b.url);
  });

  it("delivers a message sent through instance A to a subscriber connected to instance B", async () => {
    const customerToken = await a.token("customer", DEMO.otherCustomer.id);
    const started = await a.request(
      `mutation { startChat(input: { type: MOBILE }) { id agent { id } } }`,
      {},
      customerToken,
    );
    const chatId = started.data!.startChat.id;
    // The agent agents routed the chat to (or, when none was free, one who takes it by replying).
    const agentId: string = started.data!.startChat.agent?.id ?? DEMO.agent.id;
    const agentToken = await a.token("agent", agentId);
    const send = (body: string, clientMessageId: string) =>
      a.request(
        `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`,
        { input: { chatId, body, clientMessageId } },
        agentToken,
      );
    expect((await send("Hi from A", "a-1")).errors).toBeUndefined();

    const client = b.subscribe(customerToken);
    const events = collect<any>(
      client,
      `subscription($chatId: ID!) { chatEvents(chatId: $chatId) { ... on ChatMessageEvent { message { body sender { ... on Agent { displayName } } } } } }`,
      { chatId },
    );
    let attempt = 0;
    await eventually(
      async () => {
        await send("Sent through A", `a-probe-${attempt++}`);
        return events.received.length > 0;
      },
      8000,
      300,
    );
    const [event] = await events.waitFor(1);
    expect(event.data!.chatEvents.message).toEqual({
      body: "Sent through A",
      sender: { displayName: DEMO_AGENTS.find((agent) => agent.id === agentId)!.displayName },
    });
    await client.dispose();
  });

  it("completes on instance B a word saved through instance A (the vocabulary change is notified)", async () => {
    const find = async (target: TestSystem, query: string) =>
      (
        await target.request(
          `query($q: String) { searchKnowledge(query: $q, language: "en", first: 50) { edges { node { id } } } }`,
          { q: query },
        )
      ).data!.searchKnowledge.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    // B holds the vocabulary in memory: "passwo" completes to the seed's "password".
    await eventually(async () => (await find(b, "passwo")).length > 0);
    const agent = await a.token("agent");
    const created = await a.request(
      `mutation { createArticle(input: { title: "Passwordless sign-in with passkeys", body: "Passkeys replace typed secrets.", categoryKey: "troubleshooting", language: "en" }) { id } }`,
      {},
      agent,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createArticle.id;
    expect(
      (
        await a.request(
          `mutation($id: ID!) { publishArticle(input: { id: $id }) { id } }`,
          { id },
          await a.token("supervisor"),
        )
      ).errors,
    ).toBeUndefined();
    // Until B drops its copy, "passwor" completes to the old words only, which the article lacks.
    await eventually(async () => (await find(b, "passwor")).includes(id), 3000);
  });

  it("writes through instance B notify the partner webhooks registered and deactivated through A (the change is notified)", async () => {
    const customer = await b.token("customer", DEMO.otherCustomer.id);
    const createThroughB = async () => {
      const created = await b.request(
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
        {
          input: {
            channel: "IN_APP",
            subject: "Webhook replica check",
            description: "Checking that partner webhooks follow changes made on another instance.",
            idempotencyKey: randomUUID(),
          },
        },
        customer,
      );
      expect(created.errors).toBeUndefined();
    };
    // B has read (and kept) the active subscriptions before any of these exist.
    await createThroughB();
    const admin = await a.token("admin");
    const register = async (path: string) =>
      (
        await a.request(
          `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { subscription { id } } }`,
          { input: { url: `http://127.0.0.1:9/${path}`, eventTypes: ["ticket.created"] } },
          admin,
        )
      ).data!.registerWebhook.subscription.id as string;
    const keep = await register("keep");
    const drop = await register("drop");
    const queued = (subscriptionId: string) => a.db.prisma.notificationDelivery.count({ where: { subscriptionId } });
    // Both subscriptions are queued in the same transaction as B's ticket, so the counts are exact.
    await eventually(async () => (await createThroughB(), (await queued(keep)) > 0 && (await queued(drop)) > 0), 3000);
    await a.request(`mutation($id: ID!) { deactivateWebhook(id: $id) { active } }`, { id: drop }, admin);
    await eventually(async () => {
      const [kept, dropped] = [await queued(keep), await queued(drop)];
      await createThroughB();
      return (await queued(keep)) === kept + 1 && (await queued(drop)) === dropped;
    }, 3000);
    for (const id of [keep, drop])
      await a.request(`mutation($id: ID!) { deactivateWebhook(id: $id) { active } }`, { id }, admin);
  });

  it("tickets created through instance B follow a category's SLA edited through A (the change is notified)", async () => {
    const customer = await b.token("customer", DEMO.otherCustomer.id);
    const slaOfNewTicket = async () => {
      const created = await b.request(
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { sla { slaHours } } }`,
        {
          input: {
            channel: "IN_APP",
            categoryKey: "kyc_verification",
            subject: "Category replica check",
            description: "Checking that category policy follows changes made on another instance.",
            idempotencyKey: randomUUID(),
          },
        },
        customer,
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createTicket.sla.slaHours as number;
    };
    const admin = await a.token("admin");
    const setSla = (slaHours: number) =>
      a.request(
        `mutation($input: UpdateTicketCategoryPolicyInput!) { updateTicketCategoryPolicy(input: $input) { slaHours } }`,
        { input: { key: "account_support", slaHours } },
        admin,
      );
    // B has read (and kept) the categories before the edit.
    const original = await slaOfNewTicket();
    await slaOfNewTicket();
    const edited = original === 7 ? 9 : 7;
    expect((await setSla(edited)).data!.updateTicketCategoryPolicy.slaHours).toBe(edited);
    try {
      // Well within the 30 s a copy is kept at most: the edit's NOTIFY, not the expiry, brought it.
      await eventually(async () => (await slaOfNewTicket()) === edited, 3000);
    } finally {
      await setSla(original);
    }
  });
});
