/**
 * The live support dashboard: what is happening right now (queues, waits, agents, open work),
 * the health of every subgraph and the integrations' status — and a coalescing stream that pushes
 * it on change at most once per interval per subscriber.
 */
import { connect } from "node:net";
import { SUBGRAPH_NAMES, type SubgraphName } from "../../shared/config.js";
import { parseProviderList } from "../../shared/translation.js";
import type { SubgraphServices } from "../../shared/context.js";
import { agentsByPresence } from "./clients/agents.js";
import { coalescedUpdates } from "./coalesced-updates.js";
import { LOG_CHANGED_TOPIC } from "./event-log.js";

export type ComponentState = "UP" | "DOWN" | "UNKNOWN" | "CONFIGURED" | "NOT_CONFIGURED";

export interface ComponentStatus {
  name: string;
  status: ComponentState;
}

export interface LiveSupportStatus {
  ticketsInQueue: number;
  chatsWaiting: number;
  averageWaitSeconds: number | null;
  longestWaitSeconds: number | null;
  agentsOnline: number | null;
  agentsAvailable: number | null;
  agentsBusy: number | null;
  activeChats: number;
  pendingResponses: number;
  escalatedIssues: number;
  /** Mean first response over tickets first replied in the last 24 hours. */
  responseTimeSeconds: number | null;
  systemStatus: ComponentStatus[];
  integrations: ComponentStatus[];
  updatedAt: Date;
}

async function workload(services: SubgraphServices) {
  const [row] = await services.db.sql.query<Record<string, unknown>>(
    `WITH now AS (SELECT (now() AT TIME ZONE 'UTC')::timestamp AS at),
     open_tickets AS (
       SELECT t.* FROM "analytics"."ticket_facts" t
       WHERE t."createdAt" IS NOT NULL AND t."resolvedAt" IS NULL AND t."closedAt" IS NULL
     ),
     waiting AS (
       SELECT extract(epoch FROM (SELECT at FROM now) - c."queuedAt") AS wait FROM "analytics"."chat_facts" c
       WHERE c."queuedAt" IS NOT NULL AND c."answeredAt" IS NULL AND c."endedAt" IS NULL
       UNION ALL
       SELECT extract(epoch FROM (SELECT at FROM now) - t."createdAt") FROM open_tickets t WHERE t."agentId" IS NULL
     )
     SELECT
       (SELECT count(*) FROM open_tickets WHERE "agentId" IS NULL) AS "ticketsInQueue",
       (SELECT count(*) FROM open_tickets WHERE "firstRepliedAt" IS NULL) AS "pendingResponses",
       (SELECT count(*) FROM open_tickets WHERE "escalated") AS "escalatedIssues",
       (SELECT count(*) FROM "analytics"."chat_facts" WHERE "queuedAt" IS NOT NULL AND "answeredAt" IS NULL AND "endedAt" IS NULL) AS "chatsWaiting",
       (SELECT count(*) FROM "analytics"."chat_facts" WHERE "answeredAt" IS NOT NULL AND "endedAt" IS NULL) AS "activeChats",
       (SELECT avg(greatest(wait, 0)) FROM waiting) AS "averageWait",
       (SELECT max(greatest(wait, 0)) FROM waiting) AS "longestWait",
       (SELECT avg("firstResponseSeconds") FROM "analytics"."ticket_facts"
         WHERE "firstRepliedAt" >= (SELECT at FROM now) - interval '24 hours') AS "responseTime"`,
  );
  const n = (v: unknown) => Number(v ?? 0);
  const maybe = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));
  return {
    ticketsInQueue: n(row.ticketsInQueue),
    chatsWaiting: n(row.chatsWaiting),
    averageWaitSeconds: maybe(row.averageWait),
    longestWaitSeconds: maybe(row.longestWait),
    activeChats: n(row.activeChats),
    pendingResponses: n(row.pendingResponses),
    escalatedIssues: n(row.escalatedIssues),
    responseTimeSeconds: row.responseTime === null || row.responseTime === undefined ? null : Number(row.responseTime),
  };
}

