/**
 * The production topology for the soak: each subgraph and the gateway in its own process
 * (runtime/main.ts) on one PostgreSQL database and, when REDIS_URL is set, one Redis. Any
 * service can be killed (SIGKILL, a crash) or stopped (SIGTERM, a deploy) and started again on
 * the same port.
 */
import { freePort } from "../free-port.js";
import { spawn, type ChildProcess } from "node:child_process";
import { SUBGRAPH_NAMES, subgraphPortVariable, type SubgraphName } from "../../shared/config.js";
import { projectPath } from "../../shared/paths.js";

export type ServiceName = SubgraphName | "gateway";

export interface Cluster {
  gatewayUrl: string;
  wsUrl: string;
  env: Record<string, string | undefined>;
  /** Stops a service: "crash" is SIGKILL, "deploy" is SIGTERM (graceful drain). */
  stop(service: ServiceName, how: "crash" | "deploy"): Promise<void>;
  start(service: ServiceName): Promise<void>;
  close(): Promise<void>;
}

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} not ready within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startCluster(baseEnv: Record<string, string | undefined>): Promise<Cluster> {
  const ports = new Map<ServiceName, number>();
  for (const name of [...SUBGRAPH_NAMES, "gateway"] as const) ports.set(name, await freePort());
  const env: Record<string, string | undefined> = {
    ...baseEnv,
    HOST: "127.0.0.1",
    GATEWAY_PORT: String(ports.get("gateway")),
  };
  for (const name of SUBGRAPH_NAMES) {
    env[subgraphPortVariable(name)] = String(ports.get(name));
    env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports.get(name)}/graphql`;
  }
  const running = new Map<ServiceName, ChildProcess>();

  const start = async (service: ServiceName) => {
    const child = spawn(process.execPath, ["--import", "tsx", projectPath("runtime/main.ts"), service], {
      cwd: projectPath("."),
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    running.set(service, child);
    await waitReady(`http://127.0.0.1:${ports.get(service)}/ready`, 60_000);
  };
  const stop = async (service: ServiceName, how: "crash" | "deploy") => {
    const child = running.get(service);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(how === "crash" ? "SIGKILL" : "SIGTERM");
    await exited;
    running.delete(service);
  };

  await Promise.all(SUBGRAPH_NAMES.map(start));
  await start("gateway");
  return {
    gatewayUrl: `http://127.0.0.1:${ports.get("gateway")}/graphql`,
    wsUrl: `ws://127.0.0.1:${ports.get("gateway")}/graphql`,
    env,
    stop,
    start,
    async close() {
      await stop("gateway", "deploy");
      await Promise.all(SUBGRAPH_NAMES.map((name) => stop(name, "deploy")));
    },
  };
}
