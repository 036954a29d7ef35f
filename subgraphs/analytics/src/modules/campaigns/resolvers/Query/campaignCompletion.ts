import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { campaignCompletion as completionOf } from '../../aggregates.js';
import { campaignToRead } from '../../campaign-to-read.js';

export const campaignCompletion: NonNullable<QueryResolvers['campaignCompletion']> = async (
  _,
  { campaignId },
  { em, viewer },
) => completionOf(em, await campaignToRead(em, viewer, campaignId));
