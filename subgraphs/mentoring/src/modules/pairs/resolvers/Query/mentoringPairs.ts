import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { pairsConnection, pairsWhere } from '../../pair-search.js';

export const mentoringPairs: NonNullable<QueryResolvers['mentoringPairs']> = async (
  _,
  { filter, ...page },
  { em, loaders },
) => pairsConnection(em, pairsWhere(filter, loaders.organizationScope), page);
