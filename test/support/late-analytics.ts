/**
 * The analytics subgraph started on its own beside a running system of producers (same database,
 * no gateway): how suites see what analytics does when it starts after events were written.
 */
import { startSystem, type RunningSystem } from "../../runtime/system.js";
import { loadConfig } from "../../shared/config.js";
import { createLogger } from "../../shared/logger.js";
import type { TestSystem } from "../harness.js";

export function startAnalyticsBeside(producers: TestSystem): Promise<RunningSystem> {
  const env = {
    ...producers.env,
    TICKETS_URL: producers.subgraphs.tickets!.url,
    CHAT_URL: producers.subgraphs.chat!.url,
    KNOWLEDGE_URL: producers.subgraphs.knowledge!.url,
    AGENTS_URL: producers.subgraphs.agents!.url,
  };
  return startSystem({
    env,
    only: ["analytics"],
    withoutGateway: true,
    randomPorts: true,
    db: producers.db,
    logger: createLogger(loadConfig(env).LOG_LEVEL),
  });
}