/** Agent presence from the owner (agents); falls back to the last status events in the log. */
async function agentPresence(services: SubgraphServices) {
  try {
    const data = await agentsByPresence(services.internal, { timeoutMs: 1500 });
    const available = data.online.edges.length;
    const busy = data.busy.edges.length;
    return { agentsOnline: available + busy + data.away.edges.length, agentsAvailable: available, agentsBusy: busy };
  } catch {
    const rows = await services.db.sql.query<{ status: string; n: unknown }>(
      `SELECT status, count(*) AS n FROM (
         SELECT DISTINCT ON (payload->>'agentId') payload->>'to' AS status FROM "analytics"."events"
         WHERE type = 'agent.status_changed' ORDER BY payload->>'agentId', "occurredAt" DESC, id DESC
       ) s GROUP BY status`,
    );
    if (rows.length === 0) return { agentsOnline: null, agentsAvailable: null, agentsBusy: null };
    const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
    return {
      agentsOnline: count("ONLINE") + count("BUSY") + count("AWAY"),
      agentsAvailable: count("ONLINE"),
      agentsBusy: count("BUSY"),
    };
  }
}

async function probe(url: string): Promise<ComponentState> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok ? "UP" : "DOWN";
  } catch {
    return "DOWN";
  }
}

async function systemStatus(services: SubgraphServices): Promise<ComponentStatus[]> {
  return Promise.all(
    SUBGRAPH_NAMES.map(async (name: SubgraphName) => {
      const url = services.internal.urlOf?.(name);
      return { name, status: url ? await probe(url.replace(/\/graphql$/, "/health")) : ("UNKNOWN" as const) };
    }),
  );
}

/** How long one reachability answer is reused (a dashboard refresh must not hammer webhooks). */
export const REACHABILITY_CACHE_MS = 10_000;
const REACHABILITY_TIMEOUT_MS = 1000;
const reachabilityCache = new Map<string, { at: number; state: Promise<ComponentState> }>();

function cached(key: string, check: () => Promise<ComponentState>): Promise<ComponentState> {
  const hit = reachabilityCache.get(key);
  if (hit && Date.now() - hit.at < REACHABILITY_CACHE_MS) return hit.state;
  const state = check();
  reachabilityCache.set(key, { at: Date.now(), state });
  return state;
}

/**
 * An HTTP integration is reachable when its host answers HTTP at all (any status: a webhook
 * answers 400/405 to a HEAD, which posts nothing); DOWN on a network error or after 1 s.
 */
export function httpReachable(url: string): Promise<ComponentState> {
  return cached(`http ${url}`, async () => {
    try {
      const response = await fetch(url, {
        method: "HEAD",
        redirect: "manual",
        signal: AbortSignal.timeout(REACHABILITY_TIMEOUT_MS),
      });
      await response.body?.cancel().catch(() => undefined);
      return "UP";
    } catch {
      return "DOWN";
    }
  });
}

/** An SMTP relay is reachable when its port accepts a TCP connection. */
export function tcpReachable(url: string): Promise<ComponentState> {
  return cached(`tcp ${url}`, async () => {
    const target = new URL(url);
    const port = Number(target.port || (target.protocol === "smtps:" ? 465 : 25));
    return new Promise<ComponentState>((resolve) => {
      const socket = connect({ host: target.hostname, port, timeout: REACHABILITY_TIMEOUT_MS });
      const done = (state: ComponentState) => {
        socket.destroy();
        resolve(state);
      };
      socket.once("connect", () => done("UP"));
      socket.once("timeout", () => done("DOWN"));
      socket.once("error", () => done("DOWN"));
    });
  });
}

