/**
 * Explicit rules that turn period-over-period figures into insights and recommendations.
 *
 * Rules, applied overall and per category (categories with fewer than `minimumCategoryTickets`
 * tickets this period are skipped as too noisy):
 *   worse / better  Trend of a quality metric vs the previous period. Thresholds by kind:
 *                     durations  relative change ≥ 20% (critical from 50%)
 *                     ratios     ≥ 5 percentage points (critical from 10)
 *                     NPS        ≥ 10 points (critical from 20)
 *                   Worsening is a warning or critical; improving by the same amount is info.
 *   below / above   Level of the current period: SLA compliance below 90% (warning) / 80%
 *                   (critical); CSAT below 80% / 70%; chat abandonment above 10% / 20%.
 *   volume-up/down  Ticket volume changed by ≥ 25%: up is a warning, down is info.
 * A metric missing (null) in either period never fires a trend rule.
 *
 * Every warning or critical insight leads to one recommendation per theme and scope (e.g. slow
 * first replies in billing), pointing at its most severe insight via `because`.
 */
import { formatDuration, formatPercent } from "../../shared/format.js";

export interface Figures {
  ticketsTotal: number;
  ticketsResolved: number;
  firstResponseP90Seconds: number | null;
  firstResponseMedianSeconds: number | null;
  resolutionMedianSeconds: number | null;
  /** 0–1. */
  slaComplianceFirstReply: number | null;
  /** 0–1. */
  slaComplianceResolution: number | null;
  /** 0–1. */
  csat: number | null;
  /** −100–100. */
  nps: number | null;
  /** 0–1. */
  chatAbandonmentRate: number | null;
  chatWaitP90Seconds: number | null;
}

export type MetricKey = keyof Figures;
export type Severity = "info" | "warning" | "critical";

export interface MetricChange {
  previous: number | null;
  current: number | null;
  /** (current − previous) / previous; null when either is missing or previous is 0. */
  relative: number | null;
}

export interface Insight {
  /** Stable and unique: rule, metric and category, e.g. "worse:csat:billing". */
  id: string;
  severity: Severity;
  message: string;
  metric: MetricKey;
  /** Null for the whole desk. */
  category: string | null;
  change: MetricChange;
}

export interface Recommendation {
  id: string;
  message: string;
  /** The id of the insight that prompted it. */
  because: string;
}

export interface PeriodComparison {
  current: Figures;
  previous: Figures;
}

export interface InsightInput extends PeriodComparison {
  byCategory?: Record<string, PeriodComparison>;
}

export interface InsightOptions {
  /** Categories with fewer tickets this period are skipped. Default 10. */
  minimumCategoryTickets?: number;
}

export interface InsightReport {
  /** Most severe first; overall before categories. */
  insights: Insight[];
  recommendations: Recommendation[];
}

export function deriveInsights(input: InsightInput, options: InsightOptions = {}): InsightReport {
  const minimumTickets = options.minimumCategoryTickets ?? 10;
  const byCategory = input.byCategory ?? {};
  const categories = Object.keys(byCategory)
    .sort()
    .filter((category) => byCategory[category].current.ticketsTotal >= minimumTickets);

  const insights = [
    ...insightsFor(input, null),
    ...categories.flatMap((category) => insightsFor(byCategory[category], category)),
  ].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);

  return { insights, recommendations: recommend(insights) };
}

// ---------------------------------------------------------------------------------------------
// Metrics

type Theme = "firstResponse" | "resolution" | "satisfaction" | "chat" | "volume";

type QualityMetric = Exclude<MetricKey, "ticketsTotal" | "ticketsResolved">;
type MetricKind = "duration" | "ratio" | "score";

interface MetricDefinition {
  label: string;
  kind: MetricKind;
  better: "lower" | "higher";
  theme: Theme;
}

