import type { SubgraphContext } from '@mentoring/platform/server';
import type { AnalyticsLoaders } from './loaders.js';

/** What every analytics resolver receives. */
export type Context = SubgraphContext<AnalyticsLoaders>;
