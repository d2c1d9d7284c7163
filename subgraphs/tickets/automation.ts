/**
 * What happens after a ticket write commits, through the other subgraphs' contracts
 * (docs/contracts.md): assignment by agents (`requestAssignment`) and auto-resolution with
 * knowledge's `bestKnowledgeAnswer`. Every call has a timeout and a safe fallback — leave the
 * ticket unassigned (agents emits `assignment.created` later) / leave it for a human.
 */
import type { Ticket } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { agentIsKnown, requestTicketAssignment, type AssignmentResult } from "./clients/agents.js";
import { bestKnowledgeAnswer, type KnowledgeAnswer } from "./clients/knowledge.js";
import { currentSchedule } from "./policy-storage.js";
import { autoAnswerClosing } from "./notifications/templates.js";
import {
  addMessage,
  AGENTS,
  assign,
  assignIfUnchanged,
  changeStatus,
  lockTicket,
  SYSTEM,
  type Tx,
  type WorkflowEnv,
} from "./workflow.js";

/**
 * The schedule and clock a write runs with. Inside a transaction pass `tx`: on PGlite (one
 * connection) a query outside the open transaction would wait for it — a deadlock.
 */
export async function workflowEnv(
  services: SubgraphServices,
  now = new Date(),
  client: Pick<Tx, "businessSchedule"> = services.db.prisma,
): Promise<WorkflowEnv> {
  return { config: services.config, schedule: await currentSchedule(services, client), now, db: services.db };
}

/**
 * Asks agents who takes the ticket; applies an immediate assignment (with `env`'s schedule when
 * the caller already read it). Returns the outcome and, when assigned, the ticket as then stored.
 */
export async function requestAssignment(
  services: SubgraphServices,
  ticket: Ticket,
  options: { requiredTier?: string | null; excludeAgentIds?: string[] } = {},
  env?: WorkflowEnv,
): Promise<(AssignmentResult & { ticket: Ticket | null }) | null> {
  let result: AssignmentResult;
  try {
    result = await requestTicketAssignment(
      services.internal,
      {
        kind: "TICKET",
        itemId: ticket.id,
        categoryKey: ticket.categoryKey,
        language: ticket.language,
        priority: ticket.priority,
        ...(options.requiredTier ? { requiredTier: options.requiredTier } : {}),
        ...(options.excludeAgentIds?.length ? { excludeAgentIds: options.excludeAgentIds } : {}),
      },
      { timeoutMs: 2000 },
    );
  } catch (error) {
    services.logger.warn("assignment request failed; ticket stays unassigned", {
      ticketId: ticket.id,
      error: (error as Error).message,
    });
    return null;
  }
  const assigned =
    result.status === "ASSIGNED" && result.agentId
      ? await applyAssignment(services, ticket, result.agentId, env)
      : null;
  return { ...result, ticket: assigned };
}

/**
 * Sets the assignee (from `requestAssignment`) on the ticket the caller holds; idempotent. One
 * statement while the ticket is as the caller read it, else under the row lock. Returns the
 * ticket, or null when it is gone or CLOSED.
 */
async function applyAssignment(
  services: SubgraphServices,
  held: Ticket,
  agentId: string,
  env?: WorkflowEnv,
): Promise<Ticket | null> {
  const writeEnv = env ? { ...env, now: new Date() } : await workflowEnv(services);
  const assigned = await assignIfUnchanged(held, agentId, AGENTS, writeEnv);
  if (assigned) return assigned;
  return services.db.prisma.$transaction(async (tx) => {
    const ticket = await lockTicket(tx, held.id);
    if (!ticket || ticket.status === "CLOSED") return null;
    return assign(tx, ticket, agentId, AGENTS, writeEnv);
  });
}

/** Asks agents whether the agent exists: true/false, or null when agents cannot say (then the id is accepted). */
export async function agentExists(services: SubgraphServices, id: string): Promise<boolean | null> {
  try {
    return await agentIsKnown(services.internal, id, { timeoutMs: 800 });
  } catch (error) {
    services.logger.warn("could not verify the agent id with agents; accepting it", {
      agentId: id,
      error: (error as Error).message,
    });
    return null;
  }
}

export function autoReplyBody(ticket: Ticket, answer: KnowledgeAnswer): string {
  const excerpt = answer.article.body.length > 1500 ? `${answer.article.body.slice(0, 1500)}…` : answer.article.body;
  const closing = autoAnswerClosing(ticket.language);
  return `${answer.article.title}\n\n${excerpt}\n\n${closing}`;
}

/**
 * Answers the ticket with a knowledge article when knowledge is confident enough:
 * reply → PENDING → AUTO_RESOLVED (a customer reply reopens it). Returns the auto-resolved
 * ticket, or null when it did not (`env`: the caller's schedule, when already read).
 */
export async function tryAutoResolve(
  services: SubgraphServices,
  ticket: Ticket,
  env?: WorkflowEnv,
): Promise<Ticket | null> {
  // The knowledge base is switched off (KNOWLEDGE_BASE_ENABLED=false): nothing to answer with.
  if (!services.config.KNOWLEDGE_BASE_ENABLED) return null;
  let answer: KnowledgeAnswer | null;
  try {
    answer = await bestKnowledgeAnswer(services.internal, `${ticket.subject}\n${ticket.description}`, ticket.language, {
      timeoutMs: 1500,
    });
  } catch (error) {
    services.logger.warn("knowledge answer lookup failed; no auto-resolution", {
      ticketId: ticket.id,
      error: (error as Error).message,
    });
    return null;
  }
  if (!answer || !(answer.confidence >= services.config.TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD)) return null;
  const writeEnv = env ? { ...env, now: new Date() } : await workflowEnv(services);
  return services.db.prisma.$transaction(async (tx) => {
    const current = await lockTicket(tx, ticket.id);
    if (!current || current.status !== "OPEN" || current.firstRespondedAt) return null;
    const { ticket: replied } = await addMessage(
      tx,
      current,
      SYSTEM,
      { body: autoReplyBody(current, answer) },
      writeEnv,
    );
    const pending = await changeStatus(
      tx,
      replied,
      "PENDING",
      SYSTEM,
      writeEnv,
      `answered with knowledge article ${answer.article.id} (confidence ${answer.confidence.toFixed(2)})`,
    );
    await changeStatus(tx, pending, "AUTO_RESOLVED", SYSTEM, writeEnv, "auto-resolved by the knowledge base");
    return tx.ticket.update({
      where: { id: ticket.id },
      data: { tags: { set: [...new Set([...current.tags, "auto_resolved"])] } },
    });
  });
}

export type { AssignmentResult };
