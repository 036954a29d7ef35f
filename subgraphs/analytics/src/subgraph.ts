import type { SubgraphDefinition } from '@mentoring/platform';
import { fileURLToPath } from 'node:url';
import { analyticsDemoData } from './demo-data.js';
import { createAnalyticsLoaders, type AnalyticsLoaders } from './loaders.js';
import { IndicatorTargetSchema } from './modules/indicators/indicator-target.entity.js';
import { IndicatorSchema } from './modules/indicators/indicator.entity.js';
import { resolvers } from './resolvers.js';

/** Аналитика: indicators and their targets, in PostgreSQL schema `analytics`. */
export const analyticsSubgraph: SubgraphDefinition<AnalyticsLoaders> = {
  name: 'analytics',
  dbSchema: 'analytics',
  schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<AnalyticsLoaders>['resolvers'],
  entities: [IndicatorSchema, IndicatorTargetSchema],
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  createLoaders: createAnalyticsLoaders,
  demoData: analyticsDemoData,
};
