import { defineSubgraph } from '@mentoring/platform/server';
import { createPersonVisibilityLoader } from '@mentoring/subgraph-registry/published';
import { planningDemoData } from './demo-data.js';
import { createPlanningLoaders, type PlanningLoaders } from './loaders.js';
import { EventParticipationSchema } from './modules/events/participation.entity.js';
import { EventSchema } from './modules/events/event.entity.js';
import { CONTEST_ENTITIES } from './modules/contests/entities.js';
import { RoadmapItemCompletionSchema } from './modules/roadmaps/completion.entity.js';
import { RoadmapItemSchema } from './modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema } from './modules/roadmaps/roadmap.entity.js';
import { ReportingObligationSchema } from './modules/submissions/obligation.entity.js';
import { ReportSubmissionSchema } from './modules/submissions/submission.entity.js';
import { resolvers } from './__generated__/resolvers.generated.js';

/** Планирование: roadmaps, their items and completion records, events and participation, in PostgreSQL schema `planning`. */
export const planningSubgraph = defineSubgraph<PlanningLoaders>(import.meta.url, {
  name: 'planning',
  dbSchema: 'planning',
  resolvers,
  entities: [
    RoadmapSchema,
    RoadmapItemSchema,
    RoadmapItemCompletionSchema,
    EventSchema,
    EventParticipationSchema,
    ...CONTEST_ENTITIES,
    ReportingObligationSchema,
    ReportSubmissionSchema,
  ],
  createLoaders: createPlanningLoaders,
  personVisibility: createPersonVisibilityLoader,
  demoData: planningDemoData,
});
