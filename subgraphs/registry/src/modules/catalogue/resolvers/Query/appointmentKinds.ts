import { catalogueEntryView } from '@mentoring/sources';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { AppointmentKindEntrySchema } from '../../catalogue.entity.js';

export const appointmentKinds: NonNullable<QueryResolvers['appointmentKinds']> = async (_, __, { em }) =>
  (await em.find(AppointmentKindEntrySchema, {}, { orderBy: { position: 'asc' } })).map(catalogueEntryView);
