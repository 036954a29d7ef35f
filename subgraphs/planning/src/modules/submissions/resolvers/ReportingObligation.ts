import { optionalSourceView } from '@mentoring/sources';
import type { ReportingObligationResolvers } from '../../../__generated__/types.generated.js';
import { statesPage, summaryOf } from '../states.js';

export const ReportingObligation: ReportingObligationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.reportingObligationById.load(reference.id),
  source: optionalSourceView,
  region: (obligation) => ({ id: obligation.regionId }),
  roadmapItem: (obligation, _, { loaders }) =>
    obligation.roadmapItem ? loaders.roadmapItemById.load(obligation.roadmapItem.id) : null,
  summary: async (obligation, _, { loaders }) => summaryOf(await loaders.territoryStates.load(obligation.id)),
  territories: async (obligation, { state, ...page }, { loaders }) =>
    statesPage(await loaders.territoryStates.load(obligation.id), state, page),
};
