export type { IndicatorReportView as IndicatorReportMapper } from './report.js';
export type { IndicatorReportRowView as IndicatorReportRowMapper } from './report.js';
