import { organizationScopeSql } from '@mentoring/subgraph-registry/published';
import { type OrganizationScope } from '@mentoring/platform/auth';
import { whereSql, type EntityManager } from '@mentoring/platform/database';
import { findConnection, type ConnectionArgs } from '@mentoring/platform/pagination';
import type { FilterQuery } from '@mikro-orm/core';
import type { MentoringPairFilter } from '../../__generated__/types.generated.js';
import { MentoringPairSchema, type MentoringPair } from './pair.entity.js';

/** The filter's conditions, within the organizations of the scope. */
export function pairsWhere(
  filter: MentoringPairFilter | null | undefined,
  scope: OrganizationScope,
): FilterQuery<MentoringPair> {
  const conditions: FilterQuery<MentoringPair>[] = [];
  if (scope.kind !== 'all')
    conditions.push(whereSql((alias) => organizationScopeSql(scope, `${alias}.organization_id`)));
  if (filter?.form) conditions.push({ form: filter.form });
  if (filter?.project) conditions.push({ project: filter.project });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  if (filter?.mentorPersonId) conditions.push({ mentorPersonId: filter.mentorPersonId });
  return { $and: conditions };
}

/** Newest start first, as the SDL promises; the id keeps pages stable among pairs starting the same day. */
export const pairsConnection = (em: EntityManager, where: FilterQuery<MentoringPair>, page: ConnectionArgs) =>
  findConnection(em, MentoringPairSchema, where, page, { startDate: 'desc', id: 'asc' });
