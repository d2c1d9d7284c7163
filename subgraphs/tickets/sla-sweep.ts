/**
 * The SLA sweeper: finds active tickets whose SLA needs a look (slaCheckAt due), raises warnings
 * (at SLA_WARNING_FRACTION of a window) and breaches once each, and escalates breached tickets
 * and tickets unresolved for ESCALATION_THRESHOLD_HOURS business hours.
 *
 * Safe with several replicas: a batch is claimed with one UPDATE … WHERE id IN (SELECT … FOR
 * UPDATE SKIP LOCKED) that leases the rows (pushes slaCheckAt forward), each ticket is then
 * re-read under a row lock, and alerts are unique per (ticket, target, kind, dueAt) — so no
 * replica raises, or escalates, what another already did.
 */
import type { Ticket } from "../../generated/prisma/client.js";
import { businessSecondsBetween } from "../../shared/business-hours.js";
import type { SubgraphServices } from "../../shared/context.js";
import { workflowEnv } from "./automation.js";
import { routeEscalatedTicket } from "./escalate-ticket.js";
import { SLA_TARGETS, slaStateOf } from "./policy.js";
import { emit, escalate, loadTimeline, lockTicket, refreshSla, SYSTEM, type Tx, type WorkflowEnv } from "./workflow.js";
import { notify } from "./notifications/outbox.js";
import { formatTicketNumber } from "./lifecycle.js";
import { startPeriodicTask } from "../../shared/periodic.js";

const LEASE_SECONDS = 120;

export interface SweepResult {
  checked: number;
  warnings: number;
  breaches: number;
  escalated: string[];
}

/** Claims up to `limit` tickets due for an SLA check (rows other sweepers hold are skipped). */
export async function claimDueTickets(services: SubgraphServices, now: Date, limit: number): Promise<string[]> {
  const rows = await services.db.sql.query<{ id: string }>(
    `UPDATE "tickets"."tickets" SET "slaCheckAt" = $2::timestamp + interval '${LEASE_SECONDS} seconds'
     WHERE "id" IN (
       SELECT "id" FROM "tickets"."tickets"
       WHERE "slaCheckAt" <= $2::timestamp AND "status" IN ('OPEN', 'ON_HOLD', 'ESCALATED')
       ORDER BY "slaCheckAt" LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING "id"`,
    [limit, now],
  );
  return rows.map((r) => r.id);
}

async function raiseAlert(
  tx: Tx,
  ticket: Ticket,
  target: string,
  kind: "WARNING" | "BREACHED",
  dueAt: Date,
  env: WorkflowEnv,
): Promise<boolean> {
  const inserted = await tx.$executeRawUnsafe(
    `INSERT INTO "tickets"."sla_alerts" ("id", "ticketId", "target", "kind", "dueAt", "raisedAt") VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, $5)
     ON CONFLICT ("ticketId", "target", "kind", "dueAt") DO NOTHING`,
    ticket.id,
    target,
    kind,
    dueAt,
    env.now,
  );
  if (inserted === 0) return false;
  await emit(
    tx,
    env,
    [
      {
        type: kind === "WARNING" ? "ticket.sla_warning" : "ticket.sla_breached",
        aggregateId: ticket.id,
        occurredAt: env.now,
        payload: { ticketId: ticket.id, target, dueAt: dueAt.toISOString() },
      },
    ],
    [ticket],
  );
  const recipient = ticket.assignedAgentId ?? "supervisors";
  await notify(tx, env.config, {
    recipientId: recipient,
    kind: kind === "WARNING" ? "SLA_WARNING" : "SLA_BREACHED",
    title: `${formatTicketNumber(ticket.number)}: ${target.toLowerCase().replace("_", " ")} SLA ${kind === "WARNING" ? "due soon" : "breached"}`,
    body: `${ticket.subject} — due ${dueAt.toISOString()}`,
    ticketId: ticket.id,
    team: kind === "BREACHED",
  });
  return true;
}

/** Checks one claimed ticket under its row lock. Returns what it did. */
async function sweepTicket(services: SubgraphServices, ticketId: string, env: WorkflowEnv) {
  return services.db.prisma.$transaction(async (tx) => {
    const outcome = { warnings: 0, breaches: 0, escalated: null as Ticket | null };
    const ticket = await lockTicket(tx, ticketId);
    if (!ticket || !["OPEN", "ON_HOLD", "ESCALATED"].includes(ticket.status)) return outcome;
    const state = slaStateOf(await loadTimeline(tx, ticket), env.schedule, env.config, env.now);
    let breached = false;
    for (const [target, field] of SLA_TARGETS) {
      const s = state[field];
      if (!s.dueAt || s.satisfiedAt) continue;
      if (s.status === "WARNING" && (await raiseAlert(tx, ticket, target, "WARNING", s.dueAt, env))) outcome.warnings++;
      if (s.status === "BREACHED") {
        breached = true;
        if (await raiseAlert(tx, ticket, target, "BREACHED", s.dueAt, env)) outcome.breaches++;
      }
    }
    const openHours = businessSecondsBetween(env.schedule, ticket.createdAt, env.now) / 3600;
    const overThreshold =
      env.config.ESCALATION_THRESHOLD_HOURS > 0 && openHours >= env.config.ESCALATION_THRESHOLD_HOURS;
    // Escalate once: a ticket already ESCALATED (or escalated before and not yet resolved) is left alone.
    if ((breached || overThreshold) && ticket.status !== "ESCALATED" && !ticket.escalatedAt) {
      const reason = breached
        ? "SLA breached"
        : `unresolved for ${env.config.ESCALATION_THRESHOLD_HOURS} business hours`;
      outcome.escalated = await escalate(tx, ticket, reason, SYSTEM, env);
    } else {
      await refreshSla(tx, ticket.id, env);
    }
    return outcome;
  });
}

export async function sweepOnce(services: SubgraphServices, now = new Date(), limit = 100): Promise<SweepResult> {
  const env = await workflowEnv(services, now);
  const ids = await claimDueTickets(services, now, limit);
  const result: SweepResult = { checked: ids.length, warnings: 0, breaches: 0, escalated: [] };
  for (const id of ids) {
    try {
      const outcome = await sweepTicket(services, id, env);
      result.warnings += outcome.warnings;
      result.breaches += outcome.breaches;
      if (outcome.escalated) {
        result.escalated.push(id);
        // Route to the escalation tier; exclude the current assignee. Fallback: supervisors' queue (already notified).
        const routed = await routeEscalatedTicket(services, outcome.escalated, env);
        if (!routed || routed.status !== "ASSIGNED")
          services.logger.info("escalated ticket waits in the supervisors' queue", { ticketId: id });
      }
    } catch (error) {
      services.logger.warn("SLA sweep of a ticket failed; it will be retried", {
        ticketId: id,
        error: (error as Error).message,
      });
    }
  }
  return result;
}

/** Sweeps every SLA_SWEEP_INTERVAL_MS, and again at once while a full batch says there is a backlog. */
export function startSlaSweep(services: SubgraphServices): () => Promise<void> {
  return startPeriodicTask({
    intervalMs: services.config.SLA_SWEEP_INTERVAL_MS,
    run: async (isStopped) => {
      while (!isStopped() && (await sweepOnce(services)).checked === 100) {
        // keep going while there is a backlog
      }
    },
    onError: (error) => services.logger.warn("SLA sweep failed; will retry", { error: (error as Error).message }),
  });
}
