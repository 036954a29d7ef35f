import type { IndicatorReportResolvers } from './../../../__generated__/types.generated.js';
import { reportFile } from '../file.js';
import { REPORT_COLUMNS } from '../report.js';

const referenceAt = (level: string) => (report: { territory: { level: string; id: string } }) =>
  report.territory.level === level ? { id: report.territory.id } : null;

export const IndicatorReport: IndicatorReportResolvers = {
  columns: () => REPORT_COLUMNS,
  file: (report, { format }) => reportFile(report, format),
  level: (report) => report.territory.level,
  region: referenceAt('REGION'),
  municipality: referenceAt('MUNICIPALITY'),
  organization: referenceAt('ORGANIZATION'),
};
