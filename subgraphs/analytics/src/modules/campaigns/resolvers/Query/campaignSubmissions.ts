import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { campaignToRead } from '../../campaign-to-read.js';
import { submissionsConnection, submissionsInTerritory } from '../../search.js';

export const campaignSubmissions: NonNullable<QueryResolvers['campaignSubmissions']> = async (
  _,
  { campaignId, filter, ...page },
  { em, viewer },
) => {
  const campaign = await campaignToRead(em, viewer, campaignId);
  return submissionsConnection(
    em,
    submissionsInTerritory(viewer, campaign, null),
    submissionsInTerritory(viewer, campaign, filter),
    page,
  );
};
