/**
 * `npm run bench [-- <name>…]`: runs the named benchmarks (default: all that exist) and writes
 * their figures to BENCHMARKS.md. Uses DATABASE_URL's server (a scratch database per run) when
 * set, PGlite otherwise.
 */
import { existsSync } from "node:fs";
import { projectPath } from "../../subgraphs/common/paths.js";

/** Order of `npm run bench` with no names: cheap, in-process figures first. */
const BENCHMARKS: Record<string, string> = {
  classifier: "./classifier.js",
  tickets: "./tickets.js",
  chatbot: "./chatbot.js",
  gateway: "./gateway.js",
  search: "./search.js",
  analytics: "./analytics.js",
};

async function main() {
  const requested = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const names = requested.length ? requested : Object.keys(BENCHMARKS);
  for (const name of names) {
    const module = BENCHMARKS[name];
    if (!module) throw new Error(`Unknown benchmark "${name}"; choose from ${Object.keys(BENCHMARKS).join(", ")}`);
    if (!existsSync(projectPath("scripts", "bench", module.replace("./", "").replace(".js", ".ts")))) {
      console.warn(`skipping ${name}: not present`);
      continue;
    }
    console.error(`\n=== benchmark: ${name}`);
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
