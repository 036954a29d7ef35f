import type { SavedQueryRevisionResolvers } from '../../../__generated__/types.generated.js';

export const SavedQueryRevision: SavedQueryRevisionResolvers = {
  changedAt: (revision) => revision.createdAt.toISOString(),
};
