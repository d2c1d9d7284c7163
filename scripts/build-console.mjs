// Builds the support console (console/ → dist/console, served by the gateway at /console/).
// Runs from postinstall, so it skips quietly where it cannot build: the Docker image's first
// `npm ci` (sources not copied yet) and installs without dev dependencies.
// `--if-stale`: build only when a source is newer than the last build (the browser tests use it).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "console");
const output = path.join(root, "dist", "console", "index.html");

if (!existsSync(path.join(source, "index.html"))) {
  console.log("console: no sources here, not built");
  process.exit(0);
}
try {
  createRequire(path.join(root, "package.json")).resolve("vite");
} catch {
  console.log("console: vite is not installed (production install), not built");
  process.exit(0);
}

const newest = (dir) =>
  Math.max(
    ...readdirSync(dir).map((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? newest(full) : statSync(full).mtimeMs;
    }),
  );
if (process.argv.includes("--if-stale") && existsSync(output) && statSync(output).mtimeMs >= newest(source))
  process.exit(0);

const result = spawnSync(
  "npx",
  ["--no-install", "vite", "build", "--config", path.join(source, "vite.config.ts"), "--logLevel", "warn"],
  { cwd: root, stdio: "inherit" },
);
process.exit(result.status ?? 1);
