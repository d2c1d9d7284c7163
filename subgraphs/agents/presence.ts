/**
 * Agent presence: status changes are written with their event (outbox) in one transaction,
 * then published live (`agentStatusChanged`) and, when the agent becomes available, the queue
 * drains to them. Agents not seen for AGENT_IDLE_TIMEOUT_SECONDS (no request to this subgraph,
 * no heartbeat — which is also what a dropped connection looks like) are set AWAY by a sweeper.
 */
import type { Agent } from "../../generated/prisma/client.js";
import type { SubgraphServices } from "../../shared/context.js";
import { recordEvents } from "../../shared/outbox.js";
import { requestDrain } from "./assignment.js";
import { startPeriodicTask } from "../../shared/periodic.js";

export const AGENT_STATUSES = ["ONLINE", "AWAY", "BUSY", "OFFLINE"] as const;
export type AgentStatusValue = (typeof AGENT_STATUSES)[number];

export const STATUS_TOPIC = "agents:status";

export interface StatusChange {
  agentId: string;
  from: AgentStatusValue;
  to: AgentStatusValue;
  at: string;
  /** "manual" (the agent or a supervisor), "idle" (the sweeper) or "disconnected" (their presence stream closed). */
  cause: "manual" | "idle" | "disconnected";
}

/** Statuses in which the queue may be drained to an agent. */
const AVAILABLE: ReadonlySet<string> = new Set(["ONLINE", "AWAY"]);

async function afterStatusChanges(services: SubgraphServices, changes: StatusChange[]): Promise<void> {
  for (const change of changes) await services.pubsub.publish(STATUS_TOPIC, change);
  if (changes.some((c) => AVAILABLE.has(c.to) && c.from !== "ONLINE")) void requestDrain(services);
}

export async function setAgentStatus(
  services: SubgraphServices,
  agentId: string,
  status: AgentStatusValue,
): Promise<Agent | null> {
  let change: StatusChange | null = null;
  const agent = await services.db.prisma.$transaction(async (tx) => {
    const before = await tx.agent.findUnique({ where: { id: agentId } });
    if (!before) return null;
    const agent = await tx.agent.update({ where: { id: agentId }, data: { status, lastSeenAt: new Date() } });
    if (before.status !== status) {
      change = { agentId, from: before.status, to: status, at: new Date().toISOString(), cause: "manual" };
      await recordEvents(tx, "agents", [
        { type: "agent.status_changed", aggregateId: agentId, payload: { agentId, from: before.status, to: status } },
      ]);
    }
    return agent;
  });
  if (change)
    await afterStatusChanges(services, [change]).catch((error) =>
      services.logger.warn("status publish failed", { error: (error as Error).message }),
    );
  return agent;
}

/** Records that the agent is active (heartbeat or any request); returns false for an unknown agent. */
export async function touchAgent(services: SubgraphServices, agentId: string, now = new Date()): Promise<boolean> {
  const { count } = await services.db.prisma.agent.updateMany({ where: { id: agentId }, data: { lastSeenAt: now } });
  return count > 0;
}

/** `heartbeat`: marks the agent active and returns them; null for an unknown agent. */
export async function recordHeartbeat(services: SubgraphServices, agentId: string): Promise<Agent | null> {
  if (!(await touchAgent(services, agentId))) return null;
  return services.db.prisma.agent.findUnique({ where: { id: agentId } });
}

const TOUCH_THROTTLE_MS = 15_000;
const lastTouched = new WeakMap<object, Map<string, number>>();

/** Fire-and-forget activity mark for a staff request, at most every 15 s per agent and process. */
export function noteActivity(services: SubgraphServices, agentId: string): void {
  let seen = lastTouched.get(services.db);
  if (!seen) lastTouched.set(services.db, (seen = new Map()));
  const now = Date.now();
  if (now - (seen.get(agentId) ?? 0) < TOUCH_THROTTLE_MS) return;
  seen.set(agentId, now);
  void touchAgent(services, agentId).catch(() => undefined);
}

/**
 * Sets ONLINE agents not seen since the idle timeout to AWAY (agents never seen — seeded demo
 * profiles — are left alone). Rows are claimed with SKIP LOCKED so replicas sweep in parallel
 * without emitting a change twice. Returns the changes.
 */
