/**
 * Agents reconciles the seeded tickets' assignments at start, asynchronously: waiting for it lets
 * tests that reset or count work items not depend on how fast the machine is.
 */
import { eventually, startTestSystem, type TestSystem } from "../harness.js";

export async function seededAssignmentsReconciled(system: TestSystem): Promise<void> {
  const seededOpen = await system.db.prisma.ticket.count({
    where: { status: { in: ["OPEN", "PENDING", "ON_HOLD", "ESCALATED"] }, assignedAgentId: { not: null } },
  });
  await eventually(
    async () =>
      (await system.db.prisma.workItem.count({ where: { kind: "TICKET", status: "ASSIGNED" } })) >= seededOpen,
    20_000,
  );
}

/** A system whose seeded assignments agents has recorded, with every agent ONLINE (so new work is routed at once). */
export async function startSystemWithAgentsOnline(): Promise<TestSystem> {
  const system = await startTestSystem();
  await seededAssignmentsReconciled(system);
  await system.db.prisma.agent.updateMany({ data: { status: "ONLINE" } });
  return system;
}
