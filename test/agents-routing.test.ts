/** Agents and routing end to end: assignment, queue, drain, language routing, capacity, bad input. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInternalClient, type InternalClient } from "../subgraphs/common/internal-client.js";
import { DEMO_AGENTS } from "../scripts/seed-data/index.js";
import { collect, DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let service: InternalClient;

const REQUEST = `mutation($input: AssignmentRequestInput!) { requestAssignment(input: $input) { status agentId needsTranslation translationAvailable translationNote queuePosition estimatedWaitSeconds } }`;

interface Result {
  status: string;
  agentId: string | null;
  needsTranslation: boolean;
  translationAvailable: boolean;
  translationNote: string | null;
  queuePosition: number | null;
  estimatedWaitSeconds: number | null;
}

async function request(input: Record<string, unknown>): Promise<Result> {
  const data = await service.request<{ requestAssignment: Result }>("agents", REQUEST, { input });
  return data.requestAssignment;
}

/** Only the given agents are available; everyone else OFFLINE; no work assigned. */
async function onlyOnline(ids: string[], status: "ONLINE" | "AWAY" = "ONLINE") {
  const { prisma } = system.db;
  await prisma.workItem.deleteMany({});
  await prisma.agent.updateMany({ data: { status: "OFFLINE", lastAssignedAt: null } });
  if (ids.length) await prisma.agent.updateMany({ where: { id: { in: ids } }, data: { status } });
}

const agentNamed = (name: string) => DEMO_AGENTS.find((a) => a.displayName === name)!;

beforeAll(async () => {
  system = await startTestSystem();
  service = createInternalClient({ serviceName: "test", secret: system.config.INTERNAL_SECRET, urlOf: (n) => system.subgraphs[n]!.url });
});

afterAll(async () => {
  await system?.close();
});

describe("automatic assignment (requestAssignment, as tickets/chat call it)", () => {
  beforeEach(() => onlyOnline(DEMO_AGENTS.map((a) => a.id)));

  it("gives a ticket to the best-scored agent and emits assignment.created", async () => {
    const itemId = randomUUID();
    const result = await request({ kind: "TICKET", itemId, categoryKey: "technical_support", language: "en", priority: "HIGH" });
    expect(result.status).toBe("ASSIGNED");
    const token = await system.token("supervisor");
    const candidates = await system.request(
      `query($input: AssignmentCandidatesInput!) { assignmentCandidates(input: $input) { rank score agent { id } parts { specialization language workload rating online } } }`,
      { input: { kind: "TICKET", categoryKey: "technical_support", language: "en" } },
      token,
    );
    expect(candidates.errors).toBeUndefined();
    const [best] = candidates.data!.assignmentCandidates;
    // The winner now holds one ticket, so their workload part dropped by one; nobody else changed.
    expect(best.agent.id).toBe(result.agentId);
    expect(best.parts.specialization).toBe(40);
    const event = await system.db.prisma.agentsOutboxEvent.findFirst({ where: { type: "assignment.created", aggregateId: itemId } });
    expect(event?.payload).toMatchObject({ kind: "TICKET", itemId, agentId: result.agentId, needsTranslation: false });
  });
});
