import { catalogueEntryView } from '@mentoring/platform';
import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { AppointmentKindEntrySchema, YoungSpecialistDefinitionEntrySchema } from './catalogue.entity.js';

export const catalogueQueries: Pick<QueryResolvers, 'appointmentKinds' | 'youngSpecialistDefinitions'> = {
  appointmentKinds: async (_, __, { em }) => (await em.find(AppointmentKindEntrySchema, {}, { orderBy: { position: 'asc' } })).map(catalogueEntryView),
  youngSpecialistDefinitions: async (_, __, { em }) => (await em.find(YoungSpecialistDefinitionEntrySchema, {}, { orderBy: { position: 'asc' } })).map(catalogueEntryView),
};
