import { sourceView, type CatalogueSource } from '@mentoring/platform';
import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { AppointmentKindEntrySchema, YoungSpecialistDefinitionEntrySchema } from './catalogue.entity.js';

/** A catalogue row as GraphQL shows it: every source with its document's printed title. */
function entryView<T extends { source: CatalogueSource; definitionSource?: CatalogueSource | null; alsoIn: CatalogueSource[] }>(entry: T) {
  return {
    ...entry,
    source: sourceView(entry.source),
    definitionSource: entry.definitionSource ? sourceView(entry.definitionSource) : null,
    alsoIn: entry.alsoIn.map(sourceView),
  };
}

export const catalogueQueries: Pick<QueryResolvers, 'appointmentKinds' | 'youngSpecialistDefinitions'> = {
  appointmentKinds: async (_, __, { em }) => (await em.find(AppointmentKindEntrySchema, {}, { orderBy: { position: 'asc' } })).map(entryView),
  youngSpecialistDefinitions: async (_, __, { em }) => (await em.find(YoungSpecialistDefinitionEntrySchema, {}, { orderBy: { position: 'asc' } })).map(entryView),
};

/** The `source` field of a record that may be SEED: the stored passage with its document's title. */
export const sourceField = <T extends { source?: CatalogueSource | null }>(record: T) => (record.source ? sourceView(record.source) : null);
