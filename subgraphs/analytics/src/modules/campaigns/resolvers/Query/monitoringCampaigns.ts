import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { campaignsConnection } from '../../search.js';

export const monitoringCampaigns: NonNullable<QueryResolvers['monitoringCampaigns']> = (
  _,
  { filter, ...page },
  { em, viewer },
) =>
  campaignsConnection(
    em,
    viewer,
    {
      $and: [
        ...(filter?.regionCode ? [{ regionCode: filter.regionCode }] : []),
        ...(filter?.status ? [{ status: filter.status }] : []),
      ],
    },
    page,
  );
