import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { organizationsConnection, organizationsWhere } from '../../organization-search.js';

export const organizations: NonNullable<QueryResolvers['organizations']> = (_, { filter, ...page }, { em }) =>
  organizationsConnection(em, organizationsWhere(filter), page);
