import type { MentoringLoaders } from '../../loaders.js';
import type { MentoringSystemResolvers, OrganizationResolvers } from '../../__generated__/resolvers-types.js';

export const OrganizationSystemField: Pick<OrganizationResolvers, 'mentoringSystem'> = {
  mentoringSystem: (organization, _, { loaders }) => loaders.systemByOrganization.load(organization.id),
};

/** The stored curator, only while their SCHOOL_CURATOR appointment is in force in the registry: the two never disagree. */
async function curatorInForce(system: { organizationId: string; curatorPersonId?: string | null }, loaders: MentoringLoaders): Promise<string | null> {
  if (!system.curatorPersonId) return null;
  return (await loaders.curatorInForce.load(`${system.organizationId}:${system.curatorPersonId}`)) ? system.curatorPersonId : null;
}

export const MentoringSystemType: MentoringSystemResolvers = {
  curator: async (system, _, { loaders }) => {
    const personId = await curatorInForce(system, loaders);
    return personId ? { id: personId } : null;
  },
  implementsModel: async (system, _, { loaders }) => Boolean(system.regulationOrderNumber && system.regulationOrderDate && (await curatorInForce(system, loaders))),
};
