import { findConnection, present, type ConnectionArgs, type EntityManager } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type {
  MentoringPairFilter,
  MentoringPairResolvers,
  OrganizationResolvers,
  QueryResolvers,
} from '../../__generated__/resolvers-types.js';
import { MentoringPairSchema, type MentoringPair } from './pair.entity.js';

function pairsWhere(filter: MentoringPairFilter | null | undefined): FilterQuery<MentoringPair> {
  const conditions: FilterQuery<MentoringPair>[] = [];
  if (filter?.form) conditions.push({ form: filter.form });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  return { $and: conditions };
}

const pairsConnection = (em: EntityManager, where: FilterQuery<MentoringPair>, page: ConnectionArgs) =>
  findConnection(em, MentoringPairSchema, where, page, { startDate: 'desc', id: 'asc' });

export const pairQueries: Pick<QueryResolvers, 'mentoringPair' | 'mentoringPairs'> = {
  mentoringPair: (_, { id }, { loaders }) => loaders.pairById.load(id),
  mentoringPairs: (_, { filter, ...page }, { em }) => pairsConnection(em, pairsWhere(filter), page),
};

export const MentoringPairType: MentoringPairResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.pairById.load(reference.id),
  form: async (pair, _, { loaders }) => present(await loaders.formByCode.load(pair.form.code), `form of pair ${pair.id}`),
  organization: (pair) => ({ id: pair.organizationId }),
};

export const OrganizationType: OrganizationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  mentoringPairs: (organization, { status, ...page }, { em }) =>
    pairsConnection(em, pairsWhere({ organizationId: organization.id, status }), page),
  activeMentoringPairCount: (organization, _, { loaders }) => loaders.activePairCountByOrganization.load(organization.id),
};
