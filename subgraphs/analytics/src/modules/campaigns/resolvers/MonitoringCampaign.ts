import { present } from '@mentoring/platform/graphql';
import { sourceView } from '@mentoring/sources';
import type { MonitoringCampaignResolvers, TargetOrganizationKind } from '../../../__generated__/types.generated.js';

export const MonitoringCampaign: MonitoringCampaignResolvers = {
  region: (campaign) => ({ id: present(campaign.regionId, `region of campaign ${campaign.id}`) }),
  targetKinds: (campaign) => campaign.targetKinds as TargetOrganizationKind[],
  questions: (campaign, _, { loaders }) => loaders.campaigns.questionsByCampaign.load(campaign.id),
  participationIndicator: (campaign, _, { loaders }) =>
    campaign.participationIndicator ? loaders.indicatorByCode.load(campaign.participationIndicator.code) : null,
  source: (campaign) => (campaign.source ? sourceView(campaign.source) : null),
};
