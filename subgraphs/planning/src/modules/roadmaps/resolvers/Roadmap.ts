import { optionalSourceView } from '@mentoring/sources';
import { referenceTo } from '@mentoring/platform/graphql';
import type { RoadmapResolvers } from '../../../__generated__/types.generated.js';

export const Roadmap: RoadmapResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.roadmapById.load(reference.id),
  region: (roadmap) => referenceTo(roadmap.regionId),
  municipality: (roadmap) => referenceTo(roadmap.municipalityId),
  organization: (roadmap) => referenceTo(roadmap.organizationId),
  // The entity keeps the document's code; GraphQL's Source names the document by its printed title.
  source: optionalSourceView,
  items: (roadmap, _, { loaders }) => loaders.itemsByRoadmap.load(roadmap.id),
};