const QUALITY_METRICS: Record<QualityMetric, MetricDefinition> = {
  firstResponseP90Seconds: { label: "First response p90", kind: "duration", better: "lower", theme: "firstResponse" },
  firstResponseMedianSeconds: {
    label: "Median first response",
    kind: "duration",
    better: "lower",
    theme: "firstResponse",
  },
  resolutionMedianSeconds: { label: "Median resolution time", kind: "duration", better: "lower", theme: "resolution" },
  slaComplianceFirstReply: {
    label: "First-reply SLA compliance",
    kind: "ratio",
    better: "higher",
    theme: "firstResponse",
  },
  slaComplianceResolution: { label: "Resolution SLA compliance", kind: "ratio", better: "higher", theme: "resolution" },
  csat: { label: "CSAT", kind: "ratio", better: "higher", theme: "satisfaction" },
  nps: { label: "NPS", kind: "score", better: "higher", theme: "satisfaction" },
  chatAbandonmentRate: { label: "Chat abandonment", kind: "ratio", better: "lower", theme: "chat" },
  chatWaitP90Seconds: { label: "Chat wait p90", kind: "duration", better: "lower", theme: "chat" },
};

/** Change needed for a trend to count, and to count as critical, in the kind's own unit. */
const TREND_THRESHOLDS: Record<MetricKind, { notable: number; critical: number }> = {
  duration: { notable: 0.2, critical: 0.5 }, // relative change
  ratio: { notable: 0.05, critical: 0.1 }, // percentage points, as a fraction
  score: { notable: 10, critical: 20 }, // NPS points
};

/** Relative change in ticket volume worth reporting. */
const VOLUME_CHANGE_THRESHOLD = 0.25;

interface LevelRule {
  metric: QualityMetric;
  direction: "below" | "above";
  warning: number;
  critical: number;
}

const LEVEL_RULES: LevelRule[] = [
  { metric: "slaComplianceFirstReply", direction: "below", warning: 0.9, critical: 0.8 },
  { metric: "slaComplianceResolution", direction: "below", warning: 0.9, critical: 0.8 },
  { metric: "csat", direction: "below", warning: 0.8, critical: 0.7 },
  { metric: "chatAbandonmentRate", direction: "above", warning: 0.1, critical: 0.2 },
];

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

// ---------------------------------------------------------------------------------------------
// Rules

function insightsFor(period: PeriodComparison, category: string | null): Insight[] {
  const trends = (Object.keys(QUALITY_METRICS) as QualityMetric[]).map((metric) =>
    trendInsight(metric, period, category),
  );
  const levels = LEVEL_RULES.map((rule) => levelInsight(rule, period, category));
  return [volumeInsight(period, category), ...trends, ...levels].filter(
    (insight): insight is Insight => insight !== null,
  );
}

function trendInsight(metric: QualityMetric, period: PeriodComparison, category: string | null): Insight | null {
  const definition = QUALITY_METRICS[metric];
  const change = changeOf(period, metric);
  const { previous, current } = change;
  if (previous === null || current === null) return null;

  const magnitude = trendMagnitude(definition.kind, change);
  if (magnitude === null) return null;
  const thresholds = TREND_THRESHOLDS[definition.kind];
  if (Math.abs(magnitude) < thresholds.notable) return null;

  const worse = definition.better === "lower" ? magnitude > 0 : magnitude < 0;
  const severity: Severity = !worse ? "info" : Math.abs(magnitude) >= thresholds.critical ? "critical" : "warning";
  return {
    id: insightId(worse ? "worse" : "better", metric, category),
    severity,
    message: `${definition.label} ${magnitude > 0 ? "rose" : "fell"} ${describeMagnitude(definition.kind, magnitude)} vs the previous period${scopeOf(category)} (${formatValue(definition.kind, previous)} → ${formatValue(definition.kind, current)})`,
    metric,
    category,
    change,
  };
}

function volumeInsight(period: PeriodComparison, category: string | null): Insight | null {
  const change = changeOf(period, "ticketsTotal");
  if (change.relative === null || Math.abs(withoutFloatNoise(change.relative)) < VOLUME_CHANGE_THRESHOLD) return null;
  const up = change.relative > 0;
  return {
    id: insightId(up ? "volume-up" : "volume-down", "ticketsTotal", category),
    severity: up ? "warning" : "info",
    message: `Ticket volume ${up ? "rose" : "fell"} ${formatPercent(Math.abs(change.relative))} vs the previous period${scopeOf(category)} (${change.previous} → ${change.current})`,
    metric: "ticketsTotal",
    category,
    change,
  };
}

