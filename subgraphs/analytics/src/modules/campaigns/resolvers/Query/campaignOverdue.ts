import { todayIso } from '@mentoring/platform/validation';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { campaignToRead } from '../../campaign-to-read.js';
import { overdueAt, submissionsConnection, submissionsInTerritory } from '../../search.js';

export const campaignOverdue: NonNullable<QueryResolvers['campaignOverdue']> = async (
  _,
  { campaignId, level, asOf, ...page },
  { em, viewer },
) => {
  const campaign = await campaignToRead(em, viewer, campaignId);
  // Each query gets its own territory condition: a raw SQL fragment is not shared between statements.
  const where = {
    $and: [submissionsInTerritory(viewer, campaign, null), overdueAt(campaign, level, asOf ?? todayIso())],
  };
  return submissionsConnection(em, submissionsInTerritory(viewer, campaign, null), where, page);
};
