/**
 * The queue's safety net (subgraphs/agents/queue-sweep.ts): an item left waiting while an agent has
 * room for it — queued as a slot freed, the freeing drain having read the queue before the item
 * committed — is given to that agent by the periodic sweep, without another release or arrival.
 * Items nobody available may take are left alone, and at capacity the check is one statement.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { queueHasAssignableItem } from "../subgraphs/agents/queue-sweep.js";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { eventually, sleep, startTestSystem, type TestSystem } from "./harness.js";
import { recordStatements } from "./support/sql-statements.js";
import { seededAssignmentsReconciled } from "./support/agents-reconciled.js";
import { subgraphServicesOf } from "./support/subgraph-services.js";

let system: TestSystem;
const SWEEP_SECONDS = 0.5;

const JAMES = DEMO_AGENTS.find((a) => a.displayName === "James Whitfield")!; // en only, no escalation tier

beforeAll(async () => {
  system = await startTestSystem({ env: { QUEUE_SWEEP_INTERVAL_SECONDS: String(SWEEP_SECONDS) } });
  await seededAssignmentsReconciled(system);
});

afterAll(async () => {
  await system?.close();
});

const entry = (at: number) => ({
  kind: "TICKET" as const,
  itemId: randomUUID(),
  categoryKey: "technical_support",
  language: "en",
  languageKey: "en",
  excludeAgentIds: [],
  queuedAt: new Date(Date.now() - 60_000 + at),
});

/** James alone is ONLINE, holding as many tickets as he may; nothing else is routed. */
async function jamesFull(): Promise<string[]> {
  const { prisma } = system.db;
  await prisma.workItem.deleteMany({});
  await prisma.agent.updateMany({ data: { status: "OFFLINE" } });
  await prisma.agent.update({ where: { id: JAMES.id }, data: { status: "ONLINE" } });
  const held = Array.from({ length: system.config.MAX_ACTIVE_TICKETS_PER_AGENT }, (_, i) => ({
    ...entry(i),
    status: "ASSIGNED" as const,
    agentId: JAMES.id,
    assignedAt: new Date(),
  }));
  await prisma.workItem.createMany({ data: held });
  return held.map((h) => h.itemId);
}

const stateOf = (itemId: string) =>
  system.db.prisma.workItem.findUniqueOrThrow({ where: { kind_itemId: { kind: "TICKET", itemId } } });

/** Frees one of James's slots the way no drain hears of: the release's drain ran before the item was queued. */
const freeSlotUnheard = (itemId: string) =>
  system.db.prisma.workItem.update({
    where: { kind_itemId: { kind: "TICKET", itemId } },
    data: { status: "DONE", doneAt: new Date() },
  });

beforeEach(async () => {
  await jamesFull();
});

describe("the queue sweep", () => {
  it("gives an item left waiting while an agent has room to that agent, with no release or arrival to wake it", async () => {
    const held = await jamesFull();
    const waiting = { ...entry(1_000), status: "QUEUED" as const };
    await system.db.prisma.workItem.create({ data: waiting });
    await freeSlotUnheard(held[0]);

    await eventually(async () => (await stateOf(waiting.itemId)).status === "ASSIGNED", 10_000);
    expect(await stateOf(waiting.itemId)).toMatchObject({ status: "ASSIGNED", agentId: JAMES.id });
  });

  it("leaves alone what nobody available may take, and at capacity checks with one statement", async () => {
    const held = await jamesFull();
    const services = subgraphServicesOf(system);
    const waiting = { ...entry(1_000), status: "QUEUED" as const };
    await system.db.prisma.workItem.create({ data: waiting });

    // James is full, for chats too: one statement (the available agents' workloads), no read of the queue.
    const { maxConcurrentChats } = await system.db.prisma.agent.findUniqueOrThrow({ where: { id: JAMES.id } });
    const chats = Array.from({ length: maxConcurrentChats }, (_, i) => ({
      ...entry(i),
      kind: "CHAT" as const,
      status: "ASSIGNED" as const,
      agentId: JAMES.id,
    }));
    await system.db.prisma.workItem.createMany({ data: chats });
    // A sweep that began before James was full (and may read the queue) is over before recording starts.
    await sleep(3 * SWEEP_SECONDS * 1000);
    const recorder = recordStatements();
    let answer: boolean;
    try {
      answer = await queueHasAssignableItem(services);
    } finally {
      recorder.restore();
    }
    expect(answer).toBe(false);
    if (system.db.kind === "postgres") {
      expect(
        recorder.statements.filter((sql) => /"agents"\."work_items"/.test(sql) && !/"agents"\."agents"/.test(sql)),
      ).toEqual([]);
    }

    // Room for one, but the waiting ticket needs an escalation tier James does not have, and a second excludes him.
    await system.db.prisma.workItem.update({
      where: { kind_itemId: { kind: "TICKET", itemId: waiting.itemId } },
      data: { requiredTier: "compliance_officer" },
    });
    await system.db.prisma.workItem.create({
      data: { ...entry(1_001), status: "QUEUED", excludeAgentIds: [JAMES.id] },
    });
    await freeSlotUnheard(held[0]);
    expect(await queueHasAssignableItem(services)).toBe(false);

    // A ticket James may take: now the sweep would drain (and does).
    const takeable = { ...entry(1_002), status: "QUEUED" as const };
    await system.db.prisma.workItem.create({ data: takeable });
    await eventually(async () => (await stateOf(takeable.itemId)).status === "ASSIGNED", 10_000);
    expect(await stateOf(waiting.itemId)).toMatchObject({ status: "QUEUED", agentId: null });
  });
});
