import { forbidden } from '@mentoring/platform/errors';
import type { OrganizationResolvers } from '../../../__generated__/types.generated.js';
import { shownPairCount } from '../../territories/pair-counts.js';

export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  activeMentoringPairCount: (organization, _, { loaders, viewer }) =>
    shownPairCount(loaders.activePairCountByOrganization, organization.id, viewer),
  mentoringSystem: (organization, _, { loaders }) => loaders.systemByOrganization.load(organization.id),
  mentoring: async (organization, _, { loaders }) => {
    if (!(await loaders.organizationInScope.load(organization.id))) {
      throw forbidden(
        'Наставничество этой организации вне вашей территории; this organization is outside your territory.',
      );
    }
    return { id: organization.id };
  },
};
