import type DataLoader from 'dataloader';
import type { EntityManager } from '../database/orm.js';
import type { Viewer } from './viewer.js';

/** What the wrappers that apply the rule need of a request's context. */
export interface PersonVisibilityContext {
  /** Whether the viewer may see each person, batched per request (createPersonVisibilityLoader). */
  personVisible: DataLoader<string, boolean>;
}

/**
 * Makes a request's `personVisible` loader. The rule itself reads the
 * registry's published views, so the registry supplies it
 * (`@mentoring/subgraph-registry/published`) and every subgraph passes it to
 * `defineSubgraph`; the platform only applies it.
 */
export type PersonVisibilityLoaderFactory = (em: EntityManager, viewer: Viewer) => DataLoader<string, boolean>;
