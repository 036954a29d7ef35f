import { findConnection } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { PracticeSchema } from '../../practice.entity.js';
import { practicesWhere } from '../../practice-search.js';

export const practices: NonNullable<QueryResolvers['practices']> = async (_, { filter, ...page }, context) =>
  findConnection(context.em, PracticeSchema, await practicesWhere(context, filter), page, { year: 'desc', id: 'asc' });
