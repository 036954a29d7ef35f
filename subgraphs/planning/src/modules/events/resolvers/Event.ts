import { optionalSourceView } from '@mentoring/sources';
import { referenceTo } from '@mentoring/platform/graphql';
import type { EventResolvers } from '../../../__generated__/types.generated.js';

export const Event: EventResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.eventById.load(reference.id),
  organizer: (event) => referenceTo(event.organizerOrganizationId),
  region: (event) => referenceTo(event.regionId),
  public: (event) => event.isPublic,
  municipality: (event) => referenceTo(event.municipalityId),
  roadmapItem: (event, _, { loaders }) =>
    event.roadmapItem ? loaders.roadmapItemById.load(event.roadmapItem.id) : null,
  // The entity keeps the document's code; GraphQL's Source names the document by its printed title.
  source: optionalSourceView,
  participations: (event, _, { loaders }) => loaders.participationCounts.load(event.id),
};
