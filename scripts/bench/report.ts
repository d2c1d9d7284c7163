/**
 * What every benchmark shares: progress lines on stderr, and its figures as one named section —
 * printed on stdout, and written to BENCHMARKS.md (replacing the previous run's section) only
 * when the command line has `--write`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { projectPath } from "../../shared/paths.js";

const FILE = projectPath("BENCHMARKS.md");
const HEADER =
  "# Benchmarks\n\nFigures are produced by the commands shown in each section, which print them; add `--write` (`npm run bench -- gateway --write`) to record them here, replacing that section. Numbers vary with the machine and what else runs on it.\n";

export const WRITE_FLAG = "--write";

/** True when the run should record its figures in BENCHMARKS.md. */
export function writeRequested(argv: readonly string[] = process.argv): boolean {
  return argv.includes(WRITE_FLAG);
}

const started = Date.now();
/** One progress line on stderr, with the seconds since the run started. */
export function progress(message: string): void {
  process.stderr.write(`bench [${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux), or null. On a
 * shared, busy machine req/s measures the neighbours as much as the code; CPU per request does
 * not (much), so it is the figure to compare.
 */
export function cpuSecondsOf(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces) — utime and stime are 14th and 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * The CPU seconds (user + system) used so far by each process of the PostgreSQL server on this
 * machine (every process named `postgres`: backends, writer, WAL writer…), by pid; empty when
 * there is none. Only meaningful when the benchmark's database runs here and nothing else uses it.
 */
export function localPostgresCpu(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() !== "postgres") continue;
    } catch {
      continue; // gone meanwhile
    }
    const seconds = cpuSecondsOf(Number(entry));
    if (seconds !== null) byPid.set(Number(entry), seconds);
  }
  return byPid;
}

/**
 * The CPU the processes of `after` used since `before`: per pid, so a process that started
 * meanwhile counts whole and one that exited only loses what it used in between (unseen).
 */
export function cpuSecondsBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += Math.max(0, seconds - (before.get(pid) ?? 0));
  return total;
}

/** The 1-, 5- and 15-minute load averages, e.g. "1.64 / 0.67 / 0.25". */
export function machineLoad(digits = 2): string {
  return os
    .loadavg()
    .map((average) => average.toFixed(digits))
    .join(" / ");
}

const SPEED_STEPS = 50_000_000;
let speedSink = 0;

/**
 * How fast one thread of this machine runs now: the milliseconds a fixed integer loop takes (lower
 * is faster; ~300 ms on the machines these figures come from). A shared machine's speed drifts by
 * a fifth or more within minutes, and the load average does not show a throttled one; taken
 * before and after a run, it tells a slow run from a slow machine.
 */
export function machineSpeedMs(): number {
  const started = performance.now();
  let x = speedSink;
  for (let i = 0; i < SPEED_STEPS; i++) x = (x * 31 + i) | 0;
  speedSink = x;
  return Math.round(performance.now() - started);
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** The section as BENCHMARKS.md holds it. */
export function benchmarkSection(title: string, body: string, command: string): string {
  return `## ${title}\n\nCommand: \`${command}\`  \nMachine: ${machineLine()}  \nDate: ${new Date().toISOString()}\n\n${body.trim()}\n`;
}

/** Replaces (or appends) the section titled `title` in the text of BENCHMARKS.md. */
export function withSection(current: string, title: string, section: string): string {
  const pattern = new RegExp(`## ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n[\\s\\S]*?(?=\\n## |$)`);
  const next = pattern.test(current) ? current.replace(pattern, () => section) : `${current.trimEnd()}\n\n${section}`;
  return next.endsWith("\n") ? next : `${next}\n`;
}

/**
 * Prints a benchmark's section on stdout; with `--write` also records it in BENCHMARKS.md.
 * (Named for what it did before `--write` existed, so every benchmark keeps calling it.)
 */
export function writeBenchmarkSection(
  title: string,
  body: string,
  command: string,
  argv: readonly string[] = process.argv,
): void {
  const section = benchmarkSection(title, body, command);
  process.stdout.write(`\n${section}`);
  if (!writeRequested(argv)) {
    progress(`BENCHMARKS.md unchanged (add ${WRITE_FLAG} to record "${title}")`);
    return;
  }
  writeFileSync(FILE, withSection(existsSync(FILE) ? readFileSync(FILE, "utf8") : HEADER, title, section));
  progress(`wrote "${title}" to BENCHMARKS.md`);
}
