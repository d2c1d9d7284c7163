/**
 * The Node flags the production image runs every service with (the Dockerfile's
 * `ENV NODE_OPTIONS="…"`), so a benchmark of "a production process" runs what is deployed.
 */
import { readFileSync } from "node:fs";
import { projectPath } from "../../shared/paths.js";

export function productionNodeOptions(dockerfile = readFileSync(projectPath("Dockerfile"), "utf8")): string[] {
  const line = /^ENV NODE_OPTIONS="([^"]*)"\s*$/m.exec(dockerfile);
  return line ? line[1].split(/\s+/).filter(Boolean) : [];
}

/** The image's Node flags that this process (by default) was started without. */
export function missingProductionNodeOptions(execArgv: readonly string[] = process.execArgv): string[] {
  return productionNodeOptions().filter((flag) => !execArgv.includes(flag));
}
