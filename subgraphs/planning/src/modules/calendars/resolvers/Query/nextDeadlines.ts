import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { pendingDeadlines } from '../../calendar-of.js';

export const nextDeadlines: NonNullable<QueryResolvers['nextDeadlines']> = (_, { scope, ...page }, context) =>
  pendingDeadlines(context, scope, 'NEXT', page);
