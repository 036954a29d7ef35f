import type { SubgraphContext } from '@mentoring/platform/server';
import type { MentoringLoaders } from './loaders.js';

/** What every mentoring resolver receives. */
export type Context = SubgraphContext<MentoringLoaders>;
