/**
 * The garbage collector's pauses in a benchmark process, timed on the epoch clock the benchmarks
 * use for sends and arrivals, so a slow delivery can be checked against the collections that
 * happened while it was on its way.
 */
import { constants, PerformanceObserver, performance } from "node:perf_hooks";

export interface GcPause {
  /** Start, epoch ms. */
  at: number;
  ms: number;
  /** A full (mark-compact) collection rather than a young-generation one. */
  major: boolean;
}

export interface GcPauseWatch {
  /** The pauses that overlapped [from, to] (epoch ms). */
  between(from: number, to: number): GcPause[];
}

/** Records this process's collections from now on (the most recent `limit`). */
export function watchGcPauses(limit = 10_000): GcPauseWatch {
  const pauses: GcPause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Node sets `detail.kind` on "gc" entries (its typings here predate the field).
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      pauses.push({
        at: performance.timeOrigin + entry.startTime,
        ms: entry.duration,
        major: kind === constants.NODE_PERFORMANCE_GC_MAJOR,
      });
      if (pauses.length > limit) pauses.shift();
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  return { between: (from, to) => pauses.filter((pause) => pause.at + pause.ms >= from && pause.at <= to) };
}

/** "3 (1 full), longest 41.2 ms, 58.0 ms in all", or "none". */
export function describePauses(pauses: GcPause[]): string {
  if (pauses.length === 0) return "none";
  const major = pauses.filter((pause) => pause.major).length;
  const longest = pauses.reduce((max, pause) => Math.max(max, pause.ms), 0);
  const total = pauses.reduce((sum, pause) => sum + pause.ms, 0);
  return `${pauses.length}${major ? ` (${major} full)` : ""}, longest ${longest.toFixed(1)} ms, ${total.toFixed(1)} ms in all`;
}
