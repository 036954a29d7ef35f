import DataLoader from 'dataloader';
import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader, uniqueLoader } from '@mentoring/platform/loaders';
import { createContestLoaders } from './modules/contests/contest-loaders.js';
import { calendarLoader } from './modules/calendars/calendar-rows.js';
import { EventSchema } from './modules/events/event.entity.js';
import {
  organizationParticipationsLoader,
  participationCountsLoader,
  peopleParticipationsLoader,
} from './modules/events/participation-loaders.js';
import { RoadmapItemCompletionSchema, type RoadmapItemCompletion } from './modules/roadmaps/completion.entity.js';
import { mayRecord } from './modules/roadmaps/recording-rights.js';
import { RoadmapItemSchema } from './modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema, type Roadmap } from './modules/roadmaps/roadmap.entity.js';
import { ReportingObligationSchema } from './modules/submissions/obligation.entity.js';
import { territoryStatesLoader } from './modules/submissions/states.js';
import { ReportSubmissionSchema } from './modules/submissions/submission.entity.js';

/** One set per request: roadmaps of N territories, items of N roadmaps, their completions, and the participations of N events cost one statement each. */
export function createPlanningLoaders(em: EntityManager, viewer: Viewer) {
  const oldestFirst = { orderBy: { startYear: 'asc', title: 'asc' } } as const;
  return {
    roadmapById: uniqueLoader(em, RoadmapSchema, 'id'),
    roadmapsByRegion: groupedLoader(em, RoadmapSchema, 'regionId', { where: { level: 'REGION' }, ...oldestFirst }),
    roadmapsByMunicipality: groupedLoader(em, RoadmapSchema, 'municipalityId', {
      where: { level: 'MUNICIPALITY' },
      ...oldestFirst,
    }),
    roadmapItemById: uniqueLoader(em, RoadmapItemSchema, 'id'),
    eventById: uniqueLoader(em, EventSchema, 'id'),
    eventsByRoadmapItem: groupedLoader(em, EventSchema, 'roadmapItem', {
      // PostgreSQL sorts nulls last in ascending order: undated events come last.
      orderBy: { startDate: 'asc', title: 'asc', id: 'asc' },
    }),
    participationCounts: participationCountsLoader(em),
    /** Calendars of N territories for one period: one statement for events and one for deadlines. */
    calendar: calendarLoader(em, viewer),
    organizationParticipations: organizationParticipationsLoader(em),
    peopleParticipations: peopleParticipationsLoader(em, viewer),
    reportingObligationById: uniqueLoader(em, ReportingObligationSchema, 'id'),
    reportSubmissionById: uniqueLoader(em, ReportSubmissionSchema, 'id'),
    /** Every municipality of an obligation's region with its derived state: one statement for N obligations. */
    territoryStates: territoryStatesLoader(em),
    itemsByRoadmap: groupedLoader(em, RoadmapItemSchema, 'roadmap', { orderBy: { number: 'asc' } }),
    /** The valid (not withdrawn) completion record of each item, or null: at most one, a unique index holds it. */
    completionByItem: new DataLoader<string, RoadmapItemCompletion | null>(async (itemIds) => {
      const rows = await em.find(RoadmapItemCompletionSchema, { item: { $in: [...itemIds] }, withdrawnAt: null });
      const byItem = new Map(rows.map((row) => [row.item.id, row]));
      return itemIds.map((id) => byItem.get(id) ?? null);
    }),
    /** Whether the viewer may record completions on a roadmap: asked once per roadmap, not once per completed item. */
    mayRecordOn: new DataLoader<Roadmap, boolean, string>(
      (roadmaps) => Promise.all(roadmaps.map((roadmap) => mayRecord(em, { viewer }, roadmap))),
      {
        cacheKeyFn: (roadmap) => roadmap.id,
      },
    ),
    ...createContestLoaders(em, viewer),
  };
}

export type PlanningLoaders = ReturnType<typeof createPlanningLoaders>;
