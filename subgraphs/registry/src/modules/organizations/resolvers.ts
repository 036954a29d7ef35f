import { containsPattern, exactlyOneKey, findConnection, present, type ConnectionArgs, type EntityManager } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { OrganizationFilter, OrganizationResolvers, QueryResolvers } from '../../__generated__/resolvers-types.js';
import { OrganizationSchema, type Organization } from './organization.entity.js';

export function organizationsWhere(filter: OrganizationFilter | null | undefined): FilterQuery<Organization> {
  const conditions: FilterQuery<Organization>[] = [];
  if (filter?.regionCode) conditions.push({ municipality: { region: { code: filter.regionCode } } });
  if (filter?.municipalityOktmo) conditions.push({ municipality: { oktmo: filter.municipalityOktmo } });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.tag) conditions.push({ tags: { $contains: [filter.tag] } });
  if (filter?.nameContains) {
    const pattern = containsPattern(filter.nameContains);
    conditions.push({ $or: [{ name: { $ilike: pattern } }, { shortName: { $ilike: pattern } }] });
  }
  return { $and: conditions };
}

export function organizationsConnection(em: EntityManager, where: FilterQuery<Organization>, page: ConnectionArgs) {
  return findConnection(em, OrganizationSchema, where, page, { shortName: 'asc', id: 'asc' });
}

export const organizationQueries: Pick<QueryResolvers, 'organization' | 'organizations'> = {
  organization: (_, args, { loaders }) => {
    const [key, value] = exactlyOneKey(args, ['inn', 'id']);
    return key === 'inn' ? loaders.organizationByInn.load(value) : loaders.organizationById.load(value);
  },
  organizations: (_, { filter, ...page }, { em }) => organizationsConnection(em, organizationsWhere(filter), page),
};

export const OrganizationType: OrganizationResolvers = {
  __resolveReference: (reference, { loaders }) =>
    'inn' in reference ? loaders.organizationByInn.load(reference.inn) : loaders.organizationById.load(reference.id),
  municipality: async (organization, _, { loaders }) =>
    present(await loaders.municipalityById.load(organization.municipality.id), `municipality of organization ${organization.inn}`),
};
