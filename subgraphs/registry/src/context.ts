import type { SubgraphContext } from '@mentoring/platform/server';
import type { RegistryLoaders } from './loaders.js';

/** What every registry resolver receives. */
export type Context = SubgraphContext<RegistryLoaders>;
