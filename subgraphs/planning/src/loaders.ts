import { groupedLoader, uniqueLoader, type EntityManager } from '@mentoring/platform';
import { RoadmapItemSchema } from './modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema } from './modules/roadmaps/roadmap.entity.js';

/** One set per request: roadmaps of N territories and items of N roadmaps cost one statement each. */
export function createPlanningLoaders(em: EntityManager) {
  const oldestFirst = { orderBy: { startYear: 'asc', title: 'asc' } } as const;
  return {
    roadmapById: uniqueLoader(em, RoadmapSchema, 'id'),
    roadmapsByRegion: groupedLoader(em, RoadmapSchema, 'regionId', { where: { level: 'REGION' }, ...oldestFirst }),
    roadmapsByMunicipality: groupedLoader(em, RoadmapSchema, 'municipalityId', { where: { level: 'MUNICIPALITY' }, ...oldestFirst }),
    itemsByRoadmap: groupedLoader(em, RoadmapItemSchema, 'roadmap', { orderBy: { number: 'asc' } }),
  };
}

export type PlanningLoaders = ReturnType<typeof createPlanningLoaders>;
