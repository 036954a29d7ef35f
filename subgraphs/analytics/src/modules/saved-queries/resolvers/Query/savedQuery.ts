import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { visibleQuery } from '../../visibility.js';

export const savedQuery: NonNullable<QueryResolvers['savedQuery']> = (_, { id }, { em, viewer }) =>
  visibleQuery(em, viewer, id);
