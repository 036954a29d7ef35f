import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { savedQueriesConnection } from '../../search.js';

export const savedQueries: NonNullable<QueryResolvers['savedQueries']> = (_, { filter, ...page }, { em, viewer }) =>
  savedQueriesConnection(em, viewer, filter, page);
