import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { pendingDeadlines } from '../../calendar-of.js';

export const overdueDeadlines: NonNullable<QueryResolvers['overdueDeadlines']> = (_, { scope, ...page }, context) =>
  pendingDeadlines(context, scope, 'OVERDUE', page);
