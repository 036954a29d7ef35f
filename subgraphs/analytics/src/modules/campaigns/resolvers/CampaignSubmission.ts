import { present } from '@mentoring/platform/graphql';
import type { CampaignSubmissionResolvers } from '../../../__generated__/types.generated.js';

export const CampaignSubmission: CampaignSubmissionResolvers = {
  campaign: async (submission, _, { loaders }) =>
    present(await loaders.campaigns.campaignById.load(submission.campaign.id), `campaign of ${submission.id}`),
  organization: (submission) => ({ id: submission.organizationId }),
  municipality: async (submission, _, { loaders }) => {
    const place = await loaders.places.ORGANIZATION.load(submission.organizationId);
    return place?.municipalityId ? { id: place.municipalityId } : null;
  },
  answers: async (submission, _, { loaders }) => {
    const [answers, questions] = await Promise.all([
      loaders.campaigns.answersBySubmission.load(submission.id),
      loaders.campaigns.questionsByCampaign.load(submission.campaign.id),
    ]);
    const order = new Map(questions.map((question) => [question.id, question.position]));
    return [...answers].sort((a, b) => (order.get(a.question.id) ?? 0) - (order.get(b.question.id) ?? 0));
  },
};
