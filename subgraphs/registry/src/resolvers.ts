import { DateScalar } from '@mentoring/platform';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { organizationMutations } from './modules/organizations/mutations.js';
import { organizationQueries, OrganizationType } from './modules/organizations/resolvers.js';
import { peopleMutations } from './modules/people/mutations.js';
import { accessLogQueries } from './modules/people/access-log.js';
import { EmploymentType, OrganizationStaff, peopleQueries, PersonType } from './modules/people/resolvers.js';
import { MunicipalityType, Region, territoryQueries } from './modules/territories/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...territoryQueries, ...organizationQueries, ...peopleQueries, ...accessLogQueries },
  Mutation: { ...organizationMutations, ...peopleMutations },
  Region,
  Municipality: MunicipalityType,
  Organization: { ...OrganizationType, ...OrganizationStaff },
  Person: PersonType,
  Employment: EmploymentType,
};
