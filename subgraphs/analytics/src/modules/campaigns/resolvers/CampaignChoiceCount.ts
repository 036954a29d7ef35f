import type { CampaignChoiceCountResolvers } from '../../../__generated__/types.generated.js';

/** Computed whole in SQL (aggregates.ts): every field is the mapped value. */
export const CampaignChoiceCount: CampaignChoiceCountResolvers = {};
