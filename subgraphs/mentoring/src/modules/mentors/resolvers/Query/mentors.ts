import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { mentorsConnection } from '../../mentor-search.js';

export const mentors: NonNullable<QueryResolvers['mentors']> = (_, { filter, ...page }, context) =>
  mentorsConnection(context, filter, page);
