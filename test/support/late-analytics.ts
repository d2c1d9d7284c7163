/**
 * The analytics subgraph started on its own beside a running system of producers (same database,
 * no gateway): how suites see what analytics does when it starts after events were written.
 */
import { afterAll, beforeAll } from "vitest";
import { startSystem, type RunningSystem } from "../../runtime/system.js";
import { loadConfig } from "../../shared/config.js";
import { createLogger } from "../../shared/logger.js";
import { startTestSystem, type TestSystem } from "../harness.js";

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

export interface LateAnalyticsSuite {
  /** Every subgraph but analytics, started before the suite's tests. */
  readonly producers: TestSystem;
  /** Starts analytics beside the producers (stopped after the suite, or by `stopAnalytics`). */
  startAnalytics(): Promise<RunningSystem>;
  /** Stops the analytics started last (waiting for its work in flight). */
  stopAnalytics(): Promise<void>;
}

/** Registers, for the calling suite, producers started before its tests and analytics started when a test asks. */
export function lateAnalyticsSuite(): LateAnalyticsSuite {
  let producers: TestSystem | undefined;
  let analytics: RunningSystem | undefined;
  const stopAnalytics = async () => {
    await analytics?.close();
    analytics = undefined;
  };
  beforeAll(async () => {
    producers = await startTestSystem({ only: ["tickets", "chat", "knowledge", "agents"] });
  });
  afterAll(async () => {
    await stopAnalytics();
    await producers?.close();
  });
  return {
    get producers() {
      if (!producers) throw new Error("the producers start before the suite's tests");
      return producers;
    },
    async startAnalytics() {
      analytics = await startAnalyticsBeside(this.producers);
      return analytics;
    },
    stopAnalytics,
  };
}
