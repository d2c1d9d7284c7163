/**
 * Summarises a V8 CPU profile (`node --cpu-prof` writes one `.cpuprofile` per thread):
 *
 *   npx tsx scripts/bench/cpu-profile.ts <file.cpuprofile> [--skip <seconds>] [--until <seconds>] [--top <n>] [--requests <n>]
 *
 * prints where the time went — self time by layer (Prisma, the PostgreSQL driver, identity
 * tokens, GraphQL execution, Apollo Server, …), by module (an npm package, a project file, Node's
 * internals, garbage collection, idle) and the top functions by self and by total (inclusive)
 * time. `--skip` leaves out the first seconds of the profile (start-up, warm-up), so the figures
 * describe the steady state under load; `--until` ends the counted span (one row of a benchmark
 * that runs several). `--requests` (how many requests the counted span served)
 * adds each row's microseconds per request.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  /** Milliseconds of samples counted (after the skipped start). */
  totalMs: number;
  byModule: Share[];
  byLayer: Share[];
  bySelf: Share[];
  byTotal: Share[];
}

const SPECIAL = new Set(["(garbage collector)", "(idle)", "(program)", "(root)"]);

/** The module a frame belongs to: a package under node_modules, a project file, or Node itself. */
export function moduleOf(frame: CallFrame): string {
  if (SPECIAL.has(frame.functionName) && !frame.url) return frame.functionName;
  const url = frame.url;
  if (!url) return "(native / V8)";
  if (url.startsWith("node:"))
    return `node:${url.slice(5).split("/")[0] === "internal" ? url.slice(5).split("/").slice(0, 2).join("/") : url.slice(5)}`;
  // The last node_modules segment names the package whose code runs (nested copies included).
  const packages = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (packages.length) return packages[packages.length - 1][1];
  const project = /\/(subgraphs|shared|gateway|runtime|scripts|generated|test)\/(.*)$/.exec(url);
  if (project) return `${project[1]}/${project[2]}`;
  return url.replace(/^file:\/\//, "");
}

/** Layers a request passes through, each a set of modules (first match wins); the rest is "other". */
const LAYERS: [string, RegExp][] = [
  ["Prisma (client, query interpreter, adapter)", /^@prisma\//],
  ["PostgreSQL driver (pg, pool, protocol, type parsers)", /^(pg|pg-.*|postgres-.*)$/],
  ["identity tokens (jose, WebCrypto)", /^(jose|node:internal\/crypto)$/],
  ["GraphQL execution (graphql-js, Pothos)", /^(graphql|@pothos\/.*|dataloader)$/],
  ["Apollo Server (request pipeline, negotiation)", /^(@apollo\/.*|negotiator|whatwg-mimetype)$/],
  ["async context (AsyncLocalStorage hooks)", /^node:(internal\/)?async_hooks$/],
  [
    "HTTP, sockets and streams (Node)",
    /^node:(_http_.*|net|events|buffer|internal\/(streams|stream_base_commons|buffer|http|timers|process|util|url)|timers|internal)$/,
  ],
  ["our code (subgraphs/, shared/, gateway/, runtime/)", /^(subgraphs|shared|gateway|runtime)\//],
  ["garbage collection", /^\(garbage collector\)$/],
  ["native / V8 (syscalls such as writev, microtask queue)", /^\((native \/ V8|program)\)$/],
  ["idle (waiting for the database or the network)", /^\(idle\)$/],
];

/** The layer a module belongs to (LAYERS). */
export function layerOf(module: string): string {
  return LAYERS.find(([, pattern]) => pattern.test(module))?.[0] ?? "other";
}

function frameName(frame: CallFrame): string {
  const where = moduleOf(frame);
  const name = frame.functionName || "(anonymous)";
  return SPECIAL.has(where) ? where : `${name} ${where}:${frame.lineNumber + 1}`;
}

const toShares = (map: Map<string, number>, totalUs: number): Share[] =>
  [...map.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000, percent: totalUs === 0 ? 0 : (100 * us) / totalUs }))
    .sort((a, b) => b.ms - a.ms);

export function summarise(profile: CpuProfile, skipSeconds = 0, untilSeconds = Infinity): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  let time = profile.startTime;
  const from = profile.startTime + skipSeconds * 1e6;
  const until = profile.startTime + untilSeconds * 1e6;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    // A sample's duration is the gap to the next one.
    const duration = profile.timeDeltas[i + 1] ?? 0;
    if (time < from || time >= until || duration <= 0) continue;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + duration);
  }
  let totalUs = 0;
  const byModule = new Map<string, number>();
  const bySelf = new Map<string, number>();
  const byTotal = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    totalUs += us;
    const module = moduleOf(node.callFrame);
    byModule.set(module, (byModule.get(module) ?? 0) + us);
    const name = frameName(node.callFrame);
    bySelf.set(name, (bySelf.get(name) ?? 0) + us);
    // Inclusive: once per distinct function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = frameName(byId.get(at)!.callFrame);
      if (seen.has(frame)) continue;
      seen.add(frame);
      byTotal.set(frame, (byTotal.get(frame) ?? 0) + us);
    }
  }
  const byLayer = new Map<string, number>();
  for (const [module, us] of byModule) byLayer.set(layerOf(module), (byLayer.get(layerOf(module)) ?? 0) + us);
  return {
    totalMs: totalUs / 1000,
    byModule: toShares(byModule, totalUs),
    byLayer: toShares(byLayer, totalUs),
    bySelf: toShares(bySelf, totalUs),
    byTotal: toShares(byTotal, totalUs),
  };
}

function table(title: string, shares: Share[], top: number, requests?: number): string {
  const perRequest = (s: Share) => (requests ? ` ${((s.ms * 1000) / requests).toFixed(0)} |` : "");
  const rows = shares
    .slice(0, top)
    .map((s) => `| ${s.percent.toFixed(1)} % | ${s.ms.toFixed(0)} |${perRequest(s)} ${s.name.replace(/\|/g, "\\|")} |`);
  const header = requests
    ? ["| share | ms | µs per request | where |", "| ---: | ---: | ---: | --- |"]
    : ["| share | ms | where |", "| ---: | ---: | --- |"];
  return [`${title}`, "", ...header, ...rows].join("\n");
}

export function formatSummary(summary: ProfileSummary, top = 25, requests?: number): string {
  return [
    `Samples counted: ${summary.totalMs.toFixed(0)} ms${requests ? ` for ${requests} requests` : ""}.`,
    "",
    table("Self time by layer:", summary.byLayer, top, requests),
    "",
    table("Self time by module:", summary.byModule, top, requests),
    "",
    table("Top functions by self time:", summary.bySelf, top, requests),
    "",
    table(
      "Top functions by total time (inclusive):",
      summary.byTotal.filter((s) => !["(root)", "(program)", "(idle)", "(garbage collector)"].includes(s.name)),
      top,
      requests,
    ),
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
  };
  const skip = Number(option("--skip") ?? 0);
  const until = Number(option("--until") ?? Infinity);
  const top = Number(option("--top") ?? 25);
  const requests = option("--requests");
  if (args.length !== 1) {
    console.error(
      "Usage: cpu-profile.ts <file.cpuprofile> [--skip <seconds>] [--until <seconds>] [--top <n>] [--requests <n>]",
    );
    process.exit(1);
  }
  const profile = JSON.parse(readFileSync(args[0], "utf8")) as CpuProfile;
  console.log(formatSummary(summarise(profile, skip, until), top, requests ? Number(requests) : undefined));
}