/** Every integration the configuration names, and whether it can be reached right now. */
async function integrations(services: SubgraphServices): Promise<ComponentStatus[]> {
  const { config, pubsub } = services;
  const http = (url: string | undefined | null) =>
    url ? httpReachable(url) : Promise.resolve<ComponentState>("NOT_CONFIGURED");
  const translators: { name: string; url: string }[] = [
    ...(config.TRANSLATOR_URL ? [{ name: "translator", url: config.TRANSLATOR_URL }] : []),
    ...(config.TRANSLATION_PROVIDERS
      ? parseProviderList(config.TRANSLATION_PROVIDERS).map((p) => ({ name: `translator:${p.name}`, url: p.url }))
      : []),
  ];
  const checks: [string, Promise<ComponentState>][] = [
    [
      "redis",
      config.REDIS_URL
        ? pubsub.healthy().then((ok): ComponentState => (ok ? "UP" : "DOWN"))
        : Promise.resolve("NOT_CONFIGURED"),
    ],
    [
      "typesense",
      config.TYPESENSE_URL
        ? probe(`${config.TYPESENSE_URL.replace(/\/$/, "")}/health`)
        : Promise.resolve("NOT_CONFIGURED"),
    ],
    ["in_app", Promise.resolve("UP")],
    ["email", config.SMTP_URL ? tcpReachable(config.SMTP_URL) : Promise.resolve("NOT_CONFIGURED")],
    // A switched-off integration (SLACK_INTEGRATION_ENABLED / TEAMS_INTEGRATION_ENABLED=false) posts nothing.
    ["slack", http(config.SLACK_INTEGRATION_ENABLED ? config.SLACK_WEBHOOK_URL : undefined)],
    ["teams", http(config.TEAMS_INTEGRATION_ENABLED ? config.TEAMS_WEBHOOK_URL : undefined)],
    [
      "salesforce",
      config.SALESFORCE_INTEGRATION_ENABLED ? http(config.SALESFORCE_LOGIN_URL) : Promise.resolve("NOT_CONFIGURED"),
    ],
    ...translators.map((t): [string, Promise<ComponentState>] => [t.name, http(t.url)]),
  ];
  return Promise.all(checks.map(async ([name, state]) => ({ name, status: await state })));
}

export async function computeLiveStatus(services: SubgraphServices): Promise<LiveSupportStatus> {
  const [work, agents, system, integration] = await Promise.all([
    workload(services),
    agentPresence(services),
    systemStatus(services),
    integrations(services),
  ]);
  return { ...work, ...agents, systemStatus: system, integrations: integration, updatedAt: new Date() };
}

/** One computation shared by every subscriber of this process within `ttlMs`. */
export function sharedLiveStatus(services: SubgraphServices, ttlMs = 250): () => Promise<LiveSupportStatus> {
  let cached: { at: number; value: Promise<LiveSupportStatus> } | null = null;
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at > ttlMs) {
      const value = computeLiveStatus(services);
      cached = { at: now, value };
      value.catch(() => {
        cached = null;
      });
    }
    return cached.value;
  };
}

/** Minimum spacing of live dashboard updates per subscriber. */
export const LIVE_UPDATE_INTERVAL_MS = 1000;
/** Recompute without events this often (waits grow, subgraphs go down); sent only if different. */
export const LIVE_REFRESH_MS = 15_000;

const liveStatusCache = new WeakMap<object, () => Promise<LiveSupportStatus>>();
/** The one shared computation per database, whichever subscriber asks. */
function liveStatusOf(services: SubgraphServices): () => Promise<LiveSupportStatus> {
  let shared = liveStatusCache.get(services.db);
  if (!shared) {
    shared = sharedLiveStatus(services);
    liveStatusCache.set(services.db, shared);
  }
  return shared;
}

/**
 * One subscriber's live dashboard: sent at once, then whenever the log changes (at most once per
 * LIVE_UPDATE_INTERVAL_MS) and every LIVE_REFRESH_MS, each time only when different.
 */
export async function liveStatusUpdates(services: SubgraphServices): Promise<AsyncIterableIterator<LiveSupportStatus>> {
  const changes = services.pubsub.subscribe(LOG_CHANGED_TOPIC);
  await services.pubsub.ready();
  return coalescedUpdates(changes, liveStatusOf(services), {
    intervalMs: LIVE_UPDATE_INTERVAL_MS,
    key: statusKey,
    refreshMs: LIVE_REFRESH_MS,
  });
}

/** What counts as "changed": everything but the timestamp. */
export const statusKey = (status: LiveSupportStatus) => JSON.stringify({ ...status, updatedAt: undefined });
