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
import { SAVED_QUERY_ENTITIES } from './modules/saved-queries/entities.js';
import { loadLibrary, readLibrary } from './modules/saved-queries/query-library.js';
import { resolvers } from './__generated__/resolvers.generated.js';

/** Аналитика: indicators and their targets, monitoring campaigns and saved queries, in PostgreSQL schema `analytics`. */
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
    ...SAVED_QUERY_ENTITIES,
  ],
  createLoaders: createAnalyticsLoaders,
  personVisibility: createPersonVisibilityLoader,
  demoData: analyticsDemoData,
  /** At each start, before the jobs: the библиотека запросов from its files into `saved_query` (idempotent). */
  startBackground: async (running) => {
    const loaded = await loadLibrary(running.orm.em.fork(), readLibrary());
    running.logger.info(loaded, 'query library loaded');
    return startSnapshotJobs(running);
  },
});
