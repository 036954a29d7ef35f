import { findConnection } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { contestsWhere } from '../../contest-filter.js';
import { ContestSchema } from '../../contest.entity.js';

export const contests: NonNullable<QueryResolvers['contests']> = async (_, { filter, ...page }, { em }) =>
  findConnection(em, ContestSchema, await contestsWhere(em, filter), page, { year: 'desc', title: 'asc', id: 'asc' });
