import { rowsWithStatus } from '@mentoring/platform';
import type { ImportReportResolvers } from '../../__generated__/resolvers-types.js';

export { mentorBaseQueries } from './export.js';
export { mentorBaseMutations } from './import.js';

export const ImportReportType: ImportReportResolvers = {
  rows: (report, { status }) => rowsWithStatus(report, status),
};
