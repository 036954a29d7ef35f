import type { CampaignCompletionRowResolvers } from '../../../__generated__/types.generated.js';

/** Computed whole in SQL (aggregates.ts): every field is the mapped value. */
export const CampaignCompletionRow: CampaignCompletionRowResolvers = {};
