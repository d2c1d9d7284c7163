/**
 * Starts the whole system in one process: database (PostgreSQL or embedded PGlite),
 * migrations, demo data, the five subgraphs and the gateway. Used by `npm start` and by the
 * end-to-end tests (with port 0 for random ports).
 */
import { applyMigrations } from "../shared/migrations.js";
import {
  loadConfig,
  subgraphPort,
  subgraphUrl,
  SUBGRAPH_NAMES,
  type Config,
  type SubgraphName,
} from "../shared/config.js";
import { openDatabase, type Database } from "../shared/db.js";
import { createInternalClient } from "../shared/internal-client.js";
import { createLogger, type Logger } from "../shared/logger.js";
import { createPubSub, type PubSub } from "../shared/pubsub.js";
import { startSubgraphServer, type RunningServer } from "../shared/server.js";
import type { SubgraphServices } from "../shared/context.js";
import { SUBGRAPHS } from "./registry.js";
import { startGateway, type RunningGateway } from "../gateway/server.js";
import { isEmpty, seedDemoData } from "../scripts/seed.js";
import { startEmbeddedUpkeep } from "../shared/embedded-upkeep.js";

export interface SystemOptions {
  env?: Record<string, string | undefined>;
  /** Use random free ports (tests). */
  randomPorts?: boolean;
  /** Run only these subgraphs (others are expected elsewhere, at their *_URL). */
  only?: SubgraphName[];
  /** Skip the gateway. */
  withoutGateway?: boolean;
  /** Share an already-open database (several instances against one PGlite). */
  db?: Database;
  logger?: Logger;
  skipMigrations?: boolean;
}

export interface RunningSystem {
  config: Config;
  db: Database;
  pubsub: PubSub;
  gateway: RunningGateway | null;
  subgraphs: Partial<Record<SubgraphName, RunningServer>>;
  migrationsApplied: string[];
  seeded: boolean;
  close(): Promise<void>;
}

export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const config = loadConfig(options.env ?? process.env);
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const db =
    options.db ??
    (await openDatabase({
      databaseUrl: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      pgliteDir: config.PGLITE_DIR,
    }));
  const ownsDb = !options.db;
  // One process per service (production) leaves migrations to the `npm run migrate` job.
  const { applied } = options.skipMigrations ? { applied: [] as string[] } : await applyMigrations(db);
  let seeded = false;
  if (config.SEED_DEMO_DATA && (await isEmpty(db))) {
    await seedDemoData(db, { config });
    seeded = true;
  }
  const pubsub = createPubSub(config.REDIS_URL, config.PUBSUB_CHANNEL_PREFIX);
  const started: Partial<Record<SubgraphName, RunningServer>> = {};
  const urlOf = (name: SubgraphName) => started[name]?.url ?? subgraphUrl(config, name);
  const services = (name: SubgraphName): SubgraphServices => ({
    config,
    db,
    pubsub,
    logger: logger.child({ subgraph: name }),
    internal: createInternalClient({
      serviceName: name,
      secret: config.INTERNAL_SECRET,
      urlOf,
      inProcess: config.IN_PROCESS_SUBGRAPH_CALLS,
    }),
  });
  const names = options.only ?? [...SUBGRAPH_NAMES];
  // Every listener first, then the background work: consumers catch up from subgraphs that
  // are already answering, so a clean start logs no retry.
  for (const name of names) {
    started[name] = await startSubgraphServer(SUBGRAPHS[name], services(name), {
      host: config.HOST,
      port: options.randomPorts ? 0 : subgraphPort(config, name),
      deferBackground: true,
    });
  }
  for (const name of names) await started[name]!.startBackground();
  // The embedded engine has no autovacuum: the process that opened it does that work (its first pass after the start's own writes).
  const stopUpkeep =
    ownsDb && db.kind === "pglite"
      ? startEmbeddedUpkeep(db.sql, {
          done: (actions) => logger.debug("embedded database vacuumed and analyzed", { tables: actions }),
          failed: (error) => logger.warn("embedded database upkeep failed", { error: (error as Error).message }),
        })
      : null;
  const gateway = options.withoutGateway
    ? null
    : await startGateway({
        config,
        logger,
        host: config.HOST,
        port: options.randomPorts ? 0 : config.GATEWAY_PORT,
        subgraphUrl: urlOf,
      });
  return {
    config,
    db,
    pubsub,
    gateway,
    subgraphs: started,
    migrationsApplied: applied,
    seeded,
    async close() {
      await gateway?.close();
      // Together: each stop's refusal window (and background stop) overlaps the others', so the
      // whole system stops in one window rather than five in a row.
      await Promise.all(Object.values(started).map((server) => server?.close()));
      await pubsub.close();
      await stopUpkeep?.();
      if (ownsDb) await db.close();
    },
  };
}
