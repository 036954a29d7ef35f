import type { TerritorySubmissionStateResolvers } from '../../../__generated__/types.generated.js';

export const TerritorySubmissionState: TerritorySubmissionStateResolvers = {
  municipality: (row) => ({ id: row.municipalityId }),
  submission: (row, _, { loaders }) => (row.submissionId ? loaders.reportSubmissionById.load(row.submissionId) : null),
};
