export type { ReportingObligation as ReportingObligationMapper } from './obligation.entity.js';
export type { ReportSubmission as ReportSubmissionMapper } from './submission.entity.js';
export type { SubmissionSummary as SubmissionSummaryMapper } from './states.js';
export type { TerritorySubmissionState as TerritorySubmissionStateMapper } from './states.js';
