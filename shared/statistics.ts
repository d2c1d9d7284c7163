/**
 * Descriptive statistics over plain number lists. Empty input gives null (there is no answer),
 * non-finite values are rejected, and inputs are never mutated.
 */

/**
 * The p-th percentile (p in 0–100) by linear interpolation between closest ranks — the
 * "inclusive" definition used by Excel's PERCENTILE.INC and NumPy's default. Input may be
 * sorted or not.
 */
export function percentile(values: ReadonlyArray<number>, p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile must be within 0–100, got ${p}`);
  assertFinite(values);
  if (values.length === 0) return null;

  const sorted = isAscending(values) ? values : [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

export function median(values: ReadonlyArray<number>): number | null {
  return percentile(values, 50);
}

export function mean(values: ReadonlyArray<number>): number | null {
  assertFinite(values);
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function isAscending(values: ReadonlyArray<number>): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1] > values[i]) return false;
  return true;
}

function assertFinite(values: ReadonlyArray<number>): void {
  if (!values.every(Number.isFinite)) throw new RangeError("Statistics need finite numbers");
}
