/** Project-relative paths that work from the sources (tsx) and from the compiled dist/ tree. */
import { existsSync } from "node:fs";
import path from "node:path";

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "schema"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the project root above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);
export const projectPath = (...parts: string[]) => path.join(PROJECT_ROOT, ...parts);
