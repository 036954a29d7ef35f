import type { CatalogueSource } from '@mentoring/platform';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { APPOINTMENT_KINDS } from '../people/appointment.entity.js';
import { YOUNG_SPECIALIST_DEFINITIONS } from '../people/derived.js';

/**
 * The columns every catalogue entry carries: the seed's name, the passage that names it, the seed's own
 * definition or rule (null where no seed gives one) with its passage, and the other seeds naming the same thing.
 * Catalogue rows are inserted by migrations, never by demo data.
 */
const catalogueProperties = {
  position: p.smallint(),
  name: p.string(),
  source: p.json<CatalogueSource>(),
  definition: p.text().nullable(),
  definitionSource: p.json<CatalogueSource>().nullable(),
  alsoIn: p.json<CatalogueSource[]>(),
};

/** Вид назначения as the seeds name it (куратор, руководитель, координатор, оператор, кандидат в РМА, МО наставников). */
export const AppointmentKindEntrySchema = defineEntity({
  name: 'AppointmentKindEntry',
  tableName: 'appointment_kind',
  properties: {
    code: p.enum(APPOINTMENT_KINDS).primary(),
    ...catalogueProperties,
  },
});

export type AppointmentKindEntry = InferEntity<typeof AppointmentKindEntrySchema>;

/** Определение молодого специалиста as an indicator of a seed words it (seed 000, seed 004). */
export const YoungSpecialistDefinitionEntrySchema = defineEntity({
  name: 'YoungSpecialistDefinitionEntry',
  tableName: 'young_specialist_definition',
  properties: {
    code: p.enum(YOUNG_SPECIALIST_DEFINITIONS).primary(),
    ...catalogueProperties,
    /** How the system applies the seed's words to the registry's data (not a quote). */
    rule: p.text(),
  },
});

export type YoungSpecialistDefinitionEntry = InferEntity<typeof YoungSpecialistDefinitionEntrySchema>;
