import { catalogueProperties } from '@mentoring/sources';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { APPOINTMENT_KINDS } from '../appointments/appointment.entity.js';
import { YOUNG_SPECIALIST_DEFINITIONS } from '../people/derived.js';

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
