import type { MentoringSystemResolvers, OrganizationResolvers } from '../../__generated__/resolvers-types.js';

export const OrganizationSystemField: Pick<OrganizationResolvers, 'mentoringSystem'> = {
  mentoringSystem: (organization, _, { loaders }) => loaders.systemByOrganization.load(organization.id),
};

export const MentoringSystemType: MentoringSystemResolvers = {
  curator: (system) => (system.curatorPersonId ? { id: system.curatorPersonId } : null),
  implementsModel: (system) => Boolean(system.regulationOrderNumber && system.regulationOrderDate && system.curatorPersonId),
};
