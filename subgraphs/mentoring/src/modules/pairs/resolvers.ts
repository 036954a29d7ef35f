import { findConnection, forbidden, inScope, present, type ConnectionArgs, type EntityManager, type OrganizationScope } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type {
  MentoringPairFilter,
  MentoringPairResolvers,
  OrganizationResolvers,
  QueryResolvers,
} from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { MentoringPairSchema, type MentoringPair } from './pair.entity.js';

function pairsWhere(filter: MentoringPairFilter | null | undefined, scope: OrganizationScope): FilterQuery<MentoringPair> {
  const conditions: FilterQuery<MentoringPair>[] = [];
  if (scope.kind === 'some') conditions.push({ organizationId: { $in: [...scope.ids] } });
  if (filter?.form) conditions.push({ form: filter.form });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  return { $and: conditions };
}

const pairsConnection = (em: EntityManager, where: FilterQuery<MentoringPair>, page: ConnectionArgs) =>
  findConnection(em, MentoringPairSchema, where, page, { startDate: 'desc', id: 'asc' });

/** A pair outside the viewer's territory is answered as if it did not exist. */
async function visiblePair(id: string, loaders: Context['loaders']): Promise<MentoringPair | null> {
  const pair = await loaders.pairById.load(id);
  return pair && inScope(await loaders.organizationScope(), pair.organizationId) ? pair : null;
}

export const pairQueries: Pick<QueryResolvers, 'mentoringPair' | 'mentoringPairs'> = {
  mentoringPair: (_, { id }, { loaders }) => visiblePair(id, loaders),
  mentoringPairs: async (_, { filter, ...page }, { em, loaders }) => pairsConnection(em, pairsWhere(filter, await loaders.organizationScope()), page),
};

export const MentoringPairType: MentoringPairResolvers = {
  __resolveReference: (reference, { loaders }) => visiblePair(reference.id, loaders),
  form: async (pair, _, { loaders }) => present(await loaders.formByCode.load(pair.form.code), `form of pair ${pair.id}`),
  organization: (pair) => ({ id: pair.organizationId }),
};

export const OrganizationType: OrganizationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  mentoringPairs: async (organization, { status, ...page }, { em, loaders }) => {
    const scope = await loaders.organizationScope();
    if (!inScope(scope, organization.id)) {
      throw forbidden('Пары этой организации вне вашей территории; this organization is outside your territory.');
    }
    return pairsConnection(em, pairsWhere({ organizationId: organization.id, status }, scope), page);
  },
  activeMentoringPairCount: (organization, _, { loaders }) => loaders.activePairCountByOrganization.load(organization.id),
};
