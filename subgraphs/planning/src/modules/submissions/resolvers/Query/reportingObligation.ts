import type { QueryResolvers } from '../../../../__generated__/types.generated.js';

export const reportingObligation: NonNullable<QueryResolvers['reportingObligation']> = (_, { id }, { loaders }) =>
  loaders.reportingObligationById.load(id);
