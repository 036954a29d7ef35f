import type { SavedQueryResolvers } from '../../../__generated__/types.generated.js';
import { originOf } from '../visibility.js';

export const SavedQuery: SavedQueryResolvers = {
  origin: (query, _, { viewer }) => originOf(viewer, query),
  editable: (query, _, { viewer }) => originOf(viewer, query) === 'OWN',
  createdAt: (query) => query.createdAt.toISOString(),
  updatedAt: (query) => query.updatedAt.toISOString(),
  // Others see the revisions made while the query was shared: what its author kept private stays private.
  history: async (query, _, { loaders, viewer }) => {
    const revisions = await loaders.savedQueries.revisionsByQuery.load(query.id);
    return originOf(viewer, query) === 'OWN'
      ? revisions
      : revisions.filter((revision) => revision.sharing === 'TERRITORY');
  },
};
