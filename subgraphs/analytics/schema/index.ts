/**
 * analytics subgraph schema: the domain-event log, figures, reports, feedback and the live dashboard.
 * Each file defines its types; the root fields are registered here in the order the API lists them.
 */
import { buildSubgraphSchema } from "../../../shared/builder.js";
import { builder } from "./builder.js";
import { registerEventLogFields } from "./event-log.js";
import { registerFeedbackAnalyticsFields } from "./feedback-analytics.js";
import { registerFeedbackFields } from "./feedback.js";
import { registerLiveStatusFields } from "./live-status.js";
import { registerMetricSeriesFields } from "./metric-series.js";
import { registerPerformanceReportFields } from "./performance-report.js";
import { registerSupportMetricsFields } from "./support-metrics.js";

registerEventLogFields();
registerSupportMetricsFields();
registerPerformanceReportFields();
registerMetricSeriesFields();
registerFeedbackAnalyticsFields();
registerFeedbackFields();
registerLiveStatusFields();

export { LIVE_REFRESH_MS, LIVE_UPDATE_INTERVAL_MS } from "../live-status.js";
export const analyticsSchema = buildSubgraphSchema(builder);
