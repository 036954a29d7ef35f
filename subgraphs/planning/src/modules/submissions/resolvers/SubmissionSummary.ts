import type { SubmissionSummaryResolvers } from '../../../__generated__/types.generated.js';

/** Every field resolves by default: ReportingObligation.summary hands over the counts (states.ts). */
export const SubmissionSummary: SubmissionSummaryResolvers = {};
