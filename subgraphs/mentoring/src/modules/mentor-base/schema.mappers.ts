export type { ImportReport as ImportReportMapper } from '@mentoring/platform/tabular';
