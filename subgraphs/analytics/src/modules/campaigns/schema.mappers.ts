export type { CampaignAnswer as CampaignAnswerMapper } from './answer.entity.js';
export type { MonitoringCampaign as MonitoringCampaignMapper } from './campaign.entity.js';
export type { CampaignQuestion as CampaignQuestionMapper } from './question.entity.js';
export type { CampaignSubmission as CampaignSubmissionMapper } from './submission.entity.js';
export type {
  CampaignAnswerSummary as CampaignAnswerSummaryMapper,
  CampaignCompletion as CampaignCompletionMapper,
  CampaignQuestionSummary as CampaignQuestionSummaryMapper,
} from './aggregates.js';
