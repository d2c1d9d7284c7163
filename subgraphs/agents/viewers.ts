/**
 * Collision detection: which agents are viewing or typing on a ticket right now. Ephemeral —
 * kept in memory with an expiry, never in the database. Each report is published on the bus,
 * so every replica's store learns it; a report lasts VIEWER_TTL_MS unless renewed.
 */
import type { SubgraphServices } from "../../shared/context.js";

export const VIEWER_ACTIVITIES = ["VIEWING", "TYPING", "LEFT"] as const;
export type ViewerActivity = (typeof VIEWER_ACTIVITIES)[number];
export const VIEWER_TTL_MS = 30_000;

export const VIEWERS_TOPIC = "agents:ticket-viewers";
export const ticketViewersTopic = (ticketId: string) => `agents:ticket-viewers:${ticketId}`;

export interface ViewerReport {
  ticketId: string;
  agentId: string;
  activity: ViewerActivity;
  /** ISO time of the report; a later report wins. */
  at: string;
  expiresAt: string;
}

export interface TicketViewer {
  ticketId: string;
  agentId: string;
  activity: Exclude<ViewerActivity, "LEFT">;
  since: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

type StoredViewer = Omit<TicketViewer, "activity"> & { activity: ViewerActivity };

/** In-memory presence per ticket; pure apart from the clock passed in. */
export class ViewerStore {
  private readonly byTicket = new Map<string, Map<string, StoredViewer>>();

  /** Applies a report (idempotent; reports older than the stored one are ignored — LEFT is kept as a tombstone until it expires). */
  apply(report: ViewerReport): void {
    const at = new Date(report.at);
    let viewers = this.byTicket.get(report.ticketId);
    const existing = viewers?.get(report.agentId);
    if (existing && existing.lastSeenAt.getTime() > at.getTime()) return;
    if (!viewers) this.byTicket.set(report.ticketId, (viewers = new Map()));
    viewers.set(report.agentId, {
      ticketId: report.ticketId,
      agentId: report.agentId,
      activity: report.activity,
      since: existing && existing.activity !== "LEFT" && report.activity !== "LEFT" ? existing.since : at,
      lastSeenAt: at,
      expiresAt: new Date(report.expiresAt),
    });
  }

  /** Current viewers (expired ones dropped), typing first, then by arrival. */
  viewers(ticketId: string, now = new Date()): TicketViewer[] {
    const viewers = this.byTicket.get(ticketId);
    if (!viewers) return [];
    for (const [agentId, viewer] of viewers) if (viewer.expiresAt.getTime() <= now.getTime()) viewers.delete(agentId);
    if (viewers.size === 0) this.byTicket.delete(ticketId);
    return [...viewers.values()]
      .filter((v): v is TicketViewer => v.activity !== "LEFT")
      .sort(
        (a, b) =>
          Number(b.activity === "TYPING") - Number(a.activity === "TYPING") ||
          a.since.getTime() - b.since.getTime() ||
          a.agentId.localeCompare(b.agentId),
      );
  }
}

interface PresenceRuntime {
  store: ViewerStore;
  expiryTimers: Map<string, NodeJS.Timeout>;
}
const runtimes = new WeakMap<object, PresenceRuntime>();

function runtimeFor(services: Pick<SubgraphServices, "pubsub">): PresenceRuntime {
  let runtime = runtimes.get(services.pubsub);
  if (!runtime) runtimes.set(services.pubsub, (runtime = { store: new ViewerStore(), expiryTimers: new Map() }));
  return runtime;
}

export const viewerStore = (services: Pick<SubgraphServices, "pubsub">): ViewerStore => runtimeFor(services).store;

/** Records a report locally, tells every replica, and schedules its expiry notice. */
export async function reportViewer(
  services: SubgraphServices,
  ticketId: string,
  agentId: string,
  activity: ViewerActivity,
  now = new Date(),
): Promise<TicketViewer[]> {
  const runtime = runtimeFor(services);
  const report: ViewerReport = {
    ticketId,
    agentId,
    activity,
    at: now.toISOString(),
    expiresAt: new Date(now.getTime() + VIEWER_TTL_MS).toISOString(),
  };
  runtime.store.apply(report);
  await services.pubsub.publish(VIEWERS_TOPIC, report);
  await services.pubsub.publish(ticketViewersTopic(ticketId), report);
  const key = `${ticketId}:${agentId}`;
  clearTimeout(runtime.expiryTimers.get(key));
  runtime.expiryTimers.delete(key);
  if (activity !== "LEFT") {
    const timer = setTimeout(() => {
      runtime.expiryTimers.delete(key);
      const expired: ViewerReport = {
        ticketId,
        agentId,
        activity: "LEFT",
        at: report.expiresAt,
        expiresAt: report.expiresAt,
      };
      runtime.store.apply(expired);
      void services.pubsub.publish(VIEWERS_TOPIC, expired).catch(() => undefined);
      void services.pubsub.publish(ticketViewersTopic(ticketId), expired).catch(() => undefined);
    }, VIEWER_TTL_MS);
    timer.unref();
    runtime.expiryTimers.set(key, timer);
  }
  return runtime.store.viewers(ticketId, now);
}

/** Keeps this replica's store in step with reports made on other replicas. */
export function startViewerSync(services: SubgraphServices): () => Promise<void> {
  const runtime = runtimeFor(services);
  const reports = services.pubsub.subscribe<ViewerReport>(VIEWERS_TOPIC);
  const loop = (async () => {
    for await (const report of reports) runtime.store.apply(report);
  })();
  return async () => {
    for (const timer of runtime.expiryTimers.values()) clearTimeout(timer);
    runtime.expiryTimers.clear();
    await reports.return?.();
    await loop;
  };
}
