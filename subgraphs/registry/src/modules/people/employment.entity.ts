import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { OrganizationSchema } from '../organizations/organization.entity.js';
import { PersonSchema } from './person.entity.js';

/** Трудоустройство: a person's position in an organization; a person may hold several. */
export const EmploymentSchema = defineEntity({
  name: 'Employment',
  tableName: 'employment',
  extends: BaseEntitySchema,
  properties: {
    person: () => p.manyToOne(PersonSchema).index(),
    organization: () => p.manyToOne(OrganizationSchema).index(),
    position: p.string(),
    isPedagogical: p.boolean(),
    /** Дата приёма; null where it is not known (the seeds print none for the officials they name). */
    startDate: p.date().nullable(),
    teachingExperienceStart: p.date().nullable(),
    endDate: p.date().nullable(),
  },
});

export type Employment = InferEntity<typeof EmploymentSchema>;
