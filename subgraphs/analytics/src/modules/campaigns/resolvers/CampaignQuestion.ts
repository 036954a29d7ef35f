import { sourceView } from '@mentoring/sources';
import type { CampaignQuestionResolvers } from '../../../__generated__/types.generated.js';

export const CampaignQuestion: CampaignQuestionResolvers = {
  indicator: (question, _, { loaders }) =>
    question.indicator ? loaders.indicatorByCode.load(question.indicator.code) : null,
  source: (question) => (question.source ? sourceView(question.source) : null),
};
