import { findConnection } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { roadmapsWhere } from '../../roadmap-filter.js';
import { RoadmapSchema } from '../../roadmap.entity.js';

export const roadmaps: NonNullable<QueryResolvers['roadmaps']> = (_, { filter, ...page }, { em }) =>
  findConnection(em, RoadmapSchema, roadmapsWhere(filter), page, { startYear: 'asc', title: 'asc', id: 'asc' });
