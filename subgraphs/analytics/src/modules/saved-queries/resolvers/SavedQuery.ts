import type { SavedQueryResolvers } from '../../../__generated__/types.generated.js';
import { originOf } from '../visibility.js';

export const SavedQuery: SavedQueryResolvers = {
  origin: (query, _, { viewer }) => originOf(viewer, query),
  editable: (query, _, { viewer }) => originOf(viewer, query) === 'OWN',
  createdAt: (query) => query.createdAt.toISOString(),
  updatedAt: (query) => query.updatedAt.toISOString(),
  history: (query, _, { loaders }) => loaders.savedQueries.revisionsByQuery.load(query.id),
};
