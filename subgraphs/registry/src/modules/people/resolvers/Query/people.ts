import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { peopleConnection, peopleWhere } from '../../people-search.js';

export const people: NonNullable<QueryResolvers['people']> = (_, { filter, ...page }, context) =>
  peopleConnection(context, peopleWhere(filter), page);
