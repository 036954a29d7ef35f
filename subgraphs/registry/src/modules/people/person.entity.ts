import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '@mentoring/platform';
import { ConsentSchema } from './consent.entity.js';
import { EmploymentSchema } from './employment.entity.js';
import { EnrollmentSchema } from './enrollment.entity.js';

/** Физическое лицо: педагог, руководитель, обучающийся. Personal data under 152-ФЗ. */
export const PersonSchema = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    lastName: p.string(),
    firstName: p.string(),
    middleName: p.string().nullable(),
    birthDate: p.date(),
    email: p.string().nullable(),
    phone: p.string().nullable(),
    version: p.integer().version(),
    employments: () => p.oneToMany(EmploymentSchema).mappedBy('person'),
    consents: () => p.oneToMany(ConsentSchema).mappedBy('person'),
    enrollments: () => p.oneToMany(EnrollmentSchema).mappedBy('person'),
  },
  indexes: [
    { properties: ['lastName', 'firstName'] },
    { name: 'person_last_name_trgm', expression: 'create index "person_last_name_trgm" on "registry"."person" using gin ("last_name" public.gin_trgm_ops)' },
  ],
});

export type Person = InferEntity<typeof PersonSchema>;
