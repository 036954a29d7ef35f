import type { Resolvers } from './__generated__/resolvers-types.js';
import { organizationQueries, OrganizationType } from './modules/organizations/resolvers.js';
import { MunicipalityType, Region, territoryQueries } from './modules/territories/resolvers.js';

export const resolvers: Resolvers = {
  Query: { ...territoryQueries, ...organizationQueries },
  Region,
  Municipality: MunicipalityType,
  Organization: OrganizationType,
};
