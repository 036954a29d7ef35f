import { findConnection } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { eventsWhere } from '../../event-filter.js';
import { EventSchema } from '../../event.entity.js';

export const events: NonNullable<QueryResolvers['events']> = async (_, { filter, ...page }, { em }) =>
  findConnection(em, EventSchema, await eventsWhere(em, filter), page, {
    startDate: 'asc nulls last',
    title: 'asc',
    id: 'asc',
  });
