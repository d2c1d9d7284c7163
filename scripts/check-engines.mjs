// Checks that package.json's `engines.node` is truthful: every Node version it admits is one
// that every installed package (node_modules, nested copies included) declares it supports.
// Run after `npm ci`: `node scripts/check-engines.mjs`. Exit 1 lists each package whose
// `engines.node` leaves out part of the project's range, so the range or the dependency moves.
// Plain JavaScript so it runs before anything is built.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";

const root = path.resolve(import.meta.dirname, "..");

/** Every package under `dir` (a node_modules folder), nested node_modules included. */
function* packagesUnder(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      yield* packagesUnder(full);
      continue;
    }
    const manifest = path.join(full, "package.json");
    if (existsSync(manifest)) yield { dir: full, manifest: JSON.parse(readFileSync(manifest, "utf8")) };
    yield* packagesUnder(path.join(full, "node_modules"));
  }
}

/** Packages whose declared `engines.node` does not cover all of `range`. */
function uncovered(range, packages) {
  const problems = [];
  for (const { dir, manifest } of packages) {
    const wanted = manifest.engines?.node;
    if (typeof wanted !== "string" || wanted.trim() === "" || wanted.trim() === "*") continue;
    let covered;
    try {
      covered = semver.subset(range, wanted);
    } catch {
      covered = false;
    }
    if (!covered)
      problems.push({ name: `${manifest.name}@${manifest.version}`, wanted, dir: path.relative(root, dir) });
  }
  return problems;
}

const project = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const range = project.engines?.node;
if (!range || !semver.validRange(range)) {
  console.error(`package.json engines.node is missing or not a semver range: ${JSON.stringify(range)}`);
  process.exit(1);
}
const installed = [...packagesUnder(path.join(root, "node_modules"))];
const problems = uncovered(range, installed);
if (!semver.satisfies(process.version, range)) {
  problems.push({ name: `this machine's node ${process.version}`, wanted: "(outside engines.node)", dir: "" });
}
if (problems.length > 0) {
  console.error(`engines.node "${range}" admits Node versions these packages do not support:`);
  for (const p of problems) console.error(`  ${p.name} wants ${p.wanted}${p.dir ? ` (${p.dir})` : ""}`);
  process.exit(1);
}
console.log(
  `engines.node "${range}" is supported by all ${installed.length} installed packages and by node ${process.version}`,
);
