import type { FilterQuery } from '@mikro-orm/core';
import type { RoadmapFilter } from '../../__generated__/types.generated.js';
import type { Roadmap } from './roadmap.entity.js';

export function roadmapsWhere(filter: RoadmapFilter | null | undefined): FilterQuery<Roadmap> {
  const conditions: FilterQuery<Roadmap>[] = [];
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.year !== undefined && filter.year !== null) {
    conditions.push({ startYear: { $lte: filter.year }, endYear: { $gte: filter.year } });
  }
  return { $and: conditions };
}
