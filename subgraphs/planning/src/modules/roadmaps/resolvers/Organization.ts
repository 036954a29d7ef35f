import type { OrganizationResolvers } from '../../../__generated__/types.generated.js';

/** Planning adds an organization's own roadmaps (дорожные карты образовательных организаций). */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  roadmaps: (organization, _, { loaders }) => loaders.roadmapsByOrganization.load(organization.id),
};
