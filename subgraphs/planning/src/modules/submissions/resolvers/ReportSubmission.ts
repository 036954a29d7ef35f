import { wrap } from '@mikro-orm/core';
import { present } from '@mentoring/platform/graphql';
import type { ReportSubmissionResolvers } from '../../../__generated__/types.generated.js';

export const ReportSubmission: ReportSubmissionResolvers = {
  obligation: async (submission, _, { loaders }) =>
    wrap(submission.obligation).isInitialized()
      ? submission.obligation
      : present(
          await loaders.reportingObligationById.load(submission.obligation.id),
          `obligation of submission ${submission.id}`,
        ),
  municipality: (submission) => ({ id: submission.municipalityId }),
  withdrawnAt: (submission) => submission.withdrawnAt?.toISOString() ?? null,
};