function levelInsight(rule: LevelRule, period: PeriodComparison, category: string | null): Insight | null {
  const value = period.current[rule.metric];
  if (value === null) return null;
  const beyond = (threshold: number) => (rule.direction === "below" ? value < threshold : value > threshold);
  const severity: Severity | null = beyond(rule.critical) ? "critical" : beyond(rule.warning) ? "warning" : null;
  if (severity === null) return null;

  const threshold = severity === "critical" ? rule.critical : rule.warning;
  return {
    id: insightId(rule.direction, rule.metric, category),
    severity,
    message: `${QUALITY_METRICS[rule.metric].label}${scopeOf(category)} is ${formatPercent(value)}, ${rule.direction} the ${formatPercent(threshold)} ${severity} threshold`,
    metric: rule.metric,
    category,
    change: changeOf(period, rule.metric),
  };
}

function changeOf(period: PeriodComparison, metric: MetricKey): MetricChange {
  const previous = period.previous[metric];
  const current = period.current[metric];
  const relative =
    previous === null || current === null || previous === 0 ? null : (current - previous) / Math.abs(previous);
  return { previous, current, relative };
}

/** Signed change in the kind's unit: relative for durations, absolute for ratios and scores. */
function trendMagnitude(kind: MetricKind, change: MetricChange): number | null {
  if (change.previous === null || change.current === null) return null;
  const magnitude = kind === "duration" ? change.relative : change.current - change.previous;
  return magnitude === null ? null : withoutFloatNoise(magnitude);
}

/** Rounds to 9 decimals so that, say, 0.88 − 0.83 counts as the 5 points it is. */
function withoutFloatNoise(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function describeMagnitude(kind: MetricKind, magnitude: number): string {
  if (kind === "ratio") return `${Math.round(Math.abs(magnitude) * 100)} points`;
  if (kind === "score") return `${Math.round(Math.abs(magnitude))} points`;
  return formatPercent(Math.abs(magnitude));
}

function formatValue(kind: MetricKind, value: number): string {
  if (kind === "duration") return formatDuration(value);
  if (kind === "ratio") return formatPercent(value);
  return String(Math.round(value));
}

function scopeOf(category: string | null): string {
  return category === null ? "" : ` in ${category}`;
}

function insightId(rule: string, metric: MetricKey, category: string | null): string {
  return category === null ? `${rule}:${metric}` : `${rule}:${metric}:${category}`;
}

// ---------------------------------------------------------------------------------------------
// Recommendations

const ADVICE: Record<Theme, (scope: string) => string> = {
  firstResponse: (scope) =>
    `Add agent coverage at peak hours${scope} or route more agents to this queue; first replies are slipping.`,
  resolution: (scope) =>
    `Review escalated and long-open tickets${scope}; add knowledge-base articles or macros for the most common issues.`,
  satisfaction: (scope) =>
    `Read the low-rated conversations${scope} and follow up with detractors to find the recurring cause.`,
  chat: (scope) =>
    `Staff chat${scope} to the forecast (Erlang C) and show wait estimates or offer email when the queue is long.`,
  volume: (scope) =>
    `Find what drives the extra volume${scope} (an incident, a release, a billing run) and plan staffing for it.`,
};

function themeOf(metric: MetricKey): Theme {
  return metric === "ticketsTotal" || metric === "ticketsResolved" ? "volume" : QUALITY_METRICS[metric].theme;
}

/** One recommendation per theme and scope, prompted by its most severe insight (insights arrive sorted). */
function recommend(insights: Insight[]): Recommendation[] {
  const recommendations = new Map<string, Recommendation>();
  for (const insight of insights) {
    if (insight.severity === "info") continue;
    const theme = themeOf(insight.metric);
    const id = insight.category === null ? theme : `${theme}:${insight.category}`;
    if (recommendations.has(id)) continue;
    recommendations.set(id, { id, message: ADVICE[theme](scopeOf(insight.category)), because: insight.id });
  }
  return [...recommendations.values()];
}
