import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { visiblePair } from '../../visibility.js';

export const mentoringPair: NonNullable<QueryResolvers['mentoringPair']> = (_, { id }, { loaders }) =>
  visiblePair(id, loaders);
