import type { SubgraphContext } from '@mentoring/platform/server';
import type { PlanningLoaders } from './loaders.js';

/** What every planning resolver receives. */
export type Context = SubgraphContext<PlanningLoaders>;
