import { CampaignAnswerSchema } from './answer.entity.js';
import { CampaignIndicatorAnswerSchema } from './indicator-answer.view.js';
import { MonitoringCampaignSchema } from './campaign.entity.js';
import { CampaignQuestionSchema } from './question.entity.js';
import { CampaignSubmissionSchema } from './submission.entity.js';

/** The tables of monitoring campaigns (мониторинг), for the subgraph's ORM. */
export const CAMPAIGN_ENTITIES = [
  MonitoringCampaignSchema,
  CampaignQuestionSchema,
  CampaignSubmissionSchema,
  CampaignAnswerSchema,
  CampaignIndicatorAnswerSchema,
];
