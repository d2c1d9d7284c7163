/**
 * The follow-ups low ratings open (feedback.ts creates them): the queue supervisors work through,
 * and completing one.
 */
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import type { AnalyticsImprovementTask, Prisma } from "../../generated/prisma/client.js";
import { badInput, conflict, notFound } from "../../shared/errors.js";
import { assertUuid } from "../../shared/ids.js";
import { beyondKeyWhere, keysetConnection, keysetOrder, type Connection } from "../../shared/pagination.js";
import type { AnalyticsContext } from "./context.js";
import { COMMENT_MAX_LENGTH } from "./feedback.js";

const TASK_KEY = ["createdAt", "id"] as const;

export interface ImprovementQueueFilter {
  status?: "OPEN" | "DONE" | null;
  /** Only tasks for the caller and those no supervisor covers. */
  mine?: boolean | null;
}

/** One cursor page of the improvement tasks matching the filter, oldest first. */
export function improvementTaskPage(
  ctx: AnalyticsContext,
  filter: ImprovementQueueFilter,
  page: DefaultConnectionArguments,
): Promise<Connection<AnalyticsImprovementTask>> {
  const where: Prisma.AnalyticsImprovementTaskWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.mine ? { OR: [{ supervisorId: ctx.identity.subject }, { supervisorId: null }] } : {}),
  };
  return keysetConnection(
    page,
    (task: AnalyticsImprovementTask) => [task.createdAt.toISOString(), task.id],
    (keyset) =>
      ctx.db.prisma.analyticsImprovementTask.findMany({
        where: { AND: [where, beyondKeyWhere(TASK_KEY, keyset, false, (v) => new Date(v))] },
        orderBy: keysetOrder(TASK_KEY, keyset, false),
        take: keyset.limit,
      }),
  );
}

/**
 * A supervisor closes a follow-up once. Completing names them as its supervisor when the task had
 * none (no supervisor covered the category); a second completion is a CONFLICT.
 */
export async function completeImprovementTask(
  ctx: AnalyticsContext,
  input: { id: string; note?: string | null },
): Promise<AnalyticsImprovementTask> {
  assertUuid(input.id, "id");
  if (input.note && input.note.length > COMMENT_MAX_LENGTH)
    throw badInput(`note must be at most ${COMMENT_MAX_LENGTH} characters`, { field: "note" });
  const completer = ctx.identity.subject;
  return ctx.db.prisma.$transaction(async (tx) => {
    const task = await tx.analyticsImprovementTask.findUnique({ where: { id: input.id } });
    if (!task) throw notFound("Improvement task");
    // Conditional update: two supervisors completing at once cannot both succeed.
    const done = await tx.analyticsImprovementTask.updateMany({
      where: { id: task.id, status: "OPEN" },
      data: {
        status: "DONE",
        note: input.note?.trim() || null,
        doneAt: new Date(),
        ...(task.supervisorId ? {} : { supervisorId: completer }),
      },
    });
    if (done.count === 0)
      throw conflict("This improvement task is already done", {
        status: task.status,
        doneAt: task.doneAt?.toISOString() ?? null,
      });
    return tx.analyticsImprovementTask.findUniqueOrThrow({ where: { id: task.id } });
  });
}
