import type { SubgraphDefinition } from '@mentoring/platform';
import { fileURLToPath } from 'node:url';
import { planningDemoData } from './demo-data.js';
import { createPlanningLoaders, type PlanningLoaders } from './loaders.js';
import { RoadmapItemSchema } from './modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema } from './modules/roadmaps/roadmap.entity.js';
import { resolvers } from './resolvers.js';

/** Планирование: roadmaps and their items, in PostgreSQL schema `planning`. */
export const planningSubgraph: SubgraphDefinition<PlanningLoaders> = {
  name: 'planning',
  dbSchema: 'planning',
  schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<PlanningLoaders>['resolvers'],
  entities: [RoadmapSchema, RoadmapItemSchema],
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  createLoaders: createPlanningLoaders,
  demoData: planningDemoData,
};
