/**
 * updateTicket: staff change a ticket's category (which rewrites its priority and SLA hours as
 * creation would, and takes it out of triage), priority, tags, assignee and status — in one
 * transaction; a ticket leaving triage without an assignee then goes to agents.
 */
import type { Ticket, TicketPriority, TicketStatus } from "../../generated/prisma/client.js";
import { badInput } from "../../shared/errors.js";
import { assertUuid } from "../../shared/ids.js";
import { agentExists, requestAssignment } from "./automation.js";
import type { TicketsContext } from "./context.js";
import { TRIAGE_TAG } from "./intake.js";
import { currentTicket, requestEnv, withLockedTicket } from "./locked-ticket.js";
import { ticketSlaHours } from "./policy.js";
import { isHigherPriority, ticketPriority } from "./priority.js";
import { actorOf } from "./ticket-access.js";
import { addHistory, assign, changeStatus, emit, refreshSla } from "./workflow.js";

export const MAX_TAGS = 20;
export const TAG_MAX_LENGTH = 40;

export function cleanTags(tags: readonly string[]): string[] {
  if (tags.length > MAX_TAGS) throw badInput(`At most ${MAX_TAGS} tags`, { field: "tags" });
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()))].map((tag) => {
    if (!/^[\p{L}\p{N}_.-]+$/u.test(tag) || tag.length > TAG_MAX_LENGTH)
      throw badInput(`Invalid tag "${tag.slice(0, TAG_MAX_LENGTH)}"`, { field: "tags" });
    return tag;
  });
}

export interface TicketChanges {
  ticketId: string;
  status?: TicketStatus | null;
  priority?: TicketPriority | null;
  categoryKey?: string | null;
  assignedAgentId?: string | null;
  tags?: readonly string[] | null;
  note?: string | null;
}

export async function updateTicket(ctx: TicketsContext, input: TicketChanges): Promise<Ticket> {
  if (input.assignedAgentId) {
    assertUuid(input.assignedAgentId, "assignedAgentId");
    if ((await agentExists(ctx, input.assignedAgentId)) === false)
      throw badInput("Unknown agent", { field: "assignedAgentId" });
  }
  const tags = input.tags ? cleanTags(input.tags) : null;
  const category = input.categoryKey
    ? await ctx.db.prisma.ticketCategory.findUnique({ where: { key: input.categoryKey } })
    : null;
  if (input.categoryKey && !category)
    throw badInput(`Unknown category "${input.categoryKey}"`, { field: "categoryKey" });
  const actor = actorOf(ctx);
  let leftTriage = false;
  const updated = await withLockedTicket(ctx, input.ticketId, async (tx, ticket, env) => {
    let current = ticket;
    if (category) {
      const categoryKey = category.parentKey ?? category.key;
      const subcategoryKey = category.parentKey ? category.key : null;
      const top = category.parentKey
        ? await tx.ticketCategory.findUnique({ where: { key: category.parentKey } })
        : category;
      leftTriage = current.needsTriage;
      // As creation would: the override (or the staff's new priority) else the category's default;
      // an escalated ticket keeps its bumped priority.
      const computed = ticketPriority(input.priority ?? current.priorityOverride, top?.defaultPriority);
      const priority =
        current.status === "ESCALATED" && isHigherPriority(current.priority, computed) ? current.priority : computed;
      current = await tx.ticket.update({
        where: { id: current.id },
        data: {
          categoryKey,
          subcategoryKey,
          needsTriage: false,
          classificationConfidence: 1,
          tags: { set: current.tags.filter((x) => x !== TRIAGE_TAG) },
          priority,
          ...(input.priority ? { priorityOverride: input.priority } : {}),
          slaHours: ticketSlaHours(ctx.config, top, priority),
        },
      });
      await addHistory(
        tx,
        current.id,
        actor,
        {
          action: "categorized",
          field: "category",
          oldValue: ticket.subcategoryKey ?? ticket.categoryKey,
          newValue: category.key,
          note: input.note,
        },
        env.now,
      );
      if (priority !== ticket.priority) {
        await addHistory(
          tx,
          current.id,
          actor,
          {
            action: "priority_changed",
            field: "priority",
            oldValue: ticket.priority,
            newValue: priority,
            note: input.note ?? "category",
          },
          env.now,
        );
      }
    }
    if (input.priority && input.priority !== current.priority) {
      const top = current.categoryKey
        ? await tx.ticketCategory.findUnique({ where: { key: current.categoryKey } })
        : null;
      await addHistory(
        tx,
        current.id,
        actor,
        {
          action: "priority_changed",
          field: "priority",
          oldValue: current.priority,
          newValue: input.priority,
          note: input.note,
        },
        env.now,
      );
      current = await tx.ticket.update({
        where: { id: current.id },
        data: {
          priority: input.priority,
          priorityOverride: input.priority,
          slaHours: ticketSlaHours(ctx.config, top, input.priority),
        },
      });
    }
    if (tags) {
      await addHistory(
        tx,
        current.id,
        actor,
        {
          action: "tags_changed",
          field: "tags",
          oldValue: current.tags.join(","),
          newValue: tags.join(","),
          note: input.note,
        },
        env.now,
      );
      current = await tx.ticket.update({ where: { id: current.id }, data: { tags: { set: tags } } });
    }
    const changed = (["categoryKey", "subcategoryKey", "priority", "tags"] as const).filter(
      (field) => String(current[field]) !== String(ticket[field]),
    );
    if (changed.length > 0) {
      await emit(
        tx,
        env,
        [
          {
            type: "ticket.updated",
            aggregateId: current.id,
            occurredAt: env.now,
            payload: {
              ticketId: current.id,
              changed,
              categoryKey: current.categoryKey,
              subcategoryKey: current.subcategoryKey,
              priority: current.priority,
              tags: current.tags,
            },
          },
        ],
        [current],
      );
    }
    if (input.assignedAgentId !== undefined) current = await assign(tx, current, input.assignedAgentId, actor, env);
    if (input.status && input.status !== current.status) {
      if (input.status === "ESCALATED") throw badInput("Use escalateTicket to escalate", { field: "status" });
      current = await changeStatus(tx, current, input.status, actor, env, input.note);
    }
    return refreshSla(tx, current.id, env);
  });
  if (leftTriage && !updated.assignedAgentId) await requestAssignment(ctx, updated, {}, await requestEnv(ctx));
  return currentTicket(ctx, updated);
}
