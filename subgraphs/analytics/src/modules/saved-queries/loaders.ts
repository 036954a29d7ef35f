import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader } from '@mentoring/platform/loaders';
import { SavedQueryRevisionSchema } from './revision.entity.js';

/** Per request: the history of N saved queries costs one statement. */
export function createSavedQueryLoaders(em: EntityManager) {
  return {
    revisionsByQuery: groupedLoader(em, SavedQueryRevisionSchema, 'savedQueryId', { orderBy: { version: 'asc' } }),
  };
}
