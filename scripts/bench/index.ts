/**
 * `npm run bench [-- <name>…] [--write]`: runs the named benchmarks (default: all that exist),
 * printing progress on stderr and each one's figures on stdout; `--write` also records them in
 * BENCHMARKS.md. Uses DATABASE_URL's server (a scratch database per run) when set, PGlite
 * otherwise.
 */
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { projectPath } from "../../shared/paths.js";
import { missingProductionNodeOptions } from "./production-node.js";
import { progress, WRITE_FLAG } from "./report.js";

/** Order of `npm run bench` with no names: cheap, in-process figures first. */
const BENCHMARKS: Record<string, string> = {
  classifier: "./classifier.js",
  tickets: "./tickets.js",
  chatbot: "./chatbot.js",
  subgraph: "./subgraph.js",
  gateway: "./gateway.js",
  search: "./search.js",
  analytics: "./analytics.js",
  writes: "./writes.js",
  attacks: "./attacks.js",
  fanout: "./fanout.js",
};

const USAGE = `Usage: npm run bench [-- <name>…] [${WRITE_FLAG}]
  names: ${Object.keys(BENCHMARKS).join(", ")} (default: all)
  ${WRITE_FLAG}: record the figures in BENCHMARKS.md (without it they are only printed)`;

/**
 * Benchmarks measure processes as deployed: the image runs every service with the Dockerfile's
 * Node flags (a larger young generation), and this process hosts the system in most benchmarks,
 * so when started without them it runs again with them. Resolves to the exit code of that run,
 * or null when this process already has them.
 */
function rerunWithProductionFlags(): Promise<number> | null {
  const missing = missingProductionNodeOptions();
  if (missing.length === 0 || process.env.BENCH_PRODUCTION_FLAGS) return null;
  const child = fork(process.argv[1], process.argv.slice(2), {
    execArgv: [...process.execArgv, ...missing],
    env: { ...process.env, BENCH_PRODUCTION_FLAGS: missing.join(" ") },
    stdio: "inherit",
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

async function main() {
  const rerun = rerunWithProductionFlags();
  if (rerun) process.exit(await rerun);
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((a) => a.startsWith("-") && a !== WRITE_FLAG);
  if (unknown.length) throw new Error(`Unknown option ${unknown.join(", ")}\n${USAGE}`);
  const requested = args.filter((a) => !a.startsWith("-"));
  const names = requested.length ? requested : Object.keys(BENCHMARKS);
  for (const name of names) {
    if (!BENCHMARKS[name]) throw new Error(`Unknown benchmark "${name}"\n${USAGE}`);
  }
  for (const [index, name] of names.entries()) {
    const module = BENCHMARKS[name];
    if (!existsSync(projectPath("scripts", "bench", module.replace("./", "").replace(".js", ".ts")))) {
      console.warn(`skipping ${name}: not present`);
      continue;
    }
    progress(`=== benchmark ${index + 1} of ${names.length}: ${name}`);
    const loaded = await import(module);
    const run = loaded.default ?? loaded[`run${name[0].toUpperCase()}${name.slice(1)}Benchmark`] ?? loaded.run;
    if (typeof run === "function") await run();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
