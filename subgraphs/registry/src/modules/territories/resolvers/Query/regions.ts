import { containsPattern } from '@mentoring/platform/graphql';
import { findConnection } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { RegionSchema } from '../../region.entity.js';

export const regions: NonNullable<QueryResolvers['regions']> = (_, { filter, ...page }, { em }) =>
  findConnection(
    em,
    RegionSchema,
    filter?.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {},
    page,
    { code: 'asc', id: 'asc' },
  );
