import { findConnection } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { MonitoringCampaignSchema } from '../../campaign.entity.js';
import { visibleCampaigns } from '../../search.js';

export const monitoringCampaigns: NonNullable<QueryResolvers['monitoringCampaigns']> = (
  _,
  { filter, ...page },
  { em, viewer },
) =>
  findConnection(
    em,
    MonitoringCampaignSchema,
    {
      $and: [
        visibleCampaigns(viewer),
        ...(filter?.regionCode ? [{ regionCode: filter.regionCode }] : []),
        ...(filter?.status ? [{ status: filter.status }] : []),
      ],
    },
    page,
    { periodEnd: 'desc', id: 'asc' },
  );