export async function sweepIdleAgents(services: SubgraphServices, now = new Date()): Promise<StatusChange[]> {
  const cutoff = new Date(now.getTime() - services.config.AGENT_IDLE_TIMEOUT_SECONDS * 1000);
  const changes = await services.db.prisma.$transaction(async (tx) => {
    const idle = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT "id" FROM "agents"."agents" WHERE "status" = 'ONLINE' AND "lastSeenAt" < $1 FOR UPDATE SKIP LOCKED`,
      cutoff,
    );
    if (idle.length === 0) return [];
    const ids = idle.map((r) => r.id);
    await tx.agent.updateMany({ where: { id: { in: ids }, status: "ONLINE" }, data: { status: "AWAY" } });
    await recordEvents(
      tx,
      "agents",
      ids.map((agentId) => ({
        type: "agent.status_changed",
        aggregateId: agentId,
        payload: { agentId, from: "ONLINE", to: "AWAY", cause: "idle" },
      })),
    );
    return ids.map((agentId): StatusChange => ({
      agentId,
      from: "ONLINE",
      to: "AWAY",
      at: now.toISOString(),
      cause: "idle",
    }));
  });
  if (changes.length) await afterStatusChanges(services, changes);
  return changes;
}

export function startIdleSweeper(services: SubgraphServices): () => Promise<void> {
  const intervalMs = Math.min(30_000, Math.max(500, (services.config.AGENT_IDLE_TIMEOUT_SECONDS * 1000) / 4));
  return startPeriodicTask({
    intervalMs,
    run: () => sweepIdleAgents(services),
    onError: (error) => services.logger.warn("idle sweep failed", { error: (error as Error).message }),
  });
}

// ---- presence stream: a dropped connection sets the agent AWAY -------------------------------

/** How long after the last presence stream of an agent closes before they are set AWAY (a reload reconnects sooner). */
export const DISCONNECT_GRACE_MS = 3_000;
const PRESENCE_TOUCH_MS = 20_000;
const openStreams = new WeakMap<object, Map<string, number>>();

async function setAwayIfOnline(
  services: SubgraphServices,
  agentId: string,
  cause: StatusChange["cause"],
): Promise<StatusChange | null> {
  const change = await services.db.prisma.$transaction(async (tx) => {
    const { count } = await tx.agent.updateMany({ where: { id: agentId, status: "ONLINE" }, data: { status: "AWAY" } });
    if (count === 0) return null;
    await recordEvents(tx, "agents", [
      { type: "agent.status_changed", aggregateId: agentId, payload: { agentId, from: "ONLINE", to: "AWAY", cause } },
    ]);
    return { agentId, from: "ONLINE", to: "AWAY", at: new Date().toISOString(), cause } satisfies StatusChange;
  });
  if (change) await afterStatusChanges(services, [change]);
  return change;
}

/**
 * The calling agent's presence stream (`agentPresence` subscription): while open it keeps the
 * agent "seen" and yields their own status changes; when the last stream of that agent in this
 * process closes (tab closed, network lost — graphql-ws ends the subscription), they go AWAY
 * after DISCONNECT_GRACE_MS unless they reconnected.
 */
export function presenceStream(services: SubgraphServices, agentId: string): AsyncIterableIterator<StatusChange> {
  let streams = openStreams.get(services.db);
  if (!streams) openStreams.set(services.db, (streams = new Map()));
  const counts = streams;
  counts.set(agentId, (counts.get(agentId) ?? 0) + 1);
  void touchAgent(services, agentId).catch(() => undefined);
  const keepAlive = setInterval(() => void touchAgent(services, agentId).catch(() => undefined), PRESENCE_TOUCH_MS);
  keepAlive.unref();
  const inner = services.pubsub.subscribe<StatusChange>(STATUS_TOPIC);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(keepAlive);
    const left = (counts.get(agentId) ?? 1) - 1;
    if (left > 0) {
      counts.set(agentId, left);
      return;
    }
    counts.delete(agentId);
    const timer = setTimeout(() => {
      if ((counts.get(agentId) ?? 0) > 0) return;
      void setAwayIfOnline(services, agentId, "disconnected").catch((error) =>
        services.logger.warn("disconnect presence update failed", { error: (error as Error).message }),
      );
    }, DISCONNECT_GRACE_MS);
    timer.unref();
  };
  return {
    async next() {
      for (;;) {
        const result = await inner.next();
        if (result.done || result.value.agentId === agentId) return result;
      }
    },
    async return() {
      close();
      return (await inner.return?.()) ?? { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      close();
      await inner.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
