import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader, uniqueLoader } from '@mentoring/platform/loaders';
import { CampaignAnswerSchema } from './answer.entity.js';
import { MonitoringCampaignSchema } from './campaign.entity.js';
import { CampaignQuestionSchema } from './question.entity.js';

/** Per request: the campaign, questions, and answers of N forms cost one statement each. */
export function createCampaignLoaders(em: EntityManager) {
  return {
    campaignById: uniqueLoader(em, MonitoringCampaignSchema, 'id'),
    questionById: uniqueLoader(em, CampaignQuestionSchema, 'id'),
    questionsByCampaign: groupedLoader(em, CampaignQuestionSchema, 'campaign', { orderBy: { position: 'asc' } }),
    answersBySubmission: groupedLoader(em, CampaignAnswerSchema, 'submission'),
  };
}

export type CampaignLoaders = ReturnType<typeof createCampaignLoaders>;
