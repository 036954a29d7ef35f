import type { RoadmapItem } from './roadmap-item.entity.js';
import type { Roadmap } from './roadmap.entity.js';
import type { ScheduleFacts } from './schedule.js';

/** The ORM-free facts schedule.ts reads, from an item and its roadmap. */
export const scheduleFacts = (
  item: Pick<RoadmapItem, 'dueDate' | 'periodStart' | 'periodEnd' | 'recurrence'>,
  roadmap: Pick<Roadmap, 'startYear' | 'endYear'>,
): ScheduleFacts => ({
  dueDate: item.dueDate ?? null,
  periodStart: item.periodStart ?? null,
  periodEnd: item.periodEnd ?? null,
  recurrence: item.recurrence ?? null,
  roadmapStartYear: roadmap.startYear,
  roadmapEndYear: roadmap.endYear,
});
