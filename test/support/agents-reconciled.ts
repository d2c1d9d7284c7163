/**
 * Agents reconciles the seeded tickets' assignments at start, asynchronously: waiting for it lets
 * tests that reset or count work items not depend on how fast the machine is.
 */
import { eventually, type TestSystem } from "../harness.js";

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
