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
import { RoadmapItemCompletionSchema } from './modules/roadmaps/completion.entity.js';
import { mayRecordIn, recordingTerritory } from './modules/roadmaps/recording-rights.js';
import { RoadmapItemSchema } from './modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema, type Roadmap } from './modules/roadmaps/roadmap.entity.js';
import { ReportingObligationSchema } from './modules/submissions/obligation.entity.js';
import { obligationsByRegionLoader } from './modules/submissions/obligations-by-region.js';
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
    roadmapsByOrganization: groupedLoader(em, RoadmapSchema, 'organizationId', {
      where: { level: 'ORGANIZATION' },
      ...oldestFirst,
    }),
    roadmapItemById: uniqueLoader(em, RoadmapItemSchema, 'id'),
    /** Items one level down that implement each item. */
    itemsImplementing: groupedLoader(em, RoadmapItemSchema, 'implementsItem', {
      orderBy: { roadmap: 'asc', number: 'asc' },
    }),
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
    /** A page of the obligations of each of N regions, with its count: one statement. */
    reportingObligationsByRegion: obligationsByRegionLoader(em),
    /** Every municipality of an obligation's region with its derived state: one statement for N obligations. */
    territoryStates: territoryStatesLoader(em),
    itemsByRoadmap: groupedLoader(em, RoadmapItemSchema, 'roadmap', { orderBy: { number: 'asc' } }),
    /** The valid (not withdrawn) completion records of each item: at most one per occurrence, a unique index holds it. */
    completionsByItem: groupedLoader(em, RoadmapItemCompletionSchema, 'item', {
      where: { withdrawnAt: null },
      orderBy: { occurrenceOn: 'asc', completedOn: 'asc', id: 'asc' },
    }),
    /**
     * Whether the viewer may record completions on N roadmaps: the viewer's own territory is read once (one statement
     * at most), then each roadmap is compared with it.
     */
    mayRecordOn: new DataLoader<Roadmap, boolean, string>(
      async (roadmaps) => {
        const own = await recordingTerritory(em, viewer);
        return roadmaps.map((roadmap) => mayRecordIn(own, viewer, roadmap));
      },
      { cacheKeyFn: (roadmap) => roadmap.id },
    ),
    ...createContestLoaders(em, viewer),
  };
}

export type PlanningLoaders = ReturnType<typeof createPlanningLoaders>;
