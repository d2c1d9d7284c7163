/**
 * The gateway of `npm run bench -- fanout`, in processes of its own (so its memory figures are
 * its own), run with --expose-gc. Configured from the environment like `runtime/main.ts gateway`,
 * GATEWAY_WORKERS included: with more than one, this process is the primary and the gateways are
 * its workers, as in production. On IPC it answers "measure" ({ result }) with the memory of
 * every gateway process after a full collection (summed), their subscriptions and upstream
 * sockets, and stops on "stop".
 */
import path from "node:path";
import { writeHeapSnapshot } from "node:v8";
import { startGateway } from "../../gateway/server.js";
import { GatewayWorkers, isGatewayWorker, serveAsGatewayWorker } from "../../gateway/workers.js";
import { loadConfig, subgraphUrl } from "../../shared/config.js";
import { createLogger } from "../../shared/logger.js";
import { watchGcPauses, type GcPause } from "./gc-pauses.js";

export interface GatewayMeasurement {
  /** Summed over the gateway processes (the primary, which serves nothing, is left out). */
  memory: Pick<NodeJS.MemoryUsage, "heapUsed" | "rss">;
  subscriptions: { groups: number; members: number };
  /** Upstream sockets per subgraph, summed over the gateway processes (one each). */
  upstreamSockets: Record<string, number>;
  /** Gateway processes measured. */
  processes: number;
}

const collectGarbage = globalThis.gc as () => void;
if (!collectGarbage || !process.send)
  throw new Error("fanout-gateway.ts runs as the benchmark's child, with --expose-gc and an IPC channel");

const gcPauses = watchGcPauses();
const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const startOne = () =>
  startGateway({
    config,
    logger,
    host: "127.0.0.1",
    port: config.GATEWAY_PORT,
    subgraphUrl: (name) => subgraphUrl(config, name),
  });

let snapshots = 0;

/** This process's gateway, measured after a full collection. */
async function measureOne(gateway: Awaited<ReturnType<typeof startOne>>): Promise<GatewayMeasurement> {
  // Twice, with a pause: sockets closed just before are finalised by the first collection.
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 200));
  collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  // BENCH_HEAP_SNAPSHOT=<dir>: a heap snapshot per measurement (before, idle, after), to see what a subscriber holds.
  const directory = process.env.BENCH_HEAP_SNAPSHOT;
  if (directory) writeHeapSnapshot(path.join(directory, `gateway-${process.pid}-${++snapshots}.heapsnapshot`));
  return {
    memory: { heapUsed, rss },
    subscriptions: gateway.subscriptionStats(),
    upstreamSockets: gateway.upstreamSockets(),
    processes: 1,
  };
}

function sum(measurements: GatewayMeasurement[]): GatewayMeasurement {
  const total: GatewayMeasurement = {
    memory: { heapUsed: 0, rss: 0 },
    subscriptions: { groups: 0, members: 0 },
    upstreamSockets: {},
    processes: 0,
  };
  for (const m of measurements) {
    total.memory.heapUsed += m.memory.heapUsed;
    total.memory.rss += m.memory.rss;
    total.subscriptions.groups += m.subscriptions.groups;
    total.subscriptions.members += m.subscriptions.members;
    for (const [name, count] of Object.entries(m.upstreamSockets))
      total.upstreamSockets[name] = (total.upstreamSockets[name] ?? 0) + count;
    total.processes += m.processes;
  }
  return total;
}

/** A request for this process's collections between two instants (epoch ms). */
export interface GcPausesRequest {
  gcPauses: { from: number; to: number };
}

/**
 * Serves the benchmark's IPC requests with `measure`, `stop` and `{ gcPauses }` (this process's
 * own: with GATEWAY_WORKERS the workers' are not asked), after telling it the URLs.
 */
function serveBenchmark(port: number, measure: () => Promise<GatewayMeasurement>, stop: () => Promise<void>) {
  process.on("message", (message: unknown) => {
    if (message === "measure") void measure().then((result) => process.send!({ result }));
    else if (message === "stop") void stop().then(() => process.exit(0));
    else if (typeof message === "object" && message !== null && "gcPauses" in message) {
      const { from, to } = (message as GcPausesRequest).gcPauses;
      process.send!({ result: gcPauses.between(from, to) satisfies GcPause[] });
    }
  });
  process.send!({ result: { url: `http://127.0.0.1:${port}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` } });
}

if (isGatewayWorker()) {
  let running: Awaited<ReturnType<typeof startOne>> | null = null;
  await serveAsGatewayWorker({
    start: async () => (running = await startOne()),
    answer: (question) => (question === "measure" && running ? measureOne(running) : undefined),
  });
} else if (config.GATEWAY_WORKERS > 1) {
  const { workers, port } = await GatewayWorkers.start({
    count: config.GATEWAY_WORKERS,
    logger,
    onGiveUp: () => process.exit(1),
  });
  serveBenchmark(
    port,
    async () => sum(await workers.ask<GatewayMeasurement>("measure")),
    () => workers.stop(),
  );
} else {
  const gateway = await startOne();
  serveBenchmark(
    gateway.port,
    () => measureOne(gateway),
    () => gateway.close(),
  );
}
