import { useMemo, useState } from "react";
import { useQuery } from "./client-context";
import { useI18n } from "./i18n";

const METRICS = ["TICKETS_CREATED", "TICKETS_RESOLVED", "CHATS_STARTED", "FIRST_RESPONSE_MEDIAN", "CSAT"] as const;
type Metric = (typeof METRICS)[number];
const DURATIONS: readonly Metric[] = ["FIRST_RESPONSE_MEDIAN"];

interface MetricPoint {
  start: string;
  value: number | null;
  count: number;
}

const SERIES = `query ConsoleSeries($metric: SeriesMetric!, $from: DateTime!, $to: DateTime!) {
  metricSeries(metric: $metric, from: $from, to: $to, bucket: DAY) { start value count }
}`;

/** The last seven whole UTC days plus today, as a range metricSeries buckets by day. */
function lastSevenDays(): { from: string; to: string } {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const from = new Date(today.getTime() - 6 * 86_400_000);
  const to = new Date(today.getTime() + 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { top: 16, bottom: 28, side: 36 };

/** One KPI per day over the last 7 days as an inline SVG bar chart. */
export function KpiChart() {
  const { t, number, duration, language, dir } = useI18n();
  const [metric, setMetric] = useState<Metric>("TICKETS_CREATED");
  const range = useMemo(lastSevenDays, []);
  const { data, error } = useQuery<{ metricSeries: MetricPoint[] }>(SERIES, { metric, ...range });
  const points = data?.metricSeries ?? [];
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const slot = (WIDTH - 2 * PAD.side) / Math.max(points.length, 1);
  const format = (value: number) => (DURATIONS.includes(metric) ? duration(value) : number(value));
  const day = (iso: string) => new Date(iso).toLocaleDateString(language, { weekday: "short", timeZone: "UTC" });
  // Time runs from the reading direction's start: right to left in Arabic.
  const x = (i: number) => (dir === "rtl" ? WIDTH - PAD.side - (i + 1) * slot : PAD.side + i * slot);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  return (
    <section className="card chart" aria-labelledby="chart-title">
      <div className="section-head">
        <h3 id="chart-title">
          {t(metric)} · {t("kpiChart")}
        </h3>
        <label>
          <span className="visually-hidden">{t("metric")}</span>
          <select name="metric" value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {t(m)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${t(metric)} · ${t("kpiChart")}`}
        data-testid="kpi-chart"
        data-points={points.length}
      >
        <line x1={PAD.side} x2={WIDTH - PAD.side} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} className="axis" />
        {points.map((point, i) => {
          const value = point.value ?? 0;
          const height = (value / max) * plotHeight;
          const left = x(i);
          return (
            <g key={point.start} data-testid="kpi-bar" data-value={point.value ?? ""}>
              <title>{`${day(point.start)}: ${point.value === null ? t("noData") : format(value)}`}</title>
              <rect
                x={left + slot * 0.15}
                width={slot * 0.7}
                y={HEIGHT - PAD.bottom - height}
                height={height}
                className="bar"
                rx={3}
              />
              <text x={left + slot / 2} y={HEIGHT - PAD.bottom - height - 4} textAnchor="middle" className="bar-value">
                {point.value === null ? "" : format(value)}
              </text>
              <text x={left + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="bar-label">
                {day(point.start)}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
