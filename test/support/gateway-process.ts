/**
 * The production gateway entry point (`runtime/main.ts gateway`) as a child process, pointed at
 * a test system's subgraphs with its secrets: for tests of what only a real process shows
 * (signals, exit codes, worker processes).
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SUBGRAPH_NAMES } from "../../shared/config.js";
import type { TestSystem } from "../harness.js";

export const GATEWAY_COMMAND = ["--import", "tsx", "runtime/main.ts", "gateway"];
export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The environment of a gateway process on `port` in front of `system`'s subgraphs; `extra` adds or overrides. */
export function gatewayProcessEnv(
  system: TestSystem,
  port: number,
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    GATEWAY_PORT: String(port),
    JWT_SECRET: system.config.JWT_SECRET,
    INTERNAL_SECRET: system.config.INTERNAL_SECRET,
    ...extra,
  };
  for (const name of SUBGRAPH_NAMES) env[`${name.toUpperCase()}_URL`] = system.subgraphs[name]!.url;
  return env;
}

/** Starts the gateway process; `exited` resolves with its exit code (or the signal that ended it). */
export function startGatewayProcess(
  env: Record<string, string | undefined>,
  stdio: StdioOptions = ["ignore", "ignore", "inherit"],
): { child: ChildProcess; exited: Promise<number | string | null> } {
  const child = spawn(process.execPath, GATEWAY_COMMAND, { cwd: PROJECT_ROOT, env, stdio });
  const exited = new Promise<number | string | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );
  return { child, exited };
}
