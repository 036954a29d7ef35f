import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { ConsentSchema } from '../consents/consent.entity.js';
import { EmploymentSchema } from './employment.entity.js';
import { EnrollmentSchema } from '../students/enrollment.entity.js';

/**
 * Физическое лицо: педагог, руководитель, обучающийся. Personal data under 152-ФЗ.
 * A person the seeds name (dataOrigin SEED) holds only what the seed prints: a name printed with initials
 * («Пехтерева Т. А.») keeps them in `initials` with no first or middle name, and no birth date or contacts.
 */
export const PersonSchema = defineEntity({
  name: 'Person',
  tableName: 'person',
  extends: VersionedEntitySchema,
  properties: {
    lastName: p.string(),
    firstName: p.string().nullable(),
    middleName: p.string().nullable(),
    /** Инициалы as printed («Т. А.»), where the first and middle names are not known. */
    initials: p.string().nullable(),
    birthDate: p.date().nullable(),
    email: p.string().nullable(),
    phone: p.string().nullable(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** For a SEED person: the seed's passage naming them. */
    source: p.json<CatalogueSource>().nullable(),
    employments: () => p.oneToMany(EmploymentSchema).mappedBy('person'),
    consents: () => p.oneToMany(ConsentSchema).mappedBy('person'),
    enrollments: () => p.oneToMany(EnrollmentSchema).mappedBy('person'),
  },
  indexes: [
    { properties: ['lastName', 'firstName'] },
    {
      name: 'person_last_name_trgm',
      expression:
        'create index "person_last_name_trgm" on "registry"."person" using gin ("last_name" public.gin_trgm_ops)',
    },
  ],
  // A person has a first name or, printed with initials only, their initials.
  checks: [{ name: 'person_first_name_or_initials', expression: '"first_name" is not null or "initials" is not null' }],
});

export type Person = InferEntity<typeof PersonSchema>;
