import { catalogueEntryView } from '@mentoring/sources';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { YoungSpecialistDefinitionEntrySchema } from '../../catalogue.entity.js';

export const youngSpecialistDefinitions: NonNullable<QueryResolvers['youngSpecialistDefinitions']> = async (
  _,
  __,
  { em },
) =>
  (await em.find(YoungSpecialistDefinitionEntrySchema, {}, { orderBy: { position: 'asc' } })).map(catalogueEntryView);
