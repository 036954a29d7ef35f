import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { visibleCampaign } from '../../search.js';

export const monitoringCampaign: NonNullable<QueryResolvers['monitoringCampaign']> = (_, { id }, { em, viewer }) =>
  visibleCampaign(em, viewer, id);
