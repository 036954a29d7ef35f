import { defineSubgraph } from '@mentoring/platform/server';
import { createPersonVisibilityLoader } from '@mentoring/subgraph-registry/published';
import { analyticsDemoData } from './demo-data.js';
import { startSnapshotJobs } from './jobs.js';
import { createAnalyticsLoaders, type AnalyticsLoaders } from './loaders.js';
import { IndicatorTargetSchema } from './modules/indicators/indicator-target.entity.js';
import { IndicatorSchema } from './modules/indicators/indicator.entity.js';
import { ReportedValueSchema } from './modules/indicators/reported-value.entity.js';
import { IndicatorSnapshotSchema } from './modules/indicators/snapshot.entity.js';
import { CAMPAIGN_ENTITIES } from './modules/campaigns/entities.js';
import { resolvers } from './__generated__/resolvers.generated.js';

/** Аналитика: indicators and their targets, in PostgreSQL schema `analytics`. */
export const analyticsSubgraph = defineSubgraph<AnalyticsLoaders>(import.meta.url, {
  name: 'analytics',
  dbSchema: 'analytics',
  resolvers,
  entities: [
    IndicatorSchema,
    IndicatorTargetSchema,
    ReportedValueSchema,
    IndicatorSnapshotSchema,
    ...CAMPAIGN_ENTITIES,
  ],
  createLoaders: createAnalyticsLoaders,
  personVisibility: createPersonVisibilityLoader,
  demoData: analyticsDemoData,
  startBackground: startSnapshotJobs,
});
