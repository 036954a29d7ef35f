import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { OrganizationSchema } from '../organizations/organization.entity.js';
import { PersonSchema } from '../people/person.entity.js';

export const ENROLLMENT_LEVELS = ['SCHOOL_GRADE', 'SPO_COURSE'] as const;

/** Обучающийся: a person's enrollment in an organization — a school grade or a college (СПО) course. */
export const EnrollmentSchema = defineEntity({
  name: 'Enrollment',
  tableName: 'enrollment',
  extends: BaseEntitySchema,
  properties: {
    person: () => p.manyToOne(PersonSchema).index(),
    organization: () => p.manyToOne(OrganizationSchema).index(),
    levelKind: p.enum(ENROLLMENT_LEVELS),
    /** Класс (1–11) or курс (1–4). */
    level: p.smallint(),
    startDate: p.date(),
    endDate: p.date().nullable(),
  },
});

export type Enrollment = InferEntity<typeof EnrollmentSchema>;
