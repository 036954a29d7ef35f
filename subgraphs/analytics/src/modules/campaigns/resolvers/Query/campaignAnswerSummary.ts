import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { campaignAnswerSummary as summaryOf } from '../../aggregates.js';
import { campaignToRead } from '../../campaign-to-read.js';

export const campaignAnswerSummary: NonNullable<QueryResolvers['campaignAnswerSummary']> = async (
  _,
  { campaignId, acceptedOnly },
  { em, viewer, loaders },
) => {
  const campaign = await campaignToRead(em, viewer, campaignId);
  const questions = await loaders.campaigns.questionsByCampaign.load(campaign.id);
  return summaryOf(em, campaign, questions, acceptedOnly ?? true, viewer);
};
