import { rowsWithStatus } from '@mentoring/platform/tabular';
import type { ImportReportResolvers } from '../../../__generated__/types.generated.js';

export const ImportReport: ImportReportResolvers = {
  rows: (report, { status }) => rowsWithStatus(report, status),
};
