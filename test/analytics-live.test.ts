/**
 * The live support dashboard through the gateway: the query, and the subscription that turns a
 * burst of 1,000 events into at most one update per second per subscriber.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";
import { EVENTS_TOPIC, type DomainEvent } from "../shared/outbox.js";

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

const FIELDS = `chatsWaiting ticketsInQueue averageWaitSeconds longestWaitSeconds agentsOnline agentsAvailable agentsBusy activeChats pendingResponses escalatedIssues responseTimeSeconds
  systemStatus { name status } integrations { name status } updatedAt`;

describe("liveSupportStatus", () => {
  it("answers staff with queue, agents, subgraph health and integration status", async () => {
    const result = await system.request(`{ liveSupportStatus { ${FIELDS} } }`, {}, await system.token("agent"));
    expect(result.errors).toBeUndefined();
    const status = result.data!.liveSupportStatus;
    expect(status.systemStatus).toEqual(
      ["tickets", "chat", "knowledge", "agents", "analytics"].map((name) => ({ name, status: "UP" })),
    );
    const integrations = Object.fromEntries(status.integrations.map((i: any) => [i.name, i.status]));
    expect(integrations).toMatchObject({
      redis: process.env.REDIS_URL ? "UP" : "NOT_CONFIGURED",
      typesense: process.env.TYPESENSE_URL ? expect.any(String) : "NOT_CONFIGURED",
      in_app: "UP",
      email: "NOT_CONFIGURED",
      slack: "NOT_CONFIGURED",
      teams: "NOT_CONFIGURED",
    });
    // Agents come from the agents subgraph: available (ONLINE) + busy never exceed online.
    expect(status.agentsOnline).toBeGreaterThanOrEqual(status.agentsAvailable + status.agentsBusy);
    const customer = await system.request(`{ liveSupportStatus { chatsWaiting } }`, {}, await system.token("customer"));
    expect(customer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("counts waiting chats and open tickets from the event log", async () => {
    const token = await system.token("supervisor");
    const before = (await system.request(`{ liveSupportStatus { ticketsInQueue pendingResponses } }`, {}, token)).data!
      .liveSupportStatus;
    const created = await system.request(
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id assignedAgentId } }`,
      {
        input: {
          channel: "EMAIL",
          subject: "Live board check",
          description: "Reference LB-7781 please.",
          language: "en",
        },
      },
      await system.token("customer", DEMO.otherCustomer.id),
    );
    expect(created.errors).toBeUndefined();
    await eventually(
      async () => {
        const now = (await system.request(`{ liveSupportStatus { ticketsInQueue pendingResponses } }`, {}, token)).data!
          .liveSupportStatus;
        return now.pendingResponses >= before.pendingResponses + 1;
      },
      45_000,
      200,
    );
  }, 60_000);

  it("coalesces a burst of 1,000 events into at most one update per second per subscriber", async () => {
    const token = await system.token("supervisor");
    const subscribers = [system.subscribe(token), system.subscribe(token)];
    const received: { at: number; chatsWaiting: number }[][] = [[], []];
    const disposers = subscribers.map((client, i) =>
      client.subscribe<any>(
        { query: `subscription { liveSupportStatus { chatsWaiting updatedAt } }` },
        {
          next: (value) => {
            if (value.errors) throw new Error(JSON.stringify(value.errors));
            received[i].push({ at: Date.now(), chatsWaiting: value.data!.liveSupportStatus.chatsWaiting });
          },
          error: (error) => {
            throw error;
          },
          complete: () => undefined,
        },
      ),
    );
    await eventually(async () => received.every((r) => r.length >= 1), 10_000);
    await sleep(300);

    // The live bus path must work in this system before the burst means anything (fail clearly, not by timeout).
    const probeId = randomUUID();
    await system.pubsub.publish(EVENTS_TOPIC, {
      id: randomUUID(),
      type: "chat.started",
      source: "chat",
      aggregateId: probeId,
      occurredAt: new Date().toISOString(),
      payload: { chatId: probeId, topic: "live_probe" },
    });
    await eventually(
      async () => (await system.db.prisma.analyticsChatFact.count({ where: { chatId: probeId } })) === 1,
      20_000,
      100,
    ).catch(() => {
      throw new Error("events published on the bus do not reach this system's analytics live ingestion");
    });

    const now = new Date().toISOString();
    const burst: DomainEvent[] = Array.from({ length: 1000 }, () => {
      const chatId = randomUUID();
      return {
        id: randomUUID(),
        type: "chat.started",
        source: "chat",
        aggregateId: chatId,
        occurredAt: now,
        payload: { chatId, customerId: DEMO.customer.id, type: "WEB", language: "en", topic: "live_burst_test" },
      };
    });
    const burstStart = Date.now();
    for (const event of burst) await system.pubsub.publish(EVENTS_TOPIC, event);

    // All 1,000 land in the log (generous: with a shared Redis every concurrently running test system ingests the burst too)…
    await eventually(
      async () => (await system.db.prisma.analyticsChatFact.count({ where: { topic: "live_burst_test" } })) === 1000,
      90_000,
      100,
    );
    // …and within the coalescing interval every subscriber has been sent a status that includes them.
    await sleep(2500);
    for (const updates of received) expect(updates.at(-1)!.chatsWaiting).toBeGreaterThanOrEqual(1000);
    const burstEnd = Date.now();
    for (const updates of received) {
      // …in few updates: at most 2 in any one-second window, never two closer than the interval (with jitter).
      const during = updates.filter((u) => u.at >= burstStart);
      expect(during.length).toBeGreaterThanOrEqual(1);
      expect(during.length).toBeLessThanOrEqual(Math.ceil((burstEnd - burstStart) / 1000) + 1);
      for (const update of updates) {
        expect(updates.filter((u) => u.at >= update.at && u.at < update.at + 1000).length).toBeLessThanOrEqual(2);
      }
      for (let i = 1; i < updates.length; i++) expect(updates[i].at - updates[i - 1].at).toBeGreaterThanOrEqual(900);
    }
    expect(await system.db.prisma.analyticsChatFact.count({ where: { topic: "live_burst_test" } })).toBe(1000);
    for (const dispose of disposers) dispose();
    for (const client of subscribers) await client.dispose();
  }, 120_000);
});
