/** Short, human-friendly renderings of figures for messages and dashboards. */

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/**
 * A duration in seconds as one compact unit: "45s", "12m", "1.2h" (under 48 hours), "2.5d".
 * Hours and days keep one decimal when it is not zero.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) throw new RangeError(`Cannot format a duration of ${seconds} seconds`);
  const sign = seconds < 0 ? "-" : "";
  const magnitude = Math.abs(seconds);
  if (Math.round(magnitude) < MINUTE) return `${sign}${Math.round(magnitude)}s`;
  if (Math.round(magnitude / MINUTE) < 60) return `${sign}${Math.round(magnitude / MINUTE)}m`;
  if (roundToTenth(magnitude / HOUR) < 48) return `${sign}${roundToTenth(magnitude / HOUR)}h`;
  return `${sign}${roundToTenth(magnitude / DAY)}d`;
}

/** A 0–1 ratio as a whole percentage: 0.875 → "88%". */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
