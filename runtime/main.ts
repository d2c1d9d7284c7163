/**
 * Entry point for one service per process (production topology): `node dist/runtime/main.js
 * <tickets|chat|knowledge|agents|analytics|gateway>`. Migrations run in a separate one-shot job
 * (`npm run migrate`); demo data is off unless SEED_DEMO_DATA=true.
 */
import {
  loadConfig,
  SUBGRAPH_NAMES,
  subgraphUrl,
  usesDevelopmentSecrets,
  type SubgraphName,
} from "../shared/config.js";
import { createLogger, type Logger } from "../shared/logger.js";
import { startGateway } from "../gateway/server.js";
import { GatewayWorkers, isGatewayWorker, serveAsGatewayWorker } from "../gateway/workers.js";
import { runMain } from "./cli.js";
import { startSystem } from "./system.js";

function runService(service: SubgraphName | "gateway"): void {
  let logger: Logger | null = null;
  // Once the logger exists (and is not silenced), a failure to start is a log line like any
  // other, credentials redacted; before that it is the plain stderr line of runMain.
  const reportUnexpected = (error: unknown) => {
    logger?.error(`${service} failed to start`, { error });
    return logger !== null;
  };
  runMain(async () => {
    const config = loadConfig();
    const serviceLogger = createLogger(config.LOG_LEVEL);
    if (config.LOG_LEVEL !== "silent") logger = serviceLogger;
    if (usesDevelopmentSecrets(config))
      serviceLogger.warn(
        "running on the public development JWT_SECRET/INTERNAL_SECRET: anyone can mint tokens for this instance; set both before it is reachable",
      );
    const gateway = () =>
      startGateway({
        config,
        logger: serviceLogger,
        host: config.HOST,
        port: config.GATEWAY_PORT,
        subgraphUrl: (name) => subgraphUrl(config, name),
      });
    if (service === "gateway" && config.GATEWAY_WORKERS > 1) {
      if (isGatewayWorker()) return serveAsGatewayWorker({ start: gateway });
      return runWorkersPrimary(config.GATEWAY_WORKERS, serviceLogger);
    }
    const running =
      service === "gateway"
        ? await gateway()
        : await startSystem({
            only: [service],
            withoutGateway: true,
            logger: serviceLogger,
            skipMigrations: process.env.RUN_MIGRATIONS !== "true",
          });
    const stop = async () => {
      await running.close();
      process.exit(0);
    };
    process.once("SIGTERM", () => void stop());
    process.once("SIGINT", () => void stop());
  }, reportUnexpected);
}

/** GATEWAY_WORKERS > 1: this process forks the gateways and stops them on SIGTERM/SIGINT. */
async function runWorkersPrimary(count: number, logger: Logger): Promise<void> {
  const { workers, port } = await GatewayWorkers.start({ count, logger, onGiveUp: () => process.exit(1) });
  logger.info("gateway workers listening", { port, workers: count });
  const stop = async () => {
    await workers.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

const service = process.argv[2];
if (service !== "gateway" && !(SUBGRAPH_NAMES as readonly string[]).includes(service ?? "")) {
  console.error(`Usage: main.ts <gateway|${SUBGRAPH_NAMES.join("|")}>`);
  process.exit(1);
}
runService(service as SubgraphName | "gateway");
