import { referenceTo } from '@mentoring/platform/graphql';
import type { CalendarEntryResolvers } from '../../../__generated__/types.generated.js';

export const CalendarEntry: CalendarEntryResolvers = {
  event: (entry, _, { loaders }) => (entry.eventId ? loaders.eventById.load(entry.eventId) : null),
  roadmapItem: (entry, _, { loaders }) =>
    entry.roadmapItemId ? loaders.roadmapItemById.load(entry.roadmapItemId) : null,
  reportingObligation: (entry, _, { loaders }) =>
    entry.reportingObligationId ? loaders.reportingObligationById.load(entry.reportingObligationId) : null,
  region: (entry) => referenceTo(entry.regionId),
  municipality: (entry) => referenceTo(entry.municipalityId),
  organization: (entry) => referenceTo(entry.organizationId),
};
