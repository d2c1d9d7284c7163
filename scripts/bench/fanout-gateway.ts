/**
 * The gateway of `npm run bench -- fanout`, alone in its own process (so its memory figures are
 * its own), run with --expose-gc. Configured from the environment like `runtime/main.ts gateway`; on
 * IPC it answers "measure" ({ result }) with its memory after a full collection, its subscriptions and its
 * upstream sockets, and stops on "stop".
 */
import path from "node:path";
import { writeHeapSnapshot } from "node:v8";
import { startGateway } from "../../gateway/server.js";
import { loadConfig, subgraphUrl } from "../../shared/config.js";
import { createLogger } from "../../shared/logger.js";

export interface GatewayMeasurement {
  memory: NodeJS.MemoryUsage;
  subscriptions: { groups: number; members: number };
  upstreamSockets: Record<string, number>;
}

const collectGarbage = globalThis.gc as () => void;
if (!collectGarbage || !process.send)
  throw new Error("fanout-gateway.ts runs as the benchmark's child, with --expose-gc and an IPC channel");

const config = loadConfig();
const gateway = await startGateway({
  config,
  logger: createLogger(config.LOG_LEVEL),
  host: "127.0.0.1",
  port: config.GATEWAY_PORT,
  subgraphUrl: (name) => subgraphUrl(config, name),
});

let measurements = 0;

async function answer(message: unknown) {
  if (message === "measure") {
    // Twice, with a pause: sockets closed just before are finalised by the first collection.
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 200));
    collectGarbage();
    const measurement: GatewayMeasurement = {
      memory: process.memoryUsage(),
      subscriptions: gateway.subscriptionStats(),
      upstreamSockets: gateway.upstreamSockets(),
    };
    // BENCH_HEAP_SNAPSHOT=<dir>: a heap snapshot per measurement (before, idle, after), to see what a subscriber holds.
    const snapshots = process.env.BENCH_HEAP_SNAPSHOT;
    if (snapshots) writeHeapSnapshot(path.join(snapshots, `gateway-${++measurements}.heapsnapshot`));
    process.send!({ result: measurement });
  } else if (message === "stop") {
    await gateway.close();
    process.exit(0);
  }
}
process.on("message", (message) => void answer(message));
process.send({ result: { url: gateway.url, wsUrl: gateway.wsUrl } });
